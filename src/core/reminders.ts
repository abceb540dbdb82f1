import { setOwn } from './collections';
import { addDays, compareDueDates, isCalendarDate, type CalendarDate } from './calendar-date';
import { dueNowItemsByDate, dueNowMeetings, mentorsWithoutMeetings, quietMentors } from './dashboard';
import { plural, relativeDay, truncate } from './format';
import { itemWords } from './presentation/item-words';
import { keepWarmDueNow, keepWarmRows, type KeepWarmRow } from './relationship/keep-warm';
import { taskKey } from './task-key';
import type { Item, MentorSummary, TeamSnapshot } from './types';

/**
 * What Mentor Rally reminds the user of, worked out from the team alone (no clock, no
 * storage): the plugin decides when to look, remembers what it already said, and shows it.
 */

export type ReminderKind = 'meeting-today' | 'meeting-due' | 'keep-warm' | 'reply-owed' | 'item-due';

export interface Reminder {
	/**
	 * Names the thing, not the moment: the same meeting or item gives the same key on every
	 * check (a task keeps its key when lines above it move), so "at most once a day" can be kept.
	 */
	key: string;
	kind: ReminderKind;
	/** One short line of plain text, for a notice or a tooltip. */
	text: string;
	mentor: string;
	mentorPath: string;
	/** The note the reminder is about: the item's note, or the mentor note for a meeting or a keep-in-touch. */
	path: string;
	/** 1-based line of the item; null for meetings and keep-in-touch. */
	line: number | null;
	/** When the meeting, keep-in-touch or item is due (the meeting day for a meeting booked today). */
	date: CalendarDate | null;
	overdue: boolean;
}

/** What was reminded when: reminder key → the day (`YYYY-MM-DD`) it was last shown. */
export type ReminderLog = Record<string, string>;

/** How long the log remembers a reminder; older entries are dropped when the log is next written. */
export const REMINDER_LOG_DAYS = 7;

const KIND_ORDER: Record<ReminderKind, number> = { 'meeting-today': 0, 'meeting-due': 1, 'keep-warm': 2, 'reply-owed': 3, 'item-due': 4 };
const MAX_TEXT = 90;

/**
 * Everything to remind the user of today:
 * - meetings booked for today;
 * - meetings due (within the due-soon window) or overdue and not yet booked;
 * - alumni to keep in touch with: the dashboard's *Keep in touch* rows (keepWarmRows, within
 *   the same due-soon window `dueSoonDays`), so the notice names whom the dashboard lists;
 * - replies I owe: open items of mine carrying the reply tag, whatever their due date;
 * - other items of mine due today or overdue.
 * Paused and alumni mentors stay quiet (an alumna's keep-in-touch aside); a snoozed mentor's
 * meeting does too, but what I owe them still reminds (a snooze pauses the cadence, not my
 * promises). Sorted: meetings today, meetings due (most overdue first), keep in touch,
 * replies, items (oldest due date first).
 */
export function remindersFor(team: TeamSnapshot, dueSoonDays: number): Reminder[] {
	const quiet = quietMentors(team);
	const noMeetings = mentorsWithoutMeetings(team);
	const reminders: Reminder[] = [];
	for (const mentor of team.mentors) {
		if (noMeetings.has(mentor.path)) continue;
		const meeting = meetingReminder(mentor, team.today);
		if (meeting) reminders.push(meeting);
	}
	for (const row of keepWarmRows(team, dueSoonDays)) reminders.push(keepWarmReminder(row, team.today));
	const seen = new Map<string, number>();
	for (const item of team.items) {
		if (!item.open || item.owner !== 'me' || quiet.has(item.mentorPath)) continue;
		const dueNow = item.dueDate !== null && item.dueDate <= team.today;
		if (!item.reply && !dueNow) continue;
		const kind: ReminderKind = item.reply ? 'reply-owed' : 'item-due';
		const base = `${kind === 'reply-owed' ? 'reply' : 'item'}:${item.path}:${taskKey(item.text)}`;
		// Two identical tasks in one note are two things to do.
		const occurrence = (seen.get(base) ?? 0) + 1;
		seen.set(base, occurrence);
		reminders.push({
			key: occurrence === 1 ? base : `${base}~${occurrence}`,
			kind,
			text: itemLine(item, kind, team),
			mentor: item.mentor,
			mentorPath: item.mentorPath,
			path: item.path,
			line: item.line,
			date: item.dueDate,
			overdue: item.dueDate !== null && item.dueDate < team.today,
		});
	}
	return reminders.sort((a, b) => KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || compareDueDates(a.date, b.date) || (a.text < b.text ? -1 : a.text > b.text ? 1 : 0));
}

function meetingReminder(mentor: MentorSummary, today: CalendarDate): Reminder | null {
	const base = { mentor: mentor.name, mentorPath: mentor.path, path: mentor.path, line: null, text: meetingText(mentor, today) };
	if (mentor.nextMeeting?.date === today) {
		return { ...base, key: `meeting-today:${mentor.path}:${today}`, kind: 'meeting-today', date: today, overdue: false };
	}
	if ((mentor.status !== 'overdue' && mentor.status !== 'due') || mentor.nextDue === null) return null;
	return { ...base, key: `meeting-due:${mentor.path}`, kind: 'meeting-due', date: mentor.nextDue, overdue: mentor.status === 'overdue' };
}

