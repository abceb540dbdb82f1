/**
 * What chrono could read around a phrase we read ourselves, so the fast readers can tell when
 * asking chrono would change nothing. Each test may say "maybe" too often (chrono is then
 * asked), never too rarely: tests/core/natural-date-common.test.ts holds the fast readings to
 * chrono's over names, numbers and words of every shape around the phrases.
 */

/**
 * What may follow a month or weekday name in the same word, for chrono to still read it:
 * "Satof this week" (Saturday of this week), "Decfirst" (December 1st), "Fridec 3" (Friday,
 * December 3). Any other letter makes it a name chrono does not read: "Maya", "Sato", "Novak".
 */
const NAME_GOES_ON =
	'(?:of|this|last|past|next|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twent|thirt|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)';
const MONTH_OR_WEEKDAY =
	'(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|sun(?:day)?|mon(?:day)?|tue(?:s|sday)?|wed(?:s|nesday)?|thu(?:rs?|rsday)?|fri(?:day)?|sat(?:urday)?)';
/**
 * Words that could start a date to chrono or to our own rules. Month and weekday names count
 * only as words of their own (or run into one of NAME_GOES_ON, or into digits: chrono reads
 * "Dec3"; or after "on"/"in": "onFriday"): chrono reads no month in "Maya", "Marcus" or
 * "Novak", no weekday in "Sato", "Monica" or "Sunil", and a name is the commonest word before
 * a phrase ("Maya: send the form by Friday"). The other words still count as prefixes
 * ("midnight", "weekends"). Without "day": "a shadowing day" is no date; "three days", "a day"
 * are (see WORDED_SPAN).
 */
const DATE_WORD = new RegExp(
	`\\b(?:(?:on|in)?${MONTH_OR_WEEKDAY}(?!(?!${NAME_GOES_ON})[a-z])|today|tonight|tomorrow|tmrw?|tmw|tonite|wk|nxt|fortnight|week|month|year|weekend|noon|now|next|this|last|past|ago|eo[dwmybq]|cob|close|quarter|christmas|x-?mas|halloween|valentine|nye|asap|end|mid|few)`,
	'i',
);

/**
 * Numbers chrono might make something of: a pair ("12/3", "10:30"), an ordinal ("3rd"), a
 * time ("5pm", "7 o'clock"), a span ("2 weeks", "3d", even "2027 m" as minutes) or a year,
 * month and day apart ("2027 12 1"). A number
 * followed by any other word ("chapter 3 notes") is not a date to chrono.
 */
