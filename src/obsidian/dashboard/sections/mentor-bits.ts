import type { MentorSummary } from '../../../core/types';
import { actionButton, type SectionContext } from '../dom';

export interface MentorActionChoice {
	/** Log contact and log email (left out where a meeting is already booked). */
	contact?: boolean;
	/** Add an item (on the cards). */
	addItem?: boolean;
	/** Add the booked meeting to the phone's or computer's calendar (on booked rows). */
	calendar?: boolean;
	/** Prepare for meeting and draft an update (on the cards and booked rows), when the actions offer them. */
	loop?: boolean;
}

/**
 * What to do with a mentor, from where the user is looking: add an item, log a contact or an
 * email, start a meeting note, snooze.
 */
export function mentorActions(parent: HTMLElement, mentor: MentorSummary, ctx: SectionContext, choice: MentorActionChoice = { contact: true }): HTMLElement {
	const bar = parent.createDiv({ cls: 'mentor-rally-actions' });
	const label = (button: HTMLButtonElement, text: string): void => void button.setAttr('aria-label', text);
	if (choice.addItem) {
		label(
			actionButton(bar, 'Add item', 'plus', async () => ctx.actions.addItem(mentor), 'mentor-rally-add-item'),
			`Add an item for ${mentor.name}`,
		);
	}
	if (choice.contact) {
		label(
			actionButton(bar, 'Log contact', 'user-check', () => ctx.actions.logContact(mentor), 'mentor-rally-log-contact'),
			`Log contact with ${mentor.name} today`,
		);
		label(
			actionButton(bar, 'Log email', 'mail', () => ctx.actions.logEmail(mentor), 'mentor-rally-log-email'),
			`Log an email with ${mentor.name} today`,
		);
	}
	if (choice.calendar) {
		label(
			actionButton(bar, 'Add to calendar', 'calendar-plus', () => ctx.actions.addToCalendar(mentor), 'mentor-rally-add-to-calendar'),
			`Add the meeting with ${mentor.name} to your calendar`,
		);
	}
	const { prepareMeeting, draftUpdate } = ctx.actions;
	if (choice.loop && prepareMeeting) {
		label(
			actionButton(bar, 'Prepare', 'clipboard-list', () => prepareMeeting(mentor), 'mentor-rally-prepare-meeting'),
			`Prepare for the meeting with ${mentor.name}`,
		);
	}
	if (choice.loop && draftUpdate) {
		label(
			actionButton(bar, 'Draft update', 'send', () => draftUpdate(mentor), 'mentor-rally-draft-update'),
			`Draft a progress update to ${mentor.name}`,
		);
	}
	label(
		actionButton(bar, 'Start meeting note', 'file-plus', () => ctx.actions.startMeeting(mentor), 'mentor-rally-start-meeting'),
		`Start a meeting note with ${mentor.name}`,
	);
	label(
		actionButton(bar, 'Snooze', 'bell-off', async () => ctx.actions.snooze(mentor), 'mentor-rally-snooze'),
		mentor.snoozedUntil ? `Change the snooze of ${mentor.name}` : `Snooze the meetings with ${mentor.name}`,
	);
	return bar;
}
