import { describe, expect, it } from 'vitest';
import { addCadence, type Cadence } from '../../../src/core/cadence';
import { addDays, type CalendarDate } from '../../../src/core/calendar-date';
import { cadenceSteps, isDrifting, median, tennisScores } from '../../../src/core/relationship/tennis-score';
import type { TeamSnapshot } from '../../../src/core/types';
import { day } from '../../helpers/dates';
import { md, note, team } from '../../helpers/notes';

const biweekly: Cadence = { count: 2, unit: 'week' };
const monthly: Cadence = { count: 1, unit: 'month' };
const days = (...list: string[]) => list.map(day);

function scoreOf(snapshot: TeamSnapshot, name: string) {
	const mentor = snapshot.mentors.find((m) => m.name === name);
	if (!mentor) throw new Error(`no mentor ${name}`);
	return tennisScores(snapshot).get(mentor.path);
}

// Meetings on 1 Sep, 15 Sep, 20 Oct and a call on 25 Nov; today is 1 Dec.
const lee = note(
	'Mentors/Dr. Maya Lee.md',
	md(
		'---',
		'type: mentor',
		'cadence: every 2 weeks',
		'---',
		'### 2026-09-01 Meeting',
		'- [x] Read the protocol ✅ 2026-09-14', // back before the 15 Sep meeting: on time
		'- [x] Draft the aims ✅ 2026-09-20', // after the 15 Sep meeting: late
		'- [x] Dr. Lee: send the dataset ✅ 2026-09-10', // waited 9 days
		'- [ ] Dr. Lee: intro to the chief', // still waiting
		'- [x] Answer the lab email #reply ✅ 2026-09-03', // replied in 2 days
		'### 2026-09-15 Meeting',
		'- [x] Poster 📅 2026-10-01 ✅ 2026-09-30', // its own due date rules: on time
		'- [x] Dr. Lee: reference letter ✅ 2026-10-15', // waited 30 days
		'- [x] Reply about the visit #reply ✅ 2026-09-15', // same day: 0
		'- [x] Reply about the grant #reply ✅ 2026-09-20', // 5 days
		'### 2026-10-20 Meeting',
		'- [ ] Revise the methods', // still open after the 25 Nov call: late
		'- [-] Book the sim lab', // cancelled: not judged
		'- [x] Print the consent forms', // no ✅ date: not judged
		'### 2026-11-25 Call',
		'- [ ] Send the figures', // the meeting after has not come yet: not judged
	),
);

describe('the tennis score of one mentor', () => {
	const score = scoreOf(team([lee], '2026-12-01'), 'Dr. Maya Lee');

	it('counts my items brought back by the meeting after I got them, or by their own due date', () => {
		expect(score).toMatchObject({ onTime: 2, late: 2, onTimeRate: 0.5 });
	});

	it('gives my median reply time on #reply items, in days', () => {
		expect(score).toMatchObject({ replies: 3, medianReplyDays: 2 });
	});

	it('gives what they delivered, how long I waited (median, rounded half up) and what I still wait for', () => {
		// 9 and 30 days: 19.5, shown as 20.
		expect(score).toMatchObject({ delivered: 2, medianWaitDays: 20, waitingOn: 1 });
	});

	it('counts meetings held against the cadence, the windows starting no earlier than the first contact', () => {
		// From 1 Sep (first contact): 15 Sep, 20 Oct, 25 Nov held; 6 fortnights fit before 1 Dec.
		expect(score?.meetings).toEqual([
			{ months: 3, held: 3, expected: 6 },
			{ months: 6, held: 3, expected: 6 },
			{ months: 12, held: 3, expected: 6 },
		]);
	});

	it('is not drifting: one gap of exactly the cadence breaks the run', () => {
		expect(score?.drifting).toBe(false);
	});

	it('has nothing to judge for a mentor with no items and no contacts', () => {
		const fresh = note('Mentors/New.md', md('---', 'type: mentor', '---'));
		expect(scoreOf(team([fresh], '2026-12-01'), 'New')).toEqual({
			onTime: 0,
			late: 0,
			onTimeRate: null,
			replies: 0,
			medianReplyDays: null,
			delivered: 0,
			medianWaitDays: null,
			waitingOn: 0,
			meetings: [
				{ months: 3, held: 0, expected: 0 },
				{ months: 6, held: 0, expected: 0 },
				{ months: 12, held: 0, expected: 0 },
			],
			drifting: false,
		});
	});

	it('items in a meeting note are judged against the meetings after that note', () => {
		const okafor = note('Mentors/Dr. Okafor.md', md('---', 'type: mentor', 'last_contact: 2026-10-12', '---'));
		const meeting = note('Meetings/2026-10-01 Okafor.md', md('---', 'mentor: "[[Dr. Okafor]]"', '---', '- [x] Suture pad practice ✅ 2026-10-12', '- [x] Knot tying video ✅ 2026-10-13'));
		expect(scoreOf(team([okafor, meeting], '2026-11-01'), 'Dr. Okafor')).toMatchObject({ onTime: 1, late: 1 });
	});
});

