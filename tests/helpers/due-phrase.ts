import { expect } from 'vitest';
import type { CalendarDate } from '../../src/core/calendar-date';
import { readDuePhrase, readDuePhraseSlowly } from '../../src/core/natural-date';
import { day } from './dates';

/** 18 November 2026, a Wednesday: the day the date tests are written on unless they say. */
export const WEDNESDAY = day('2026-11-18');

/** The due date read from a phrase ('next-meeting' or null otherwise); the slow reading (no fast path) must agree. */
export function due(text: string, reference: CalendarDate = WEDNESDAY): string | null {
	const phrase = readDuePhrase(text, reference, 'month-first');
	expect(phrase, `fast and slow readings of "${text}"`).toEqual(readDuePhraseSlowly(text, reference, 'month-first'));
	return phrase?.kind === 'date' ? phrase.date : (phrase?.kind ?? null);
}

/** [words, due date or null, written on (Wednesday 18 November 2026 if left out)]. */
export function expectAll(cases: readonly (readonly [string, string | null, CalendarDate?])[]): void {
	for (const [text, expected, reference] of cases) expect(due(text, reference), `"${text}" written ${reference ?? WEDNESDAY}`).toBe(expected);
}
