import { afterEach, describe, expect, it, vi } from 'vitest';
import { weekday, type CalendarDate } from '../../src/core/calendar-date';
import { readDuePhrase } from '../../src/core/natural-date';
import { day } from '../helpers/dates';

// 18 November 2026 is a Wednesday; the spec's examples are read from it.
const WEDNESDAY = day('2026-11-18');

/** The due date read from a phrase, or null. */
function due(text: string, reference = WEDNESDAY, order: 'month-first' | 'day-first' = 'month-first'): string | null {
	const phrase = readDuePhrase(text, reference, order);
	if (phrase === null) return null;
	return phrase.kind === 'date' ? phrase.date : phrase.kind;
}

describe('readDuePhrase: the spec examples', () => {
	it('"by Friday" written on a Wednesday is that week\'s Friday', () => {
		expect(weekday(WEDNESDAY)).toBe(3);
		expect(due('Send the revised abstract by Friday')).toBe('2026-11-20');
	});

	it('"in 2 weeks" is fourteen days after the reference date', () => {
		expect(due('Finish the chart review in 2 weeks')).toBe('2026-12-02');
		expect(due('Finish the chart review in two weeks')).toBe('2026-12-02');
	});

	it('"by Dec 3" is the coming 3 December', () => {
		expect(due('Submit the poster by Dec 3')).toBe('2026-12-03');
		expect(due('Submit the poster by December 3rd')).toBe('2026-12-03');
	});

	it('"tomorrow" is the day after the reference date', () => {
		expect(due('Email Dr. Lee tomorrow')).toBe('2026-11-19');
		expect(due('Email Dr. Lee tomorrow', day('2026-12-31'))).toBe('2027-01-01');
	});

	it('reports where in the text the date was found', () => {
		expect(readDuePhrase('Send the abstract by Friday', WEDNESDAY, 'month-first')).toMatchObject({ kind: 'date', text: 'Friday', index: 21 });
	});
});

describe('readDuePhrase looks forward from the reference date', () => {
	afterEach(() => {
		vi.useRealTimers();
	});

	it('"by Friday" from a Saturday or a Sunday is the next Friday', () => {
		expect(due('by Friday', day('2026-11-21'))).toBe('2026-11-27');
		expect(due('by Friday', day('2026-11-22'))).toBe('2026-11-27');
	});

	it("a month and day already past this year is next year's", () => {
		expect(due('by Dec 3', day('2026-12-05'))).toBe('2027-12-03');
		expect(due('by Jan 5', day('2026-12-20'))).toBe('2027-01-05');
		expect(due('by Monday', day('2026-12-31'))).toBe('2027-01-04');
	});

	it('does not drift as the days pass: the clock plays no part', () => {
		for (const now of [new Date(2026, 10, 18, 9), new Date(2026, 10, 24, 23, 59), new Date(2027, 5, 1, 0, 1)]) {
			vi.useFakeTimers();
			vi.setSystemTime(now);
			expect(due('Send the abstract by Friday')).toBe('2026-11-20');
			expect(due('in 2 weeks')).toBe('2026-12-02');
			expect(due('tomorrow')).toBe('2026-11-19');
			vi.useRealTimers();
		}
	});

	it('does not lose or gain a day across daylight-saving changes', () => {
		// The US clocks change on 1 Nov 2026 and 8 Mar 2026, New Zealand's on 27 Sep 2026.
		expect(due('in 2 weeks', day('2026-10-28'))).toBe('2026-11-11');
		expect(due('in 2 weeks', day('2026-03-01'))).toBe('2026-03-15');
		expect(due('tomorrow', day('2026-09-26'))).toBe('2026-09-27');
		expect(due('in 1 week', day('2026-09-20'))).toBe('2026-09-27');
	});
});

describe('readDuePhrase refuses what is not a due date', () => {
	it.each([
		'Call at 5pm',
		'Meet at 17:00',
		'Lunch by noon',
		'Read chapter 3',
		'Register for ASCO 2027',
		'Plan for 2027',
		'Call in 5 minutes',
		'Back in 2 hours',
		'Review 12 papers',
		'Read the methods section',
	])('%s', (text) => {
		expect(due(text)).toBeNull();
	});

	it.each(['Meet for 30 min', 'Talk for 2 hours', 'Practise for a few minutes', 'Call back after 20 minutes', 'Shadow in clinic for a week', 'Rotate on trauma for 2 weeks'])(
		'durations are not deadlines: %s',
		(text) => {
			expect(due(text)).toBeNull();
		},
	);

	it('but "for" before a day still reads the day', () => {
		expect(due('Prepare the slides for Friday')).toBe('2026-11-20');
		expect(due('Slides for Dec 3')).toBe('2026-12-03');
	});

	it.each(['I sat down with Dr. Lee', 'Sun exposure study', 'March in the parade', 'Get a second opinion', 'Get a second opinion on the draft', 'Ask whether I may join'])(
		'English words that look like dates: %s',
		(text) => {
			expect(due(text)).toBeNull();
		},
	);

	it('but reads the same words as dates after a deadline word', () => {
		expect(due('Review the draft by Sat')).toBe('2026-11-21');
		expect(due('Get a second opinion by Friday')).toBe('2026-11-20');
		expect(due('Abstract due in March')).toBe('2027-03-01');
	});
});