describe('drifting', () => {
	it('is three gaps in a row each longer than the cadence, month ends clamped', () => {
		// 31 Jan + 1 month = 28 Feb: 2 Mar is later; then 3 Apr > 2 Apr, 4 May > 3 May.
		expect(isDrifting(days('2026-01-31', '2026-03-02', '2026-04-03', '2026-05-04'), monthly)).toBe(true);
		// 31 Jan → 28 Feb is exactly one month: not a longer gap.
		expect(isDrifting(days('2026-01-31', '2026-02-28', '2026-03-30', '2026-04-30'), monthly)).toBe(false);
	});

	it('reads leap days: 31 Jan 2028 + 1 month is 29 Feb', () => {
		expect(isDrifting(days('2028-01-31', '2028-02-29', '2028-03-30', '2028-04-30'), monthly)).toBe(false);
		expect(isDrifting(days('2028-01-31', '2028-03-01', '2028-04-02', '2028-05-03'), monthly)).toBe(true);
	});

	it('needs four contacts, and only the last three gaps count', () => {
		expect(isDrifting(days('2026-01-01', '2026-02-01', '2026-03-01'), biweekly)).toBe(false);
		// An old long gap, then three long ones: drifting; three long ones then a short one: not.
		expect(isDrifting(days('2026-01-01', '2026-03-01', '2026-03-20', '2026-04-10', '2026-05-01'), biweekly)).toBe(true);
		expect(isDrifting(days('2026-01-01', '2026-01-20', '2026-02-10', '2026-03-01', '2026-03-10'), biweekly)).toBe(false);
	});

	it('flags an active mentor before the meeting is overdue, and never a paused one', () => {
		const notes = (status: string) =>
			note(
				'Mentors/Dr. Hale.md',
				md('---', 'type: mentor', 'cadence: every 2 weeks', `status: ${status}`, '---', '### 2026-09-01 Meeting', '### 2026-09-20 Call', '### 2026-10-10 Call', '### 2026-10-30 Coffee'),
			);
		// Last contact 30 Oct + 2 weeks = 13 Nov; on 8 Nov the meeting is not yet due.
		const active = team([notes('active')], '2026-11-08');
		expect(active.mentors[0]?.status).toBe('ok');
		expect(scoreOf(active, 'Dr. Hale')?.drifting).toBe(true);
		expect(scoreOf(team([notes('paused')], '2026-11-08'), 'Dr. Hale')?.drifting).toBe(false);
	});
});

describe('meetings held against the cadence', () => {
	it('counts cadence steps from the window start, each from the start (no month-end creep)', () => {
		// 31 Jan monthly: 28 Feb, 31 Mar, 30 Apr — not 28 Mar, 28 Apr.
		expect(cadenceSteps(day('2026-01-31'), day('2026-04-30'), monthly)).toBe(3);
		expect(cadenceSteps(day('2026-01-31'), day('2026-04-29'), monthly)).toBe(2);
	});

	it('on a leap day, twelve months back is 28 Feb and twelve monthly meetings fit', () => {
		const sato = note('Mentors/Dr. Sato.md', md('---', 'type: mentor', 'cadence: monthly', 'since: 2020-01-01', '---'));
		const snapshot = team([sato], '2028-02-29');
		expect(scoreOf(snapshot, 'Dr. Sato')?.meetings).toEqual([
			{ months: 3, held: 0, expected: 3 },
			{ months: 6, held: 0, expected: 6 },
			{ months: 12, held: 0, expected: 12 },
		]);
	});

	it('counts only contacts inside the window, the first day excluded', () => {
		const park = note(
			'Mentors/Dr. Park.md',
			md('---', 'type: mentor', 'cadence: monthly', '---', '### 2025-06-15 Meeting', '### 2026-02-28 Meeting', '### 2026-03-01 Meeting', '### 2026-05-31 Call'),
		);
		// 31 May - 3 months = 28 Feb (clamped): 1 Mar and 31 May are inside, 28 Feb is not.
		const meetings = scoreOf(team([park], '2026-05-31'), 'Dr. Park')?.meetings;
		expect(meetings?.[0]).toEqual({ months: 3, held: 2, expected: 3 });
		// Twelve months: the relationship began on 15 Jun 2025, so 11 monthly steps fit, not 12.
		expect(meetings?.[2]).toEqual({ months: 12, held: 3, expected: 11 });
	});
});

describe('median', () => {
	it('is the middle value, or the mean of the two middle ones rounded half up', () => {
		expect(median([])).toBeNull();
		expect(median([5, 1, 3])).toBe(3);
		expect(median([1, 2])).toBe(2);
		expect(median([1, 4, 2, 9])).toBe(3);
	});
});

describe('cadenceSteps counts as stepping one cadence at a time would', () => {
	// The reference: every step taken from the start, one by one, as the window is read.
	const stepByStep = (start: CalendarDate, end: CalendarDate, cadence: Cadence): number => {
		let steps = 0;
		while (steps < 400 && addCadence(start, { count: cadence.count * (steps + 1), unit: cadence.unit }) <= end) steps++;
		return steps;
	};
	it('for every unit and count, over windows from none to two years, month ends included', () => {
		const starts = ['2025-01-31', '2025-02-28', '2024-02-29', '2025-03-15', '2025-12-31'].map(day);
		const cadences: Cadence[] = [1, 2, 3, 10].flatMap((count) => (['day', 'week', 'month', 'year'] as const).map((unit) => ({ count, unit })));
		for (const start of starts) {
			for (let length = -3; length <= 740; length += 7) {
				const end = addDays(start, length);
				for (const cadence of cadences) expect([cadence, end, cadenceSteps(start, end, cadence)]).toEqual([cadence, end, stepByStep(start, end, cadence)]);
			}
		}
	});
});
