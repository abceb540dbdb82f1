import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
	addDays,
	addMonths,
	compareDates,
	dateFromParts,
	dayNumber,
	daysBetween,
	daysInMonth,
	fromDayNumber,
	isCalendarDate,
	isLeapYear,
	lastDayOfMonth,
	localDateOf,
	maxDate,
	minDate,
	parseCalendarDate,
	weekday,
} from '../../src/core/calendar-date';
import { day } from '../helpers/dates';

/** A calendar date anywhere in years 1–9999, built from parts. */
const anyDate = fc
	.record({ year: fc.integer({ min: 1, max: 9999 }), month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 31 }) })
	.map(({ year, month, day: d }) => dateFromParts(year, month, Math.min(d, daysInMonth(year, month))))
	.filter((d) => d !== null);

describe('parseCalendarDate', () => {
	it('reads a YYYY-MM-DD string as that day', () => {
		expect(parseCalendarDate('2026-11-10')).toBe('2026-11-10');
		expect(parseCalendarDate('  2026-11-10  ')).toBe('2026-11-10');
	});

	it('reads a YAML Date at UTC midnight as the day written, whatever the time zone', () => {
		// js-yaml and gray-matter turn an unquoted `last_contact: 2026-11-10` into this.
		const fromYaml = new Date(Date.UTC(2026, 10, 10));
		expect(parseCalendarDate(fromYaml)).toBe('2026-11-10');
		expect(parseCalendarDate(fromYaml)).toBe(parseCalendarDate('2026-11-10'));
		// New Year's Day is where a one-day shift also changes the year.
		expect(parseCalendarDate(new Date(Date.UTC(2027, 0, 1)))).toBe('2027-01-01');
	});

	it('gives the same day for the string and the YAML Date of every day of a year', () => {
		for (let d = day('2028-01-01'); d <= '2028-12-31'; d = addDays(d, 1)) {
			const [y, m, dd] = d.split('-').map(Number) as [number, number, number];
			expect(parseCalendarDate(new Date(Date.UTC(y, m - 1, dd)))).toBe(d);
			expect(parseCalendarDate(d)).toBe(d);
		}
	});

	it('reads the day of a date-time string, ignoring the time', () => {
		expect(parseCalendarDate('2026-11-26 15:00')).toBe('2026-11-26');
		expect(parseCalendarDate('2026-11-26T15:00')).toBe('2026-11-26');
		expect(parseCalendarDate('2026-11-26T23:59:59')).toBe('2026-11-26');
		expect(parseCalendarDate('2026-11-26 00:30')).toBe('2026-11-26');
	});

	it('refuses days that do not exist', () => {
		expect(parseCalendarDate('2026-02-30')).toBeNull();
		expect(parseCalendarDate('2025-02-29')).toBeNull(); // 2025 is not a leap year
		expect(parseCalendarDate('2026-13-01')).toBeNull();
		expect(parseCalendarDate('2026-00-10')).toBeNull();
		expect(parseCalendarDate('2026-04-31')).toBeNull();
		expect(parseCalendarDate('2026-11-00')).toBeNull();
		expect(parseCalendarDate('0000-01-01')).toBeNull();
		expect(parseCalendarDate('2026-1x-10')).toBeNull();
		expect(parseCalendarDate('2026/11/10')).toBeNull();
		// …but accepts the leap days that do.
		expect(parseCalendarDate('2028-02-29')).toBe('2028-02-29');
		expect(parseCalendarDate('2000-02-29')).toBe('2000-02-29');
		expect(parseCalendarDate('1900-02-29')).toBeNull();
	});

	it('refuses text that is not a date and values of other types', () => {
		for (const value of ['', 'soon', 'Nov 10', '10/11/2026', '2026-11-10x', '20261110', 'x 2026-11-10', null, undefined, 20261110, true, [], {}, ['2026-11-10']]) {
			expect(parseCalendarDate(value)).toBeNull();
		}
		expect(parseCalendarDate(new Date(Number.NaN))).toBeNull();
	});
});

describe('isCalendarDate', () => {
	it('accepts exactly a valid YYYY-MM-DD', () => {
		expect(isCalendarDate('2026-11-24')).toBe(true);
		expect(isCalendarDate('2026-11-24 10:00')).toBe(false);
		expect(isCalendarDate('2026-2-4')).toBe(false);
		expect(isCalendarDate('2026-02-30')).toBe(false);
		expect(isCalendarDate(new Date())).toBe(false);
	});
});

