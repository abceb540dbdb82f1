/** What chrono reads, kept only where it is a deadline a student meant. */
import { casual, GB, type ParsedResult } from 'chrono-node/en';
import { dateFromParts, dateParts, daysBetween, type CalendarDate } from '../calendar-date';
import type { DateOrder } from '../settings';
import { tailWords } from '../text';
import type { DuePhrase } from './phrase';

/**
 * Words before a date that make it a deadline, needed where the date word is also an English
 * word. Tested on `tailWords(before)`, which takes off the blanks and joining mark after them.
 */
const CUE_BEFORE = /\b(?:by|on|before|until|till|due|this|next|coming|for|in|during|of|early|late|mid)$/i;
/** Relative times shorter than a day ("a second", "5 minutes", "after 20 minutes") are not due dates. */
const SUB_DAY = /^(?:in |within |after )?(?:the )?(?:next )?(?:a few|a|an|one|few|\d+)?\s*(?:seconds?|secs?|s|minutes?|mins?|m|hours?|hrs?|hr|h)$/i;
/**
 * chrono reads "for 30 minutes" or "for a week" as that long from the reference day, but a
 * duration is not a deadline: "Meet for 30 min" was due (and the next day overdue) the day
 * it was written. chrono only puts "for" at the start of a duration it read.
 */
const DURATION = /^for\s/i;
/** Weekday abbreviations that are also English words: "sat down", "sun exposure", "wed in June". */
const WORDLIKE_WEEKDAY = /^(?:sat|sun|wed)\.?$/i;
/**
 * A bare "Sat" is the day when nothing but a stop or a time of day follows ("call Dr. Lee
 * Sat", "Sat: clinic", "Wed 10am") and no subject comes before it ("where we sat").
 */
const DAY_ENDS_AFTER = /^\s*(?:$|[.,;:!?)\]]|(?:morning|afternoon|evening|night|at|[ap]m|\d))/i;
const SUBJECT_BEFORE = /\b(?:i|we|he|she|they|you|who|and|had|have|has|was|were|been|just|then|also)$/i;

export function readWithChrono(prose: string, reference: CalendarDate, order: DateOrder): DuePhrase | null {
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
		const date = dateFromParts(result.start.get('year') ?? year, result.start.get('month') ?? month, result.start.get('day') ?? day);
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
	// Weekends are our own rule's ("by the weekend"): chrono also reads "weekend call schedule".
	if (/weekend/i.test(text)) return false;
	// "last Friday" is behind the item, whatever chrono's forward-looking reading says.
	if (/^(?:last|past|previous)\b/i.test(text)) return false;
	const before = tailWords(prose.slice(0, result.index));
	// "March in the parade", "sat down with", "Sun exposure": a date word that is also an
	// English word only counts with a deadline word before it.
	const isRelative = result.tags().has('result/relativeDate');
	if (monthOnly && !isRelative && !CUE_BEFORE.test(before)) return false;
	if (WORDLIKE_WEEKDAY.test(text) && !CUE_BEFORE.test(before)) {
		const after = prose.slice(result.index + result.text.length, result.index + result.text.length + 16);
		if (SUBJECT_BEFORE.test(before) || !DAY_ENDS_AFTER.test(after)) return false;
	}
	return true;
}
