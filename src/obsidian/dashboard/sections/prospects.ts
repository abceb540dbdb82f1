import { relativeDay, shortDate } from '../../../core/format';
import { prospectRows, prospectWords, type ProspectRow } from '../../../core/relationship/prospects';
import { actionButton, avatar, createSection, emptyState, limitedList, noteLink, pill, type SectionContext } from '../dom';

/**
 * People I am reaching out to: the last contact, whether they answered (a reply owed is my
 * move, first) and when to follow up. Not counted in coverage; one click makes one a mentor.
 */
export function renderProspects(parent: HTMLElement, ctx: SectionContext): void {
	const rows = prospectRows(ctx.team, ctx.settings);
	// Nobody to find right now is no news, unless the section was asked for by name.
	if (rows.length === 0 && !ctx.explicit) return;
	const body = createSection(parent, 'prospects', 'Prospects', 'user-search', rows.length);
	if (rows.length === 0) {
		emptyState(body, 'No prospects.', `Set "${ctx.settings.properties.status}: ${ctx.settings.relationships.prospectStatus}" on the note of someone you are reaching out to.`);
		return;
	}
	const list = body.createEl('ul', { cls: 'mentor-rally-list mentor-rally-prospects' });
	limitedList(list, body, 'prospects', rows, ctx, (p, row) => renderProspectRow(p, row, ctx));
}

function renderProspectRow(parent: Node, row: ProspectRow, ctx: SectionContext): void {
	const today = ctx.team.today;
	const mentor = row.mentor;
	const item = parent.createEl('li', { cls: ['mentor-rally-row', 'mentor-rally-prospect-row', `is-${row.answer}`], attr: { 'data-path': mentor.path } });
	avatar(item, mentor.name);
	const main = item.createDiv({ cls: 'mentor-rally-row-main' });
	noteLink(main, mentor.name, (newLeaf) => ctx.actions.openMentor(mentor, newLeaf));
	const meta = main.createDiv({ cls: 'mentor-rally-row-meta' });
	meta.createSpan({ cls: 'mentor-rally-prospect-answer', text: prospectWords(row) });
	meta.createSpan({ cls: 'mentor-rally-last-contact', text: row.lastContact ? `Last contact ${relativeDay(row.lastContact, today)}` : 'Not contacted yet' });
	if (row.followUp) {
		const verb = row.answer === 'reply-owed' ? 'Reply' : 'Follow up';
		const tone = row.overdue ? 'red' : row.answer === 'reply-owed' || row.followUp <= today ? 'orange' : 'muted';
		pill(item, `${verb} ${row.followUp === today ? 'today' : relativeDay(row.followUp, today)}`, tone, 'mentor-rally-row-badge').setAttr('title', shortDate(row.followUp, today));
	}
	if (ctx.actions.convertProspect) {
		const bar = item.createDiv({ cls: 'mentor-rally-actions' });
		actionButton(bar, 'Add to team', 'user-plus', async () => ctx.actions.convertProspect?.(mentor), 'mentor-rally-convert-prospect').setAttr(
			'aria-label',
			`Add ${mentor.name} to your team as an active mentor`,
		);
	}
}
