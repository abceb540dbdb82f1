import { parseCalendarDate, type CalendarDate } from './calendar-date';
import { compareText } from './compare-text';
import { bookedDay } from './meeting-brief';
import { MentorDirectory } from './mentor-directory';
import { baseName, linkTarget } from './names';
import { property, type Frontmatter } from './properties';
import type { MeetingFacts, MentorSummary, TeamSnapshot } from './types';
import { UPDATE_DRAFTED_PROPERTY, UPDATE_SENT_PROPERTY, UPDATE_TO_PROPERTY } from './update-note';

/**
 * What the notes say of the meeting loop (issue 12), for the command line's report: which
 * booked meetings have their note (the brief "Prepare for meeting" writes), the last meeting
 * wrapped up (held, and the next one booked after it), and the update notes drafted and sent.
 * The adapter hands over the meeting notes as read and every note's properties.
 */

export interface BookedMeeting {
	mentor: string;
	/** The mentor note. */
	path: string;
	date: CalendarDate;
	time: string | null;
	/** The meeting note for that day (prepared), or null when there is none yet. */
	note: string | null;
}

export interface WrapUp {
	/** The meeting note. */
	note: string;
	date: CalendarDate;
	/** Its mentors with a next meeting booked after it. */
	mentors: { mentor: string; path: string; nextMeeting: CalendarDate }[];
	/** Items written in the note, on each side. */
	mine: number;
	theirs: number;
}

export interface UpdateNoteFacts {
	path: string;
	/** The mentors it went to (their names; a link to no mentor as written). */
	to: string[];
	drafted: CalendarDate | null;
	sent: CalendarDate | null;
}

export interface LoopNotes {
	bookedMeetings: BookedMeeting[];
	lastWrapUp: WrapUp | null;
	updateNotes: UpdateNoteFacts[];
}

type MeetingNote = Pick<MeetingFacts, 'path' | 'mentorLinks' | 'date'>;
type PropertiesOf = { path: string; frontmatter: Frontmatter | null };

export function loopNotes(team: TeamSnapshot, meetings: readonly MeetingNote[], notes: readonly PropertiesOf[]): LoopNotes {
	const directory = new MentorDirectory(team.mentors);
	const mentorsOf = (links: readonly string[]): MentorSummary[] => {
		const found: MentorSummary[] = [];
		for (const link of links) {
			const mentor = directory.resolve(link)[0];
			if (mentor && !found.includes(mentor)) found.push(mentor);
		}
		return found;
	};
	const linked = meetings.map((m) => ({ note: m, mentors: mentorsOf(m.mentorLinks) }));
	return { bookedMeetings: bookedMeetings(team, linked), lastWrapUp: lastWrapUp(team, linked), updateNotes: updateNotes(notes, mentorsOf) };
}

type Linked = { note: MeetingNote; mentors: MentorSummary[] };

/** Each active mentor's booked meeting (today or ahead), with its note when one is dated that day. */
function bookedMeetings(team: TeamSnapshot, linked: readonly Linked[]): BookedMeeting[] {
	// Each mentor's meeting notes on or after today, by mentor: one pass over the notes.
	const ahead = new Map<MentorSummary, Linked[]>();
	for (const l of linked) {
		if (l.note.date === null || l.note.date < team.today) continue;
		for (const mentor of l.mentors) {
			const list = ahead.get(mentor);
			if (list) list.push(l);
			else ahead.set(mentor, [l]);
		}
	}
	const booked: BookedMeeting[] = [];
	for (const mentor of team.mentors) {
		const day = mentor.lifecycle === 'active' ? bookedDay(mentor, team.today) : null;
		if (!day) continue;
		const notes = (ahead.get(mentor) ?? []).filter((l) => l.note.date === day.date).map((l) => l.note.path);
		notes.sort(compareText);
		booked.push({ mentor: mentor.name, path: mentor.path, date: day.date, time: day.time, note: notes[0] ?? null });
	}
	return booked.sort((a, b) => compareText(a.date, b.date) || compareText(a.mentor, b.mentor));
}

/** The latest meeting held (today or before) after which one of its mentors has the next meeting booked. */
function lastWrapUp(team: TeamSnapshot, linked: readonly Linked[]): WrapUp | null {
	let best: Omit<WrapUp, 'mine' | 'theirs'> | null = null;
	for (const { note, mentors } of linked) {
		const date = note.date;
		if (date === null || date > team.today) continue;
		if (best !== null && (date < best.date || (date === best.date && note.path < best.note))) continue;
		const booked: WrapUp['mentors'] = mentors.flatMap((m): WrapUp['mentors'] =>
			m.nextMeeting && m.nextMeeting.date > date ? [{ mentor: m.name, path: m.path, nextMeeting: m.nextMeeting.date }] : [],
		);
		if (booked.length > 0) best = { note: note.path, date, mentors: booked };
	}
	if (best === null) return null;
	const path = best.note;
	const items = team.items.filter((i) => i.path === path);
	return { ...best, mine: items.filter((i) => i.owner === 'me').length, theirs: items.filter((i) => i.owner === 'them').length };
}

/** Notes with the `update_to` property ("Draft an update" writes them), newest first. */
function updateNotes(notes: readonly PropertiesOf[], mentorsOf: (links: readonly string[]) => MentorSummary[]): UpdateNoteFacts[] {
	const found: UpdateNoteFacts[] = [];
	for (const { path, frontmatter } of notes) {
		const raw = property(frontmatter, UPDATE_TO_PROPERTY);
		if (raw === undefined) continue;
		const values: unknown[] = Array.isArray(raw) ? raw : [raw];
		const to: string[] = [];
		for (const value of values) {
			const target = typeof value === 'string' ? linkTarget(value) : null;
			if (target === null || target === '') continue;
			const name = mentorsOf([target])[0]?.name ?? baseName(target);
			if (!to.includes(name)) to.push(name);
		}
		found.push({ path, to, drafted: parseCalendarDate(property(frontmatter, UPDATE_DRAFTED_PROPERTY)), sent: parseCalendarDate(property(frontmatter, UPDATE_SENT_PROPERTY)) });
	}
	const day = (u: UpdateNoteFacts): string => u.sent ?? u.drafted ?? '';
	return found.sort((a, b) => compareText(day(b), day(a)) || compareText(a.path, b.path));
}
