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

/**
 * The table's own entry for a key, never an inherited one. Tables keyed by words a user
 * types must be read through this (or be a `Map`): a plain `table[word]` answers
 * "constructor" with Object's constructor and "toString" with a function.
 */
export function ownValue<T>(table: Readonly<Record<string, T>>, key: string): T | undefined {
	return Object.prototype.hasOwnProperty.call(table, key) ? table[key] : undefined;
}

/**
 * Sets an own entry, even for the key `__proto__`, which plain assignment takes as the
 * object's prototype (and drops, for a string value).
 */
export function setOwn<T>(table: Record<string, T>, key: string, value: NoInfer<T>): void {
	Object.defineProperty(table, key, { value, enumerable: true, writable: true, configurable: true });
}

/** A plain object with string keys (not null, not an array): what JSON and YAML objects are. */
export function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}
