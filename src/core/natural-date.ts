import { casual, GB, type ParsedResult } from 'chrono-node/en';
import {
	addDays,
	addMonths,
	dateFromParts,
	dateParts,
	daysBetween,
	lastDayOfMonth,
	weekday,
	type CalendarDate,
} from './calendar-date';
import type { DateOrder } from './settings';

/** A due date read from the words of a task. */
export type DuePhrase =
	| { kind: 'date'; date: CalendarDate; text: string; index: number }
	/** "by the next meeting": due whenever the next meeting with that mentor is due. */
	| { kind: 'next-meeting'; text: string; index: number };

interface PhraseRule {
	pattern: RegExp;
	resolve: (match: RegExpExecArray, reference: CalendarDate) => CalendarDate | 'next-meeting' | null;
}

const NUMBER_WORDS: Record<string, number> = {
	a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
	eleven: 11, twelve: 12,
};
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH_NAME =
	'(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';

/** The Friday on or after a date: the end of the working week students mean by "EOW". */
function endOfWeek(date: CalendarDate): CalendarDate {
	return addDays(date, (5 - weekday(date) + 7) % 7);
}

/** The next time a month comes round, on a given day of it (clamped), looking forward. */
function nextInMonth(reference: CalendarDate, monthName: string, day: number | 'last'): CalendarDate | null {
	const month = MONTHS.indexOf(monthName.slice(0, 3).toLowerCase()) + 1;
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

/**
 * Phrases students write that chrono does not read, or reads wrongly
 * ("two weeks from today" comes back as today).
 */
const RULES: readonly PhraseRule[] = [
	{
		pattern:
			/\b(?:by|before|at|for|until|till|on)\s+(?:the\s+|our\s+|my\s+)?next\s+(?:meeting|session|check[- ]?in|catch[- ]?up|1:1|one[- ]on[- ]one)\b/i,
		resolve: () => 'next-meeting',
	},
	{
		// Not when a day follows: "EOD Friday" or "end of day tomorrow" is that day (chrono
		// reads it), not the reference day.
		pattern: /\b(?:eod|end of (?:the )?day|asap)\b(?!,?\s+(?:on\s+|this\s+|next\s+)?(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*|tomorrow|tmrw|tonight)\b)/i,
		resolve: (_m, ref) => ref,
	},
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
		pattern:
			/\b(\d{1,3}|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(days?|weeks?|months?)\s+from\s+(?:today|now)\b/i,
		resolve: (m, ref) => {
			const countText = (m[1] ?? '').toLowerCase();
			const count = /^\d+$/.test(countText) ? Number(countText) : (NUMBER_WORDS[countText] ?? 1);
			const unit = (m[2] ?? '').toLowerCase();
			if (unit.startsWith('day')) return addDays(ref, count);
			if (unit.startsWith('week')) return addDays(ref, count * 7);
			return addMonths(ref, count);
		},
	},
	{
		// chrono adds months by overflowing the day ("in 1 month" from 31 January was 3 March);
		// count calendar months, clamped to the month's end, like a monthly cadence.
		pattern: /\b(?:in|within)\s+(\d{1,3}|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(months?|years?)\b/i,
		resolve: (m, ref) => {
			const countText = (m[1] ?? '').toLowerCase();
			const count = /^\d+$/.test(countText) ? Number(countText) : (NUMBER_WORDS[countText] ?? 1);
			return addMonths(ref, (m[2] ?? '').toLowerCase().startsWith('year') ? count * 12 : count);
		},
	},
	{
		pattern: new RegExp(`\\bmid[- ]?${MONTH_NAME}\\b`, 'i'),
		resolve: (m, ref) => nextInMonth(ref, m[1] ?? '', 15),
	},
];

/** Cheap test for words that could start a date; most task lines have none and skip chrono. */
const MAY_HOLD_A_DATE =
	/\d|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun|today|tonight|tomorrow|tmrw?|week|month|year|weekend|noon|now|next|this|eo[dwmy]|asap|end|mid|few)/i;
/** Words before a date that make it a deadline, needed where the date word is also an English word. */
const CUE_BEFORE = /\b(?:by|on|before|until|till|due|this|next|coming|for|in|during|of|early|late|mid)\s*[-,]?\s*$/i;
/** Relative times shorter than a day ("a second", "5 minutes", "after 20 minutes") are not due dates. */
const SUB_DAY = /^(?:in |within |after )?(?:a few|a|an|one|few|\d+)?\s*(?:seconds?|secs?|minutes?|mins?|hours?|hrs?)$/i;
/**
 * chrono reads "for 30 minutes" or "for a week" as that long from the reference day, but a
 * duration is not a deadline: "Meet for 30 min" was due (and the next day overdue) the day
 * it was written. chrono only puts "for" at the start of a duration it read.
 */
const DURATION = /^for\s/i;
/** Weekday abbreviations that are also English words: "sat down", "sun exposure". */
const WORDLIKE_WEEKDAY = /^(?:sat|sun|wed)$/i;

/**
 * Reads a due date from the words of a task, looking forward from its reference date
 * (the day it was written). Returns null for text with no date in it, and for a bare
 * time ("at 5pm"), a bare number ("chapter 3") or a bare year ("ASCO 2027").
 */
export function readDuePhrase(prose: string, reference: CalendarDate, order: DateOrder): DuePhrase | null {
	if (!MAY_HOLD_A_DATE.test(prose)) return null;
	let best: DuePhrase | null = null;

	for (const rule of RULES) {
		const match = rule.pattern.exec(prose);
		if (!match || (best && best.index <= match.index)) continue;
		const resolved = rule.resolve(match, reference);
		if (resolved === 'next-meeting') best = { kind: 'next-meeting', text: match[0], index: match.index };
		else if (resolved) best = { kind: 'date', date: resolved, text: match[0], index: match.index };
	}

	const fromChrono = readWithChrono(prose, reference, order);
	if (fromChrono && (!best || fromChrono.index < best.index)) best = fromChrono;
	return best;
}

function readWithChrono(prose: string, reference: CalendarDate, order: DateOrder): DuePhrase | null {
	const { year, month, day } = dateParts(reference);
	// Noon on the reference day, in local time: chrono computes in local time, and noon
	// keeps a daylight-saving shift from moving the day. We read back the components,
	// never the Date, so no time zone leaks into the result.
	const instant = new Date(year, month - 1, day, 12, 0, 0, 0);
	instant.setFullYear(year); // years before 100 would otherwise be read as 19xx
	let results: ParsedResult[];
	try {
		results = (order === 'day-first' ? GB : casual).parse(prose, instant, { forwardDate: true });
	} catch {
		return null;
	}
	for (const result of results) {
		if (!isDeadline(result, prose)) continue;
		const date = dateFromParts(
			result.start.get('year') ?? year,
			result.start.get('month') ?? month,
			result.start.get('day') ?? day,
		);
		if (date && plausibleSlashDate(result, prose, date, reference)) return { kind: 'date', date, text: result.text, index: result.index };
	}
	return null;
}

/** Counting words before a number pair: "fig. 3/4", "pages 10/12", "score 5/6". */
const COUNT_BEFORE = /\b(?:fig|figs|figure|page|pages|p|pp|chapter|ch|section|sec|table|question|q|step|part|slide|slides|item|items|score|scored|rated|ask|asked|of)\.?\s*$/i;
/** Words that make a number pair a deadline: "by 12/3", "due 12/3", "12/3 deadline". */
const SLASH_CUE_BEFORE = /\b(?:by|on|due|before|until|till|for|at|deadline|from|starting)\s*:?\s*$/i;
const SLASH_CUE_AFTER = /^\s*(?:deadline|due)\b/i;
/** A bare slash date at the end of an item is believed only when it is this close. */
const BARE_SLASH_HORIZON_DAYS = 120;

/**
 * chrono reads any number pair as a date: "1/2 done", "ask 5/6 people", "on call 24/7".
 * A yearless slash date counts when a deadline word comes before or after it, or when it
 * ends the item and falls within a few months ("Submit IRB 12/3").
 */
function plausibleSlashDate(result: ParsedResult, prose: string, date: CalendarDate, reference: CalendarDate): boolean {
	if (!result.tags().has('parser/SlashDateFormatParser') || result.start.isCertain('year')) return true;
	const before = prose.slice(0, result.index);
	const after = prose.slice(result.index + result.text.length);
	if (COUNT_BEFORE.test(before)) return false;
	if (SLASH_CUE_BEFORE.test(before) || SLASH_CUE_AFTER.test(after)) return true;
	return after.trim() === '' && daysBetween(reference, date) <= BARE_SLASH_HORIZON_DAYS;
}

function isDeadline(result: ParsedResult, prose: string): boolean {
	const start = result.start;
	const dayKnown = start.isCertain('day') || start.isCertain('weekday');
	const monthOnly = !dayKnown && start.isCertain('month');
	if (!dayKnown && !monthOnly) return false; // a bare time: "at 5pm", "by noon"
	const text = result.text.trim();
	if (SUB_DAY.test(text) || DURATION.test(text)) return false;
	const before = prose.slice(0, result.index);
	// "March in the parade", "sat down with", "Sun exposure": a date word that is also an
	// English word only counts with a deadline word before it.
	const isRelative = result.tags().has('result/relativeDate');
	if (monthOnly && !isRelative && !CUE_BEFORE.test(before)) return false;
	if (WORDLIKE_WEEKDAY.test(text) && !CUE_BEFORE.test(before)) return false;
	return true;
}
