import { describe, expect, it } from 'vitest';
import type { CalendarDate } from '../../src/core/calendar-date';
import { REMINDER_LOG_DAYS, dueNowSummary, pruneReminderLog, remindersFor, selectUnnotified, summariseReminders, type Reminder } from '../../src/core/reminders';
import { DEFAULT_SETTINGS } from '../../src/core/settings';
import { REMINDER_NOTES, TODAY, TOMORROW, teamOf } from './reminders-fixture';

const MAYA = 'Mentors/Dr. Maya Lee.md';
const SNOOZED = 'Mentors/Dr. Elena Rossi.md';
const QUIET = ['Mentors/Jordan Kim.md', 'Mentors/Dr. James Carter.md'];
/** The reminders' due-soon window, as the plugin passes it from the settings. */
const DUE_SOON = DEFAULT_SETTINGS.dueSoonDays;

function shape(reminders: readonly Reminder[]): [string, string][] {
	return reminders.map((r) => [r.kind, r.text]);
}

describe('remindersFor', () => {
	it('finds meetings today, meetings due, replies owed and my items due today or overdue, in that order', () => {
		expect(shape(remindersFor(teamOf(), DUE_SOON))).toEqual([
			['meeting-today', 'Meeting with Priya Shah today at 15:00'],
			['meeting-due', 'Meeting with Dr. Maya Lee: overdue, was due 7 days ago'],
			['meeting-due', 'Meeting with Dr. Sam Okafor: due in 2 days'],
			['reply-owed', 'Reply owed to Dr. Elena Rossi: Thank Elena for the intro (overdue, was due 70 days ago)'],
			['reply-owed', 'Reply owed to Dr. Maya Lee: Answer the email about the abstract (due tomorrow)'],
			['reply-owed', 'Reply owed to Dr. Ana Ortiz: Reply to Ana about the elective (due in 69 days)'],
			['item-due', 'Send my CV (Dr. Elena Rossi, overdue, was due 4 days ago)'],
			['item-due', 'Send the revised abstract (Dr. Maya Lee, overdue, was due 4 days ago)'],
			['item-due', 'Book the sim lab (Dr. Maya Lee, overdue, was due yesterday)'],
			['item-due', 'Read the registry paper (Dr. Maya Lee, due today)'],
		]);
	});

	it('points each reminder at its note and line', () => {
		const reminders = remindersFor(teamOf(), DUE_SOON);
		const simLab = reminders.find((r) => r.text.startsWith('Book the sim lab'));
		expect(simLab).toMatchObject({ path: 'Meetings/2026-11-03 Maya.md', line: 4, mentorPath: MAYA, date: '2026-11-23', overdue: true });
		const meeting = reminders.find((r) => r.kind === 'meeting-due' && r.mentorPath === MAYA);
		expect(meeting).toMatchObject({ path: MAYA, line: null, date: '2026-11-17', overdue: true });
	});

	it('leaves out their items, done items and items not yet due', () => {
		const texts = remindersFor(teamOf(), DUE_SOON)
			.map((r) => r.text)
			.join('\n');
		expect(texts).not.toContain('intro to the trauma team');
		expect(texts).not.toContain('Book the first meeting');
		expect(texts).not.toContain('Draft the poster');
		// A reply tag on their item: they owe the answer, I do not.
		expect(texts).not.toContain('answer my question');
	});

	it('keeps paused and alumni mentors quiet', () => {
		const reminders = remindersFor(teamOf(), DUE_SOON);
		for (const path of QUIET) expect(reminders.filter((r) => r.mentorPath === path)).toEqual([]);
		// The same notes, no longer quiet, would be reminded of.
		const loud = { ...REMINDER_NOTES };
		for (const path of QUIET) loud[path] = (loud[path] ?? '').replace(/^status: .*\n/m, '');
		const woken = remindersFor(teamOf(loud), DUE_SOON);
		for (const path of QUIET) expect(woken.some((r) => r.mentorPath === path)).toBe(true);
	});

	it('a snooze pauses the meeting only: what I owe the mentor still reminds', () => {
		const kinds = (list: readonly Reminder[]) => list.filter((r) => r.mentorPath === SNOOZED).map((r) => r.kind);
		expect(kinds(remindersFor(teamOf(), DUE_SOON))).toEqual(['reply-owed', 'item-due']);
		// The day the snooze ends, the overdue meeting is back.
		expect(kinds(remindersFor(teamOf(REMINDER_NOTES, '2026-12-01' as CalendarDate), DUE_SOON))).toContain('meeting-due');
	});

	it('gives the same keys on every check, when lines move and from day to day', () => {
		const keys = remindersFor(teamOf(), DUE_SOON).map((r) => r.key);
		expect(new Set(keys).size).toBe(keys.length);
		expect(remindersFor(teamOf(), DUE_SOON).map((r) => r.key)).toEqual(keys);

		const moved = { ...REMINDER_NOTES, [MAYA]: (REMINDER_NOTES[MAYA] ?? '').replace('### 2026-11-03', 'Some notes.\n\nMore notes.\n### 2026-11-03') };
		const after = remindersFor(teamOf(moved), DUE_SOON);
		expect(after.find((r) => r.text.startsWith('Send the revised abstract'))?.line).toBe(11);
		expect(after.map((r) => r.key).sort()).toEqual([...keys].sort());

		const tomorrow = remindersFor(teamOf(REMINDER_NOTES, TOMORROW), DUE_SOON);
		const abstract = (list: Reminder[]) => list.find((r) => r.text.startsWith('Send the revised abstract'))?.key;
		expect(abstract(tomorrow)).toBe(abstract(remindersFor(teamOf(), DUE_SOON)));
		const mayaMeeting = (list: Reminder[]) => list.find((r) => r.kind === 'meeting-due' && r.mentorPath === MAYA)?.key;
		expect(mayaMeeting(tomorrow)).toBe(mayaMeeting(remindersFor(teamOf(), DUE_SOON)));
	});

	it("keeps a task's key when its due date is frozen into the text", () => {
		const before = remindersFor(teamOf(), DUE_SOON).find((r) => r.text.startsWith('Read the registry paper'));
		const frozen = { ...REMINDER_NOTES, [MAYA]: (REMINDER_NOTES[MAYA] ?? '').replace('Read the registry paper 📅 2026-11-24', 'Read the  registry paper  📅 2026-11-24') };
		const after = remindersFor(teamOf(frozen), DUE_SOON).find((r) => r.text.startsWith('Read the registry paper'));
		expect(after?.key).toBe(before?.key);
	});

	it('tells two identical tasks in one note apart', () => {
		const twice = { ...REMINDER_NOTES, [MAYA]: `${REMINDER_NOTES[MAYA] ?? ''}- [ ] Send the revised abstract 📅 2026-11-20\n` };
		const abstracts = remindersFor(teamOf(twice), DUE_SOON).filter((r) => r.text.startsWith('Send the revised abstract'));
		expect(abstracts).toHaveLength(2);
		expect(abstracts[0]?.key).not.toBe(abstracts[1]?.key);
	});

	it('names a first meeting with someone never contacted', () => {
		const notes = { 'Mentors/Dr. New.md': '---\ntype: mentor\nrole: sponsor\n---\n' };
		expect(shape(remindersFor(teamOf(notes), DUE_SOON))).toEqual([['meeting-due', 'First meeting with Dr. New: due today']]);
	});

	it('reminds of nothing for an empty team', () => {
		expect(remindersFor(teamOf({}), DUE_SOON)).toEqual([]);
	});
});

