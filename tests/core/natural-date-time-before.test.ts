import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CalendarDate } from '../../src/core/calendar-date';
import { readCommonPhrase, readDuePhrase, readDuePhraseSlowly } from '../../src/core/natural-date';
import type { DateOrder } from '../../src/core/settings';
import { contextsForZone, generatedRuns } from '../helpers/zone-pass';

/**
 * A time of day right before a date phrase ("at 5pm tomorrow", "page 12 next week"): chrono
 * joins the two, and the fast readers now give that reading themselves, so such an item no
 * longer starts chrono (whose first use costs a few hundred milliseconds). Held to the slow
 * reading, words and place included, on every day of the week.
 */
const PHRASES = [
	'by Friday',
	'on Thursday',
	'Friday',
	'this Monday',
	'on Tue',
	'wed',
	'next Tuesday',
	'next Sunday',
	'tomorrow',
	'today',
	'tonight',
	'in 3 days',
	'within 10 days',
	'in 2 weeks',
	'in a week',
	'next week',
	'this week',
	'by Dec 3',
	'Dec 3',
	'by 12/15',
	'2026-12-01',
	'two weeks from today',
	'three weeks from today',
	'2 weeks from today',
	'a week from Friday',
	'before the next meeting',
	'by the next meeting',
	'by end of week',
	'this afternoon',
	'this month',
	'EOD',
	'eod',
	'COB',
	'EOW',
	'EOM',
];
// Other hours and shapes are in the generated cases below.
const TIMES = ['at 5pm', 'at 11am', 'at 3', 'at 12', '10:30', '5pm', '12', '3', 'page 12'];
const ALL_PREFIXES = [
	'send the form ',
	'x ',
	'in room 204 ',
	'ASCO 2027 page ',
	'register for ASCO 2027 ',
	'by ',
	'in the morning ',
	'meet with ',
	'3 pm ',
	'5 GMT ',
	'the fifth ',
	'Mentor 0012: ',
	'v2 ',
];
// In the other zones: no prefix, and the prefixes that carry a time of day or a day.
const PREFIXES = contextsForZone(ALL_PREFIXES, ['', 'in the morning ', '3 pm ', '5 GMT ']);
const AFTER = contextsForZone(['', ' with Maya'], ['']);
// Every day of the week, and a year's end.
const REFERENCES = ['2026-11-16', '2026-11-17', '2026-11-18', '2026-11-19', '2026-11-20', '2026-11-21', '2026-11-22', '2026-12-31'] as CalendarDate[];

/**
 * The day, the place and the words of a reading. Two older differences in the words (the same
 * day and place, with or without a time) are left out: chrono's words may end in a mark the
 * fast readers leave out ("next Sunday ,"), or, where no reading starts with a time, in a time
 * zone after the date ("Friday GMT").
 */
function compare(prose: string, reference: CalendarDate, order: DateOrder): [fast: string, slow: string] {
	const fast = readDuePhrase(prose, reference, order);
	const slow = readDuePhraseSlowly(prose, reference, order);
	const withTime = [fast, slow].some((found) => found && /^(?:at\s)?\d/.test(found.text));
	const words = (found: typeof fast): string => JSON.stringify(found && { ...found, text: found.text.replace(withTime ? /[\s,.]*$/ : /(?:\s*,?\s*\(?[A-Z]{2,4}\)?)?[\s,.]*$/, '') });
	return [words(fast), words(slow)];
}

describe('a time of day right before a date phrase', () => {
	it('is read as chrono reads it, words and place included (all combinations)', () => {
		const differences: string[] = [];
		for (const reference of REFERENCES) {
			for (const phrase of PHRASES) {
				for (const time of TIMES) {
					for (const prefix of PREFIXES) {
						for (const after of AFTER) {
							const prose = `${prefix}${time} ${phrase}${after}`;
							for (const order of reference === '2026-11-18' ? (['month-first', 'day-first'] as const) : (['month-first'] as const)) {
								const [fast, slow] = compare(prose, reference, order);
								if (fast !== slow) differences.push(`${order} ${reference} "${prose}": ${fast} vs chrono ${slow}`);
							}
						}
					}
				}
			}
		}
		expect(differences.slice(0, 20)).toEqual([]);
	}, 300_000);

	it('is read as chrono reads it among generated words and times', () => {
		const hour = fc.integer({ min: 0, max: 25 });
		const time = fc.oneof(
			hour.map((h) => `at ${h}`),
			hour.map((h) => `${h}`),
			fc.tuple(hour, fc.constantFrom('am', 'pm', ' am', ' pm', ':00', ':30', ':45pm')).map(([h, rest]) => `${h}${rest}`),
			fc.tuple(hour, fc.constantFrom('am', 'pm', ':15')).map(([h, rest]) => `at ${h}${rest}`),
		);
		const word = fc.oneof(
			fc.stringMatching(/^[A-Za-z]{1,8}$/),
			fc.integer({ min: 0, max: 2100 }).map(String),
			fc.constantFrom('page', 'room', 'at', 'by', 'from', 'to', '-', ':', ',', '(', 'Dr.', 'the', 'pm', 'GMT', 'EST', 'ASCO 2027', 'fifth'),
		);
		fc.assert(
			fc.property(
				fc.array(word, { maxLength: 3 }),
				time,
				fc.constantFrom(...PHRASES),
				fc.array(word, { maxLength: 2 }),
				fc.constantFrom(...REFERENCES),
				fc.constantFrom<DateOrder>('month-first', 'day-first'),
				(before, t, phrase, after, reference, order) => {
					const prose = [...before, t, phrase, ...after].join(' ');
					const [fast, slow] = compare(prose, reference, order);
					expect(fast, prose).toBe(slow);
				},
			),
			{ numRuns: generatedRuns(3000) },
		);
	}, 120_000);

	it('is read without chrono in the shapes the fast readers know', () => {
		const wednesday = '2026-11-18' as CalendarDate;
		expect(readCommonPhrase('send the form at 5pm tomorrow', wednesday)).toEqual({ kind: 'date', date: '2026-11-19', text: 'at 5pm tomorrow', index: 14 });
		expect(readCommonPhrase('outline the poster page 12 next week', wednesday)).toEqual({ kind: 'date', date: '2026-11-25', text: '12 next week', index: 24 });
		expect(readCommonPhrase('book the sim lab at 5pm on Thursday', wednesday)).toMatchObject({ date: '2026-11-19', text: 'at 5pm on Thursday' });
		// Before noon on the weekday itself, chrono may move the day a week on: its call.
		expect(readCommonPhrase('call at 9 Wednesday', wednesday)).toBeUndefined();
		expect(readDuePhrase('share the export at 5pm two weeks from today', wednesday, 'month-first')).toEqual({ kind: 'date', date: '2026-12-02', text: 'at 5pm two weeks', index: 17 });
	});
});