const NUMBER_AS_DATE =
	/\d\s*(?:[:/.-]\s*\d|(?:st|nd|rd|th|[ap]\.?m\.?|o'?clock|h|hrs?|hours?|m|mins?|minutes?|s|secs?|seconds?|d|days?|w|wks?|weeks?|mo|mos|mon|months?|qtrs?|quarters?|y|yrs?|years?)\b)|\d{4}\s\d{1,2}\s\d/i;

/** A count in words with a time unit, which chrono reads as a span: "a d", "the w", "few hrs". */
export const WORDED_SPAN =
	/\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|half|an?|few|several|the|couple|of)\s{0,2}(?:s|secs?|seconds?|m|mins?|minutes?|h|hrs?|hours?|d|days?|w|mo|mos|qtr|quarters?|y|yrs?)\b/i;

/**
 * A span as chrono reads it: a count, then a time unit, again and again, with or without blanks
 * between them. chrono reads "the money" as "the m" + "one y" and "3 honey" as "3 h" + "one y"
 * (spans from the reference day), so a word made of units and counts is a date to it. The same
 * pieces as chrono's own span pattern, so the test finds every span chrono would.
 */
const SPAN_COUNT = String.raw`(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d+(?:\.\d+)?|half(?:\s{0,2}an?)?|an?\b(?:\s{0,2}few)?|few|several|the|a?\s{0,2}couple\s{0,2}(?:of)?)`;
const SPAN_UNIT = String.raw`(?:s|secs?|seconds?|m|mins?|minutes?|h|hrs?|hours?|d|days?|w|weeks?|mo|mon|mos|months?|qtr|quarters?|y|yr|years?)`;
const CHRONO_SPAN = new RegExp(String.raw`(?:\W|^)${SPAN_COUNT}\s{0,3}${SPAN_UNIT}(?:\s{0,5},?(?:\s*and)?\s{0,5}${SPAN_COUNT}\s{0,3}${SPAN_UNIT}){0,10}(?=\W|$)`, 'i');

/**
 * "am" or "pm" after a number ("5pm", "10:30 a.m."): the number is then a time of day, which
 * chrono reads as a time only, never as a day, unless a date stands right beside it (see
 * TIME_JOINS). Only the "pm" is taken out: the number may still be the day of "2027 12 3 pm".
 */
const MERIDIEM = /(\d)\s?[ap]\.?m\b\.?/gi;

/**
 * The end of the text before a phrase, when chrono joins it to a date right after: a time
 * ("page 12 tomorrow" is "12 tomorrow", noon, to chrono; "at 3", "3 - 5", "5pm", "3 a", "morning")
 * followed by nothing or by what chrono lets stand between a time and its date ("12 before
 * Friday", "5pm, Friday", "12 to Friday"), maybe after a time zone ("23 MART Friday": chrono
 * knows some 200 names of two to four letters; our cue words are none of them). A lone digit without "at" ("chapter 3"), three or
 * more digits ("room 204", "ASCO 2027", "Mentor 0012") are no time to chrono.
 */
const TIME_JOINS = new RegExp(
	[
		String.raw`(?:(?:^|\D)\d{2}|\b(?:at|from)\s*\d|\d\s*(?:[-–~〜?]|\bto|\buntil|\bthrough|\btill)\s*\d{1,4}|\d(?=\s*(?:a\.m\.|p\.m\.|am?|pm?|o\W*clock))|\b(?:morning|afternoon|evening|night|noon|midnight|midday))`,
		String.raw`(?:\s*(?:a\.m\.|p\.m\.|am?|pm?))?(?:\s*(?:o\W*clock|at\s*night|in\s*the\s*(?:morning|afternoon)))?`,
		String.raw`(?:\s*(?:gmt|utc)?\s*[+-]\d{1,2}(?::?\d{2})?)?(?:\s*,?\s*\(?(?!(?:by|due|in|for|end|eod|cob|mid|the|two|few|next|this|that|with|from|page|room)\b)[a-z]{2,4}\)?)?`,
		String.raw`\s*(?:(?:t|at|after|before|on|of|to|until|through|till)\s*|[-–,.∙:]\s*)?$`,
	].join(''),
	'i',
);

/** A phrase that starts with a month or a number ("Dec 3", "12/15", "2026-12-01"): a number before it may be its day or year. */
const DAY_OR_YEAR_FIRST = /^(?:\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i;
/** A day or year right before a month ("3 Dec", "3 of Dec", "2027 Dec 3", "first Dec", "3 - 5 Dec"). */
const NUMBER_BEFORE = /(?:\d|\b[a-z]+(?:st|nd|rd|th))(?:[\s,./~–-]|of|to|until|through|till)*$/i;
/** A phrase that starts with a time unit: a count before it would join it ("a" + "week from Friday"). */
const UNIT_FIRST = /^(?:s|secs?|seconds?|m|mins?|minutes?|h|hrs?|hours?|d|days?|w|wks?|weeks?|mo|mos|mon|months?|qtrs?|quarters?|y|yrs?|years?)\b/i;
/** A phrase that starts with a count or a "this" ("a week from Friday", "two weeks from today", "this week"). */
const COUNT_FIRST = /^(?:\d|an?\b|the\b|few|several|couple|half|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|this|next|last|past)/i;
/** Words chrono reads with a count after them: "in a week", "after two weeks", "+3 days", "after this week", "half a week". */
const BEFORE_A_COUNT = /(?:\b(?:in|within|for|after|about|around|roughly|approximately|just|half|an?|couple|several|few)|[+~-])\s*$/i;
/** chrono reads "(Friday)", " ,Friday" and "on next Tuesday" with the mark or word before the weekday. */
const MARK_BEFORE = /(?:[,(（]|\bon)\s*$/i;

/** How far before a phrase chrono may start a reading that runs into it ("at 10:30 p.m. GMT+05:00 (EST) before "). */
const NEIGHBOURHOOD = 80;

/** Words or number shapes chrono could read as (part of) a date. */
export function couldBeDate(text: string): boolean {
	return DATE_WORD.test(text) || NUMBER_AS_DATE.test(text) || WORDED_SPAN.test(text) || CHRONO_SPAN.test(text);
}

/** The text with its times of day made bare numbers (see MERIDIEM). */
export function withoutTimes(text: string): string {
	return text.replace(MERIDIEM, '$1');
}

/**
 * Whether chrono could read a date that starts in `before`, the text before a phrase read
 * without it (`text`, as chrono would report it): a date word or a date-shaped number anywhere
 * in it, or a number or time right before the phrase that chrono joins to it. Digits and
 * names further away ("Mentor 0012: …", "ASCO 2027 …", "Maya: …") do not count.
 */
export function chronoMayStartBefore(before: string, text: string): boolean {
	if (before === '') return false;
	if (couldBeDate(withoutTimes(before))) return true;
	// What joins the phrase is within a few words of it; the end-anchored patterns look at no
	// more, so a long line costs no more than a short one.
	const near = before.slice(-NEIGHBOURHOOD);
	if (TIME_JOINS.test(near) || MARK_BEFORE.test(near)) return true;
	return countOrDayJoins(near, text);
}

/** A day, year or count right before `text` that chrono reads with it ("3 Dec", "in 2 weeks", "a week"). */
export function countOrDayJoins(near: string, text: string): boolean {
	if (DAY_OR_YEAR_FIRST.test(text) && NUMBER_BEFORE.test(near)) return true;
	if (COUNT_FIRST.test(text) && BEFORE_A_COUNT.test(near)) return true;
	return UNIT_FIRST.test(text) && near.trim() !== '';
}
