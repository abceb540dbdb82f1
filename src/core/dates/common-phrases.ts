/**
 * The phrases students write most ("by Friday", "tomorrow", "in 2 weeks", "Dec 3"), read
 * without chrono: chrono's first pass over a vault costs far more than everything else in
 * reading it. tests/core/natural-date-common.test.ts holds them to chrono's answers.
 */
import { addDays, dateFromParts, dateParts, type CalendarDate } from '../calendar-date';
import type { DateOrder } from '../settings';
import { countOf, monthNumber } from '../words';
import type { DuePhrase } from './phrase';
import { chronoMayStartBefore, couldBeDate, withoutTimes } from './chrono-neighbourhood';
import { mayNameAZone, timeRightBefore } from './time-before';
import { comingWeekday, MONTH_NAME, nextWeekWeekday, weekdayNumber } from './vocabulary';

interface CommonPhrase {
	pattern: RegExp;
	/** Any word after it may be read with it ("Dec 3 bc", "Dec 3 am"): then chrono decides. */
	wordAfterMatters?: true;
	/** Read so only with month-first dates: chrono's day-first reading of "Jan 10" is January 2010. */
	monthFirstOnly?: true;
	/**
	 * A time of day right before it joins it, with its day ("at 5pm tomorrow"): at any hour, or
	 * only from noon for a weekday (chrono moves "at 9 Friday", written on a Friday morning's
	 * reference instant of noon, a week on).
	 */
	timeBefore?: 'any' | 'from-noon';
	/** The words chrono would report for this match, or undefined to leave it to chrono. */
	text: (m: RegExpExecArray) => string | undefined;
	resolve: (m: RegExpExecArray, ref: CalendarDate, order: DateOrder) => CalendarDate | null;
}

const COMMON_PHRASES: readonly CommonPhrase[] = [
	{
		// "by Friday", "on Tue", "by this Monday", "Friday": the weekday on or after the reference day.
		timeBefore: 'from-noon',
		pattern: /\b(?:(by|before|until|till|due)\s+)?((?:on\s+)?(?:this\s+)?(sunday|monday|tuesday|wednesday|thursday|friday|saturday|sun|mon|tues?|wed|thu(?:rs?)?|fri|sat))\b/i,
		// A bare abbreviation ("sat down", "Mon") is chrono's call.
		text: (m) => (m[1] === undefined && !/^(?:on|this)\s/i.test(m[2] ?? '') && (m[3] ?? '').length < 6 ? undefined : m[2]),
		resolve: (m, ref) => {
			const day = weekdayNumber(m[3] ?? '');
			return day === undefined ? null : comingWeekday(ref, day);
		},
	},
	{
		// "next Tuesday": that weekday in the week after this one (weeks start on Monday), as chrono reads it.
		timeBefore: 'from-noon',
		pattern: /\bnext\s+(sunday|monday|tuesday|wednesday|thursday|friday|saturday|sun|mon|tues?|wed|thu(?:rs?)?|fri|sat)\b/i,
		text: (m) => m[0],
		resolve: (m, ref) => {
			const day = weekdayNumber(m[1] ?? '');
			return day === undefined ? null : nextWeekWeekday(ref, day);
		},
	},
	{ pattern: /\b(today|tonight|tomorrow)\b/i, timeBefore: 'any', text: (m) => m[1], resolve: (m, ref) => addDays(ref, m[1]?.toLowerCase() === 'tomorrow' ? 1 : 0) },
	{
		timeBefore: 'any',
		pattern: /\b(?:in|within)\s+(\d{1,3}|an?|one|two|three|four|five|six|seven|eight|nine|ten)\s+(days?|weeks?)\b/i,
		text: (m) => m[0],
		resolve: (m, ref) => {
			const word = (m[1] ?? '').toLowerCase();
			const count = countOf(word);
			return count === undefined ? null : addDays(ref, (m[2] ?? '').toLowerCase().startsWith('week') ? count * 7 : count);
		},
	},
	{ pattern: /\bnext\s+week\b/i, timeBefore: 'any', text: (m) => m[0], resolve: (_m, ref) => addDays(ref, 7) },
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
/**
 * What may follow a date and change how chrono reads it ("Friday 5pm", "Dec 3, 2027", "Friday
 * next week", "Monday, Nov 30": there the written date wins over the weekday; "in 3 days
 * before" is 3 days back to chrono, "in 2 weeks later" 2 weeks on; "Friday T 10" and "Friday on
 * 24" take a time, which may move the day a week on; "in 2 weeks couple days" is one span to chrono).
 */
export const MAY_EXTEND =
	/^[\s,.:;–∙+-]*(?:\d|t\b|on\b|an?\b|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|half|few|several|couple|at|of|the|from|to|until|till|through|before|after|ago|earlier|later|hence|forward|out|and|or|next|this|last|week|month|year|morning|afternoon|evening|night|noon|midnight|[ap]\.?m|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec))/i;

/**
 * The phrases students write most ("by Friday", "tomorrow", "in 2 weeks", "Dec 3"), read
 * without chrono: chrono's first pass over a vault costs far more than everything else in
 * reading it. Only when the phrase is the first thing in the item that could be a date,
 * and nothing after it could extend it, so chrono would have read exactly this; otherwise
 * undefined, and chrono reads the item. A test holds the two to the same answers.
 */
export function readCommonPhrase(prose: string, reference: CalendarDate, order: DateOrder = 'month-first'): DuePhrase | null | undefined {
	// Only bare numbers ("chapter 3", "ASCO 2027", "room 204") or a time ("at 5pm"): chrono
	// would find no day.
	if (!couldBeDate(withoutTimes(prose))) return null;
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
	const after = prose.slice(index + text.length);
	if (MAY_EXTEND.test(after)) return undefined;
	if (first.phrase.wordAfterMatters && /^[\s,.:;–-]*[\p{L}\d]/u.test(after)) return undefined;
	let start = index;
	if (chronoMayStartBefore(before, text)) {
		// A time of day right before the phrase is read with it, from the time on ("at 5pm tomorrow").
		const time = first.phrase.timeBefore && timeRightBefore(before);
		if (!time || (first.phrase.timeBefore === 'from-noon' && time.minutes < NOON) || mayNameAZone(after)) return undefined;
		start = time.index;
	}
	const date = first.phrase.resolve(first.match, reference, order);
	return date ? { kind: 'date', date, text: prose.slice(start, index + text.length), index: start } : undefined;
}

const NOON = 12 * 60;

function nextMonthDay(reference: CalendarDate, monthName: string, day: number): CalendarDate | null {
	return nextMonthDayNumber(reference, monthNumber(monthName), day);
}

function nextMonthDayNumber(reference: CalendarDate, month: number, day: number): CalendarDate | null {
	const { year } = dateParts(reference);
	const thisYear = dateFromParts(year, month, day);
	if (!thisYear) return null;
	return thisYear >= reference ? thisYear : dateFromParts(year + 1, month, day);
}