describe('calendar arithmetic', () => {
	it('adds days across month and year ends', () => {
		expect(addDays(day('2026-11-30'), 1)).toBe('2026-12-01');
		expect(addDays(day('2026-12-31'), 1)).toBe('2027-01-01');
		expect(addDays(day('2027-01-01'), -1)).toBe('2026-12-31');
		expect(addDays(day('2028-02-28'), 1)).toBe('2028-02-29');
		expect(addDays(day('2027-02-28'), 1)).toBe('2027-03-01');
		expect(addDays(day('2026-11-10'), 14)).toBe('2026-11-24');
		expect(addDays(day('2026-11-10'), 0)).toBe('2026-11-10');
		expect(addDays(day('2026-01-01'), 365)).toBe('2027-01-01');
		expect(addDays(day('2028-01-01'), 365)).toBe('2028-12-31');
	});

	it('does not lose or gain a day over daylight-saving changes in any zone', () => {
		// 1 Nov 2026 (US) and 27 Sep 2026 (New Zealand) change the clocks.
		expect(addDays(day('2026-10-31'), 2)).toBe('2026-11-02');
		expect(addDays(day('2026-09-26'), 2)).toBe('2026-09-28');
		expect(daysBetween(day('2026-10-25'), day('2026-11-08'))).toBe(14);
	});

	it('adds calendar months, clamped to the end of a shorter month', () => {
		expect(addMonths(day('2026-01-31'), 1)).toBe('2026-02-28');
		expect(addMonths(day('2028-01-31'), 1)).toBe('2028-02-29'); // leap year
		expect(addMonths(day('2028-02-29'), 12)).toBe('2029-02-28');
		expect(addMonths(day('2028-02-29'), 48)).toBe('2032-02-29');
		expect(addMonths(day('2026-03-31'), -1)).toBe('2026-02-28');
		expect(addMonths(day('2026-03-31'), 1)).toBe('2026-04-30');
		expect(addMonths(day('2026-11-15'), 2)).toBe('2027-01-15');
		expect(addMonths(day('2026-01-15'), -2)).toBe('2025-11-15');
		expect(addMonths(day('2026-10-31'), 1)).toBe('2026-11-30');
		expect(addMonths(day('2026-08-31'), 3)).toBe('2026-11-30');
	});

	it('counts days between dates, negative backwards', () => {
		expect(daysBetween(day('2026-11-10'), day('2026-11-24'))).toBe(14);
		expect(daysBetween(day('2026-11-24'), day('2026-11-10'))).toBe(-14);
		expect(daysBetween(day('2026-12-31'), day('2027-01-01'))).toBe(1);
		expect(daysBetween(day('2028-02-01'), day('2028-03-01'))).toBe(29);
		expect(daysBetween(day('2027-02-01'), day('2027-03-01'))).toBe(28);
	});

	it('knows the day of the week', () => {
		const names = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
		expect(names[weekday(day('2026-11-24'))]).toBe('Tue');
		expect(names[weekday(day('2026-11-18'))]).toBe('Wed');
		expect(names[weekday(day('1970-01-01'))]).toBe('Thu');
		expect(names[weekday(day('2000-01-01'))]).toBe('Sat');
		expect(names[weekday(day('1969-12-31'))]).toBe('Wed');
		expect(names[weekday(day('0001-01-01'))]).toBe('Mon');
	});

	it('knows month lengths and leap years', () => {
		expect(isLeapYear(2028)).toBe(true);
		expect(isLeapYear(2026)).toBe(false);
		expect(isLeapYear(1900)).toBe(false);
		expect(isLeapYear(2000)).toBe(true);
		expect(lastDayOfMonth(day('2026-02-10'))).toBe('2026-02-28');
		expect(lastDayOfMonth(day('2028-02-10'))).toBe('2028-02-29');
		expect(lastDayOfMonth(day('2026-11-24'))).toBe('2026-11-30');
		expect(lastDayOfMonth(day('2026-12-01'))).toBe('2026-12-31');
	});

	it('orders dates and picks the latest and earliest, skipping blanks', () => {
		expect(compareDates(day('2026-11-09'), day('2026-11-10'))).toBeLessThan(0);
		expect(compareDates(day('2026-11-10'), day('2026-11-10'))).toBe(0);
		expect(compareDates(day('2027-01-01'), day('2026-12-31'))).toBeGreaterThan(0);
		expect(maxDate([day('2026-11-10'), null, day('2027-01-02'), undefined, day('2026-12-31')])).toBe('2027-01-02');
		expect(minDate([null, day('2026-11-10'), day('2026-09-30')])).toBe('2026-09-30');
		expect(maxDate([])).toBeNull();
		expect(minDate([null, undefined])).toBeNull();
	});

	it('agrees with the Gregorian calendar as UTC Dates count it', () => {
		fc.assert(
			fc.property(anyDate, (date) => {
				const [y, m, d] = date.split('-').map(Number) as [number, number, number];
				const utc = new Date(0);
				utc.setUTCFullYear(y, m - 1, d);
				expect(dayNumber(date)).toBe(Math.round(utc.getTime() / 86_400_000));
				expect((utc.getUTCDay() - weekday(date)) % 7).toBe(0);
			}),
		);
	});

	it('round-trips addDays(n) then addDays(-n)', () => {
		fc.assert(
			fc.property(anyDate, fc.integer({ min: -200_000, max: 200_000 }), (date, n) => {
				const there = addDays(date, n);
				const target = dayNumber(date) + n;
				// Outside years 1–9999 the arithmetic saturates at the edge.
				if (target <= dayNumber(day('0001-01-01'))) return void expect(there).toBe('0001-01-01');
				if (target >= dayNumber(day('9999-12-31'))) return void expect(there).toBe('9999-12-31');
				expect(daysBetween(date, there)).toBe(n);
				expect(addDays(there, -n)).toBe(date);
			}),
		);
	});

	it('round-trips dayNumber and fromDayNumber over years 1 to 9999', () => {
		const first = dayNumber(day('0001-01-01'));
		const last = dayNumber(day('9999-12-31'));
		fc.assert(
			fc.property(fc.integer({ min: first, max: last }), (n) => {
				const date = fromDayNumber(n);
				expect(isCalendarDate(date)).toBe(true);
				expect(dayNumber(date)).toBe(n);
			}),
		);
		fc.assert(
			fc.property(anyDate, (date) => {
				expect(fromDayNumber(dayNumber(date))).toBe(date);
			}),
		);
	});

	it('keeps addMonths within the target month and on the same day when it exists', () => {
		fc.assert(
			fc.property(anyDate, fc.integer({ min: -120, max: 120 }), (date, months) => {
				const result = addMonths(date, months);
				const [y, m, d] = date.split('-').map(Number) as [number, number, number];
				const index = y * 12 + (m - 1) + months;
				const targetYear = Math.floor(index / 12);
				if (targetYear < 1 || targetYear > 9999) return;
				const targetMonth = index - targetYear * 12 + 1;
				expect(result).toBe(dateFromParts(targetYear, targetMonth, Math.min(d, daysInMonth(targetYear, targetMonth))));
			}),
		);
	});
});

