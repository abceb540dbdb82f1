import { addCadence, type Cadence } from '../cadence';
import { addMonths, daysBetween, maxDate, parseCalendarDate, type CalendarDate } from '../calendar-date';
import { lowerBound } from '../sorted-lists';
import type { Item, MentorSummary, TeamSnapshot } from '../types';

/** Meetings held in a window of the last months, against what the cadence asks. */
export interface MeetingsHeld {
	readonly months: number;
	readonly held: number;
	readonly expected: number;
}

/**
 * How the relationship is going, like a tennis rally: what I bring back, how fast I answer,
 * what they deliver and how long I wait, and how often we meet. Every figure is read from
 * the notes (✅ dates, due dates, reference dates, contacts); null when there is nothing to go by.
 */
export interface TennisScore {
	/** My items brought back by the meeting after I got them (or by their own due date). */
	readonly onTime: number;
	/** My items brought back after that meeting, or still open after it. */
	readonly late: number;
	/** onTime / (onTime + late), 0–1, or null when nothing could be judged yet. */
	readonly onTimeRate: number | null;
	/** `#reply` items I answered (with a ✅ date). */
	readonly replies: number;
	/** My median days from an email to my reply. */
	readonly medianReplyDays: number | null;
	/** Their items done (with a ✅ date). */
	readonly delivered: number;
	/** Median days I waited for what they delivered. */
	readonly medianWaitDays: number | null;
	/** Their items still open. */
	readonly waitingOn: number;
	/** Meetings over the last 3, 6 and 12 months. */
	readonly meetings: readonly MeetingsHeld[];
	/** The last three gaps between contacts each longer than the cadence: slipping before it is overdue. */
	readonly drifting: boolean;
}

export const SCORE_WINDOWS = [3, 6, 12] as const;

/** The score of every mentor, by path: one pass over the items. */
export function tennisScores(team: TeamSnapshot): Map<string, TennisScore> {
	const itemsOf = new Map<string, Item[]>();
	for (const item of team.items) {
		let list = itemsOf.get(item.mentorPath);
		if (!list) itemsOf.set(item.mentorPath, (list = []));
		list.push(item);
	}
	const scores = new Map<string, TennisScore>();
	for (const mentor of team.mentors) scores.set(mentor.path, tennisScore(mentor, itemsOf.get(mentor.path) ?? [], team.today));
	return scores;
}

/** One mentor's score from their items (every item joined to them, open and closed). */
export function tennisScore(mentor: MentorSummary, items: readonly Item[], today: CalendarDate): TennisScore {
	const contacts = mentor.contacts;
	let onTime = 0;
	let late = 0;
	const replyDays: number[] = [];
	const waits: number[] = [];
	let waitingOn = 0;
	for (const item of items) {
		if (item.state === 'cancelled') continue;
		if (item.owner === 'them') {
			if (item.state === 'open') waitingOn++;
			else if (item.doneDate !== null && item.referenceDate !== null && item.doneDate >= item.referenceDate) waits.push(daysBetween(item.referenceDate, item.doneDate));
			continue;
		}
		if (item.reply) {
			if (item.state === 'done' && item.doneDate !== null && item.referenceDate !== null && item.doneDate >= item.referenceDate) replyDays.push(daysBetween(item.referenceDate, item.doneDate));
			continue;
		}
		const verdict = returnVerdict(item, contacts, today);
		if (verdict === 'on-time') onTime++;
		else if (verdict === 'late') late++;
	}
	return {
		onTime,
		late,
		onTimeRate: onTime + late === 0 ? null : onTime / (onTime + late),
		replies: replyDays.length,
		medianReplyDays: median(replyDays),
		delivered: waits.length,
		medianWaitDays: median(waits),
		waitingOn,
		meetings: SCORE_WINDOWS.map((months) => meetingsHeld(mentor, months, today)),
		drifting: mentor.lifecycle === 'active' && isDrifting(contacts, mentor.cadence),
	};
}

/**
 * Whether one of my items came back in time: by its own due date when it has one, else by
 * the first contact after the day I got it. Null when it cannot be judged (no ✅ date, no
 * day it was written, or still open with the meeting not yet past).
 */
export function returnVerdict(item: Item, contacts: readonly CalendarDate[], today: CalendarDate): 'on-time' | 'late' | null {
	if (item.referenceDate === null) return null;
	const deadline = item.due ?? firstAfter(contacts, item.referenceDate);
	if (item.state === 'open') return deadline !== null && deadline < today ? 'late' : null;
	if (item.doneDate === null) return null;
	return deadline === null || item.doneDate <= deadline ? 'on-time' : 'late';
}

/** The first day in the sorted list strictly after `day` (a binary search: every item of a mentor asks). */
function firstAfter(sorted: readonly CalendarDate[], day: CalendarDate): CalendarDate | null {
	return sorted[lowerBound(sorted, day, (date, after) => (date > after ? 1 : -1))] ?? null;
}

/**
 * Contacts in the window (`months` back from today, the first day excluded) against the
 * cadence steps that fit in it. The window starts no earlier than the relationship: the first
 * contact (or `since`), so a mentor met for a month is not judged on a year.
 */
export function meetingsHeld(mentor: MentorSummary, months: number, today: CalendarDate): MeetingsHeld {
	const windowStart = addMonths(today, -months);
	const first = mentor.contacts[0] ?? parseCalendarDate(mentor.since) ?? today;
	const start = maxDate([windowStart, first]) ?? windowStart;
	const held = mentor.contacts.filter((d) => d > start && d <= today).length;
	return { months, held, expected: cadenceSteps(start, today, mentor.cadence) };
}

/** How many cadence steps from `start` land on or before `end` (each step counted from start: no month-end creep). */
export function cadenceSteps(start: CalendarDate, end: CalendarDate, cadence: Cadence): number {
	// Steps that cannot pass `end` however long their months (31 days) or years (366) are
	// counted at once; the last few one by one. Every mentor's card asks, three times.
	const longest = cadence.count * LONGEST_DAYS[cadence.unit];
	const days = daysBetween(start, end);
	let steps = longest > 0 && days > 0 ? Math.min(MAX_STEPS, Math.floor(days / longest)) : 0;
	while (steps < MAX_STEPS && addCadence(start, { count: cadence.count * (steps + 1), unit: cadence.unit }) <= end) steps++;
	return steps;
}

/** 366 steps cover a daily cadence over a year: the longest window. */
const MAX_STEPS = 400;
const LONGEST_DAYS: Readonly<Record<Cadence['unit'], number>> = { day: 1, week: 7, month: 31, year: 366 };

/** The last three gaps between contacts each longer than the cadence. */
export function isDrifting(contacts: readonly CalendarDate[], cadence: Cadence): boolean {
	const n = contacts.length;
	if (n < 4) return false;
	for (let i = n - 3; i < n; i++) {
		const before = contacts[i - 1] as CalendarDate;
		const after = contacts[i] as CalendarDate;
		if (after <= addCadence(before, cadence)) return false;
	}
	return true;
}

/** The median of whole days, rounded to a whole day (half up); null for none. */
export function median(values: readonly number[]): number | null {
	if (values.length === 0) return null;
	const sorted = [...values].sort((a, b) => a - b);
	const mid = Math.floor(sorted.length / 2);
	const value = sorted.length % 2 === 1 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
	return Math.round(value);
}
