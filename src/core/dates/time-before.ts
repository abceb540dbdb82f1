/**
 * A time of day written right before a date phrase ("at 5pm tomorrow", "page 12 next week"):
 * chrono joins the two into one reading that starts at the time, with the phrase's day. The
 * fast readers take that reading over here, for the shapes below only, so that chrono (whose
 * first use in a process costs a few hundred milliseconds) need not be asked. Anything else
 * next to the phrase is chrono's call. tests/core/natural-date-time-before.test.ts holds these
 * readings to chrono's, words and place included, on every weekday.
 */
import { couldBeDate, countOrDayJoins, withoutTimes } from './chrono-neighbourhood';

export interface TimeBefore {
	/** Where chrono's joined reading starts: at "at", or at the time's first digit. */
	index: number;
	/** Minutes after midnight: a weekday whose time is before noon (the reference instant) may be moved a week on by chrono. */
	minutes: number;
}

/**
 * The time, then one blank before the phrase: "at 5pm", "at 10:30", "at 3" (3 a.m. to chrono),
 * "5 pm", "10:30", or two bare digits ("page 12": noon to chrono). A lone digit without "at"
 * ("chapter 3") is no time to chrono, and words such as "noon" are left to it.
 */
const TIME_AT_END = /(?:^|\s)((at\s)?(\d{1,2})(?::([0-5]\d))?(\s?[ap]m)?)\s$/i;
/** Words chrono reads together with a time after them ("from 3 to 5pm", "by 5pm", "on 12"): the reading is then chrono's. */
const JOINS_A_TIME =
	/\b(?:at|from|to|until|till|through|between|and|or|by|before|after|on|of|in|for|since|around|about|the|this|next|last|morning|afternoon|evening|night|tonight|noon|midnight|t)\s+$/i;
/** The time of day right before a phrase (`before` is all the text before it), when its shape is one of the above. */
export function timeRightBefore(before: string): TimeBefore | undefined {
	const match = TIME_AT_END.exec(before);
	if (!match) return undefined;
	const [, time = '', at, hourText = '', minuteText, meridiem] = match;
	const hour = Number(hourText);
	if (!isHour(hour, hourText.length, meridiem !== undefined, at !== undefined || minuteText !== undefined)) return undefined;
	const index = before.length - time.length - 1;
	const prefix = before.slice(0, index);
	if (!quietBefore(prefix, time)) return undefined;
	const hour24 = meridiem ? (hour % 12) + (/p/i.test(meridiem) ? 12 : 0) : hour;
	return { index, minutes: hour24 * 60 + Number(minuteText ?? 0) };
}

/** Whether nothing in `prefix` could be read by chrono, alone or with the time after it. */
function quietBefore(prefix: string, time: string): boolean {
	if (prefix === '') return true;
	const near = prefix.slice(-80);
	return quietEnd(near, time) && !JOINS_A_TIME.test(near) && !countOrDayJoins(near, time) && !couldBeDate(withoutTimes(prefix));
}

/**
 * What may stand right before the time, and blanks: a word of five letters or more; a shorter
 * word not right after a number (after one, chrono may take it for a time zone or an "a.m.":
 * "5 GMT", "3 pm"), or "page" and "room", which it never does; or a number of three digits or
 * more after a word, before "at" ("ASCO 2027 at 5pm": no time, day or year to chrono there).
 */
function quietEnd(near: string, time: string): boolean {
	const trimmed = near.trimEnd();
	if (trimmed.length === near.length) return false;
	const words = trimmed.split(/\s+/);
	const last = words[words.length - 1] ?? '';
	const beforeLast = words[words.length - 2] ?? '';
	if (/^\p{L}{5,}$/u.test(last)) return true;
	if (/^\p{L}{2,4}$/u.test(last)) return /^(?:page|room)$/i.test(last) || !/\d[,(]*$/.test(beforeLast);
	return /^\d{3,}$/.test(last) && /\p{L}{2}$/u.test(beforeLast) && /^at\s/i.test(time);
}

/** The hours chrono reads in each shape: 1–12 before "am"/"pm", 0–23 after "at" or before minutes, 10–23 as two bare digits. */
function isHour(hour: number, digits: number, withMeridiem: boolean, atOrMinutes: boolean): boolean {
	if (withMeridiem) return hour >= 1 && hour <= 12;
	if (atOrMinutes) return hour <= 23;
	return digits === 2 && hour >= 10 && hour <= 23;
}

/**
 * A word of two to four letters right after a reading with a time: chrono takes it for a time
 * zone if it knows the name (some 200, in any case: "1 pm Friday ct"), and adds it to the
 * words it read. Our readings with a time stop short of any such word except "with" and "for",
 * which name no zone.
 */
const ZONE_AFTER = /^\s*(?:,\s*)?\(?(?!(?:with|for)\b)[a-z]{2,4}\)?(?=\W|$)/i;

/** Whether chrono could read the start of `after` as the time zone of a reading with a time of day. */
export function mayNameAZone(after: string): boolean {
	return ZONE_AFTER.test(after);
}
