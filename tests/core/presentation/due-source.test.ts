import { describe, expect, it } from 'vitest';
import { dueSourceWords } from '../../../src/core/presentation/due-source';
import type { DueSource } from '../../../src/core/types';
import { day } from '../../helpers/dates';

function words(text: string, dueText: string | null, dueSource: DueSource | null = 'phrase', referenceDate: string | null = '2026-11-24') {
	return dueSourceWords({ text, dueText, dueSource, referenceDate: referenceDate === null ? null : day(referenceDate) }, day('2026-11-30'));
}

describe('where a due date read from words came from', () => {
	it('quotes the phrase with its lead-in word and the day it was read from', () => {
		expect(words('Send CV by Friday', 'Friday')).toBe('by Friday, read from Tue 24 Nov');
		expect(words('Send CV BEFORE friday', 'friday')).toBe('before friday, read from Tue 24 Nov');
		expect(words('Send CV in 2 weeks', 'in 2 weeks')).toBe('in 2 weeks, read from Tue 24 Nov');
		expect(words('Call Friday', 'Friday', 'phrase', '2025-12-30')).toBe('Friday, read from Tue 30 Dec 2025');
	});

	it('says nothing for a date written as a date, the next meeting, or no reference day', () => {
		expect(words('Send CV 📅 2026-11-27', '2026-11-27', 'tasks')).toBeNull();
		expect(words('Send CV before the next meeting', 'before the next meeting', 'next-meeting')).toBeNull();
		expect(words('Send CV by Friday', 'Friday', 'phrase', null)).toBeNull();
	});
});
