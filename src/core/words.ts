/** English words the date and cadence readers share. */
import { ownValue } from './collections';

const NUMBER_WORDS: Readonly<Record<string, number>> = {
	a: 1,
	an: 1,
	one: 1,
	two: 2,
	three: 3,
	four: 4,
	five: 5,
	six: 6,
	seven: 7,
	eight: 8,
	nine: 9,
	ten: 10,
	eleven: 11,
	twelve: 12,
};

/** "2" → 2, "two" → 2, "a" → 1; anything else (even "constructor") → undefined. */
export function countOf(word: string): number | undefined {
	const lower = word.toLowerCase();
	if (/^\d+$/.test(lower)) return Number(lower);
	return ownValue(NUMBER_WORDS, lower);
}

/** Month abbreviations, January first, as the dashboard shows them. */
export const MONTH_ABBREVIATIONS: readonly string[] = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** 1–12 for a month name or abbreviation ("Sept", "december"), else 0. */
export function monthNumber(name: string): number {
	const prefix = name.slice(0, 3).toLowerCase();
	return MONTH_ABBREVIATIONS.findIndex((m) => m.toLowerCase() === prefix) + 1;
}
