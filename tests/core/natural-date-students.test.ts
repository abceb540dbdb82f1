import { describe, expect, it } from 'vitest';
import { readDuePhrase } from '../../src/core/natural-date';
import { day } from '../helpers/dates';
import { expectAll, WEDNESDAY } from '../helpers/due-phrase';

/**
 * Dates the way students write them (issue 9). Each category is read from a Wednesday,
 * 18 November 2026, unless a case names its own reference day; the slow reading (no fast
 * path) must agree everywhere.
 */

describe('an explicit date beside a weekday: the date wins', () => {
	it('reads the written date, whichever weekday stands beside it', () => {
		expectAll([
			['Send the poster by Friday Dec 4', '2026-12-04'],
			['by Monday, Nov 30', '2026-11-30'],
			['Abstract due Friday, December 4th', '2026-12-04'],
			['IRB by Fri 12/4', '2026-12-04'],
			['by Thursday 12/3 please', '2026-12-03'],
			['Meet Monday 30 Nov', '2026-11-30'],
			// The weekday is wrong for the date: the date is what was written down carefully.
			['by Friday Dec 5', '2026-12-05'],
			// Read forward like the date alone: on 20 December, 4 December has passed.
			['by Friday Dec 4', '2027-12-04', day('2026-12-20')],
		]);
	});
});

describe('shorthand', () => {
	it('reads the weekday abbreviations students type, bare or after a cue', () => {
		expectAll([
			['Call Dr. Lee Wed', '2026-11-18'],
			['Call Dr. Lee Weds', '2026-11-18'],
			['Abstract to Sam by Weds', '2026-11-18'],
			['Slides for Tues', '2026-11-24'],
			['by Tues.', '2026-11-24'],
			['Tues: chart review', '2026-11-24'],
			['Review the draft Sat', '2026-11-21'],
			['Sat: shadow in clinic', '2026-11-21'],
			['Meet Sat 10am', '2026-11-21'],
			['Call Sun', '2026-11-22'],
		]);
	});

	it('does not take the verb "sat" (or "wed") for a day', () => {
		expectAll([
			['I sat down with Dr. Lee', null],
			['Sat in on the tumour board', null],
			['Thank the resident I sat with', null],
			['Ask where we sat.', null],
			['Sun exposure study', null],
			['Congratulate the couple who wed', null],
		]);
	});

	it('spells out tomorrow, tonight, week, weekend, next and within', () => {
		expectAll([
			['2moro call Sam', '2026-11-19'],
			['email Dr Lee tmrw', '2026-11-19'],
			['finish 2nite', '2026-11-18'],
			['draft in 2 wks', '2026-12-02'],
			['draft in 3wks', '2026-12-09'],
			['send nxt wk', '2026-11-25'],
			['nxt Fri', '2026-11-27'],
			['review w/in 3 days', '2026-11-21'],
			['poster in a fortnight', '2026-12-02'],
			['a fortnight from today', '2026-12-02'],
		]);
	});

	it('reports the words as written', () => {
		expect(readDuePhrase('Call Sam 2moro please', WEDNESDAY, 'month-first')).toEqual({ kind: 'date', date: '2026-11-19', text: '2moro', index: 9 });
		expect(readDuePhrase('Send nxt wk, thanks', WEDNESDAY, 'month-first')).toEqual({ kind: 'date', date: '2026-11-25', text: 'nxt wk', index: 5 });
		expect(readDuePhrase('Poster w/in 2 wks', WEDNESDAY, 'month-first')).toEqual({ kind: 'date', date: '2026-12-02', text: 'w/in 2 wks', index: 7 });
	});
});

