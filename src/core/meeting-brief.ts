import { addDays, type CalendarDate } from './calendar-date';
import { closedSinceLastTime } from './brief-items';
import { meetingAgenda } from './dashboard';
import { meetingNoteBody, type MeetingAgenda } from './note-templates';
import type { MentorSummary, TeamSnapshot } from './types';

/**
 * The brief for a meeting with one mentor ("Prepare for meeting"): what was closed since the
 * last contact, what I bring back, what I am waiting on, the questions to ask, and the last
 * meeting's note. Pure: the snapshot, the mentor and the day in, the lists and their text out.
 */

export interface BriefOptions {
	askTag: string;
	/** Path of the last meeting note with this mentor before this one, or null. */
	lastMeeting: string | null;
}

/** Everything a meeting note's template needs, for a meeting with `mentor` on `day`. */
export function meetingBrief(team: TeamSnapshot, mentor: MentorSummary, day: CalendarDate, time: string | null, options: BriefOptions): MeetingAgenda {
	return { ...meetingAgenda(team, mentor, options.askTag), date: day, time, sinceLast: closedSinceLastTime(team, mentor, day), lastMeeting: options.lastMeeting };
}

/**
 * The meeting notes of a mentor (path and day) → the latest before `day`. The adapters find
 * the notes (the snapshot keeps only their items); this picks.
 */
export function lastMeetingBefore(notes: readonly { path: string; date: CalendarDate | null }[], day: CalendarDate): string | null {
	let best: { path: string; date: CalendarDate } | null = null;
	for (const note of notes) {
		if (note.date === null || note.date >= day) continue;
		if (best === null || note.date > best.date || (note.date === best.date && note.path > best.path)) best = { path: note.path, date: note.date };
	}
	return best?.path ?? null;
}

/** The day "Prepare for meeting" prepares for: the booked meeting, when it is today or ahead. */
export function bookedDay(mentor: MentorSummary, today: CalendarDate): { date: CalendarDate; time: string | null } | null {
	const booked = mentor.nextMeeting;
	return booked && booked.date >= today && booked.date <= addDays(today, 366) ? booked : null;
}

/** The text of the meeting note "Prepare for meeting" writes, with the built-in template (or the one given). */
export function meetingBriefText(team: TeamSnapshot, mentor: MentorSummary, day: CalendarDate, time: string | null, options: BriefOptions, template: string | null = null): string {
	return meetingNoteBody(meetingBrief(team, mentor, day, time, options), template);
}
