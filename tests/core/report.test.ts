import { describe, expect, it } from 'vitest';
import { toReportJson } from '../../src/core/report';
import { md, note, team } from '../helpers/notes';
import { containing } from '../helpers/match';

const lee = note(
	'Mentors/Dr. Maya Lee.md',
	md(
		'---', // 1
		'type: mentor', // 2
		'role: [research mentor, sponsor]', // 3
		'cadence: every 2 weeks', // 4
		'last_contact: 2026-11-10', // 5
		'---', // 6
		'# Dr. Maya Lee', // 7
		'', // 8
		'### 2026-11-10 Meeting', // 9
		'- [ ] Send the revised abstract by Friday', // 10
		'- [ ] Dr. Lee: intro to the trauma team', // 11
		'- [x] Read chapter 3', // 12
		'- [-] Draft the ethics form 📅 2026-11-01', // 13
		'- [ ] Book the room 📅 2026-11-24', // 14
	),
	'2026-11-01',
);
const ghost = note('Meetings/2026-11-01 Ghost.md', md('---', 'mentor: "[[Dr. Nobody]]"', '---'));
const json = toReportJson(team([lee, ghost], '2026-11-24'));

describe('toReportJson', () => {
	it('has exactly the fields of the contract, in order', () => {
		// The contract only grows: new fields come after the ones it started with.
		expect(Object.keys(json)).toEqual(['today', 'mentors', 'items', 'coverage', 'problems', 'prospects', 'keepInTouch']);
		expect(Object.keys(json.mentors[0] ?? {})).toEqual([
			'name',
			'path',
			'roles',
			'status',
			'cadence',
			'lastContact',
			'nextDue',
			'ball',
			'since',
			'score',
			'drifting',
			'keepWarm',
			'keepWarmDue',
			'changes',
		]);
		expect(Object.keys(json.items[0] ?? {})).toEqual(['mentor', 'path', 'line', 'text', 'owner', 'due', 'done', 'overdue']);
		expect(Object.keys(json.coverage[0] ?? {})).toEqual(['role', 'count', 'min', 'max', 'state']);
		expect(Object.keys(json.problems[0] ?? {})).toEqual(['path', 'message']);
	});

	it('gives today and each mentor as the contract describes', () => {
		expect(json.today).toBe('2026-11-24');
		expect(json.mentors).toMatchObject([
			{
				name: 'Dr. Maya Lee',
				path: 'Mentors/Dr. Maya Lee.md',
				roles: ['research', 'sponsor'],
				// Last contact 10 Nov + 2 weeks = 24 Nov, today: due.
				status: 'due',
				cadence: 'every 2 weeks',
				lastContact: '2026-11-10',
				nextDue: '2026-11-24',
				ball: 'mine',
			},
		]);
	});

	it('gives each item with its 1-based line in the file, frontmatter counted', () => {
		expect(json.items).toEqual([
			// Tuesday 10 Nov + "by Friday" = 13 Nov, before today.
			{ mentor: 'Dr. Maya Lee', path: 'Mentors/Dr. Maya Lee.md', line: 10, text: 'Send the revised abstract by Friday', owner: 'me', due: '2026-11-13', done: false, overdue: true },
			// No date: due at the next meeting (24 Nov), not overdue on the day itself.
			{ mentor: 'Dr. Maya Lee', path: 'Mentors/Dr. Maya Lee.md', line: 11, text: 'Dr. Lee: intro to the trauma team', owner: 'them', due: '2026-11-24', done: false, overdue: false },
			{ mentor: 'Dr. Maya Lee', path: 'Mentors/Dr. Maya Lee.md', line: 12, text: 'Read chapter 3', owner: 'me', due: null, done: true, overdue: false },
			// Cancelled counts as done, and a closed item is never overdue.
			{ mentor: 'Dr. Maya Lee', path: 'Mentors/Dr. Maya Lee.md', line: 13, text: 'Draft the ethics form 📅 2026-11-01', owner: 'me', due: null, done: true, overdue: false },
			{ mentor: 'Dr. Maya Lee', path: 'Mentors/Dr. Maya Lee.md', line: 14, text: 'Book the room 📅 2026-11-24', owner: 'me', due: '2026-11-24', done: false, overdue: false },
		]);
	});

	it('gives coverage rows and problems', () => {
		expect(json.coverage).toEqual([
			{ role: 'research', count: 1, min: 1, max: 1, state: 'ok' },
			{ role: 'support', count: 0, min: 1, max: 2, state: 'missing' },
			{ role: 'sponsor', count: 1, min: 1, max: 2, state: 'ok' },
			{ role: 'team', count: 1, min: 4, max: 5, state: 'missing' },
		]);
		expect(json.problems).toEqual([{ path: 'Meetings/2026-11-01 Ghost.md', message: containing('Dr. Nobody') }]);
	});

	it('survives a round trip through JSON unchanged: only plain values, dates as YYYY-MM-DD or null', () => {
		expect(JSON.parse(JSON.stringify(json))).toEqual(json);
		const dates = [...json.mentors.flatMap((m) => [m.lastContact, m.nextDue]), ...json.items.map((i) => i.due)];
		for (const date of dates) expect(date === null || /^\d{4}-\d{2}-\d{2}$/.test(date)).toBe(true);
	});

	it('gives paused and alumni mentors no next due date', () => {
		const alumni = note('Mentors/Dr. Old.md', md('---', 'type: mentor', 'status: alumni', 'last_contact: 2025-01-01', '---'));
		expect(toReportJson(team([alumni], '2026-11-24')).mentors[0]).toMatchObject({ status: 'alumni', lastContact: '2025-01-01', nextDue: null, ball: 'none' });
	});

	it('does not share arrays with the snapshot', () => {
		const snapshot = team([lee], '2026-11-24');
		const report = toReportJson(snapshot);
		report.mentors[0]?.roles.push('changed');
		expect(snapshot.mentors[0]?.roles).toEqual(['research', 'sponsor']);
	});
});
