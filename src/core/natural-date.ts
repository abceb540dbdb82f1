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
import { countOf, monthNumber } from './words';
import { tailWords } from './text';

/** A due date read from the words of a task. */
export type DuePhrase =
	| { kind: 'date'; date: CalendarDate; text: string; index: number }
	/** "by the next meeting": due whenever the next meeting with that mentor is due. */
	| { kind: 'next-meeting'; text: string; index: number };

interface PhraseRule {
	pattern: RegExp;
	resolve: (match: RegExpExecArray, reference: CalendarDate) => CalendarDate | 'next-meeting' | null;
}

const MONTH_NAME =
	'(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';

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
			const count = countOf(countText) ?? 1;
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
			const count = countOf(countText) ?? 1;
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
	/\d|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun|today|tonight|tomorrow|tmrw?|day|fortnight|week|month|year|weekend|noon|now|next|this|last|past|ago|eo[dwmy]|asap|end|mid|few)/i;
/**
 * Words before a date that make it a deadline, needed where the date word is also an English
 * word. Tested on `tailWords(before)`, which takes off the blanks and joining mark after them.
 */
const CUE_BEFORE = /\b(?:by|on|before|until|till|due|this|next|coming|for|in|during|of|early|late|mid)$/i;
/** Relative times shorter than a day ("a second", "5 minutes", "after 20 minutes") are not due dates. */
const SUB_DAY = /^(?:in |within |after )?(?:a few|a|an|one|few|\d+)?\s*(?:seconds?|secs?|s|minutes?|mins?|m|hours?|hrs?|hr|h)$/i;
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
	const own = readOwnPhrase(prose, reference);
	// Nothing before our own phrase could be a date: chrono cannot find an earlier one (and
	// on a tie ours wins), so it need not be asked.
	if (own && !MAY_HOLD_A_DATE.test(prose.slice(0, own.index)) && !WORDED_SPAN.test(prose.slice(0, own.index))) return own;
	const common = readCommonPhrase(prose, reference, order);
	return earliest(own, common === undefined ? readWithChrono(prose, reference, order) : common);
}

/**
 * The slow reading that `readDuePhrase` must always equal: our own phrases and whatever
 * chrono reads, with no shortcut. Exported so the shortcuts can be checked against it.
 */
export function readDuePhraseSlowly(prose: string, reference: CalendarDate, order: DateOrder): DuePhrase | null {
	return earliest(readOwnPhrase(prose, reference), readWithChrono(prose, reference, order));
}

/** The phrase found first in the text; on a tie our own phrase (the first argument) wins. */
function earliest(own: DuePhrase | null, other: DuePhrase | null): DuePhrase | null {
	return other && (!own || other.index < own.index) ? other : own;
}

/** The earliest of the phrases chrono does not know ("end of week", "before the next meeting"). */
function readOwnPhrase(prose: string, reference: CalendarDate): DuePhrase | null {
	let best: DuePhrase | null = null;
	for (const rule of RULES) {
		const match = rule.pattern.exec(prose);
		if (!match || (best && best.index <= match.index)) continue;
		const resolved = rule.resolve(match, reference);
		if (resolved === 'next-meeting') best = { kind: 'next-meeting', text: match[0], index: match.index };
		else if (resolved) best = { kind: 'date', date: resolved, text: match[0], index: match.index };
	}
	return best;
}

const WEEKDAYS: Record<string, number> = {
	sunday: 0, sun: 0, monday: 1, mon: 1, tuesday: 2, tue: 2, tues: 2, wednesday: 3, wed: 3,
	thursday: 4, thu: 4, thur: 4, thurs: 4, friday: 5, fri: 5, saturday: 6, sat: 6,
};
interface CommonPhrase {
	pattern: RegExp;
	/** Any word after it may be read with it ("Dec 3 bc", "Dec 3 am"): then chrono decides. */
	wordAfterMatters?: true;
	/** Read so only with month-first dates: chrono's day-first reading of "Jan 10" is January 2010. */
	monthFirstOnly?: true;
	/** The words chrono would report for this match, or undefined to leave it to chrono. */
	text: (m: RegExpExecArray) => string | undefined;
	resolve: (m: RegExpExecArray, ref: CalendarDate, order: DateOrder) => CalendarDate | null;
}

