import { dateParts, parseCalendarDate, type CalendarDate } from '../calendar-date';
import { baseName } from '../names';
import { itemWords, type MarkerTags } from '../presentation/item-words';
import type { Item, MentorSummary, TeamSnapshot } from '../types';

export type TimelineKind = 'start' | 'contact' | 'meeting' | 'given' | 'asked' | 'closed' | 'delivered' | 'role' | 'status';

/** One dated event of a relationship. */
export interface TimelineEntry {
	readonly date: CalendarDate;
	readonly kind: TimelineKind;
	/** Plain words: "Meeting: 2026-11-10 Dr. Marsh - abstract draft", "They promised: send the template". */
	readonly text: string;
	/** A meeting's note (the first, when the day has several), to open from the timeline; absent for other entries. */
	readonly path?: string;
}

/**
 * The whole relationship with one mentor, oldest first: the start (`since`), contacts (a day
 * with a meeting note is a meeting, named by its notes, whether or not they hold tasks; other
 * contacts are named by their dated headings), items exchanged (the day written) and closed
 * (the ✅ day), and role and status changes.
 */
export function mentorTimeline(team: TeamSnapshot, mentor: MentorSummary): TimelineEntry[] {
	const entries: TimelineEntry[] = [];
	const since = parseCalendarDate(mentor.since);
	if (since) entries.push({ date: since, kind: 'start', text: 'Mentor since' });
	const items = team.items.filter((i) => i.mentorPath === mentor.path);
	const headingsOn = new Map<string, string[]>();
	for (const heading of mentor.relationship.headings) pushTo(headingsOn, heading.date, heading.text || 'Log entry');
	// The meeting notes of each day: those linking the mentor, and any other note whose items are dated that day.
	const notesOn = new Map<string, string[]>();
	for (const meeting of mentor.meetingNotes) pushTo(notesOn, meeting.date, meeting.path);
	for (const item of items) {
		if (item.path === mentor.path || item.referenceDate === null) continue;
		if (!(notesOn.get(item.referenceDate) ?? []).includes(item.path)) pushTo(notesOn, item.referenceDate, item.path);
	}
	for (const day of mentor.contacts) {
		const notes = notesOn.get(day) ?? [];
		const names = [...notes.map(baseName), ...(headingsOn.get(day) ?? [])];
		const first = notes[0];
		if (first !== undefined) entries.push({ date: day, kind: 'meeting', text: `Meeting: ${names.join('; ')}`, path: first });
		else entries.push({ date: day, kind: 'contact', text: names.length > 0 ? `Contact: ${names.join('; ')}` : 'Contact' });
	}
	for (const item of items) pushItem(entries, item, team.markerTags);
	for (const change of mentor.relationship.changes) {
		entries.push({ date: change.date, kind: change.kind, text: `${change.kind === 'role' ? 'Role' : 'Status'}: ${change.value}` });
	}
	const order: Record<TimelineKind, number> = { start: 0, status: 1, role: 2, contact: 3, meeting: 3, asked: 4, given: 5, delivered: 6, closed: 7 };
	return entries.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : order[a.kind] - order[b.kind]));
}

function pushItem(entries: TimelineEntry[], item: Item, tags: MarkerTags): void {
	const words = itemWords(item.text, tags);
	const text = words.length > 100 ? `${words.slice(0, 99)}…` : words;
	const theirs = item.owner === 'them';
	if (item.referenceDate !== null) {
		const words = theirs ? 'They promised' : item.reply ? 'Email to answer' : 'I took on';
		entries.push({ date: item.referenceDate, kind: theirs ? 'asked' : 'given', text: `${words}: ${text}` });
	}
	if (item.state === 'done' && item.doneDate !== null) {
		const words = theirs ? 'They delivered' : item.reply ? 'I answered' : 'I brought back';
		entries.push({ date: item.doneDate, kind: theirs ? 'delivered' : 'closed', text: `${words}: ${text}` });
	}
}

function pushTo(map: Map<string, string[]>, key: string, value: string): void {
	const list = map.get(key);
	if (list) list.push(value);
	else map.set(key, [value]);
}

/** Contacts in one calendar month. */
export interface MonthContacts {
	readonly year: number;
	/** 1–12. */
	readonly month: number;
	readonly count: number;
}

/**
 * Contacts per month over the whole relationship: from the January of its first year (the
 * first contact, `since` or a change) to today's month, whole years, oldest first.
 */
export function contactsByMonth(mentor: MentorSummary, today: CalendarDate): MonthContacts[] {
	const starts = [mentor.contacts[0], parseCalendarDate(mentor.since), mentor.relationship.changes[0]?.date].filter((d): d is CalendarDate => d !== undefined && d !== null && d <= today);
	const first = starts.reduce<CalendarDate>((a, b) => (b < a ? b : a), today);
	const from = dateParts(first).year;
	const to = dateParts(today).year;
	const counts = new Map<number, number>();
	for (const day of mentor.contacts) {
		if (day > today) continue;
		const { year, month } = dateParts(day);
		counts.set(year * 12 + month - 1, (counts.get(year * 12 + month - 1) ?? 0) + 1);
	}
	const months: MonthContacts[] = [];
	for (let year = from; year <= to; year++) {
		for (let month = 1; month <= 12; month++) months.push({ year, month, count: counts.get(year * 12 + month - 1) ?? 0 });
	}
	return months;
}
