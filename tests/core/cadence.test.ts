import { describe, expect, it } from 'vitest';
import { addCadence, describeCadence, parseCadence, type Cadence } from '../../src/core/cadence';
import { day } from '../helpers/dates';

function cadenceOf(value: unknown): Cadence {
	const result = parseCadence(value);
	if (!result.ok) throw new Error(`refused ${JSON.stringify(value)}: ${result.message}`);
	return result.cadence;
}

function refusal(value: unknown): string {
	const result = parseCadence(value);
	if (result.ok) throw new Error(`accepted ${JSON.stringify(value)} as ${JSON.stringify(result.cadence)}`);
	return result.message;
}

const weeks = (count: number): Cadence => ({ count, unit: 'week' });
const days = (count: number): Cadence => ({ count, unit: 'day' });
const months = (count: number): Cadence => ({ count, unit: 'month' });
const years = (count: number): Cadence => ({ count, unit: 'year' });

describe('parseCadence accepts the ways people write a cadence', () => {
	it.each([
		['weekly', weeks(1)],
		['every week', weeks(1)],
		['biweekly', weeks(2)],
		['bi-weekly', weeks(2)],
		['fortnightly', weeks(2)],
		['every other week', weeks(2)],
		['every 2 weeks', weeks(2)],
		['2 weeks', weeks(2)],
		['every two weeks', weeks(2)],
		['once every 2 weeks', weeks(2)],
		['every 3 weeks', weeks(3)],
		['every 10 days', days(10)],
		['daily', days(1)],
		['monthly', months(1)],
		['once a month', months(1)],
		['every month', months(1)],
		['every 3 months', months(3)],
		['bimonthly', months(2)],
		['every other month', months(2)],
		['quarterly', months(3)],
		['twice a year', months(6)],
		['semi-annually', months(6)],
		['yearly', years(1)],
		['annually', years(1)],
		['every year', years(1)],
		['2w', weeks(2)],
		['10d', days(10)],
		['3mo', months(3)],
		['1y', years(1)],
		['P2W', weeks(2)],
		['P10D', days(10)],
		['P1M', months(1)],
		['P1Y', years(1)],
	] as const)('%s', (text, expected) => {
		expect(cadenceOf(text)).toEqual(expected);
	});

	it('forgives case, surrounding and doubled spaces, hyphens and underscores', () => {
		expect(cadenceOf('Every 2 Weeks')).toEqual(weeks(2));
		expect(cadenceOf('  EVERY   2   WEEKS  ')).toEqual(weeks(2));
		expect(cadenceOf(' BiWeekly ')).toEqual(weeks(2));
		expect(cadenceOf('Fortnightly')).toEqual(weeks(2));
		expect(cadenceOf('Every-Other-Week')).toEqual(weeks(2));
		expect(cadenceOf('every_2_weeks')).toEqual(weeks(2));
		expect(cadenceOf('p2w')).toEqual(weeks(2));
		expect(cadenceOf('QUARTERLY')).toEqual(months(3));
		expect(cadenceOf('2 W')).toEqual(weeks(2));
	});
});

describe('parseCadence refuses what it cannot read, quoting it', () => {
	it('a negative count, which once read as its opposite', () => {
		for (const value of ['every -2 weeks', '-2w', '- 3 days']) expect(refusal(value), value).toMatch(/is negative/);
		expect(parseCadence('bi-weekly').ok).toBe(true);
	});

	it('a bare number, saying it needs a unit', () => {
		const message = refusal(14);
		expect(message).toContain('14');
		expect(message).toMatch(/unit/);
		expect(message).toContain('every 14 days');
	});

	it('an empty value', () => {
		expect(refusal('')).toMatch(/empty/);
		expect(refusal('   ')).toMatch(/empty/);
	});

	it.each(['every few weeks', 'sometimes', 'every 2nd week', '1.5 weeks', '-2 weeks', 'twice a month', 'every 2 fortnights', 'every 2 weeks or so'])('%s', (text) => {
		expect(refusal(text)).toContain(`"${text}"`);
	});

	it('a count of zero or an absurdly large one', () => {
		expect(refusal('0 weeks')).toContain('"0 weeks"');
		expect(refusal('every 0 days')).toContain('"every 0 days"');
		expect(refusal('P0W')).toContain('"P0W"');
		expect(refusal('every 1000 days')).toContain('"every 1000 days"');
	});

	it('values that are not text', () => {
		for (const value of [null, undefined, true, ['weekly'], { every: '2 weeks' }, new Date(0)]) {
			expect(refusal(value)).toMatch(/text/);
		}
	});

	it('words that happen to name built-in JavaScript properties', () => {
		// A lookup table must not answer for "constructor" or "__proto__".
		for (const text of ['constructor', '__proto__', 'every constructor', 'constructor weeks', 'every 2 constructor', 'hasOwnProperty', 'valueOf']) {
			expect(refusal(text)).toContain(`"${text}"`);
		}
	});
});

describe('addCadence', () => {
	it('adds days and weeks', () => {
		expect(addCadence(day('2026-11-10'), weeks(2))).toBe('2026-11-24');
		expect(addCadence(day('2026-12-25'), weeks(1))).toBe('2027-01-01');
		expect(addCadence(day('2026-11-24'), days(10))).toBe('2026-12-04');
	});

	it('adds calendar months, clamped to the end of the month', () => {
		expect(addCadence(day('2026-01-31'), months(1))).toBe('2026-02-28');
		expect(addCadence(day('2028-01-31'), months(1))).toBe('2028-02-29');
		expect(addCadence(day('2026-11-30'), months(3))).toBe('2027-02-28');
		expect(addCadence(day('2026-10-31'), months(1))).toBe('2026-11-30');
		expect(addCadence(day('2026-11-10'), months(1))).toBe('2026-12-10');
	});

	it('adds years as twelve months (29 February clamps to the 28th)', () => {
		expect(addCadence(day('2028-02-29'), years(1))).toBe('2029-02-28');
		expect(addCadence(day('2026-11-10'), years(1))).toBe('2027-11-10');
	});
});

describe('describeCadence', () => {
	it('names a cadence the way the dashboard shows it', () => {
		expect(describeCadence(weeks(1))).toBe('weekly');
		expect(describeCadence(weeks(2))).toBe('every 2 weeks');
		expect(describeCadence(months(1))).toBe('monthly');
		expect(describeCadence(months(3))).toBe('quarterly');
		expect(describeCadence(days(1))).toBe('daily');
		expect(describeCadence(days(10))).toBe('every 10 days');
		expect(describeCadence(years(1))).toBe('yearly');
	});

	it('describes every accepted cadence so that it reads back the same', () => {
		for (const text of ['weekly', 'biweekly', 'P2W', '10d', '3mo', 'quarterly', 'annually', 'every 5 years']) {
			const cadence = cadenceOf(text);
			expect(cadenceOf(describeCadence(cadence))).toEqual(cadence);
		}
	});
});
