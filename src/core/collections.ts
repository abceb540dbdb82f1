/**
 * Array operations that stay safe at any size. Spreading an array into a call
 * (`push(...items)`, `Math.max(...values)`) passes every element as an argument and throws
 * a RangeError past ~120k elements in V8; a vault can hold that many items or problems.
 * Lint forbids the spread in `src/`; these are the replacements.
 */

/** Appends every item to `target`, in order, and returns it. */
export function pushAll<T>(target: T[], items: Iterable<T>): T[] {
	for (const item of items) target.push(item);
	return target;
}

/** The largest of the values, or `empty` when there are none. */
export function maxOf(values: Iterable<number>, empty: number): number {
	let best: number | null = null;
	for (const value of values) if (best === null || value > best) best = value;
	return best ?? empty;
}

/** The smallest of the values, or `empty` when there are none. */
export function minOf(values: Iterable<number>, empty: number): number {
	let best: number | null = null;
	for (const value of values) if (best === null || value < best) best = value;
	return best ?? empty;
}
