import { describe, expect, it } from 'vitest';
import type { CalendarDate } from '../../src/core/calendar-date';
import { nextOccurrence } from '../../src/core/recurrence';

const TODAY = '2026-11-24' as CalendarDate; // a Tuesday

describe('the next occurrence of a recurring item, as Tasks writes it', () => {
	it.each([
		['- [ ] Update the log 🔁 every 2 weeks 📅 2026-11-20', '- [ ] Update the log 🔁 every 2 weeks 📅 2026-12-04'],
		['- [ ] Journal club 🔁 every month 📅 2026-11-30', '- [ ] Journal club 🔁 every month 📅 2026-12-30'],
		['- [ ] Rounds 🔁 every week on Monday 📅 2026-11-23', '- [ ] Rounds 🔁 every week on Monday 📅 2026-11-30'],
		['- [ ] Call 🔁 every week ⏳ 2026-11-18 📅 2026-11-20 ^abc', '- [ ] Call 🔁 every week ⏳ 2026-11-25 📅 2026-11-27'],
		['- [ ] Review 🔁 every 2 weeks when done 📅 2026-11-01', '- [ ] Review 🔁 every 2 weeks when done 📅 2026-12-08'],
	])('%s', (line, next) => {
		expect(nextOccurrence(line, TODAY)).toMatchObject({ kind: 'next', line: next });
	});

	it('names the rule and the next date, for the notice', () => {
		expect(nextOccurrence('- [ ] Update the log 🔁 every 2 weeks 📅 2026-12-01', TODAY)).toEqual({
			kind: 'next',
			line: '- [ ] Update the log 🔁 every 2 weeks 📅 2026-12-15',
			rule: 'every 2 weeks',
			date: { field: 'due', day: '2026-12-15' },
		});
		expect(nextOccurrence('- [ ] Plan 🔁 every week ⏳ 2026-11-20', TODAY)).toMatchObject({ rule: 'every week', date: { field: 'scheduled', day: '2026-11-27' } });
		// No date on the line: the next one has none either (nothing to say when it is).
		expect(nextOccurrence('- [ ] Stretch 🔁 every day', TODAY)).toMatchObject({ line: '- [ ] Stretch 🔁 every day', date: null });
	});

	it('says when the rule is one it cannot follow, and ignores lines that do not repeat', () => {
		expect(nextOccurrence('- [ ] Odd 🔁 every third Tuesday of the month 📅 2026-11-17', TODAY)).toEqual({ kind: 'unknown-rule', rule: 'every third Tuesday of the month' });
		expect(nextOccurrence('- [ ] Once 📅 2026-11-17', TODAY)).toEqual({ kind: 'not-recurring' });
	});
});