describe('readDuePhrase reads the phrases chrono lacks', () => {
	it('EOW, end of (the) week and this week: the coming Friday', () => {
		for (const text of ['EOW', 'send it eow', 'by end of week', 'by the end of the week', 'by end of this week', 'this week']) {
			expect(due(text), text).toBe('2026-11-20');
		}
		expect(due('EOW', day('2026-11-20'))).toBe('2026-11-20'); // on a Friday: that day
		expect(due('EOW', day('2026-11-21'))).toBe('2026-11-27'); // on a Saturday: the next one
		expect(due('by the end of next week')).toBe('2026-11-27');
	});

	it('EOD, end of day and ASAP: the reference day itself', () => {
		expect(due('EOD')).toBe('2026-11-18');
		expect(due('reply by end of day')).toBe('2026-11-18');
		expect(due('reply ASAP')).toBe('2026-11-18');
	});

	it('"EOD Friday" is the end of Friday, not of the reference day', () => {
		expect(due('Send the slides EOD Friday')).toBe('2026-11-20');
		expect(due('Send the slides by end of day tomorrow')).toBe('2026-11-19');
	});

	it('end of (the) month, next month and the year', () => {
		expect(due('by end of month')).toBe('2026-11-30');
		expect(due('by the end of the month')).toBe('2026-11-30');
		expect(due('EOM')).toBe('2026-11-30');
		expect(due('end of the month', day('2028-02-10'))).toBe('2028-02-29');
		expect(due('by the end of next month')).toBe('2026-12-31');
		expect(due('by the end of the year')).toBe('2026-12-31');
	});

	it('N days, weeks or months from today or now, counted from the reference date', () => {
		expect(due('two weeks from today')).toBe('2026-12-02');
		expect(due('2 weeks from now')).toBe('2026-12-02');
		expect(due('a week from today')).toBe('2026-11-25');
		expect(due('10 days from now')).toBe('2026-11-28');
		expect(due('one month from today', day('2026-01-31'))).toBe('2026-02-28');
	});

	it('"in a month" counts calendar months, clamped like a monthly cadence', () => {
		expect(due('in 1 month', day('2026-01-31'))).toBe('2026-02-28');
		expect(due('in a month', day('2028-01-31'))).toBe('2028-02-29');
		expect(due('in 3 months', day('2026-11-30'))).toBe('2027-02-28');
		expect(due('in 1 month')).toBe('2026-12-18');
		expect(due('in a year', day('2028-02-29'))).toBe('2029-02-28');
	});

	it('mid-month', () => {
		expect(due('mid-December')).toBe('2026-12-15');
		expect(due('by mid March')).toBe('2027-03-15');
	});

	it('by (the) next meeting: the next-meeting marker, not a date', () => {
		for (const text of ['Bring the poster by the next meeting', 'by next meeting', 'before our next check-in', 'for my next 1:1', 'at the next session']) {
			expect(due(text), text).toBe('next-meeting');
		}
	});
});

describe('readDuePhrase and the order of day and month', () => {
	it('reads 3/12 as 12 March month-first and as 3 December day-first', () => {
		expect(due('Submit by 3/12', WEDNESDAY, 'month-first')).toBe('2027-03-12');
		expect(due('Submit by 3/12', WEDNESDAY, 'day-first')).toBe('2026-12-03');
	});

	it('reads an order-free date the same either way', () => {
		expect(due('by 11/30', WEDNESDAY, 'month-first')).toBe('2026-11-30');
		expect(due('by 30/11', WEDNESDAY, 'day-first')).toBe('2026-11-30');
		expect(due('by 2026-12-01', WEDNESDAY, 'day-first')).toBe('2026-12-01');
		expect(due('by Dec 3', WEDNESDAY, 'day-first')).toBe('2026-12-03');
	});
});

describe('readDuePhrase picks the first date in the text', () => {
	it('when a rule and chrono both find one', () => {
		expect(due('Friday, or two weeks from today at the latest')).toBe('2026-11-20');
		expect(due('two weeks from today, not Friday')).toBe('2026-12-02');
	});

	it('returns null for text without any date word', () => {
		expect(due('')).toBeNull();
		expect(due('Email the program coordinator')).toBeNull();
	});
});

describe('days before the item was written', () => {
	const wednesday = '2026-11-18' as CalendarDate;
	it('are not due dates ("3 days ago", "last week", "last Friday")', () => {
		for (const text of ['Follow up on the email from 3 days ago', 'Summarise what we said last week', 'Thank her for last Friday']) {
			expect(readDuePhrase(text, wednesday, 'month-first'), text).toBeNull();
		}
	});
	it('unless written out with the year', () => {
		expect(readDuePhrase('Was due 2026-11-02', wednesday, 'month-first')).toMatchObject({ kind: 'date', date: '2026-11-02' });
	});
});
