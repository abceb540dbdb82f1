/**
 * A sorted list kept in blocks of a few hundred elements, never changed once made: replacing
 * a few elements copies only the blocks they fall in (and the short list of blocks), so an
 * edit costs the same in a vault of 10,000 notes or 50,000, where copying a flat list of
 * 150,000 items on every edit did not. The flat array is made only when someone reads it,
 * once per list.
 */
export class BlockList<T> {
	private flat: T[] | null = null;

	private constructor(
		private readonly blocks: readonly (readonly T[])[],
		readonly length: number,
	) {}

	/** A list from elements already in order. */
	static of<T>(sorted: readonly T[]): BlockList<T> {
		const blocks: T[][] = [];
		for (let at = 0; at < sorted.length; at += BLOCK) blocks.push(sorted.slice(at, at + BLOCK));
		return new BlockList(blocks, sorted.length);
	}

	/** Every element, in order (the same array on every call: do not change it). */
	toArray(): readonly T[] {
		// concat copies each block at once, where a push per element cost ten times as much.
		this.flat ??= Array.prototype.concat.apply([], this.blocks as T[][]) as T[];
		return this.flat;
	}

	/**
	 * The list without `removed` (found by identity; those not in it are ignored) and with
	 * `added`. `compare` is the list's order, strict: no two elements compare equal.
	 */
	replace(removed: readonly T[], added: readonly T[], compare: (a: T, b: T) => number): BlockList<T> {
		if (removed.length === 0 && added.length === 0) return this;
		const changes = new Map<number, { drop: Set<T>; add: T[] }>();
		const changeAt = (block: number): { drop: Set<T>; add: T[] } => {
			let change = changes.get(block);
			if (!change) changes.set(block, (change = { drop: new Set(), add: [] }));
			return change;
		};
		for (const element of removed) {
			const block = this.blockFor(element, compare);
			if (this.blocks[block]?.includes(element)) changeAt(block).drop.add(element);
		}
		for (const element of added) changeAt(Math.max(0, this.blockFor(element, compare))).add.push(element);
		const blocks: (readonly T[])[] = [];
		let length = 0;
		const count = Math.max(1, this.blocks.length);
		for (let at = 0; at < count; at++) {
			const old = this.blocks[at] ?? [];
			const change = changes.get(at);
			const pieces = change ? split(merge(old, change.drop, change.add, compare)) : [old];
			for (const piece of pieces) {
				if (piece.length === 0) continue;
				blocks.push(piece);
				length += piece.length;
			}
		}
		return new BlockList(blocks, length);
	}

	/** The block an element is in, or would go in: the last whose first element is not after it. */
	private blockFor(element: T, compare: (a: T, b: T) => number): number {
		let low = 0;
		let high = this.blocks.length - 1;
		while (low < high) {
			const mid = (low + high + 1) >>> 1;
			if (compare(this.blocks[mid]?.[0] as T, element) <= 0) low = mid;
			else high = mid - 1;
		}
		return low;
	}
}

/** Elements per block: copying one is cheap, and 150,000 items make a few hundred. */
const BLOCK = 256;

function merge<T>(block: readonly T[], drop: ReadonlySet<T>, add: T[], compare: (a: T, b: T) => number): T[] {
	const kept = drop.size === 0 ? block : block.filter((element) => !drop.has(element));
	if (add.length === 0) return kept.slice();
	add.sort(compare);
	// Each added element's place found by binary search, the runs between copied whole: a
	// few comparisons per added element, not one per element of the block.
	const out: T[] = [];
	let from = 0;
	for (const element of add) {
		let low = from;
		let high = kept.length;
		while (low < high) {
			const mid = (low + high) >>> 1;
			if (compare(kept[mid] as T, element) < 0) low = mid + 1;
			else high = mid;
		}
		for (let i = from; i < low; i++) out.push(kept[i] as T);
		out.push(element);
		from = low;
	}
	for (let i = from; i < kept.length; i++) out.push(kept[i] as T);
	return out;
}

/** A block grown past twice the size is cut in two (or more). */
function split<T>(block: T[]): T[][] {
	if (block.length <= 2 * BLOCK) return [block];
	const pieces: T[][] = [];
	for (let at = 0; at < block.length; at += BLOCK) pieces.push(block.slice(at, at + BLOCK));
	return pieces;
}
