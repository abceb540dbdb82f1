import { describe, expect, it } from 'vitest';
import { capitalize, duration, plural, relativeDay, shortDate, truncate } from '../../src/core/format';
import { day } from '../helpers/dates';

const today = day('2026-11-24');

describe('format', () => {
	it('relativeDay says how far a day is from today', () => {
		expect(relativeDay(day('2026-11-24'), today)).toBe('today');
		expect(relativeDay(day('2026-11-23'), today)).toBe('yesterday');
		expect(relativeDay(day('2026-11-25'), today)).toBe('tomorrow');
		expect(relativeDay(day('2026-11-12'), today)).toBe('12 days ago');
		expect(relativeDay(day('2026-12-01'), today)).toBe('in 7 days');
	});

	it('shortDate names the weekday, and the year only when it is not this one', () => {
		expect(shortDate(day('2026-11-26'))).toBe('Thu 26 Nov');
		expect(shortDate(day('2026-11-26'), today)).toBe('Thu 26 Nov');
		expect(shortDate(day('2027-01-01'), today)).toBe('Fri 1 Jan 2027');
	});

	it('duration in days, then weeks, then months', () => {
		expect(duration(1)).toBe('1 day');
		expect(duration(13)).toBe('13 days');
		expect(duration(14)).toBe('2 weeks');
		expect(duration(59)).toBe('8 weeks');
		expect(duration(90)).toBe('3 months');
	});

	it('plural', () => {
		expect(plural(1, 'active mentor')).toBe('1 active mentor');
		expect(plural(0, 'item')).toBe('0 items');
		expect(plural(2, 'reply', 'replies')).toBe('2 replies');
	});
});

describe('capitalize and truncate', () => {
	it('capitalises the first letter only', () => {
		expect([capitalize('research'), capitalize('in 3 days'), capitalize('')]).toEqual(['Research', 'In 3 days', '']);
	});

	it('cuts long text to the limit with an ellipsis, and leaves short text alone', () => {
		expect(truncate('Send the abstract', 20)).toBe('Send the abstract');
		expect(truncate('Send the revised abstract to Dr. Lee', 20)).toBe('Send the revised ab…');
		expect(truncate('Send the revised abstract to Dr. Lee', 20).length).toBeLessThanOrEqual(20);
		expect(truncate('Send the          revised', 12)).toBe('Send the…');
	});
});
