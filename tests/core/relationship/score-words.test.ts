import { describe, expect, it } from 'vitest';
import { meetingsWords } from '../../../src/core/relationship/score-words';

describe('meetingsWords: the Met line in plain words', () => {
	it('names the unit once, says "months" in full and keeps windows apart with commas', () => {
		const words = meetingsWords([
			{ months: 3, held: 2, expected: 3 },
			{ months: 6, held: 5, expected: 6 },
			{ months: 12, held: 9, expected: 12 },
		]);
		expect(words).toBe('2 of 3 planned meetings in 3 months, 5 of 6 in 6 months, 9 of 12 in 12 months');
		expect(words).not.toMatch(/\bmo\b|·/);
	});

	it('says one planned meeting in the singular', () => {
		expect(meetingsWords([{ months: 3, held: 1, expected: 1 }])).toBe('1 of 1 planned meeting in 3 months');
	});

	it('says when the cadence planned nothing yet instead of "of 0"', () => {
		expect(
			meetingsWords([
				{ months: 3, held: 1, expected: 0 },
				{ months: 6, held: 2, expected: 1 },
			]),
		).toBe('1 meeting in 3 months (none planned yet), 2 of 1 planned meeting in 6 months');
	});
});
