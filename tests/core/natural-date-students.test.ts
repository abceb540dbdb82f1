import { describe, expect, it } from 'vitest';
import type { CalendarDate } from '../../src/core/calendar-date';
import { readDuePhrase, readDuePhraseSlowly } from '../../src/core/natural-date';
import { day } from '../helpers/dates';

/**
 * Dates the way students write them (issue 9). Each category is read from a Wednesday,
 * 18 November 2026, unless a case names its own reference day; the slow reading (no fast
 * path) must agree everywhere.
 */
const WEDNESDAY = day('2026-11-18');

function due(text: string, reference: CalendarDate = WEDNESDAY): string | null {
	const phrase = readDuePhrase(text, reference, 'month-first');
	const slow = readDuePhraseSlowly(text, reference, 'month-first');
	expect(phrase, `fast and slow readings of "${text}"`).toEqual(slow);
	if (phrase === null) return null;
	return phrase.kind === 'date' ? phrase.date : phrase.kind;
}

function expectAll(cases: readonly (readonly [string, string | null, CalendarDate?])[]): void {
	for (const [text, expected, reference] of cases) expect(due(text, reference), `"${text}" written ${reference ?? WEDNESDAY}`).toBe(expected);
}

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