describe('traps: words that look like dates and are not', () => {
	it('are not read as due dates', () => {
		expectAll([
			['Now that Step 1 is done, plan electives', null],
			['Hold the poster for now', null],
			["Review today's case with the team", null],
			["Prep Friday's M&M cases", null],
			['Cut the abstract by 1/2', null],
			['Word count reduced by 2/3', null],
			['Pull the 3 month follow-up data', null],
			['Look up 90 day mortality', null],
			['Look up 90-day mortality', null],
			['Draft the 6 week course outline', null],
			['Book room 4B for journal club', null],
			['Step 1 study plan', null],
			['Step 2 CK dates', null],
			// How often, or how much, is not when.
			['Meet every 2 weeks', null],
			['Vitals q4 hours', null],
			['Journal club twice a week', null],
			['Finish 10 days of antibiotics', null],
			["Ask about Tues's clinic", null],
		]);
	});

	it('but the same words read as dates where a student means one', () => {
		expectAll([
			["Slides for Friday's M&M", '2026-11-20'],
			["Finish by tomorrow's rounds", '2026-11-19'],
			['Submit by 1/2', '2027-01-02'],
			['Follow up in 3 months', '2027-02-18'],
			['Check back 2 weeks from now', '2026-12-02'],
			['Now that it is drafted, send it Friday', '2026-11-20'],
		]);
	});
});

describe('ordinal days of the month', () => {
	it('are the next such day, this month or the next, across the year', () => {
		expectAll([
			['Submit the IRB by the 15th', '2026-12-15'],
			['Poster on the 3rd', '2026-12-03'],
			['Rank list by the 1st', '2026-12-01'],
			['Abstract by the 25th', '2026-11-25'],
			['by the 18th', '2026-11-18'], // written on the 18th: that day, as "by Friday" on a Friday
			['by the 3rd', '2027-01-03', day('2026-12-20')],
			['due 1st', '2027-01-01', day('2026-12-20')],
			['PGY-3 schedule by the 25th', '2026-11-25'],
			// A day the month lacks is its last day.
			['by the 31st', '2026-11-30'],
			['by the 30th', '2028-02-29', day('2028-02-10')],
		]);
	});

	it('of this month, next month or the month', () => {
		expectAll([
			['Pay dues by the first of the month', '2026-12-01'],
			['Pay dues the 1st of the month', '2026-12-01'],
			['Schedule the 5th of next month', '2026-12-05'],
			['the first of next month', '2027-01-01', day('2026-12-20')],
			['by the 25th of this month', '2026-11-25'],
			['the 15th of the month', '2026-12-15', day('2026-11-20')],
		]);
	});

	it('beside a weekday: the written day wins', () => {
		expectAll([
			['Friday the 4th', '2026-12-04'],
			['by Monday, the 30th', '2026-11-30'],
			['on Friday the 13th', '2027-08-13', day('2027-08-01')],
		]);
	});

	it('but an ordinal that is part of something else is no date', () => {
		expectAll([
			['Meet on the 3rd floor', null],
			['Outline by the 3rd week of the rotation', null],
			['Read the 2nd chapter', null],
			['Ask for the first time slot', null],
			['On second thought, skip it', null],
			['3rd year schedule', null],
		]);
	});
});

describe('offsets from a named day', () => {
	it('count from that day, not from today', () => {
		expectAll([
			['Send it a week from Friday', '2026-11-27'],
			['a week from tomorrow', '2026-11-26'],
			['2 weeks from Monday', '2026-12-07'],
			['three days from Friday', '2026-11-23'],
			['a week from next Monday', '2026-11-30'],
			['two weeks from today', '2026-12-02'],
			['10 days from now', '2026-11-28'],
			// The British way, without "from".
			['a week Friday', '2026-11-27'],
			['a week today', '2026-11-25'],
			['2 weeks tomorrow', '2026-12-03'],
			['Tuesday week', '2026-12-01'],
		]);
	});

	it('"the Friday after next" is the Friday of the week after next week', () => {
		expectAll([
			['Present the Friday after next', '2026-12-04'],
			['Tuesday after next', '2026-12-01'],
			['the week after next', '2026-12-02'],
			// Written on a Sunday: next week starts tomorrow.
			['the Friday after next', '2026-12-04', day('2026-11-22')],
		]);
	});
});
