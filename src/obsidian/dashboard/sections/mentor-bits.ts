import type { MentorSummary } from '../../../core/types';
import { actionButton, type SectionContext } from '../dom';

/** The two things to do with a mentor: log a contact, or start a meeting note. */
export function mentorActions(parent: HTMLElement, mentor: MentorSummary, ctx: SectionContext, which: 'both' | 'meeting' = 'both'): HTMLElement {
	const bar = parent.createDiv({ cls: 'mentor-rally-actions' });
	if (which === 'both') {
		actionButton(bar, 'Log contact', 'user-check', () => ctx.actions.logContact(mentor), 'mentor-rally-log-contact').setAttr(
			'aria-label',
			`Log contact with ${mentor.name} today`,
		);
	}
	actionButton(bar, 'Start meeting note', 'file-plus', () => ctx.actions.startMeeting(mentor), 'mentor-rally-start-meeting').setAttr(
		'aria-label',
		`Start a meeting note with ${mentor.name}`,
	);
	return bar;
}
