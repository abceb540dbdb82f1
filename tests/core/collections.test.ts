import { describe, expect, it } from 'vitest';
import { maxOf, minOf, pushAll } from '../../src/core/collections';

describe('collections at any size', () => {
	// 300k is well past the ~120k arguments where `push(...a)` and `Math.max(...a)` throw.
	const big = Array.from({ length: 300_000 }, (_, i) => (i * 7919) % 300_001);

	it('appends a list longer than a call can take, in order', () => {
		const target = [-1];
		pushAll(target, big);
		expect(target.length).toBe(300_001);
		expect(target[1]).toBe(big[0]);
		expect(target[300_000]).toBe(big[299_999]);
	});

	it('finds the largest and smallest of a long list, and says when there is none', () => {
		expect(maxOf(big, 0)).toBe([...big].sort((a, b) => b - a)[0]);
		expect(minOf(big, -1)).toBe(0);
		expect(maxOf([], 7)).toBe(7);
		expect(minOf(new Set([3, -2, 5]), 0)).toBe(-2);
	});
});
