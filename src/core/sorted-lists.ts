/**
 * A list sorted by path kept up to date by replacing the runs of a few paths: each call
 * returns a new array (a published snapshot's lists never change under its readers), copied
 * from the old one in whole runs between the places that change.
 */

/** The first index whose element is not before `value` (where `value` goes to keep the list sorted). */
export function lowerBound<T, V>(list: readonly T[], value: V, compare: (element: T, value: V) => number): number {
	let low = 0;
	let high = list.length;
	while (low < high) {
		const mid = (low + high) >>> 1;
		if (compare(list[mid] as T, value) < 0) low = mid + 1;
		else high = mid;
	}
	return low;
}

/** One edit to a list: at index `at`, skip `skip` old elements, then put `insert` in. */
interface Splice<T> {
	at: number;
	skip: number;
	insert: readonly T[];
}

/** The list with the splices (sorted by `at`, not overlapping) made, as one new array. */
function spliced<T>(list: readonly T[], splices: Splice<T>[]): T[] {
	const parts: (readonly T[])[] = [];
	let from = 0;
	for (const { at, skip, insert } of splices) {
		if (at > from) parts.push(list.slice(from, at));
		if (insert.length > 0) parts.push(insert);
		from = Math.max(from, at + skip);
	}
	if (from < list.length) parts.push(list.slice(from));
	// concat copies each run at once, where a push per element cost ten times as much at 150,000 items.
	return Array.prototype.concat.apply([], parts) as T[];
}

/**
 * `list`, sorted by path (code-point order) with each path's elements together, with the
 * run of each path in `chunks` replaced by the chunk given (an empty chunk removes it).
 */
export function replaceChunks<T extends { path: string }>(list: readonly T[], chunks: ReadonlyMap<string, readonly T[]>): T[] {
	if (chunks.size === 0) return list as T[];
	const splices: Splice<T>[] = [];
	for (const path of [...chunks.keys()].sort(comparePathOrder)) {
		const at = lowerBound(list, path, (element, p) => comparePathOrder(element.path, p));
		let end = at;
		while (end < list.length && (list[end] as T).path === path) end++;
		splices.push({ at, skip: end - at, insert: chunks.get(path) ?? [] });
	}
	return spliced(list, splices);
}

function comparePathOrder(a: string, b: string): number {
	return a < b ? -1 : a > b ? 1 : 0;
}
