/** Named stretches of time read as the day they end or start: "EOW", "end of the month", "mid-March". */
import { addDays, addMonths, dateFromParts, dateParts, lastDayOfMonth, weekday, type CalendarDate } from '../calendar-date';
import { monthNumber } from '../words';
import type { PhraseRule } from './own-rules';
import { MONTH_NAME } from './vocabulary';

/** The Friday on or after a date: the end of the working week students mean by "EOW". */
function endOfWeek(date: CalendarDate): CalendarDate {
	return addDays(date, (5 - weekday(date) + 7) % 7);
}

/** The next time a month comes round, on a given day of it (clamped), looking forward. */
function nextInMonth(reference: CalendarDate, monthName: string, day: number | 'last'): CalendarDate | null {
	const month = monthNumber(monthName);
	if (month < 1) return null;
	const { year } = dateParts(reference);
	for (const candidateYear of [year, year + 1]) {
		const first = dateFromParts(candidateYear, month, 1);
		if (!first) continue;
		const date = day === 'last' ? lastDayOfMonth(first) : addDays(first, day - 1);
		if (date >= reference) return date;
	}
	return null;
}

export const PERIOD_RULES: readonly PhraseRule[] = [
	{
		// Not when a day follows: "EOD Friday" or "end of day tomorrow" is that day (chrono
		// reads it), not the reference day.
		// "COB", "close of business": the end of the working day, the same as EOD.
		pattern: /\b(?:eod|eob|cob|end of (?:the )?(?:business |work(?:ing)? )?day|(?:close|end) of (?:the )?business(?: day)?|asap)\b(?!,?\s+(?:on\s+|this\s+|next\s+)?(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*|tomorrow|tmrw|tonight)\b)/i,
		resolve: (_m, ref) => ref,
	},
	// "this afternoon", "this evening" (like "tonight", which chrono reads): the reference day.
	{ pattern: /\bthis\s+(?:morning|afternoon|evening|arvo)\b/i, resolve: (_m, ref) => ref },
	{
		pattern: /\b(?:eow|(?:the )?end of (?:the |this )?week|this week)\b/i,
		resolve: (_m, ref) => endOfWeek(ref),
	},
	{ pattern: /\b(?:the )?end of next week\b/i, resolve: (_m, ref) => endOfWeek(addDays(ref, 7)) },
	{ pattern: /\b(?:eom|end of (?:the |this )?month)\b/i, resolve: (_m, ref) => lastDayOfMonth(ref) },
	{ pattern: /\b(?:the )?end of next month\b/i, resolve: (_m, ref) => lastDayOfMonth(addMonths(ref, 1)) },
	{
		pattern: /\b(?:eoy|end of (?:the |this )?year)\b/i,
		resolve: (_m, ref) => dateFromParts(dateParts(ref).year, 12, 31),
	},
	{
		pattern: new RegExp(`\\bmid[- ]?${MONTH_NAME}\\b`, 'i'),
		resolve: (m, ref) => nextInMonth(ref, m[1] ?? '', 15),
	},
];