function meetingText(mentor: MentorSummary, today: CalendarDate): string {
	if (mentor.nextMeeting?.date === today) {
		return `Meeting with ${mentor.name} today${mentor.nextMeeting.time ? ` at ${mentor.nextMeeting.time}` : ''}`;
	}
	const due = mentor.nextDue ?? today;
	if (mentor.lastContact === null) return `First meeting with ${mentor.name}: due ${relativeDay(due, today)}`;
	if (due < today) return `Meeting with ${mentor.name}: overdue, was due ${relativeDay(due, today)}`;
	return `Meeting with ${mentor.name}: due ${relativeDay(due, today)}`;
}

function keepWarmReminder(row: KeepWarmRow, today: CalendarDate): Reminder {
	const { mentor, due, overdue } = row;
	return { key: `keep-warm:${mentor.path}`, kind: 'keep-warm', text: keepWarmLine(row, today), mentor: mentor.name, mentorPath: mentor.path, path: mentor.path, line: null, date: due, overdue };
}

/** "Keep in touch with Dr. Ellen Park: overdue, was due 16 days ago". */
function keepWarmLine(row: KeepWarmRow, today: CalendarDate): string {
	return `Keep in touch with ${row.mentor.name}: ${dueWords(row.due, today) ?? ''}`;
}

function itemLine(item: Item, kind: ReminderKind, team: TeamSnapshot): string {
	const text = truncate(itemWords(item.text, team.markerTags), MAX_TEXT);
	const when = dueWords(item.dueDate, team.today);
	if (kind === 'reply-owed') return `Reply owed to ${item.mentor}: ${text}${when ? ` (${when})` : ''}`;
	return `${text} (${item.mentor}${when ? `, ${when}` : ''})`;
}

function dueWords(due: CalendarDate | null, today: CalendarDate): string | null {
	if (due === null) return null;
	return due < today ? `overdue, was due ${relativeDay(due, today)}` : `due ${relativeDay(due, today)}`;
}

/**
 * The reminders not yet shown today, and the log to save once they are: every fresh key
 * stamped with today, entries older than a week (and anything that is not a date) dropped.
 */
export function selectUnnotified(reminders: readonly Reminder[], log: Readonly<ReminderLog>, today: CalendarDate): { fresh: Reminder[]; log: ReminderLog } {
	const next = pruneReminderLog(log, today);
	const fresh: Reminder[] = [];
	for (const reminder of reminders) {
		if (next[reminder.key] === today) continue;
		fresh.push(reminder);
		next[reminder.key] = today;
	}
	return { fresh, log: next };
}

/** The log without entries older than REMINDER_LOG_DAYS days before today, or that are not dates. */
export function pruneReminderLog(log: Readonly<ReminderLog>, today: CalendarDate): ReminderLog {
	const oldest = addDays(today, -REMINDER_LOG_DAYS);
	const kept: ReminderLog = {};
	for (const [key, day] of Object.entries(log)) {
		if (key !== '' && isCalendarDate(day) && day >= oldest) setOwn(kept, key, day);
	}
	return kept;
}

export interface ReminderSummary {
	/** One short sentence: "2 meetings due, 3 items due or overdue, 1 reply owed". */
	title: string;
	/** One line per reminder, in the reminders' order. */
	lines: string[];
}

export function summariseReminders(reminders: readonly Reminder[]): ReminderSummary {
	const of = (kind: ReminderKind) => reminders.filter((r) => r.kind === kind);
	const parts: string[] = [];
	const due = of('meeting-due');
	if (due.length > 0) parts.push(`${plural(due.length, 'meeting')} ${due.every((r) => r.overdue) ? 'overdue' : 'due'}`);
	const today = of('meeting-today');
	if (today.length > 0) parts.push(`${plural(today.length, 'meeting')} today`);
	const keepWarm = of('keep-warm');
	if (keepWarm.length > 0) parts.push(`${plural(keepWarm.length, 'person', 'people')} to keep in touch with`);
	const items = of('item-due');
	if (items.length > 0) {
		const when = items.every((r) => r.overdue) ? 'overdue' : items.some((r) => r.overdue) ? 'due or overdue' : 'due today';
		parts.push(`${plural(items.length, 'item')} ${when}`);
	}
	const replies = of('reply-owed');
	if (replies.length > 0) parts.push(`${plural(replies.length, 'reply', 'replies')} owed`);
	return { title: parts.join(', '), lines: reminders.map((r) => r.text) };
}

/**
 * What the status bar counts: meetings, keep-in-touch messages to alumni and items of mine
 * that are due today or overdue, for mentors who are not quiet (dueNowInMyCourt,
 * keepWarmDueNow), each with a line for the tooltip (the first `maxLines` of them: the count
 * says how many there are in all).
 */
export function dueNowSummary(team: TeamSnapshot, maxLines = Infinity): { count: number; label: string; lines: string[] } {
	const meetings = dueNowMeetings(team);
	const keepWarm = keepWarmDueNow(team);
	const items = dueNowItemsByDate(team);
	const count = meetings.length + keepWarm.length + items.length;
	const overdue = meetings.filter((m) => m.nextDue !== null && m.nextDue < team.today).length + keepWarm.filter((r) => r.overdue).length + items.filter((i) => i.overdue).length;
	const lines: string[] = [];
	for (const meeting of meetings) if (lines.length < maxLines) lines.push(meetingText(meeting, team.today));
	for (const row of keepWarm) if (lines.length < maxLines) lines.push(keepWarmLine(row, team.today));
	for (const item of items) {
		if (lines.length >= maxLines) break;
		lines.push(itemLine(item, 'item-due', team));
	}
	return { count, label: dueNowLabel(count, overdue), lines };
}

/** What the status bar says it counts: "3 due today", "2 overdue", "4 due today or overdue". */
function dueNowLabel(count: number, overdue: number): string {
	if (overdue === 0) return `${count} due today`;
	return overdue === count ? `${count} overdue` : `${count} due today or overdue`;
}
