import { ownValue } from './collections';
import { addDays, addMonths, type CalendarDate } from './calendar-date';
import { countOf } from './words';

/** How often to meet a mentor: a count of calendar units. */
export interface Cadence {
	readonly count: number;
	readonly unit: 'day' | 'week' | 'month' | 'year';
}

export type CadenceResult = { ok: true; cadence: Cadence } | { ok: false; message: string };

const NAMED: Record<string, Cadence> = {
	daily: { count: 1, unit: 'day' },
	weekly: { count: 1, unit: 'week' },
	biweekly: { count: 2, unit: 'week' },
	fortnightly: { count: 2, unit: 'week' },
	'every other week': { count: 2, unit: 'week' },
	monthly: { count: 1, unit: 'month' },
	// "Bimonthly" is ambiguous in English; like most calendars we read it as every two months.
	bimonthly: { count: 2, unit: 'month' },
	'every other month': { count: 2, unit: 'month' },
	quarterly: { count: 3, unit: 'month' },
	'twice a year': { count: 6, unit: 'month' },
	semiannually: { count: 6, unit: 'month' },
	yearly: { count: 1, unit: 'year' },
	annually: { count: 1, unit: 'year' },
};

const UNIT_WORDS: Record<string, Cadence['unit']> = {
	d: 'day',
	day: 'day',
	days: 'day',
	w: 'week',
	wk: 'week',
	wks: 'week',
	week: 'week',
	weeks: 'week',
	m: 'month',
	mo: 'month',
	mos: 'month',
	mon: 'month',
	month: 'month',
	months: 'month',
	y: 'year',
	yr: 'year',
	yrs: 'year',
	year: 'year',
	years: 'year',
};

/** ISO 8601 durations with one unit: P2W, P10D, P1M, P1Y. */
const ISO_DURATION = /^p(\d+)([dwmy])$/;
/** "2w", "10d", "3mo". */
const COMPACT = /^(\d+)([a-z]+)$/;
/** Words that may open a cadence and add nothing: "every 2 weeks", "once a month". */
const LEADING_WORDS = /^(?:once (?:a|an|every)|every|each|once)\s+/;

const EXAMPLES = '"every 2 weeks", "biweekly", "monthly", "quarterly", "10d" or "P2W"';

/**
 * Reads a cadence the way people write it. Case, spaces, hyphens and a leading "every"
 * are forgiven; anything else is refused with a message that quotes the value.
 */
export function parseCadence(value: unknown): CadenceResult {
	if (typeof value === 'number') {
		return fail(`cadence ${String(value)} has no unit; write for example "every ${String(value)} days" or ${EXAMPLES}`);
	}
	if (typeof value !== 'string') return fail(`cadence must be text such as ${EXAMPLES}`);
	// Hyphens are spaces below ("bi-weekly"), which read "every -2 weeks" as every 2 weeks.
	if (/(?:^|[\s(])[-−]\s?\d/.test(value)) return fail(`cadence "${value}" is negative; write how often to meet, such as ${EXAMPLES}`);
	const text = value.trim().toLowerCase().replace(/[-_]+/g, ' ').replace(/\s+/g, ' ');
	if (text === '') return fail(`cadence is empty; write for example ${EXAMPLES}`);

	const named = ownValue(NAMED, text) ?? ownValue(NAMED, text.replace(/ /g, ''));
	if (named) return { ok: true, cadence: named };

	const iso = ISO_DURATION.exec(text.replace(/ /g, ''));
	if (iso) return build(Number(iso[1]), ownValue(UNIT_WORDS, iso[2] ?? ''), value);

	const compact = COMPACT.exec(text);
	if (compact) return build(Number(compact[1]), ownValue(UNIT_WORDS, compact[2] ?? ''), value);

	// "every 2 weeks", "2 weeks", "every week", "every three months", "once a month".
	const words = text.replace(LEADING_WORDS, '').split(' ');
	if (words.length === 1) return build(1, ownValue(UNIT_WORDS, words[0] ?? ''), value);
	if (words.length === 2) {
		const countWord = words[0] ?? '';
		const count = countOf(countWord);
		return build(count, ownValue(UNIT_WORDS, words[1] ?? ''), value);
	}
	return fail(`cadence "${value}" is not understood; write for example ${EXAMPLES}`);
}

function build(count: number | undefined, unit: Cadence['unit'] | undefined, original: string): CadenceResult {
	if (count === undefined || unit === undefined) {
		return fail(`cadence "${original}" is not understood; write for example ${EXAMPLES}`);
	}
	if (count < 1 || count > 999) return fail(`cadence "${original}" must be between 1 and 999 ${unit}s`);
	return { ok: true, cadence: { count, unit } };
}

function fail(message: string): CadenceResult {
	return { ok: false, message };
}

/** The date one cadence after `date`; months and years are calendar months, clamped to month end. */
export function addCadence(date: CalendarDate, cadence: Cadence): CalendarDate {
	switch (cadence.unit) {
		case 'day':
			return addDays(date, cadence.count);
		case 'week':
			return addDays(date, cadence.count * 7);
		case 'month':
			return addMonths(date, cadence.count);
		case 'year':
			return addMonths(date, cadence.count * 12);
	}
}

/** "every 2 weeks", "weekly", "monthly": how the dashboard names a cadence. */
export function describeCadence(cadence: Cadence): string {
	if (cadence.count === 1) {
		return { day: 'daily', week: 'weekly', month: 'monthly', year: 'yearly' }[cadence.unit];
	}
	if (cadence.unit === 'month' && cadence.count === 3) return 'quarterly';
	return `every ${cadence.count} ${cadence.unit}s`;
}
