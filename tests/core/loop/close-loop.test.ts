import { describe, expect, it } from 'vitest';
import type { CalendarDate } from '../../../src/core/calendar-date';
import { addressName, addThanksUnder, owedThanks, thanksLine } from '../../../src/core/close-loop';
import { md, note, team } from '../../helpers/notes';

const day = (text: string) => text as CalendarDate;

describe('close the loop', () => {
	it('addresses a mentor as one would in a note to self', () => {
		expect(addressName('Dr. Maya Lee')).toBe('Dr. Lee');
		expect(addressName('Prof Ana María Ruiz')).toBe('Prof Ruiz');
		expect(addressName('Sam Ortiz')).toBe('Sam');
		expect(addressName('Okafor')).toBe('Okafor');
	});

	it('the thank-you: indented one level under the item, tagged, due in 2 days', () => {
		expect(thanksLine('  - [x] Dr. Lee: intro #theirs ✅ 2026-11-24', 'Dr. Maya Lee', day('2026-11-24'), 'loop')).toBe('  \t- [ ] Thank Dr. Lee and tell them how it went #loop 📅 2026-11-26');
	});

	it('writes it under the ticked line only (exact bytes), and refuses when the line changed', () => {
		const text = md('# Lee', '- [x] Dr. Lee: intro to the trauma team ✅ 2026-11-24', '- [ ] Next', '');
		const item = { line: 2, raw: '- [ ] Dr. Lee: intro to the trauma team', mentor: 'Dr. Maya Lee' };
		const result = addThanksUnder(text, item, day('2026-11-24'), day('2026-11-24'), 'loop');
		expect(result).toEqual({
			ok: true,
			text: md('# Lee', '- [x] Dr. Lee: intro to the trauma team ✅ 2026-11-24', '\t- [ ] Thank Dr. Lee and tell them how it went #loop 📅 2026-11-26', '- [ ] Next', ''),
		});
		expect(addThanksUnder(md('# Lee', '- [ ] Dr. Lee: intro to the trauma team'), item, day('2026-11-24'), day('2026-11-24'), 'loop').ok).toBe(false);
	});

	it('open loop items are mine, and listed as owed thanks', () => {
		const snapshot = team(
			[
				note(
					'Mentors/Dr. Maya Lee.md',
					md(
						'---',
						'type: mentor',
						'---',
						'### 2026-11-20 Call',
						'- [x] Dr. Lee: intro ✅ 2026-11-24',
						'\t- [ ] Thank Dr. Lee and tell them how it went #loop 📅 2026-11-26',
						'- [x] Thanked for the letter #loop ✅ 2026-11-01',
					),
				),
			],
			'2026-11-24',
		);
		const owed = owedThanks(snapshot, 'loop');
		expect(owed.map((i) => [i.text, i.owner, i.dueDate])).toEqual([['Thank Dr. Lee and tell them how it went #loop 📅 2026-11-26', 'me', '2026-11-26']]);
	});
});