const COMMON_PHRASES: readonly CommonPhrase[] = [
	{
		// "by Friday", "on Tue", "by this Monday", "Friday": the weekday on or after the reference day.
		pattern: /\b(?:(by|before|until|till|due)\s+)?((?:on\s+)?(?:this\s+)?(sunday|monday|tuesday|wednesday|thursday|friday|saturday|sun|mon|tues?|wed|thu(?:rs?)?|fri|sat))\b/i,
		// A bare abbreviation ("sat down", "Mon") is chrono's call.
		text: (m) => (m[1] === undefined && !/^(?:on|this)\s/i.test(m[2] ?? '') && (m[3] ?? '').length < 6 ? undefined : m[2]),
		resolve: (m, ref) => {
			const day = WEEKDAYS[(m[3] ?? '').toLowerCase()];
			return day === undefined ? null : addDays(ref, (day - weekday(ref) + 7) % 7);
		},
	},
	{
		// "next Tuesday": that weekday in the week after this one (weeks start on Monday), as chrono reads it.
		pattern: /\bnext\s+(sunday|monday|tuesday|wednesday|thursday|friday|saturday|sun|mon|tues?|wed|thu(?:rs?)?|fri|sat)\b/i,
		text: (m) => m[0],
		resolve: (m, ref) => {
			const day = WEEKDAYS[(m[1] ?? '').toLowerCase()];
			if (day === undefined) return null;
			const toNextMonday = (1 - weekday(ref) + 7) % 7 || 7;
			return addDays(ref, toNextMonday + ((day + 6) % 7));
		},
	},
	{ pattern: /\b(today|tonight|tomorrow)\b/i, text: (m) => m[1], resolve: (m, ref) => addDays(ref, m[1]?.toLowerCase() === 'tomorrow' ? 1 : 0) },
	{
		pattern: /\b(?:in|within)\s+(\d{1,3}|an?|one|two|three|four|five|six|seven|eight|nine|ten)\s+(days?|weeks?)\b/i,
		text: (m) => m[0],
		resolve: (m, ref) => {
			const word = (m[1] ?? '').toLowerCase();
			const count = countOf(word);
			return count === undefined ? null : addDays(ref, (m[2] ?? '').toLowerCase().startsWith('week') ? count * 7 : count);
		},
	},
	{ pattern: /\bnext\s+week\b/i, text: (m) => m[0], resolve: (_m, ref) => addDays(ref, 7) },
	{
		// "Dec 3", "December 3rd": this year's, or next year's once it has passed.
		monthFirstOnly: true,
		pattern: new RegExp(`\\b${MONTH_NAME}\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?![:/.-]?\\d)`, 'i'),
		wordAfterMatters: true,
		// 29 February: chrono picks the year its own way; leave it to chrono.
		text: (m) => (Number(m[2]) === 29 && /^feb/i.test(m[1] ?? '') ? undefined : m[0]),
		resolve: (m, ref) => nextMonthDay(ref, m[1] ?? '', Number(m[2])),
	},
	{
		// "by March", "in December": the 1st of that month, this year's or next year's ("may" is
		// chrono's call: "for May" may be the verb).
		pattern: /\b(?:by|before|until|till|due|in|during|for)\s+(january|february|march|april|june|july|august|september|october|november|december)\b/i,
		wordAfterMatters: true,
		text: (m) => m[1],
		resolve: (m, ref) => nextMonthDay(ref, m[1] ?? '', 1),
	},
	{
		// "by 12/15", "due 3/12" (month first, or day first by the setting): after a deadline
		// word, as the plausibility rule for number pairs asks; this year's or next year's.
		pattern: /\b(?:by|on|due|before|until|till)\s+(\d{1,2})\/(\d{1,2})\b(?![/.-]\d)/i,
		wordAfterMatters: true,
		text: (m) => (Number(m[1]) === 29 || Number(m[2]) === 29 ? undefined : m[0].slice(m[0].search(/\d/))),
		resolve: (m, ref, order) => {
			const [a, b] = [Number(m[1]), Number(m[2])];
			const [month, day] = order === 'day-first' ? [b, a] : [a, b];
			return month >= 1 && month <= 12 ? nextMonthDayNumber(ref, month, day) : null;
		},
	},
	{ pattern: /\b(\d{4})-(\d{2})-(\d{2})\b/, wordAfterMatters: true, text: (m) => m[0], resolve: (m) => dateFromParts(Number(m[1]), Number(m[2]), Number(m[3])) },
];
/** {@link MAY_HOLD_A_DATE} without its digits: the words that could start a date. */
// Without "day": "a shadowing day" is no date; "three days", "a day" are (see WORDED_SPAN).
const DATE_WORD = new RegExp(MAY_HOLD_A_DATE.source.replace(/^\\d\|/, '').replace('|day|', '|'), 'i');
/**
 * Numbers chrono might make something of: a pair ("12/3", "10:30"), an ordinal ("3rd"), a
 * time ("5pm", "7 o'clock") or a span ("2 weeks", "3d", even "2027 m" as minutes). A number
 * followed by any other word ("chapter 3 notes") is not a date to chrono.
 */
