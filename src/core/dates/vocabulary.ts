/** Words and small calendar helpers the date readers share. */
import { addDays, weekday, type CalendarDate } from '../calendar-date';
import { ownValue } from '../collections';

/** A month name or abbreviation, captured. */
export const MONTH_NAME = '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
/** A weekday name or abbreviation, captured. */
export const WEEKDAY_NAME = '(sunday|monday|tuesday|wednesday|thursday|friday|saturday|sun|mon|tues?|wed|thu(?:rs?)?|fri|sat)';

const WEEKDAYS: Readonly<Record<string, number>> = {
	sunday: 0,
	sun: 0,
	monday: 1,
	mon: 1,
	tuesday: 2,
	tue: 2,
	tues: 2,
	wednesday: 3,
	wed: 3,
	thursday: 4,
	thu: 4,
	thur: 4,
	thurs: 4,
	friday: 5,
	fri: 5,
	saturday: 6,
	sat: 6,
};

/** 0 (Sunday) – 6 (Saturday) for a weekday name or abbreviation, else undefined. */
export function weekdayNumber(name: string): number | undefined {
	return ownValue(WEEKDAYS, name.toLowerCase());
}

/** That weekday on or after the reference day: "by Friday" written on a Friday is that day. */
export function comingWeekday(reference: CalendarDate, day: number): CalendarDate {
	return addDays(reference, (day - weekday(reference) + 7) % 7);
}

/** "next Tuesday": that weekday in the week after this one (weeks start on Monday), as chrono reads it. */
export function nextWeekWeekday(reference: CalendarDate, day: number): CalendarDate {
	const toNextMonday = (1 - weekday(reference) + 7) % 7 || 7;
	return addDays(reference, toNextMonday + ((day + 6) % 7));
}

/**
 * Cheap test for words that could start a date; most task lines have none and are not read
 * further. It must find every word chrono or our own rules could start a date with.
 */
export const MAY_HOLD_A_DATE =
	/\d|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun|today|tonight|tomorrow|tmrw?|tmw|tonite|wk|nxt|day|fortnight|week|month|year|weekend|noon|now|next|this|last|past|ago|eo[dwmybq]|cob|close|quarter|christmas|x-?mas|halloween|valentine|nye|asap|end|mid|few)/i;

/**
 * What may follow a phrase that ends it: nothing, a stop, or a small joining word ("by the
 * 15th at noon", "by the 15th please"). Anything else ("the 3rd floor", "weekend call") makes
 * the words part of something else. Tested on a short slice after the phrase.
 */
export const PHRASE_ENDS =
	/^\s*(?:$|[.,;:!?)\]–—-]|(?:at|and|or|so|if|then|please|pls|to|for|with|latest|deadline|eod|cob|unless|otherwise|since|because|as|when|via|from|the|a|an|my|our|i|we|you|he|she|they|it|this|that|before|after|in|on|by|noon|morning|afternoon|evening|night|\d)\b)/i;
