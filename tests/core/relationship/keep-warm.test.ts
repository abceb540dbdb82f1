import { describe, expect, it } from 'vitest';
import { keepWarmDueNow, keepWarmRows } from '../../../src/core/relationship/keep-warm';
import { dueNowSummary, remindersFor, selectUnnotified, summariseReminders } from '../../../src/core/reminders';
import { toReportJson } from '../../../src/core/report';
import { md, note, settingsWith, team } from '../../helpers/notes';

const alumna = (name: string, ...props: string[]) => note(`Mentors/${name}.md`, md('---', 'type: mentor', 'status: alumni', ...props, '---'));

describe('keeping alumni warm', () => {
	const notes = [
		alumna('Dr. Due', 'keep_warm: yearly', 'last_contact: 2025-11-30'),
		alumna('Dr. Later', 'keep_warm: yearly', 'last_contact: 2026-06-01'),
		alumna('Dr. Silent', 'last_contact: 2020-01-01'),
		alumna('Dr. Never', 'keep_warm: every 6 months'),
		alumna('Dr. Snoozed', 'keep_warm: yearly', 'last_contact: 2025-01-01', 'snooze_until: 2027-01-01'),
	];
	const snapshot = team(notes, '2026-12-01');

	it('puts an alumna with a keep_warm cadence back among the people to contact, at that cadence', () => {
		expect(keepWarmRows(snapshot, 3).map((r) => [r.mentor.name, r.due, r.overdue])).toEqual([
			['Dr. Due', '2026-11-30', true],
			['Dr. Never', '2026-12-01', false],
		]);
	});

	it('a yearly keep-warm after 29 Feb falls on 28 Feb', () => {
		const leap = team([alumna('Dr. Leap', 'keep_warm: yearly', 'last_contact: 2024-02-29')], '2025-02-28');
		expect(keepWarmRows(leap, 0).map((r) => r.due)).toEqual(['2025-02-28']);
	});

	it('an unreadable keep_warm is a problem in plain words, and no reminder', () => {
		const bad = team([alumna('Dr. Odd', 'keep_warm: sometimes')], '2026-12-01');
		expect(bad.problems.map((p) => p.message)).toEqual([expect.stringMatching(/^keep_warm "sometimes" is not understood/)]);
		expect(keepWarmRows(bad, 3)).toEqual([]);
	});

	it('the property name is a setting, and the JSON report lists who to keep in touch with', () => {
		const settings = settingsWith({ relationships: { keepWarmProperty: 'stay_in_touch' } });
		const snap = team([alumna('Dr. Named', 'stay_in_touch: quarterly', 'last_contact: 2026-08-31')], '2026-12-01', settings);
		const json = toReportJson(snap, settings);
		expect(json.keepInTouch).toEqual([{ name: 'Dr. Named', path: 'Mentors/Dr. Named.md', keepWarm: 'quarterly', lastContact: '2026-08-31', due: '2026-11-30' }]);
		expect(json.mentors[0]).toMatchObject({ keepWarm: 'quarterly', keepWarmDue: '2026-11-30' });
	});
});

describe('keep in touch reminds as a due meeting does', () => {
	// Today Tue 24 Nov 2026; a due-soon window of 3 days.
	const notes = [
		alumna('Dr. Overdue', 'keep_warm: every 2 months', 'last_contact: 2026-09-08'),
		alumna('Dr. Today', 'keep_warm: yearly', 'last_contact: 2025-11-24'),
		alumna('Dr. Soon', 'keep_warm: yearly', 'last_contact: 2025-11-26'),
		alumna('Dr. Later', 'keep_warm: yearly', 'last_contact: 2026-06-01'),
		alumna('Dr. Snoozed', 'keep_warm: monthly', 'last_contact: 2026-01-01', 'snooze_until: 2026-12-10'),
		alumna('Dr. Silent', 'last_contact: 2020-01-01'),
	];
	const snapshot = team(notes, '2026-11-24');

	it('the notice names each alumna the dashboard lists, after the meetings, in plain words', () => {
		const reminders = remindersFor(snapshot, 3).filter((r) => r.kind === 'keep-warm');
		expect(reminders.map((r) => [r.key, r.text, r.date, r.overdue])).toEqual([
			['keep-warm:Mentors/Dr. Overdue.md', 'Keep in touch with Dr. Overdue: overdue, was due 16 days ago', '2026-11-08', true],
			['keep-warm:Mentors/Dr. Today.md', 'Keep in touch with Dr. Today: due today', '2026-11-24', false],
			['keep-warm:Mentors/Dr. Soon.md', 'Keep in touch with Dr. Soon: due in 2 days', '2026-11-26', false],
		]);
		expect(reminders.map((r) => r.mentor)).toEqual(keepWarmRows(snapshot, 3).map((r) => r.mentor.name));
		expect(summariseReminders(reminders).title).toBe('3 people to keep in touch with');
	});

	it('the status bar counts those due today or overdue, with a tooltip line each', () => {
		const summary = dueNowSummary(snapshot);
		expect(summary).toEqual({
			count: 2,
			label: '2 due today or overdue',
			lines: ['Keep in touch with Dr. Overdue: overdue, was due 16 days ago', 'Keep in touch with Dr. Today: due today'],
		});
		expect(keepWarmDueNow(snapshot).map((r) => r.mentor.name)).toEqual(['Dr. Overdue', 'Dr. Today']);
	});

	it('the same alumna on the next check of the day is not shown again', () => {
		const first = selectUnnotified(remindersFor(snapshot, 3), {}, snapshot.today);
		expect(selectUnnotified(remindersFor(snapshot, 3), first.log, snapshot.today).fresh).toEqual([]);
	});
});
