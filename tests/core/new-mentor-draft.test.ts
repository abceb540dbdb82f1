import { describe, expect, it } from 'vitest';
import type { CalendarDate } from '../../src/core/calendar-date';
import { cadencePreview, draftNewMentor, readPastDay, roleChoices } from '../../src/core/new-mentor-draft';
import { DEFAULT_SETTINGS, normalizeSettings } from '../../src/core/settings';

const TODAY = '2026-11-24' as CalendarDate; // a Tuesday

describe('when you last met, read backwards', () => {
	it.each([
		// The field's own examples: "Oct 3" is the last 3 October, not next year's.
		['Oct 3', '2026-10-03'],
		['Nov 10', '2026-11-10'],
		['yesterday', '2026-11-23'],
		['today', '2026-11-24'],
		['3 weeks ago', '2026-11-03'],
		['a month ago', '2026-10-24'],
		['Friday', '2026-11-20'],
		['2026-11-03', '2026-11-03'],
		// A month and day still ahead this year: last year's.
		['Dec 1', '2025-12-01'],
		// A year written out stays as written (the form then says it is ahead).
		['2027-01-01', '2027-01-01'],
		['someday', null],
	])('%s → %s', (text, day) => {
		expect(readPastDay(text, TODAY, DEFAULT_SETTINGS)).toBe(day);
	});
});

describe('the new mentor draft', () => {
	it('offers the built-in roles, then the custom ones of the settings', () => {
		const settings = normalizeSettings({ roleTargets: [{ role: 'writing', min: 0, max: 1 }] });
		expect(roleChoices(settings)).toEqual(['research', 'support', 'sponsor', 'writing']);
	});

	it('says when the first meeting falls due, as the index will read the note', () => {
		const draft = draftNewMentor({ name: 'Dr. Ana Ruiz', roles: ['support'], otherRoles: 'Clinical, support', cadence: 'every 3 weeks', lastMet: 'Nov 10' }, DEFAULT_SETTINGS, TODAY);
		expect(draft).toMatchObject({ mentor: { roles: ['support', 'clinical'], lastContact: '2026-11-10', cadence: { count: 3, unit: 'week' } }, nextDue: '2026-12-01' });
		if ('message' in draft) return;
		expect(cadencePreview(draft.cadence, draft.nextDue, TODAY, DEFAULT_SETTINGS)).toBe('every 3 weeks → next due Tue 1 Dec');
	});

	it('a cadence it cannot read is said first, even before a name is typed', () => {
		expect(draftNewMentor({ name: '', roles: [], otherRoles: '', cadence: 'now and then', lastMet: '' }, DEFAULT_SETTINGS, TODAY)).toMatchObject({ field: 'cadence' });
	});
});
