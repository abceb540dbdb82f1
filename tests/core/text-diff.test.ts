import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyChange, smallestChange } from '../../src/core/text-diff';

describe('smallestChange', () => {
	it('is null for equal texts', () => {
		expect(smallestChange('same', 'same')).toBeNull();
	});

	it.each([
		['a line ticked', '- [ ] A\n- [ ] B\n', '- [ ] A\n- [x] B ✅ 2026-11-24\n', { from: 11, to: 15, insert: 'x] B ✅ 2026-11-24' }],
		['a line inserted', 'a\nc\n', 'a\nb\nc\n', { from: 2, to: 2, insert: 'b\n' }],
		['text appended', 'a', 'a\nb', { from: 1, to: 1, insert: '\nb' }],
		['everything replaced', 'abc', 'xyz', { from: 0, to: 3, insert: 'xyz' }],
		['a repeated run (the prefix wins; the suffix does not overlap it)', 'aaa', 'aaaa', { from: 3, to: 3, insert: 'a' }],
	])('%s', (_, before, after, change) => {
		expect(smallestChange(before, after)).toEqual(change);
	});

	it('never splits an emoji (a surrogate pair) between kept and replaced text', () => {
		// 😀 and 😃 share their high surrogate.
		expect(smallestChange('x😀y', 'x😃y')).toEqual({ from: 1, to: 3, insert: '😃' });
	});

	// A few pieces, so that the two texts share runs at either end, as an edited note does;
	// with emoji and lone surrogate halves among them. (fast-check's 'binary' unit took 4 s for
	// 300 runs and timed out on a busy machine, while sharing almost nothing.)
	const PIECES = fc.constantFrom('a', 'b', ' ', '\n', 'é', '😀', '🎉', '\uD83D', '\uDE00');

	it('applied to the old text gives the new, and the span is as small as it can be', () => {
		fc.assert(
			fc.property(fc.string({ unit: PIECES, maxLength: 40 }), fc.string({ unit: PIECES, maxLength: 40 }), (before, after) => {
				const change = smallestChange(before, after);
				if (change === null) return before === after;
				return applyChange(before, change) === after && change.from <= change.to && change.to - change.from <= before.length;
			}),
			{ numRuns: 2000 },
		);
	});
});
