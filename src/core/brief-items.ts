import type { CalendarDate } from './calendar-date';
import { compareText } from './compare-text';
import { hasTag } from './note-templates';
import type { Item, MentorSummary, TeamSnapshot } from './types';

// Which items a meeting brief lists beside the agenda: done since last time, and questions.

/** The last day of contact before the meeting's day (a note dated that day does not count as "last time"). */
export function previousContact(mentor: MentorSummary, meetingDay: CalendarDate): CalendarDate | null {
	let latest: CalendarDate | null = null;
	for (const day of mentor.contacts) if (day < meetingDay && (latest === null || day > latest)) latest = day;
	return latest;
}

/**
 * Items done for or by this mentor since the last contact: ticked (with a ✅ day) after it and
 * not after the meeting. An item ticked on the day of the last contact was news at that
 * meeting already. Cancelled items are not news; oldest first.
 */
export function closedSinceLastTime(team: TeamSnapshot, mentor: MentorSummary, meetingDay: CalendarDate): Item[] {
	const since = previousContact(mentor, meetingDay);
	return team.items
		.filter((i) => i.mentorPath === mentor.path && i.state === 'done' && i.doneDate !== null && i.doneDate <= meetingDay && (since === null || i.doneDate > since))
		.sort((a, b) => compareText(a.doneDate ?? '', b.doneDate ?? '') || a.line - b.line);
}

/** Open items for this mentor carrying the question tag (either side's), in file order. */
export function openQuestions(team: TeamSnapshot, mentor: MentorSummary, askTag: string): Item[] {
	return team.items.filter((i) => i.mentorPath === mentor.path && i.open && hasTag(i.text, askTag));
}
