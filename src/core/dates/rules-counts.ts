/** Counted spans read forward from the reference day: "two weeks from today", "in 3 months". */
import { addDays, addMonths, weekday, type CalendarDate } from '../calendar-date';
import { countOf } from '../words';
import type { PhraseRule } from './own-rules';
import { comingWeekday, nextWeekWeekday, WEEKDAY_NAME, weekdayNumber } from './vocabulary';

const COUNT_WORDS = '\\d{1,3}|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve';
const COUNT = `(${COUNT_WORDS})`;

/** Counts Monday to Friday only: 2 business days from a Friday is the Tuesday. */
function addBusinessDays(reference: CalendarDate, count: number): CalendarDate {
	let date = reference;
	for (let left = Math.min(count, 1000); left > 0;) {
		date = addDays(date, 1);
		const day = weekday(date);
		if (day !== 0 && day !== 6) left--;
	}
	return date;
}

/** The day a count starts from: today, tomorrow, or a weekday (this week's, or next week's). */
function anchorDay(reference: CalendarDate, word: string | undefined, next: string | undefined, weekdayName: string | undefined): CalendarDate | null {
	if (word) return word.toLowerCase() === 'tomorrow' ? addDays(reference, 1) : reference;
	const day = weekdayNumber(weekdayName ?? '');
	if (day === undefined) return null;
	return next?.toLowerCase().startsWith('next') ? nextWeekWeekday(reference, day) : comingWeekday(reference, day);
}

export const COUNT_RULES: readonly PhraseRule[] = [
	{
		// "two weeks from today", "a week from Friday", "3 days after tomorrow", "2 weeks from next
		// Monday": counted from the day named (chrono counts from today and drops the anchor).
		hint: /(?:days?|weeks?|months?)\s+(?:from|after|on|to|no|mon|tue|wed|thu|fri|sat|sun|this|next)/i,
		pattern: new RegExp(`\\b${COUNT}\\s+(days?|weeks?|months?)\\s+(?:(?:from|after|on)\\s+)?(?:(today|now|tonight|tomorrow)|(this\\s+|next\\s+)?${WEEKDAY_NAME})\\b`, 'i'),
		resolve: (m, ref) => {
			const anchor = anchorDay(ref, m[3], m[4], m[5]);
			// Without "from", only the British "a week Friday", "a week today".
			if (!anchor || (!/\s(?:from|after)\s/i.test(m[0]) && !/^weeks?$/i.test(m[2] ?? ''))) return null;
			const count = countOf(m[1] ?? '') ?? 1;
			const unit = (m[2] ?? '').toLowerCase();
			if (unit.startsWith('day')) return addDays(anchor, count);
			if (unit.startsWith('week')) return addDays(anchor, count * 7);
			return addMonths(anchor, count);
		},
	},
	{
		// "the Friday after next": that weekday in the week after next week (see "next Friday").
		hint: /after\s+next/i,
		pattern: new RegExp(`\\b(?:the\\s+)?${WEEKDAY_NAME}\\s+after\\s+next\\b`, 'i'),
		resolve: (m, ref) => {
			const day = weekdayNumber(m[1] ?? '');
			return day === undefined ? null : addDays(nextWeekWeekday(ref, day), 7);
		},
	},
	{ pattern: /\b(?:the\s+)?week\s+after\s+next\b/i, resolve: (_m, ref) => addDays(ref, 14) },
	{
		// The British "Tuesday week": a week after the coming Tuesday.
		hint: /day\s+week/i,
		pattern: new RegExp(`\\b${WEEKDAY_NAME}\\s+week\\b(?!\\s*(?:\\d|after|of|from))`, 'i'),
		resolve: (m, ref) => {
			const day = weekdayNumber(m[1] ?? '');
			return day === undefined ? null : addDays(comingWeekday(ref, day), 7);
		},
	},
	{
		// "within 48 hours", "in 72 hrs", "w/in 24h": the day they land on, counting whole days
		// (36 hours is a day and a half: the first day, so the item is never shown late). Under a
		// day is no due date ("back in 2 hours"), as chrono's readings of it are not.
		hint: /\d\s*h/i,
		pattern: /\b(?:(?:in|within)\s+(?:the\s+)?(?:next\s+)?|next\s+)(\d{1,3})\s*(?:hours?|hrs?|h)\b/i,
		resolve: (m, ref) => {
			const hours = Number(m[1]);
			return hours >= 24 ? addDays(ref, Math.floor(hours / 24)) : null;
		},
	},
	{
		// "in 2 business days", "within 3 working days", "next business day": weekends skipped.
		hint: /(?:business|working|work)\s+day/i,
		pattern: new RegExp(`\\b(?:(?:in|within)\\s+)?(${COUNT_WORDS}|next)\\s+(?:business|working|work)\\s+days?\\b`, 'i'),
		resolve: (m, ref) => {
			const word = (m[1] ?? '').toLowerCase();
			return addBusinessDays(ref, word === 'next' ? 1 : (countOf(word) ?? 1));
		},
	},
	{
		// chrono adds months by overflowing the day ("in 1 month" from 31 January was 3 March);
		// count calendar months, clamped to the month's end, like a monthly cadence.
		pattern: new RegExp(`\\b(?:in|within)\\s+${COUNT}\\s+(months?|years?)\\b`, 'i'),
		resolve: (m, ref) => {
			const countText = (m[1] ?? '').toLowerCase();
			const count = countOf(countText) ?? 1;
			return addMonths(ref, (m[2] ?? '').toLowerCase().startsWith('year') ? count * 12 : count);
		},
	},
];
