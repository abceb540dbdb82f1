/** Named stretches of time read as the day they end or start: "EOW", "end of the month", "mid-March". */
import { addDays, addMonths, dateFromParts, dateParts, lastDayOfMonth, weekday, type CalendarDate } from '../calendar-date';
import { monthNumber } from '../words';
import type { PhraseRule } from './own-rules';
import { MONTH_NAME, nextWeekWeekday, PHRASE_ENDS } from './vocabulary';

/** The Friday on or after a date: the end of the working week students mean by "EOW". */
function endOfWeek(date: CalendarDate): CalendarDate {
	return addDays(date, (5 - weekday(date) + 7) % 7);
}

/** The last day of the calendar quarter a date is in: 31 March, 30 June, 30 September, 31 December. */
function endOfQuarter(date: CalendarDate): CalendarDate | null {
	const { year, month } = dateParts(date);
	const first = dateFromParts(year, Math.ceil(month / 3) * 3, 1);
	return first && lastDayOfMonth(first);
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
		pattern:
			/\b(?:eod|eob|cob|end of (?:the )?(?:business |work(?:ing)? )?day|(?:close|end) of (?:the )?business(?: day)?|asap)\b(?!,?\s+(?:on\s+|this\s+|next\s+)?(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*|tomorrow|tmrw|tonight)\b)/i,
		resolve: (_m, ref) => ref,
	},
	// "this afternoon", "this evening" (like "tonight", which chrono reads): the reference day.
	{ hint: /morning|afternoon|evening|arvo/i, pattern: /\bthis\s+(?:morning|afternoon|evening|arvo)\b/i, resolve: (_m, ref) => ref },
	{
		pattern: /\b(?:eow|(?:the )?end of (?:the |this )?week|this week|week[- ]end)\b/i,
		resolve: (_m, ref) => endOfWeek(ref),
	},
	{ pattern: /\b(?:the )?end of next week\b/i, resolve: (_m, ref) => endOfWeek(addDays(ref, 7)) },
	{
		// "early next week" is its Monday, "mid next week" its Wednesday, "late next week" its Friday.
		hint: /next/i,
		pattern: /\b(early|mid|middle of|late|later)[- ]?next\s+week\b/i,
		resolve: (m, ref) => {
			const part = (m[1] ?? '').toLowerCase();
			return nextWeekWeekday(ref, part === 'early' ? 1 : part.startsWith('mid') ? 3 : 5);
		},
	},
	{ pattern: /\b(?:eom|end of (?:the |this )?month)\b/i, resolve: (_m, ref) => lastDayOfMonth(ref) },
	{ pattern: /\b(?:the )?end of next month\b/i, resolve: (_m, ref) => lastDayOfMonth(addMonths(ref, 1)) },
	{
		pattern: /\b(?:eoy|end of (?:the |this )?year)\b/i,
		resolve: (_m, ref) => dateFromParts(dateParts(ref).year, 12, 31),
	},
	{
		hint: /eoq|quarter|qtr/i,
		pattern: /\b(?:eoq|(?:the\s+)?end\s+of\s+(?:the\s+|this\s+)?(?:quarter|qtr))\b/i,
		resolve: (_m, ref) => endOfQuarter(ref),
	},
	{ pattern: /\b(?:the\s+)?end\s+of\s+next\s+(?:quarter|qtr)\b/i, resolve: (_m, ref) => endOfQuarter(addMonths(ref, 3)) },
	{
		// "end of Q1": calendar quarters (Q1 ends 31 March), this year's or next year's. A bare
		// "Q3" ("Q3 report") is no date.
		hint: /\bq[1-4]/i,
		pattern: /\b(?:the\s+)?end\s+of\s+(?:the\s+)?q([1-4])(?:\s+(\d{4}))?\b/i,
		resolve: (m, ref) => {
			const { year } = dateParts(ref);
			const end = (inYear: number) => dateFromParts(inYear, Number(m[1]) * 3, Number(m[1]) === 1 || Number(m[1]) === 4 ? 31 : 30);
			if (m[2] !== undefined) return end(Number(m[2]));
			const thisYear = end(year);
			return thisYear && thisYear >= ref ? thisYear : end(year + 1);
		},
	},
	{
		// "by the weekend", "this weekend", "over the weekend", "next weekend": the weekend's
		// first day, Saturday, as "by March" is 1 March (on a Sunday, this weekend is today).
		// Not "weekend call schedule" or "on weekends".
		hint: /weekend/i,
		pattern: /\b(?:(?:by|before|until|till|for|on|over|during)\s+)?(?:(the|this|next|coming)\s+)?weekend\b/gi,
		resolve: (m, ref, prose) => {
			const which = (m[1] ?? '').toLowerCase();
			if (m[0].length === 'weekend'.length || !PHRASE_ENDS.test(prose.slice(m.index + m[0].length, m.index + m[0].length + 24))) return null;
			const saturday = weekday(ref) === 0 ? addDays(ref, -1) : addDays(ref, 6 - weekday(ref));
			if (which === 'next') return addDays(saturday, 7);
			return saturday < ref ? ref : saturday;
		},
	},
	{
		pattern: new RegExp(`\\bmid[- ]?${MONTH_NAME}\\b`, 'i'),
		resolve: (m, ref) => nextInMonth(ref, m[1] ?? '', 15),
	},
];
