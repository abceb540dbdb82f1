import { describe, it } from 'vitest';
import { day } from '../helpers/dates';
import { expectAll } from '../helpers/due-phrase';

/** Quarters and weekends (issue 9), read from Wednesday 18 November 2026 unless a case says. */

describe('quarters are calendar quarters', () => {
	it('end of the quarter is its last day', () => {
		expectAll([
			['Finish the QI project by the end of the quarter', '2026-12-31'],
			['end of this quarter', '2026-12-31'],
			['EOQ', '2026-12-31'],
			['end of the quarter', '2026-06-30', day('2026-04-01')],
			['by the end of next quarter', '2027-03-31'],
			['end of next quarter', '2026-09-30', day('2026-05-31')],
		]);
	});

	it("end of Q1 to Q4: this year's, or next year's once it has passed", () => {
		expectAll([
			['Data pull by end of Q1', '2027-03-31'],
			['end of Q4', '2026-12-31'],
			['by the end of Q2', '2026-06-30', day('2026-01-15')],
			['end of Q3 2027', '2027-09-30'],
			['Q3 report', null],
		]);
	});
});

describe('parts of next week', () => {
	it('early is its Monday, mid its Wednesday, late its Friday', () => {
		expectAll([
			['Touch base early next week', '2026-11-23'],
			['mid next week', '2026-11-25'],
			['middle of next week', '2026-11-25'],
			['late next week', '2026-11-27'],
			['by wk end', '2026-11-20'],
		]);
	});
});

describe('weekends: Saturday, the first day of one', () => {
	it('by, this, over and next weekend', () => {
		expectAll([
			['Draft the lit review by the weekend', '2026-11-21'],
			['this weekend', '2026-11-21'],
			['Read over the weekend', '2026-11-21'],
			['next weekend', '2026-11-28'],
			['by the wknd', '2026-11-21'],
			// Written on a Saturday or a Sunday, this weekend is already here.
			['this weekend', '2026-11-21', day('2026-11-21')],
			['by the weekend', '2026-11-22', day('2026-11-22')],
			['next weekend', '2026-11-28', day('2026-11-22')],
		]);
	});

	it('but not a weekend that names something else', () => {
		expectAll([
			['Ask about the weekend call schedule', null],
			['Weekend call schedule', null],
			['Swap weekend shifts', null],
			['Clinic is closed on weekends', null],
		]);
	});
});

describe('holidays on the same day everywhere', () => {
	it('are read after a deadline word', () => {
		expectAll([
			['Send the thank-you cards by Christmas', '2026-12-25'],
			['before xmas', '2026-12-25'],
			['by Christmas Eve', '2026-12-24'],
			["by New Year's Eve", '2026-12-31'],
			["by New Year's", '2027-01-01'],
			['before the new year', '2027-01-01'],
			['by Halloween', '2027-10-31'],
			["by Valentine's Day", '2027-02-14'],
			['by Christmas', '2027-12-25', day('2026-12-26')],
		]);
	});

	it('but not as the name of something, and not those whose day depends on the country', () => {
		expectAll([
			['Plan the Christmas party', null],
			['Sign up for the Christmas party', null],
			['by Thanksgiving', null],
			['before Easter', null],
		]);
	});
});
