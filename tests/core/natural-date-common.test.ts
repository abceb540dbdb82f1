import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, type CalendarDate } from '../../src/core/calendar-date';
import { readCommonPhrase, readDuePhrase, readDuePhraseSlowly } from '../../src/core/natural-date';
import { contextsForZone, generatedRuns } from '../helpers/zone-pass';

/**
 * The common phrases are read without chrono, for speed. Whatever the words around them,
 * the answer must be the one chrono gives (the fast reading may only step aside).
 */
const PHRASES = [
	'by Friday',
	'on Tue',
	'by this Monday',
	'Friday',
	'sunday',
	'until Thurs',
	'due Wed',
	'before Sat',
	'by Sun',
	'tomorrow',
	'today',
	'tonight',
	'in 2 weeks',
	'within 10 days',
	'in a week',
	'in three days',
	'in 1 day',
	'next week',
	'by Dec 3',
	'December 3rd',
	'Jan 10',
	'Feb 29',
	'Feb 28',
	'by Nov 24',
	'Sept 5',
	'may 5',
	'Mar 31st',
	'2026-12-01',
	'due 2027-01-15',
	'next Tuesday',
	'next Sunday',
	'next Sat',
	'next friday',
	'by next Monday',
	'schedule a shadowing day',
	'day 3 of the rotation',
	'in a day',
	'two days',
	'every day',
	'a day',
	'by 12/15',
	'due 3/12',
	'on 1/31',
	'by 2/29',
	'by 13/5',
	'until 31/1',
	'before 6/30',
	'by 1/2',
	'by March',
	'in December',
	'by November',
	'until October',
	'due June',
	'for May',
	'by Jan',
	'chapter 3 notes',
	'page 12 figure',
	"3 o'clock",
	'2027 m',
	'chapter 3',
	'page 12',
	'for ASCO 2027',
	'in room 204',
	'(v2)',
	'3 abstracts',
	'at 5pm',
	'PGY-3',
	'Q3 report',
	'Step 1',
	'by end of week',
	'before the next meeting',
	'two weeks from today',
	'this week',
	'EOD',
	'by the end of the month',
	'by mid-January', // A written date beside the weekday: chrono reads the date, so the fast path must step aside.
	'by Monday, Nov 30',
	'Friday Dec 4',
	'Fri, December 4th',
	// Shorthand spelled out and look-alikes blanked before either reading.
	'by Tues',
	'Weds',
	'2moro',
	'nxt wk',
	'in 3 wks',
	"today's case",
	'cut by 1/2',
	'3 month follow-up',
	'Sat',
	'for now',
	// Ordinal days and counts from a named day: our own rules, which chrono must not undercut.
	'by the 15th',
	'Friday the 4th',
	'the 5th of next month',
	'on the 3rd floor',
	'a week from Friday',
	'the Friday after next',
	'2 weeks from Monday',
	'within 48 hours',
	'w/in 24h',
	'in 5 hours',
	'this afternoon',
	'COB',
	'close of business',
	'in 2 business days',
	'end of the quarter',
	'end of Q1',
	'by the weekend',
	'next weekend',
	'weekend call schedule',
	'by Christmas',
	"by New Year's Eve",
	'Christmas party',
	'every 2 weeks',
	'twice a week',
	'a week Friday',
	'Tuesday week',
	'early next week',
	'2 weeks tomorrow',
];
const ALL_BEFORE = ['', 'Send the abstract ', 'Dr. Lee: intro ', '**Draft** ', 'Review chapter 3 ', 'ASCO 2027 abstract ', 'Room 204: ', 'Thank her for last ', 'from 3 days ago, '];
const ALL_AFTER = ['', ' please', ' #study', '.', ', then email', ' at 5pm', ' 2027', ' next week'];
// In the other zones (tests/helpers/zone-pass.ts): the bare phrase, and the words that carry
// a time or move the week.
const BEFORE = contextsForZone(ALL_BEFORE, ['', 'Dr. Lee: intro ']);
const AFTER = contextsForZone(ALL_AFTER, ['', ' at 5pm', ' next week']);
// A Wednesday, Friday, Sunday and Monday; a year's end and start; a leap February; a DST day.
const REFERENCES = ['2026-11-18', '2026-11-20', '2026-11-22', '2026-11-23', '2026-12-31', '2026-01-01', '2028-02-28', '2026-03-08'] as CalendarDate[];