describe('selectUnnotified', () => {
	const reminders = remindersFor(teamOf(), DUE_SOON);

	it('shows each thing at most once a day', () => {
		const first = selectUnnotified(reminders, {}, TODAY);
		expect(first.fresh).toEqual(reminders);
		for (const r of reminders) expect(first.log[r.key]).toBe(TODAY);

		const again = selectUnnotified(reminders, first.log, TODAY);
		expect(again.fresh).toEqual([]);
		expect(again.log).toEqual(first.log);
	});

	it('shows only what is new since the last check', () => {
		const [one, ...rest] = reminders;
		const first = selectUnnotified(rest, {}, TODAY);
		const second = selectUnnotified(reminders, first.log, TODAY);
		expect(second.fresh).toEqual([one]);
	});

	it('shows everything again the next day', () => {
		const today = selectUnnotified(reminders, {}, TODAY);
		const tomorrow = selectUnnotified(reminders, today.log, TOMORROW);
		expect(tomorrow.fresh).toEqual(reminders);
		for (const r of reminders) expect(tomorrow.log[r.key]).toBe(TOMORROW);
	});

	it('does not change the log it is given', () => {
		const log = { old: '2026-11-01' };
		selectUnnotified(reminders, log, TODAY);
		expect(log).toEqual({ old: '2026-11-01' });
	});
});

