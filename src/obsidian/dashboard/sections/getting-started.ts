import type { MentorSummary } from '../../../core/types';
import { actionButton, iconSpan, type SectionContext } from '../dom';

/** Fewer active mentors than this: the team is new, and coverage shows how to start, not what is missing. */
export const SMALL_TEAM = 2;

export function isSmallTeam(ctx: SectionContext): boolean {
	return ctx.team.mentors.filter((m) => m.lifecycle === 'active').length < SMALL_TEAM;
}

interface Step {
	text: string;
	done: boolean;
	button: { text: string; icon: string; label: string; run: () => unknown } | null;
}

/**
 * A new team's coverage: a checklist ticked from the team's own state (each step with a button
 * that does it), then a neutral slot per role still to fill. Nothing red: a team of one is not
 * failing, it is starting.
 */
export function renderGettingStarted(body: HTMLElement, ctx: SectionContext): void {
	const active = ctx.team.mentors.filter((m) => m.lifecycle === 'active');
	const noRole = active.find((m) => m.roles.length === 0) ?? null;
	const neverMet = active.find((m) => m.lastContact === null) ?? null;
	const first = active[0] ?? null;
	const steps: Step[] = [
		{
			text: 'Add your first mentor',
			done: ctx.team.mentors.length > 0,
			button: { text: 'New mentor', icon: 'user-plus', label: 'Add a new mentor note', run: () => ctx.actions.newMentor() },
		},
		{
			text: 'Give each mentor a role',
			done: active.length > 0 && noRole === null,
			button: noRole ? openButton(noRole, ctx) : null,
		},
		{
			text: 'Log your last meeting',
			done: active.length > 0 && neverMet === null,
			button: neverMet ? { text: 'Log contact', icon: 'user-check', label: `Log contact with ${neverMet.name} today`, run: () => ctx.actions.logContact(neverMet) } : null,
		},
		{
			text: 'Write down what you owe or are owed',
			done: ctx.team.items.length > 0,
			button: first ? { text: 'Add item', icon: 'plus', label: `Add an item for ${first.name}`, run: () => ctx.actions.addItem(active.length === 1 ? first : null) } : null,
		},
	];
	const list = body.createEl('ol', { cls: 'mentor-rally-checklist', attr: { 'aria-label': 'Getting started' } });
	for (const step of steps) {
		const row = list.createEl('li', { cls: ['mentor-rally-checklist-step', step.done ? 'is-done' : 'is-todo'] });
		iconSpan(row, step.done ? 'circle-check' : 'circle', 'mentor-rally-icon mentor-rally-checklist-mark');
		row.createSpan({ cls: 'mentor-rally-checklist-text', text: step.text });
		row.createSpan({ cls: 'mentor-rally-visually-hidden', text: step.done ? ' (done)' : ' (to do)' });
		if (!step.done && step.button) {
			const { text, icon, label, run } = step.button;
			actionButton(row, text, icon, async () => run(), 'mentor-rally-checklist-button').setAttr('aria-label', label);
		}
	}
	renderSlots(body, ctx);
}

function openButton(mentor: MentorSummary, ctx: SectionContext): Step['button'] {
	return { text: `Open ${mentor.name}`, icon: 'contact', label: `Open ${mentor.name}'s note to add a role`, run: () => ctx.actions.openMentor(mentor, false) };
}

/** "Add a sponsor": one quiet slot per role nobody fills yet. */
function renderSlots(body: HTMLElement, ctx: SectionContext): void {
	const missing = ctx.team.coverage.filter((r) => r.role !== 'team' && r.state === 'missing');
	if (missing.length === 0) return;
	const slots = body.createDiv({ cls: 'mentor-rally-slots' });
	for (const row of missing) {
		const words = slotWords(row.role);
		actionButton(slots, words, 'user-plus', async () => ctx.actions.newMentor(), 'mentor-rally-slot').setAttr('aria-label', `${words}: new mentor note`);
	}
}

/** "Add a sponsor", "Add a research mentor", "Add an advisor mentor". */
export function slotWords(role: string): string {
	const noun = role === 'sponsor' ? 'sponsor' : `${role} mentor`;
	return `Add ${/^[aeiou]/i.test(noun) ? 'an' : 'a'} ${noun}`;
}
