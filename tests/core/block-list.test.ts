import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BlockList } from '../../src/core/block-list';

/* Elements are objects (found by identity), ordered by their number: as items are. */
interface Element {
	n: number;
}
const byNumber = (a: Element, b: Element): number => a.n - b.n;

describe('BlockList', () => {
	it('after any removals and additions, holds what a sorted array would, across many blocks', () => {
		fc.assert(
			fc.property(
				fc.uniqueArray(fc.integer({ min: 0, max: 5_000 }), { maxLength: 1_500 }),
				fc.array(fc.record({ remove: fc.array(fc.nat(), { maxLength: 40 }), add: fc.uniqueArray(fc.integer({ min: 0, max: 5_000 }), { maxLength: 700 }) }), { maxLength: 6 }),
				(start, steps) => {
					let reference: Element[] = start.map((n) => ({ n })).sort(byNumber);
					let list = BlockList.of(reference);
					const lists: [BlockList<Element>, Element[]][] = [[list, reference.slice()]];
					for (const step of steps) {
						const removed = step.remove.map((i) => reference[i % Math.max(1, reference.length)]).filter((e): e is Element => e !== undefined);
						const present = new Set(reference.filter((e) => !removed.includes(e)).map((e) => e.n));
						const added = step.add.filter((n) => !present.has(n)).map((n) => ({ n }));
						list = list.replace(removed, added, byNumber);
						reference = reference
							.filter((e) => !removed.includes(e))
							.concat(added)
							.sort(byNumber);
						expect(list.toArray()).toEqual(reference);
						expect(list.length).toBe(reference.length);
						lists.push([list, reference.slice()]);
					}
					// Every list made on the way still holds what it held.
					for (const [kept, copy] of lists) expect(kept.toArray()).toEqual(copy);
				},
			),
			{ numRuns: 60 },
		);
	}, 60_000);

	it('ignores an element it does not hold', () => {
		const list = BlockList.of([{ n: 1 }, { n: 2 }]);
		expect(list.replace([{ n: 1 }], [], byNumber).toArray()).toEqual([{ n: 1 }, { n: 2 }]);
	});
});
