import { describe, it } from 'vitest';
import { day } from '../helpers/dates';
import { expectAll } from '../helpers/due-phrase';

/** Hours, times of day and working days (issue 9), read from Wednesday 18 November 2026. */

describe('hours: the day they land on', () => {
	it('a day or more of hours is a due date', () => {
		expectAll([
			['Return the consent within 48 hours', '2026-11-20'],
			['in 72 hours', '2026-11-21'],
			['reply w/in 24h', '2026-11-19'],
			['within 24 hrs', '2026-11-19'],
			['in the next 48 hours', '2026-11-20'],
			// A day and a half: the first whole day, so the item is never shown late.
			['within 36 hours', '2026-11-19'],
			['in 48 hours', '2027-01-01', day('2026-12-30')],
		]);
	});

	it('under a day is still not a due date', () => {
		expectAll([
			['Back in 2 hours', null],
			['within 12 hours', null],
			['in the next 3 hours', null],
			['Talk for 48 hours', null],
		]);
	});
});

describe('times of the day and the end of the working day', () => {
	it('are that day', () => {
		expectAll([
			['Page the resident this afternoon', '2026-11-18'],
			['Call back this evening', '2026-11-18'],
			['by this morning', '2026-11-18'],
			['finish tonight', '2026-11-18'],
			['Send the slides COB', '2026-11-18'],
			['by close of business', '2026-11-18'],
			['by end of business day', '2026-11-18'],
			['EOB', '2026-11-18'],
		]);
	});

	it('or the day named after them', () => {
		expectAll([
			['by COB Friday', '2026-11-20'],
			['COB tomorrow', '2026-11-19'],
			['close of business Weds', '2026-11-18'],
			['tomorrow afternoon', '2026-11-19'],
		]);
	});
});

describe('business days skip the weekend', () => {
	it('counts Monday to Friday only', () => {
		expectAll([
			['Reply in 2 business days', '2026-11-20'],
			['within 3 working days', '2026-11-23'],
			['2 business days', '2026-11-20'],
			['next business day', '2026-11-19'],
			// From a Friday, two business days on is the Tuesday; from a Saturday, one is the Monday.
			['in 2 business days', '2026-11-24', day('2026-11-20')],
			['in one business day', '2026-11-23', day('2026-11-21')],
		]);
	});
});
