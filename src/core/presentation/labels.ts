import { daysBetween, type CalendarDate } from '../calendar-date';
import { duration, relativeDay, shortDate } from '../format';
import type { Ball, Item, MentorSummary } from '../types';

/**
 * The words every surface uses for time and state, so the dashboard, the embedded block,
 * the reminders and the terminal report never say the same thing two ways. Each label
 * carries a tone (how urgent it is); a renderer turns the tone into a colour.
 */

export type Tone = 'red' | 'orange' | 'yellow' | 'green' | 'accent' | 'muted';

export interface Label {
	text: string;
	tone: Tone;
}

/** "1 day overdue", "12 days overdue". */
export function overdueBy(days: number): string {
	return days === 1 ? '1 day overdue' : `${days} days overdue`;
}

/** When an item I owe is due: "3 days overdue", "Due today", "Next meeting in 2 days". */
export function dueLabel(item: Item, today: CalendarDate, dueSoonDays: number): Label {
	const due = item.dueDate;
	if (due === null) return { text: 'No date', tone: 'muted' };
	const days = daysBetween(today, due);
	if (days < 0) return { text: overdueBy(-days), tone: 'red' };
	if (days === 0) return { text: 'Due today', tone: 'orange' };
	const when = relativeDay(due, today);
	if (item.dueSource === null || item.dueSource === 'next-meeting') return { text: `Next meeting ${when}`, tone: 'accent' };
	return { text: `Due ${when}`, tone: days <= dueSoonDays ? 'yellow' : 'muted' };
}

/** How long I have waited for something a mentor owes me: "Waiting 3 weeks". */
export function waitLabel(item: Item): Label {
	if (item.age === null) return { text: 'Waiting', tone: 'muted' };
	if (item.age <= 0) return { text: 'Asked today', tone: 'muted' };
	return { text: `Waiting ${duration(item.age)}`, tone: item.age >= 28 ? 'red' : item.age >= 14 ? 'orange' : 'muted' };
}

/** A meeting to book: "23 days overdue", "Due today", "Due in 2 days". */
export function meetingLabel(mentor: MentorSummary, today: CalendarDate): Label {
	if (mentor.nextDue === null) return { text: 'Not planned', tone: 'muted' };
	const days = daysBetween(today, mentor.nextDue);
	if (days < 0) return { text: overdueBy(-days), tone: 'red' };
	if (days === 0) return { text: 'Due today', tone: 'orange' };
	return { text: `Due ${relativeDay(mentor.nextDue, today)}`, tone: 'yellow' };
}

/** A meeting already booked: "Thu 26 Nov, 15:00". */
export function bookedLabel(mentor: MentorSummary, today: CalendarDate): string {
	const date = mentor.nextMeeting?.date ?? mentor.nextDue;
	if (!date) return 'Booked';
	const time = mentor.nextMeeting?.time ? `, ${mentor.nextMeeting.time}` : '';
	return `${shortDate(date, today)}${time}`;
}

/** "Last contact 12 days ago", "Never contacted". */
export function lastContactLabel(mentor: MentorSummary, today: CalendarDate): string {
	return mentor.lastContact ? `Last contact ${relativeDay(mentor.lastContact, today)}` : 'Never contacted';
}

/**
 * The mentor's state in one or two words: the one status vocabulary of every surface.
 * A snooze pauses the meeting cadence, so a snoozed mentor whose meeting is due is "Snoozed".
 */
export function statusLabel(mentor: MentorSummary, today: CalendarDate): Label {
	if (mentor.snoozedUntil !== null && (mentor.status === 'overdue' || mentor.status === 'due')) return { text: 'Snoozed', tone: 'muted' };
	switch (mentor.status) {
		case 'overdue':
			return { text: 'Overdue', tone: 'red' };
		case 'due':
			return { text: mentor.nextDue === today ? 'Due today' : 'Due soon', tone: mentor.nextDue === today ? 'orange' : 'yellow' };
		case 'scheduled':
			return { text: 'Booked', tone: 'accent' };
		case 'ok':
			return { text: 'On track', tone: 'green' };
		case 'paused':
			return { text: 'Paused', tone: 'muted' };
		case 'alumni':
			return { text: 'Alumni', tone: 'muted' };
		case 'prospect':
			return { text: 'Prospect', tone: 'accent' };
	}
}

/** "Snoozed until Tue 1 Dec", or null when the mentor is not snoozed. */
export function snoozeLabel(mentor: MentorSummary, today: CalendarDate): string | null {
	return mentor.snoozedUntil ? `Snoozed until ${shortDate(mentor.snoozedUntil, today)}` : null;
}

/** The name of the "whose move is it" fact: plain words, not a tennis term. */
export const NEXT_MOVE_TERM = 'Next move';

/** Whose move it is with this mentor, after "Next move:": "yours", "theirs", "nobody's". */
export function ballWords(ball: Ball): string {
	return ball === 'mine' ? 'yours' : ball === 'theirs' ? 'theirs' : "nobody's";
}
