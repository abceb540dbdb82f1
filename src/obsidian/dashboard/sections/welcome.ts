import { iconSpan, type SectionContext } from '../dom';

/** The first thing a new user sees: how to make the first mentor note, and a button that makes one. */
export function renderWelcome(parent: HTMLElement, ctx: SectionContext): void {
	const names = ctx.settings.properties;
	const panel = parent.createDiv({ cls: 'mentor-rally-welcome' });
	iconSpan(panel, 'users', 'mentor-rally-icon mentor-rally-welcome-icon');
	panel.createEl('h3', { text: 'Start your mentor team' });
	panel.createEl('p', {
		text: 'Your team is built from the notes you already write. Make one note per mentor, and add these properties at the top:',
	});
	const sample = [`${names.type}: mentor`, `${names.role}: research`, `${names.cadence}: every 2 weeks`, `${names.lastContact}: ${ctx.team.today}`];
	panel.createEl('pre', { cls: 'mentor-rally-sample' }).createEl('code', { text: `---\n${sample.join('\n')}\n---` });
	panel.createEl('p', {
		cls: 'mentor-rally-welcome-hint',
		text: `Tasks in that note, or in meeting notes that link to it, become things to do: yours, or what a mentor owes you.${aim(ctx)}`,
	});
	const button = panel.createEl('button', { cls: ['mod-cta', 'mentor-rally-new-mentor'], text: 'New mentor note', attr: { type: 'button' } });
	button.addEventListener('click', () => ctx.actions.newMentor());
}

/** " Aim for 1 research, 1–2 support and 1–2 sponsor mentors." from the role targets in the settings. */
function aim(ctx: SectionContext): string {
	const parts = ctx.settings.roleTargets.filter((t) => t.max > 0).map((t) => `${t.min === t.max ? t.min : `${t.min}–${t.max}`} ${t.role}`);
	if (parts.length === 0) return '';
	const last = parts.pop() ?? '';
	return ` Aim for ${parts.length > 0 ? `${parts.join(', ')} and ${last}` : last} mentors.`;
}
