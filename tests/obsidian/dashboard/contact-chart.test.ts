import { describe, expect, it } from 'vitest';
import type { CalendarDate } from '../../../src/core/calendar-date';
import { contactsPerMonth } from '../../../src/obsidian/dashboard/contact-chart';

const d = (s: string): CalendarDate => s as CalendarDate;

describe('contactsPerMonth', () => {
	it('counts the twelve months that end with this month, across a new year, ignoring the future', () => {
		const months = contactsPerMonth([d('2025-01-31'), d('2025-02-01'), d('2025-12-24'), d('2026-01-05'), d('2026-01-20'), d('2026-01-30')], d('2026-01-20'));
		expect(months[0]).toEqual({ year: 2025, month: 2, count: 1 });
		expect(months[10]).toEqual({ year: 2025, month: 12, count: 1 });
		expect(months[11]).toEqual({ year: 2026, month: 1, count: 2 });
		expect(months.reduce((n, m) => n + m.count, 0)).toBe(4);
	});
});
