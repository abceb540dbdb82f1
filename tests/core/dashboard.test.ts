import { describe, expect, it } from 'vitest';
import { dueNowInMyCourt, meetingsDue, meetingsScheduledSoon, meetingsSnoozed, mentorsWithoutMeetings, quietMentors, teamOrder, theirCourt, yourCourt } from '../../src/core/dashboard';
import { md, note, team } from '../helpers/notes';

const notes = [
	note(
		'Mentors/Dr. Maya Lee.md',
		md(
			'---',
			'type: mentor',
			'cadence: weekly',
			'last_contact: 2026-11-16',
			'aliases: [Maya]',
			'---',
			'### 2026-11-02 Call',
			'- [ ] Maya: feedback on the poster', // waiting since 2 Nov
			'- [ ] Undated item', // due at the next meeting (23 Nov): overdue
			'- [ ] Send the slides 📅 2026-11-30',
			'- [ ] Book the room 📅 2026-11-20', // overdue, due earlier
			'- [x] Done item 📅 2026-11-01',
		),
		'2026-11-01',
	),
	note(
		'Mentors/Sam Ortiz.md',
		md(
			'---',
			'type: mentor',
			'next_meeting: 2026-11-26 15:00',
			'snooze_until: 2026-12-01',
			'---',
			'### 2026-11-20 Coffee',
			'- [ ] Sam: call schedule', // waiting since 20 Nov
			'- [ ] Ask about nights 📅 2026-11-24', // due today: Sam's meetings are snoozed, not what I owe him
		),
		'2026-11-01',
	),
	note('Mentors/Ada Okafor.md', md('---', 'type: mentor', 'cadence: every 10 days', 'last_contact: 2026-11-15', '---'), '2026-11-01'), // due 25 Nov
	note('Mentors/Ben Carter.md', md('---', 'type: mentor', 'status: paused', '---', '- [ ] Paused item 📅 2026-11-01'), '2026-11-01'),
	note('Mentors/Zoe Adams.md', md('---', 'type: mentor', 'status: alumni', '---'), '2026-11-01'),
	note('Mentors/Cal Reyes.md', md('---', 'type: mentor', '---'), '2026-11-01'), // never contacted: due today
];
const snapshot = team(notes, '2026-11-24');

describe('dashboard sections', () => {
	it('your court: open items I owe, overdue first, then by due date, undated last', () => {
		expect(yourCourt(snapshot).map((i) => i.text)).toEqual([
			'Paused item 📅 2026-11-01',
			'Book the room 📅 2026-11-20',
			'Undated item',
			'Ask about nights 📅 2026-11-24',
			'Send the slides 📅 2026-11-30',
		]);
	});

	it('their court: what mentors owe me, longest wait first', () => {
		expect(theirCourt(snapshot).map((i) => [i.text, i.age])).toEqual([
			['Maya: feedback on the poster', 22],
			['Sam: call schedule', 4],
		]);
	});

	it('meetings due: overdue or due soon, soonest first; booked ones beside them', () => {
		expect(meetingsDue(snapshot).map((m) => [m.name, m.status, m.nextDue])).toEqual([
			['Dr. Maya Lee', 'overdue', '2026-11-23'],
			['Cal Reyes', 'due', '2026-11-24'],
			['Ada Okafor', 'due', '2026-11-25'],
		]);
		expect(meetingsScheduledSoon(snapshot, 3).map((m) => m.name)).toEqual(['Sam Ortiz']);
		expect(meetingsScheduledSoon(snapshot, 1).map((m) => m.name)).toEqual([]);
	});

	it('team order: active by name, then paused, then alumni', () => {
		expect(teamOrder(snapshot).map((m) => m.name)).toEqual(['Ada Okafor', 'Cal Reyes', 'Dr. Maya Lee', 'Sam Ortiz', 'Ben Carter', 'Zoe Adams']);
	});

	it('due now: meetings due today or before without snoozed mentors, and my items for every active mentor', () => {
		const now = dueNowInMyCourt(snapshot);
		expect(now.meetings.map((m) => m.name)).toEqual(['Cal Reyes', 'Dr. Maya Lee']);
		expect(now.items.map((i) => i.text)).toEqual(['Undated item', 'Book the room 📅 2026-11-20', 'Ask about nights 📅 2026-11-24']);
		expect([...quietMentors(snapshot)].sort()).toEqual(['Mentors/Ben Carter.md', 'Mentors/Zoe Adams.md']);
		expect([...mentorsWithoutMeetings(snapshot)].sort()).toEqual(['Mentors/Ben Carter.md', 'Mentors/Sam Ortiz.md', 'Mentors/Zoe Adams.md']);
	});

	it('a snooze takes the mentor out of the meetings due and lists them apart', () => {
		const lee = (snooze: string) => note('Mentors/Dr. Maya Lee.md', md('---', 'type: mentor', 'cadence: weekly', 'last_contact: 2026-11-01', `snooze_until: ${snooze}`, '---'));
		const snoozed = team([lee('2026-12-01')], '2026-11-24');
		expect(meetingsDue(snoozed)).toEqual([]);
		expect(meetingsSnoozed(snoozed).map((m) => [m.name, m.snoozedUntil])).toEqual([['Dr. Maya Lee', '2026-12-01']]);
		// The day the snooze ends, the overdue meeting is back.
		const woken = team([lee('2026-11-24')], '2026-11-24');
		expect(meetingsDue(woken).map((m) => m.name)).toEqual(['Dr. Maya Lee']);
		expect(meetingsSnoozed(woken)).toEqual([]);
	});
});