const NUMBER_AS_DATE =
	/\d\s*(?:[:/.-]\s*\d|(?:st|nd|rd|th|[ap]\.?m\.?|o'?clock|h|hrs?|hours?|m|mins?|minutes?|s|secs?|seconds?|d|days?|w|wks?|weeks?|mo|mos|mon|months?|qtrs?|quarters?|y|yrs?|years?)\b)/i;

/** What may follow a date and change how chrono reads it ("Friday 5pm", "Dec 3, 2027", "Friday next week"). */
const MAY_EXTEND = /^[\s,.:;–-]*(?:\d|(?:at|of|the|from|to|until|through|and|or|next|this|last|week|month|year|morning|afternoon|evening|night|noon|midnight|[ap]\.?m))/i;

/**
 * The phrases students write most ("by Friday", "tomorrow", "in 2 weeks", "Dec 3"), read
 * without chrono: chrono's first pass over a vault costs far more than everything else in
 * reading it. Only when the phrase is the first thing in the item that could be a date,
 * and nothing after it could extend it, so chrono would have read exactly this; otherwise
 * undefined, and chrono reads the item. A test holds the two to the same answers.
 */
export function readCommonPhrase(prose: string, reference: CalendarDate, order: DateOrder = 'month-first'): DuePhrase | null | undefined {
	// Only bare numbers ("chapter 3", "ASCO 2027", "room 204"): chrono would find no date.
	if (!couldBeDate(prose)) return null;
	// The phrase that starts first (the longest, on a tie), as chrono's first result would.
	let first: { phrase: CommonPhrase; match: RegExpExecArray; text: string | undefined; index: number } | null = null;
	for (const phrase of COMMON_PHRASES) {
		const match = phrase.pattern.exec(prose);
		if (!match) continue;
		const text = phrase.monthFirstOnly && order === 'day-first' ? undefined : phrase.text(match);
		const index = text === undefined ? match.index : match.index + match[0].lastIndexOf(text);
		if (!first || index < first.index || (index === first.index && (text?.length ?? 0) > (first.text?.length ?? 0))) first = { phrase, match, text, index };
	}
	if (!first || first.text === undefined) return undefined;
	const { text, index } = first;
	const before = prose.slice(0, index);
	// A number right before it joins in ("3 Jan 10" is 3 January 2010 to chrono).
	const after = prose.slice(index + text.length);
	if (couldBeDate(before) || /\d[\s,.]*$/.test(before) || MAY_EXTEND.test(after)) return undefined;
	if (first.phrase.wordAfterMatters && /^[\s,.:;–-]*[\p{L}\d]/u.test(after)) return undefined;
	const date = first.phrase.resolve(first.match, reference, order);
	return date ? { kind: 'date', date, text, index } : undefined;
}

/** A count in words with a time unit, which chrono reads as a span: "a d", "the w", "few hrs". */
const WORDED_SPAN =
	/\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|half|an?|few|several|the|couple|of)\s{0,2}(?:s|secs?|seconds?|m|mins?|minutes?|h|hrs?|hours?|d|days?|w|mo|mos|qtr|quarters?|y|yrs?)\b/i;

/** Words or number shapes chrono could read as (part of) a date. */
function couldBeDate(text: string): boolean {
	return DATE_WORD.test(text) || NUMBER_AS_DATE.test(text) || WORDED_SPAN.test(text);
}

function nextMonthDay(reference: CalendarDate, monthName: string, day: number): CalendarDate | null {
	return nextMonthDayNumber(reference, monthNumber(monthName), day);
}

function nextMonthDayNumber(reference: CalendarDate, month: number, day: number): CalendarDate | null {
	const { year } = dateParts(reference);
	const thisYear = dateFromParts(year, month, day);
	if (!thisYear) return null;
	return thisYear >= reference ? thisYear : dateFromParts(year + 1, month, day);
}

function readWithChrono(prose: string, reference: CalendarDate, order: DateOrder): DuePhrase | null {
	const { year, month, day } = dateParts(reference);
	// Noon on the reference day, in local time: chrono computes in local time, and noon
	// keeps a daylight-saving shift from moving the day. We read back the components,
	// never the Date, so no time zone leaks into the result.
	const instant = new Date(year, month - 1, day, 12, 0, 0, 0);
	instant.setFullYear(year); // years before 100 would otherwise be read as 19xx
	const parser = order === 'day-first' ? GB : casual;
	let results: ParsedResult[];
	try {
		results = parser.parse(prose, instant, { forwardDate: true });
		const zones = zonesAsLocal(results, instant);
		if (zones) results = parser.parse(prose, instant, { forwardDate: true, timezones: zones });
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
		// "3 days ago", "last week", "thank her for last Friday": a day before the item was
		// written is not when it is due. A date written out in full (with its year) stays.
		if (date && date < reference && !result.start.isCertain('year')) continue;
		if (date && date < reference && result.tags().has('result/relativeDate')) continue;
		if (date && plausibleSlashDate(result, prose, date, reference)) return { kind: 'date', date, text: result.text.trim(), index: result.index };
	}
	return null;
}

/**
 * A due day does not move with a time zone: "Sunday TJT" written on a Sunday in Los Angeles
 * is that Sunday, but chrono, reading the zone, found the reference day already past in
 * Tajikistan and moved it a week on (and the answer then depended on the machine's zone).
 * The zone names chrono took become the local zone, so it reads the day as written. Null
 * when no result named a zone: a second pass is needed only then.
 */
function zonesAsLocal(results: readonly ParsedResult[], instant: Date): Record<string, number> | null {
	let zones: Record<string, number> | null = null;
	for (const result of results) {
		if (!result.start.isCertain('timezoneOffset')) continue;
		const name = /([A-Za-z]{2,4})\)?$/.exec(result.text)?.[1];
		if (!name) continue;
		zones ??= {};
		zones[name.toUpperCase()] = -instant.getTimezoneOffset();
	}
	return zones;
}

/** Counting words before a number pair: "fig. 3/4", "pages 10/12", "score 5/6". */
const COUNT_BEFORE = /\b(?:fig|figs|figure|page|pages|p|pp|chapter|ch|section|sec|table|question|q|step|part|slide|slides|item|items|score|scored|rated|ask|asked|of)\.?$/i;
/** Words that make a number pair a deadline: "by 12/3", "due 12/3", "12/3 deadline". */
const SLASH_CUE_BEFORE = /\b(?:by|on|due|before|until|till|for|at|deadline|from|starting)$/i;
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
	const before = tailWords(prose.slice(0, result.index));
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
	// "last Friday" is behind the item, whatever chrono's forward-looking reading says.
	if (/^(?:last|past|previous)\b/i.test(text)) return false;
	const before = tailWords(prose.slice(0, result.index));
	// "March in the parade", "sat down with", "Sun exposure": a date word that is also an
	// English word only counts with a deadline word before it.
	const isRelative = result.tags().has('result/relativeDate');
	if (monthOnly && !isRelative && !CUE_BEFORE.test(before)) return false;
	if (WORDLIKE_WEEKDAY.test(text) && !CUE_BEFORE.test(before)) return false;
	return true;
}