describe('the ends of the calendar', () => {
	it('saturate at 0001-01-01 and 9999-12-31: never a five-digit year', () => {
		expect(addDays(day('9999-12-30'), 5)).toBe('9999-12-31');
		expect(addMonths(day('9999-11-30'), 3)).toBe('9999-12-31');
		expect(addDays(day('0001-01-02'), -5)).toBe('0001-01-01');
		expect(addMonths(day('0001-02-01'), -3)).toBe('0001-01-01');
		expect(fromDayNumber(Number.NaN)).toBe('0001-01-01');
		expect(fromDayNumber(1e12)).toBe('9999-12-31');
	});
});

describe('localDateOf', () => {
	afterEach(() => {
		vi.useRealTimers();
	});

	it('is the local calendar day just before and just after local midnight', () => {
		// Built from local fields, so these are local midnight wherever the tests run.
		const midnight = new Date(2026, 10, 24, 0, 0, 0, 0);
		expect(localDateOf(new Date(midnight.getTime() - 1))).toBe('2026-11-23');
		expect(localDateOf(midnight)).toBe('2026-11-24');
		expect(localDateOf(new Date(2026, 10, 24, 23, 59, 59, 999))).toBe('2026-11-24');
		expect(localDateOf(new Date(2027, 0, 1, 0, 0, 0, 1))).toBe('2027-01-01');
		expect(localDateOf(new Date(2026, 11, 31, 23, 59, 59, 999))).toBe('2026-12-31');
	});

	it('follows the clock the way "today" does', () => {
		vi.useFakeTimers();
		vi.setSystemTime(new Date(2026, 10, 24, 23, 59, 59));
		expect(localDateOf(new Date())).toBe('2026-11-24');
		vi.setSystemTime(new Date(2026, 10, 25, 0, 0, 1));
		expect(localDateOf(new Date())).toBe('2026-11-25');
	});

	it('refuses an invalid instant', () => {
		expect(() => localDateOf(new Date(Number.NaN))).toThrow(RangeError);
	});
});
