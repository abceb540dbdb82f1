import { describe, expect, it } from 'vitest';
import { doneToday } from '../../src/core/done-today';
import { md, note, team } from '../helpers/notes';

describe('doneToday', () => {
	it('lists the items ticked today, mine and theirs, and nothing ticked before or left open', () => {
		const mentor = note(
			'Mentors/Dr. Maya Lee.md',
			md(
				'---',
				'type: mentor',
				'---',
				'- [x] Send the CV ✅ 2026-11-24',
				'- [x] Send the poster ✅ 2026-11-23',
				'- [x] Dr. Lee: the letter #theirs ✅ 2026-11-24',
				'- [ ] Book the room',
				'- [-] Dropped ✅ 2026-11-24',
			),
		);
		expect(doneToday(team([mentor], '2026-11-24')).map((i) => i.text)).toEqual(['Send the CV ✅ 2026-11-24', 'Dr. Lee: the letter #theirs ✅ 2026-11-24']);
		// The day turns: the strip empties.
		expect(doneToday(team([mentor], '2026-11-25'))).toEqual([]);
	});
});
