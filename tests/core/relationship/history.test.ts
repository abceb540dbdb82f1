import { describe, expect, it } from 'vitest';
import { contactsByMonth, mentorTimeline } from '../../../src/core/relationship/timeline';
import { md, note, team } from '../../helpers/notes';

const marsh = note(
	'Mentors/Dr. Marsh.md',
	md(
		'---', // 1
		'type: mentor', // 2
		'role: sponsor', // 3
		'since: 2025-01-15', // 4
		'---', // 5
		'### 2025-01-15 First meeting', // 6
		'- [x] Read her review paper ✅ 2025-01-20', // 7
		'### 2025-06-01 Role: research', // 8
		'### 2026-03-01 Roles - research, sponsor', // 9
		'## History', // 10
		'- 2026-09-01 Status: paused (away on sabbatical)', // 11
		'- not a change', // 12
		'- [x] 2026-10-01 Status: active', // 13
		'## Notes', // 14
		'- 2026-10-02 Status: alumni', // 15: outside the history section
	),
);
const meeting = note('Meetings/2026-10-10 Marsh - abstract.md', md('---', 'mentor: "[[Dr. Marsh]]"', '---', '- [ ] Dr. Marsh: send the data #theirs'));

describe('role and status history', () => {
	const snapshot = team([marsh, meeting], '2026-12-01');
	const mentor = snapshot.mentors[0];

	it('comes from dated headings and from the lines of the History section', () => {
		expect(mentor?.relationship.changes.map((c) => [c.date, c.kind, c.value, c.line])).toEqual([
			['2025-06-01', 'role', 'research', 8],
			['2026-03-01', 'role', 'research, sponsor', 9],
			['2026-09-01', 'status', 'paused (away on sabbatical)', 11],
			['2026-10-01', 'status', 'active', 13],
		]);
	});

	it('a change heading is not a contact; a log heading and a meeting note are', () => {
		expect(mentor?.contacts).toEqual(['2025-01-15', '2026-10-10']);
	});

	it('the timeline holds the whole relationship, oldest first, in plain words', () => {
		expect(mentor && mentorTimeline(snapshot, mentor).map((e) => `${e.date} ${e.kind} ${e.text}`)).toEqual([
			'2025-01-15 start Mentor since',
			'2025-01-15 contact Contact: First meeting',
			'2025-01-15 given I took on: Read her review paper',
			'2025-01-20 closed I brought back: Read her review paper',
			'2025-06-01 role Role: research',
			'2026-03-01 role Role: research, sponsor',
			'2026-09-01 status Status: paused (away on sabbatical)',
			'2026-10-01 status Status: active',
			'2026-10-10 meeting Meeting: 2026-10-10 Marsh - abstract',
			'2026-10-10 asked They promised: Dr. Marsh: send the data',
		]);
	});

	it('a meeting note is a meeting, named and linked, whether or not it holds tasks; a contact without one stays a contact', () => {
		const lee = note('Mentors/Dr. Lee.md', md('---', 'type: mentor', 'last_contact: 2026-11-02', '---', '### 2026-10-20 Call about the elective'));
		const empty = note('Meetings/2026-10-01 Lee - first coffee.md', md('---', 'mentor: "[[Dr. Lee]]"', 'date: 2026-10-01', '---', 'Talked about surgery; nothing to do yet.'));
		const withTasks = note('Meetings/2026-10-15 Lee - poster.md', md('---', 'mentor: "[[Dr. Lee]]"', '---', '- [ ] Send the poster draft'));
		// Two notes and a dated heading on one day: one meeting, named by its notes, then the heading.
		const sameDay = note('Meetings/2026-10-20 Lee - follow-up.md', md('---', 'mentor: "[[Dr. Lee]]"', '---', 'Notes only.'));
		const ahead = note('Meetings/2026-12-01 Lee - next.md', md('---', 'mentor: "[[Dr. Lee]]"', '---'));
		const snap = team([lee, empty, withTasks, sameDay, ahead], '2026-11-24');
		const lees = snap.mentors[0];
		const timeline = lees ? mentorTimeline(snap, lees) : [];
		expect(timeline.map((e) => [e.date, e.kind, e.text, e.path])).toEqual([
			['2026-10-01', 'meeting', 'Meeting: 2026-10-01 Lee - first coffee', 'Meetings/2026-10-01 Lee - first coffee.md'],
			['2026-10-15', 'meeting', 'Meeting: 2026-10-15 Lee - poster', 'Meetings/2026-10-15 Lee - poster.md'],
			['2026-10-15', 'given', 'I took on: Send the poster draft', undefined],
			['2026-10-20', 'meeting', 'Meeting: 2026-10-20 Lee - follow-up; Call about the elective', 'Meetings/2026-10-20 Lee - follow-up.md'],
			['2026-11-02', 'contact', 'Contact', undefined],
		]);
	});

	it('contacts per month run over whole years from the first year of the relationship to today', () => {
		const months = mentor ? contactsByMonth(mentor, snapshot.today) : [];
		expect(months).toHaveLength(24);
		expect(months[0]).toEqual({ year: 2025, month: 1, count: 1 });
		expect(months.filter((m) => m.count > 0).map((m) => `${m.year}-${m.month}`)).toEqual(['2025-1', '2026-10']);
	});

	it('a leap day heading is read as its own day', () => {
		const leap = note('Mentors/Dr. Leap.md', md('---', 'type: mentor', '---', '### 2028-02-29 Status: alumni', '### 2028-02-29 Farewell lunch'));
		const snap = team([leap], '2028-03-01');
		expect(snap.mentors[0]?.relationship.changes.map((c) => c.date)).toEqual(['2028-02-29']);
		expect(snap.mentors[0]?.contacts).toEqual(['2028-02-29']);
	});
});
