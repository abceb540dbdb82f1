import { shortDate } from '../../../core/format';
import { avatar, noteLink, pill, type SectionContext } from '../dom';

/**
 * "Updates due" under the meetings (meeting loop): mentors with an update cadence whose
 * progress update is due, each with a button to draft it. Nothing when none is due.
 */
export function renderUpdatesDue(body: HTMLElement, ctx: SectionContext): void {
	const due = ctx.updatesDue ?? [];
	if (due.length === 0) return;
	const heading = body.createEl('h4', { cls: 'mentor-rally-subheading', text: 'Updates due' });
	heading.createSpan({ cls: 'mentor-rally-subheading-count', text: ` · ${due.length}` });
	const list = body.createEl('ul', { cls: ['mentor-rally-list', 'mentor-rally-updates-due'] });
	const today = ctx.team.today;
	for (const update of due) {
		const mentor = ctx.team.mentors.find((m) => m.path === update.mentorPath);
		if (!mentor) continue;
		const row = list.createEl('li', { cls: ['mentor-rally-row', 'mentor-rally-update-row'], attr: { 'data-path': mentor.path } });
		avatar(row, mentor.name);
		const main = row.createDiv({ cls: 'mentor-rally-row-main' });
		noteLink(main, mentor.name, (newLeaf) => ctx.actions.openMentor(mentor, newLeaf));
		const meta = main.createDiv({ cls: 'mentor-rally-row-meta' });
		meta.createSpan({ text: update.lastUpdate ? `Last update ${shortDate(update.lastUpdate, today)}` : 'No update sent yet' });
		meta.createSpan({ text: `${update.cadence} updates` });
		pill(row, update.due < today ? `Update due since ${shortDate(update.due, today)}` : 'Update due', 'yellow', 'mentor-rally-row-badge');
		const draft = ctx.actions.draftUpdate;
		if (draft) {
			const bar = row.createDiv({ cls: 'mentor-rally-actions' });
			const button = bar.createEl('button', {
				cls: ['mentor-rally-button', 'mentor-rally-draft-update'],
				text: 'Draft update',
				attr: { type: 'button', 'aria-label': `Draft a progress update to ${mentor.name}` },
			});
			button.addEventListener('click', (event) => {
				event.stopPropagation();
				void draft(mentor);
			});
		}
	}
}
