import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CalendarDate } from '../../src/core/calendar-date';
import { readCommonPhrase, readDuePhrase, readDuePhraseSlowly } from '../../src/core/natural-date';
import type { DateOrder } from '../../src/core/settings';
import { contextsForZone, generatedRuns } from '../helpers/zone-pass';

/**
 * The fast readers step aside for chrono only when something next to the phrase could change
 * chrono's reading: names that begin like a month or weekday ("Maya", "Sato", "Novak"), numbers
 * and years further away ("Mentor 0012:", "ASCO 2027", "room 204") no longer send an item to
 * chrono, whose first use in a process costs a few hundred milliseconds. Held to chrono's
 * answers (readDuePhraseSlowly) over every combination below.
 */
const PHRASES = [
	'by Friday',
	'on Thursday',
	'Friday',
	'next Tuesday',
	'tomorrow',
	'today',
	'in 3 days',
	'within 10 days',
	'in 2 weeks',
	'next week',
	'this week',
	'by Dec 3',
	'Dec 3',
	'by March',
	'by 12/15',
	'2026-12-01',
	'EOD',
	'by end of week',
	'by the end of the month',
	'by mid-January',
	'two weeks from today',
	'before the next meeting',
	'a week from Friday',
	'at 5pm',
	'send the form',
];
const ALL_BEFORE = [
	'Mentor 0012: ',
	'register for ASCO 2027 ',
	'in room 204 ',
	'page 12 ',
	'review chapter 3 ',
	'Maya: ',
	'Dr. Sato: ',
	'Prof. Daniel Novak: ',
	'Marcus, Monica and Junior ',
	'Augusta Decker ',
	'Sunil Wedd: ',
	'schedule a shadowing day ',
	'at 5pm ',
	'at 3 ',
	'pages 3 - 5 ',
	'page 12 before ',
	'page 12 - ',
	'call (',
	'chapter 3 of ',
	'the first ',
	'in the morning ',
	'PGY-12 ',
	'(v2) ',
];
// In the other zones: no context, and the contexts that carry a time of day or a day.
const BEFORE = contextsForZone(ALL_BEFORE, ['', 'at 5pm ', 'at 3 ', 'in the morning ']);
const AFTER = contextsForZone(['', ' with Maya', ' (Dr. Sato)', ' 2027', ' room 204', ' at 5pm'], ['', ' at 5pm']);
const REFERENCES = ['2026-11-18', '2026-11-20', '2026-11-22', '2026-12-31'] as CalendarDate[];

/** The day and place each reading finds (the words may differ by chrono's trailing "." of "Wed."). */
function reading(prose: string, reference: CalendarDate, order: DateOrder, slowly: boolean): string {
	const { text: _text, ...found } = (slowly ? readDuePhraseSlowly : readDuePhrase)(prose, reference, order) ?? { text: '' };
	return JSON.stringify(found);
}

describe('the fast date readers next to names, numbers and times', () => {
	it('give exactly what chrono gives (all combinations)', () => {
		const differences: string[] = [];
		for (const reference of REFERENCES) {
			for (const order of ['month-first', 'day-first'] as const) {
				for (const phrase of PHRASES) {
					for (const before of BEFORE) {
						for (const after of AFTER) {
							const prose = `${before}${phrase}${after}`;
							const fast = reading(prose, reference, order, false);
							const slow = reading(prose, reference, order, true);
							if (fast !== slow) differences.push(`${order} ${reference} "${prose}": ${fast} vs chrono ${slow}`);
						}
					}
				}
			}
		}
		expect(differences).toEqual([]);
	}, 120_000);

	it('give what chrono gives next to generated names, numbers and times', () => {
		const letters = fc.stringMatching(/^[a-z]{1,5}$/);
		const datePrefix = fc.constantFrom('Jan', 'Mar', 'May', 'Jun', 'Aug', 'Oct', 'Nov', 'Dec', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun', 'now', 'end', 'mid', 'this');
		const token = fc.oneof(
			fc.stringMatching(/^[A-Za-z]{1,8}$/),
			fc.tuple(datePrefix, letters).map(([prefix, rest]) => `${prefix}${rest}`),
			fc.integer({ min: 0, max: 9999 }).map(String),
			fc.constantFrom('at 5pm', 'at 3', '12', '3 - 5', 'of', 'the', 'a', '(', ',', ':', '-', 'before', 'to', 'morning', 'Dr.', '0012:'),
			// Times of day, which the fast readers now read joined to the phrase after them.
			fc.constantFrom('at 11am', 'at 9', 'at 12', '10:30', '5pm', '9 am', 'page 12', '23', 'at 12pm', 'at 0'),
		);
		fc.assert(
			fc.property(
				fc.array(token, { maxLength: 4 }),
				fc.constantFrom(...PHRASES),
				fc.array(token, { maxLength: 2 }),
				fc.constantFrom(...REFERENCES),
				fc.constantFrom<DateOrder>('month-first', 'day-first'),
				(before, phrase, after, reference, order) => {
					const prose = [...before, phrase, ...after].join(' ');
					expect(reading(prose, reference, order, false), prose).toBe(reading(prose, reference, order, true));
				},
			),
			{ numRuns: generatedRuns(3000) },
		);
	}, 60_000);

	it('read the common phrases themselves when names and far numbers come before them', () => {
		const wednesday = '2026-11-18' as CalendarDate;
		for (const prose of [
			'Maya: review the figures by Friday',
			'Dr. Sato: sign the agreement next Tuesday',
			'Prof. Novak: share the template tomorrow',
			'register for ASCO 2027 in 2 weeks',
			'Mentor 0012: send the form by Dec 3',
			'confirm the OR in room 204 on Thursday',
		]) {
			expect(readCommonPhrase(prose, wednesday), prose).toMatchObject({ kind: 'date' });
		}
		// No date at all, only names and numbers (and a time of day): nothing for chrono to find.
		for (const prose of ['Maya: send the dataset access form', 'Dr. Sato: check the funding', 'connect me with the program director at 5pm']) {
			expect(readCommonPhrase(prose, wednesday), prose).toBeNull();
		}
	});

	it('step aside where chrono joins what comes before to the phrase', () => {
		const wednesday = '2026-11-18' as CalendarDate;
		// chrono reads these from the number, time or mark before the phrase ("12 before Friday").
		for (const prose of ['page 12 before Friday', 'page 12 - Friday', 'call (Friday)', 'chapter 3 of Dec 3', 'the first Dec 3', 'call in the morning tomorrow', 'evening Friday', 'x ,Friday']) {
			expect(readCommonPhrase(prose, wednesday), prose).toBeUndefined();
			expect(reading(prose, wednesday, 'month-first', false), prose).toBe(reading(prose, wednesday, 'month-first', true));
		}
	});
});
