import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { withinBudget } from '../../src/core/value-budget';

/** A "billion laughs" document: each level repeats the one below it ten times. */
function aliasBomb(levels: number): string {
	const lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
	for (let level = 1; level < levels; level++) {
		const name = String.fromCharCode(97 + level);
		const below = String.fromCharCode(96 + level);
		lines.push(`${name}: &${name} [${Array.from({ length: 10 }, () => `*${below}`).join(',')}]`);
	}
	lines.push(`role: *${String.fromCharCode(96 + levels)}`);
	return lines.join('\n');
}

describe('withinBudget', () => {
	it('accepts any real frontmatter', () => {
		expect(withinBudget({ type: 'mentor', role: ['research', 'sponsor'], cadence: 'every 2 weeks', last_contact: new Date(0), tags: ['mentor/research'] })).toBe(true);
		expect(withinBudget(null)).toBe(true);
		expect(withinBudget('text')).toBe(true);
	});

	it('refuses a nine-level alias bomb of a few hundred bytes, without walking it', () => {
		const text = aliasBomb(9);
		expect(text.length).toBeLessThan(1_000);
		expect(withinBudget(load(text))).toBe(false);
	});

	it('refuses nesting deeper than the limit, and a cycle', () => {
		let deep: unknown = 'x';
		for (let i = 0; i < 40; i++) deep = [deep];
		expect(withinBudget({ role: deep })).toBe(false);
		const cycle: unknown[] = [];
		cycle.push(cycle);
		expect(withinBudget({ role: cycle })).toBe(false);
	});

	it('counts a shared value every time it is reached', () => {
		const shared = Array.from({ length: 100 }, (_, i) => i);
		expect(withinBudget({ a: shared })).toBe(true);
		expect(withinBudget({ a: Array.from({ length: 200 }, () => shared) })).toBe(false);
	});

	it('keys named like Object members are plain keys', () => {
		expect(withinBudget(JSON.parse('{"__proto__": [1, 2], "constructor": {"toString": 1}}'))).toBe(true);
	});
});
