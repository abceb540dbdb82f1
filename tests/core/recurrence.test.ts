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
		expect(nextOccurrence(line, TODAY)).toEqual({ kind: 'next', line: next });
	});

	it('says when the rule is one it cannot follow, and ignores lines that do not repeat', () => {
		expect(nextOccurrence('- [ ] Odd 🔁 every third Tuesday of the month 📅 2026-11-17', TODAY)).toEqual({ kind: 'unknown-rule', rule: 'every third Tuesday of the month' });
		expect(nextOccurrence('- [ ] Once 📅 2026-11-17', TODAY)).toEqual({ kind: 'not-recurring' });
	});
});
