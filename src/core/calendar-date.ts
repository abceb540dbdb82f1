/**
 * A calendar date with no time and no time zone, written `YYYY-MM-DD`.
 *
 * Everything in Mentor Rally that is "a day" uses this type instead of a JS `Date`:
 * a `Date` at midnight silently moves to the previous day west of UTC, which is the
 * classic failure of date-keeping tools. Arithmetic works on day numbers (days since
 * 1970-01-01) with the proleptic Gregorian calendar, so no time zone is ever consulted.
 */
export type CalendarDate = string & { readonly __calendarDate: unique symbol };

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
/** A date at the start of a string, optionally followed by a time ("2026-11-26 15:00", "2026-11-26T15:00"). */
const LEADING_DATE = /^\s*(\d{4})-(\d{1,2})-(\d{1,2})(?=$|[\sT])/;

export function isLeapYear(year: number): boolean {
	return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
	if (month === 2) return isLeapYear(year) ? 29 : 28;
	return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** Builds a date from parts, or null when the parts do not name a real day (30 February). */
export function dateFromParts(year: number, month: number, day: number): CalendarDate | null {
	if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return null;
	if (year < 1 || year > 9999 || month < 1 || month > 12 || day < 1) return null;
	if (day > daysInMonth(year, month)) return null;
	return `${String(year).padStart(4, '0')}-${pad2(month)}-${pad2(day)}` as CalendarDate;
}

export function dateParts(date: CalendarDate): { year: number; month: number; day: number } {
	return {
		year: Number(date.slice(0, 4)),
		month: Number(date.slice(5, 7)),
		day: Number(date.slice(8, 10)),
	};
}

/**
 * Reads a calendar date from what a note's properties may hold:
 * - a string `YYYY-MM-DD`, optionally followed by a time (`2026-11-26 15:00`);
 * - a `Date` that a YAML parser made from an unquoted date. YAML dates without a zone
 *   mean UTC, so the UTC fields give back the day the user wrote, in every time zone.
 * Anything else is null.
 */
export function parseCalendarDate(value: unknown): CalendarDate | null {
	if (value instanceof Date) {
		if (Number.isNaN(value.getTime())) return null;
		return dateFromParts(value.getUTCFullYear(), value.getUTCMonth() + 1, value.getUTCDate());
	}
	if (typeof value !== 'string') return null;
	// The usual case, exactly `YYYY-MM-DD`, read without a pattern: it comes back as it is.
	if (value.length === 10 && value.charCodeAt(4) === 45 && value.charCodeAt(7) === 45) {
		const year = digitsAt(value, 0, 4);
		const month = digitsAt(value, 5, 7);
		const day = digitsAt(value, 8, 10);
		if (year >= 0 && month >= 0 && day >= 0) return dateFromParts(year, month, day) && (value as CalendarDate);
	}
	const match = LEADING_DATE.exec(value);
	if (!match) return null;
	return dateFromParts(Number(match[1]), Number(match[2]), Number(match[3]));
}

/** The number the ASCII digits from `start` to `end` spell, or -1 if any is not a digit. */
function digitsAt(text: string, start: number, end: number): number {
	let value = 0;
	for (let at = start; at < end; at++) {
		const digit = text.charCodeAt(at) - 48;
		if (digit < 0 || digit > 9) return -1;
		value = value * 10 + digit;
	}
	return value;
}

/** True for a string that is exactly a valid `YYYY-MM-DD`. */
export function isCalendarDate(value: unknown): value is CalendarDate {
	if (typeof value !== 'string') return false;
	const match = ISO_DATE.exec(value);
	return match !== null && dateFromParts(Number(match[1]), Number(match[2]), Number(match[3])) !== null;
}

/** The day the user is living in: the local calendar day of an instant. */
export function localDateOf(instant: Date): CalendarDate {
	const date = dateFromParts(instant.getFullYear(), instant.getMonth() + 1, instant.getDate());
	if (!date) throw new RangeError('Invalid instant');
	return date;
}

/** Days since 1970-01-01 (negative before). Howard Hinnant's days_from_civil. */
export function dayNumber(date: CalendarDate): number {
	const { year, month, day } = dateParts(date);
	const y = month <= 2 ? year - 1 : year;
	const era = Math.floor(y / 400);
	const yoe = y - era * 400;
	const mp = (month + 9) % 12;
	const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
	const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
	return era * 146097 + doe - 719468;
}

/** The first and last days a calendar date can name: years have four digits. */
export const FIRST_CALENDAR_DAY = '0001-01-01' as CalendarDate;
export const LAST_CALENDAR_DAY = '9999-12-31' as CalendarDate;
const FIRST_DAY_NUMBER = -719162;
const LAST_DAY_NUMBER = 2932896;

/**
 * The inverse of {@link dayNumber}. Arithmetic saturates at the ends of the range: a day
 * past 9999-12-31 is 9999-12-31, never a five-digit year that no parser reads back.
 */
export function fromDayNumber(days: number): CalendarDate {
	if (!(days > FIRST_DAY_NUMBER)) return FIRST_CALENDAR_DAY;
	if (days >= LAST_DAY_NUMBER) return LAST_CALENDAR_DAY;
	const z = days + 719468;
	const era = Math.floor(z / 146097);
	const doe = z - era * 146097;
	const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
	const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
	const mp = Math.floor((5 * doy + 2) / 153);
	const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
	const month = mp < 10 ? mp + 3 : mp - 9;
	const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
	return `${String(year).padStart(4, '0')}-${pad2(month)}-${pad2(day)}` as CalendarDate;
}

export function addDays(date: CalendarDate, days: number): CalendarDate {
	return fromDayNumber(dayNumber(date) + days);
}

/** Calendar months, clamped to the month's end: 31 Jan + 1 month = 28 Feb (29 in a leap year). */
export function addMonths(date: CalendarDate, months: number): CalendarDate {
	const { year, month, day } = dateParts(date);
	const index = year * 12 + (month - 1) + months;
	const newYear = Math.floor(index / 12);
	const newMonth = index - newYear * 12 + 1;
	if (newYear < 1) return FIRST_CALENDAR_DAY;
	if (newYear > 9999) return LAST_CALENDAR_DAY;
	const clamped = Math.min(day, daysInMonth(newYear, newMonth));
	return dateFromParts(newYear, newMonth, clamped) ?? date;
}

/** Whole days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: CalendarDate, to: CalendarDate): number {
	return dayNumber(to) - dayNumber(from);
}

/** 0 = Sunday … 6 = Saturday. */
export function weekday(date: CalendarDate): number {
	// 1970-01-01 was a Thursday (4).
	return (((dayNumber(date) + 4) % 7) + 7) % 7;
}

export function lastDayOfMonth(date: CalendarDate): CalendarDate {
	const { year, month } = dateParts(date);
	return dateFromParts(year, month, daysInMonth(year, month)) ?? date;
}

export function compareDates(a: CalendarDate, b: CalendarDate): number {
	// ISO dates sort as strings.
	return a < b ? -1 : a > b ? 1 : 0;
}

/** Due dates in order, soonest first and "no date" last. */
export function compareDueDates(a: CalendarDate | null, b: CalendarDate | null): number {
	if (a === b) return 0;
	if (a === null) return 1;
	if (b === null) return -1;
	return a < b ? -1 : 1;
}

export function maxDate(dates: Iterable<CalendarDate | null | undefined>): CalendarDate | null {
	let best: CalendarDate | null = null;
	for (const date of dates) if (date && (best === null || date > best)) best = date;
	return best;
}

export function minDate(dates: Iterable<CalendarDate | null | undefined>): CalendarDate | null {
	let best: CalendarDate | null = null;
	for (const date of dates) if (date && (best === null || date < best)) best = date;
	return best;
}

function pad2(n: number): string {
	return n < 10 ? `0${n}` : String(n);
}