describe('pruneReminderLog', () => {
	it('drops entries older than a week, and anything that is not a date', () => {
		expect(REMINDER_LOG_DAYS).toBe(7);
		const log = {
			today: '2026-11-24',
			weekAgo: '2026-11-17',
			eightDaysAgo: '2026-11-16',
			lastYear: '2025-11-24',
			garbage: 'yesterday',
			impossible: '2026-02-30',
		};
		expect(pruneReminderLog(log, TODAY)).toEqual({ today: '2026-11-24', weekAgo: '2026-11-17' });
	});

	it('prunes as part of selecting', () => {
		const { log } = selectUnnotified([], { stale: '2026-10-01', fresh: '2026-11-20' }, TODAY);
		expect(log).toEqual({ fresh: '2026-11-20' });
	});
});

describe('summariseReminders', () => {
	it('sums up in one short sentence, with a line per reminder', () => {
		const reminders = remindersFor(teamOf(), DUE_SOON);
		const summary = summariseReminders(reminders);
		expect(summary.title).toBe('2 meetings due, 1 meeting today, 4 items due or overdue, 3 replies owed');
		expect(summary.lines).toEqual(reminders.map((r) => r.text));
	});

	it('uses the singular and says "overdue" or "due today" when that is all there is', () => {
		const reminders = remindersFor(teamOf(), DUE_SOON);
		const pick = (test: (r: Reminder) => boolean) => reminders.filter(test);
		expect(summariseReminders(pick((r) => r.kind === 'reply-owed').slice(0, 1)).title).toBe('1 reply owed');
		expect(summariseReminders(pick((r) => r.kind === 'item-due' && r.overdue)).title).toBe('3 items overdue');
		expect(summariseReminders(pick((r) => r.kind === 'item-due' && !r.overdue)).title).toBe('1 item due today');
		expect(summariseReminders(pick((r) => r.kind === 'meeting-due' && r.overdue)).title).toBe('1 meeting overdue');
		expect(summariseReminders([])).toEqual({ title: '', lines: [] });
	});
});

describe('dueNowSummary (the status-bar count)', () => {
	it('counts meetings and my items due today or overdue, paused and alumni mentors and snoozed meetings left out', () => {
		const summary = dueNowSummary(teamOf());
		expect(summary.count).toBe(7);
		expect(summary.lines).toEqual([
			'Meeting with Dr. Maya Lee: overdue, was due 7 days ago',
			'Meeting with Priya Shah today at 15:00',
			'Thank Elena for the intro (Dr. Elena Rossi, overdue, was due 70 days ago)',
			'Send my CV (Dr. Elena Rossi, overdue, was due 4 days ago)',
			'Send the revised abstract (Dr. Maya Lee, overdue, was due 4 days ago)',
			'Book the sim lab (Dr. Maya Lee, overdue, was due yesterday)',
			'Read the registry paper (Dr. Maya Lee, due today)',
		]);
	});

	it('is zero for an empty team', () => {
		expect(dueNowSummary(teamOf({}))).toMatchObject({ count: 0, lines: [] });
	});

	it('writes out only the lines asked for, still counting everything due', () => {
		const summary = dueNowSummary(teamOf(), 3);
		expect(summary.count).toBe(7);
		expect(summary.lines).toEqual(dueNowSummary(teamOf()).lines.slice(0, 3));
	});
});