describe('common phrases read without chrono', () => {
	it('give exactly what chrono gives, in every context (all combinations)', () => {
		const differences: string[] = [];
		for (const reference of REFERENCES) {
			for (const phrase of PHRASES) {
				for (const before of BEFORE) {
					for (const after of AFTER) {
						const prose = `${before}${phrase}${after}`;
						// The same day, found at the same place (the words may differ by chrono's trailing "." of "Wed.").
						// Day-first reads differ only for numbers and month names: a few reference days suffice.
						for (const order of REFERENCES.indexOf(reference) < 4 ? (['month-first', 'day-first'] as const) : (['month-first'] as const)) {
							const { text: _fast, ...fast } = readDuePhrase(prose, reference, order) ?? { text: '' };
							const { text: _slow, ...slow } = readDuePhraseSlowly(prose, reference, order) ?? { text: '' };
							if (JSON.stringify(fast) !== JSON.stringify(slow)) differences.push(`${order} ${reference} "${prose}": ${JSON.stringify(fast)} vs chrono ${JSON.stringify(slow)}`);
						}
					}
				}
			}
		}
		expect(differences).toEqual([]);
	}, 120_000);

	it('agree with chrono on generated words around them', () => {
		// Words, and times of day ("at 5pm tomorrow"), which the fast path reads joined to the phrase.
		const word = fc.oneof(fc.stringMatching(/^[A-Za-z]{1,8}$/), fc.constantFrom('at 5pm', 'at 11am', 'at 9', 'page 12', '10:30', '5pm', '12', '23'));
		fc.assert(
			fc.property(fc.array(word, { maxLength: 3 }), fc.constantFrom(...PHRASES), fc.array(word, { maxLength: 3 }), fc.constantFrom(...REFERENCES), (before, phrase, after, reference) => {
				const prose = [...before, phrase, ...after].join(' ');
				const { text: _fast, ...fast } = readDuePhrase(prose, reference, 'month-first') ?? { text: '' };
				const { text: _slow, ...slow } = readDuePhraseSlowly(prose, reference, 'month-first') ?? { text: '' };
				expect(fast).toEqual(slow);
			}),
			{ numRuns: generatedRuns(1000) },
		);
	});

	it('give the day as written whatever time zone is named after it, on any machine', () => {
		// Found by the property above under TZ=America/Los_Angeles: chrono moved "sunday TJT",
		// written on a Sunday, a week on (the reference day was already past in Tajikistan).
		const sunday = '2026-11-22' as CalendarDate;
		for (const prose of ['sunday TJT', 'Sunday (PST)', 'by Friday EST', 'sunday at 3pm TJT']) {
			const fast = readDuePhrase(prose, sunday, 'month-first');
			const slow = readDuePhraseSlowly(prose, sunday, 'month-first');
			expect(slow?.kind === 'date' ? slow.date : null, prose).toBe(prose.includes('Friday') ? '2026-11-27' : '2026-11-22');
			expect(fast?.kind === 'date' ? fast.date : null, prose).toBe(slow?.kind === 'date' ? slow.date : null);
		}
	});

	it('are read for the common cases (so chrono is not started for them)', () => {
		const wednesday = '2026-11-18' as CalendarDate;
		expect(readCommonPhrase('Send the abstract by Friday', wednesday)).toEqual({ kind: 'date', date: '2026-11-20', text: 'Friday', index: 21 });
		expect(readCommonPhrase('Read the review in 2 weeks', wednesday)).toMatchObject({ date: addDays(wednesday, 14) });
		expect(readCommonPhrase('Poster by Dec 3', wednesday)).toMatchObject({ date: '2026-12-03' });
		expect(readCommonPhrase('Poster by Nov 3', wednesday)).toMatchObject({ date: '2027-11-03' });
	});

	it('step aside when the words around could change the reading', () => {
		const wednesday = '2026-11-18' as CalendarDate;
		expect(readCommonPhrase('Submit by Friday next week', wednesday)).toBeUndefined();
		expect(readCommonPhrase('Mon 5 Jan call, then by Friday', wednesday)).toBeUndefined();
		expect(readCommonPhrase('Dec 3, 2027 deadline', wednesday)).toBeUndefined();
	});

	it('know when there is no date at all, so chrono need not look', () => {
		const wednesday = '2026-11-18' as CalendarDate;
		expect(readCommonPhrase('No date here', wednesday)).toBeNull();
		expect(readCommonPhrase('Review chapter 3: ASCO 2027', wednesday)).toBeNull();
		expect(readCommonPhrase('Submit 3 abstracts', wednesday)).toBeNull();
		expect(readCommonPhrase('Reply within 3d', wednesday)).toBeUndefined();
	});
});
