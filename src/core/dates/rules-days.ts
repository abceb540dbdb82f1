/** Days of the month written as ordinals: "by the 15th", "Friday the 4th", "the 5th of next month". */
import { addMonths, dateFromParts, dateParts, lastDayOfMonth, type CalendarDate } from '../calendar-date';
import { ownValue } from '../collections';
import type { PhraseRule } from './own-rules';
import { PHRASE_ENDS, WEEKDAY_NAME } from './vocabulary';

const ORDINAL_WORDS: Readonly<Record<string, number>> = {
	first: 1,
	second: 2,
	third: 3,
	fourth: 4,
	fifth: 5,
	sixth: 6,
	seventh: 7,
	eighth: 8,
	ninth: 9,
	tenth: 10,
	fifteenth: 15,
	twentieth: 20,
	thirtieth: 30,
};
const ORDINAL = `(\\d{1,2}(?:st|nd|rd|th)|${Object.keys(ORDINAL_WORDS).join('|')})`;
/** Any ordinal at all: most lines have none. */
const ORDINAL_HINT = new RegExp(`\\b${ORDINAL}`, 'i');
/** Words before "the 15th" that make it a deadline. */
const CUE = '(?:by|on|before|until|till|due|for|from|starting)';

function ordinalDay(text: string): number | null {
	const day = /^\d/.test(text) ? parseInt(text, 10) : ownValue(ORDINAL_WORDS, text.toLowerCase());
	return day !== undefined && day >= 1 && day <= 31 ? day : null;
}

/** The day of a month, clamped to its end: "the 31st" of November is the 30th. */
function dayOfMonth(monthDate: CalendarDate, day: number): CalendarDate | null {
	const { year, month } = dateParts(monthDate);
	return dateFromParts(year, month, Math.min(day, dateParts(lastDayOfMonth(monthDate)).day));
}

/** That day of this month if it has not passed, else of next month: "by the 3rd" on 20 December is 3 January. */
function comingDayOfMonth(reference: CalendarDate, day: number): CalendarDate | null {
	const thisMonth = dayOfMonth(reference, day);
	if (thisMonth && thisMonth >= reference) return thisMonth;
	return dayOfMonth(addMonths(dateFromParts(dateParts(reference).year, dateParts(reference).month, 1) ?? reference, 1), day);
}

function ofMonth(reference: CalendarDate, day: number, which: string | undefined): CalendarDate | null {
	const month = (which ?? '').toLowerCase();
	if (month === 'next') return dayOfMonth(addMonths(dateFromParts(dateParts(reference).year, dateParts(reference).month, 1) ?? reference, 1), day);
	if (month === 'this') {
		const date = dayOfMonth(reference, day);
		return date && date >= reference ? date : null;
	}
	return comingDayOfMonth(reference, day);
}

/** What follows the ordinal, for the test that it ends the phrase ("on the 3rd floor" is no date). */
function after(match: RegExpExecArray, prose: string): string {
	const end = match.index + match[0].length;
	return prose.slice(end, end + 24);
}

export const DAY_RULES: readonly PhraseRule[] = [
	{
		// "the first of the month", "the 5th of next month", "by the 15th of this month".
		hint: /month/i,
		pattern: new RegExp(`\\b(?:${CUE}\\s+)?the\\s+${ORDINAL}\\s+of\\s+(this|next|the)\\s+month\\b`, 'gi'),
		resolve: (m, ref) => {
			const day = ordinalDay(m[1] ?? '');
			return day === null ? null : ofMonth(ref, day, m[2]);
		},
	},
	{
		// "by the 15th", "on the 3rd", "due 1st", "Friday the 4th", "by Monday, the 30th": the
		// written day wins over the weekday beside it.
		hint: ORDINAL_HINT,
		pattern: new RegExp(`\\b(?:${CUE}\\s+(?:${WEEKDAY_NAME},?\\s+)?|${WEEKDAY_NAME},?\\s+)(?:the\\s+)?${ORDINAL}`, 'gi'),
		resolve: (m, ref, prose) => {
			const day = ordinalDay(m[3] ?? '');
			// A bare "the 3rd" needs its weekday or cue, and must end the phrase: "by the 3rd week" is no date.
			if (day === null || !PHRASE_ENDS.test(after(m, prose))) return null;
			if (!/\d/.test(m[3] ?? '') && !/\bthe\s+\S+$/i.test(m[0])) return null; // "by first light", "on second thought"
			return comingDayOfMonth(ref, day);
		},
	},
];
