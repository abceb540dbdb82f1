/**
 * Sorted lists kept up to date by replacing a few elements: each call returns a new array
 * (a published snapshot's lists never change under its readers) in one pass over the old
 * one, with the places found by binary search. `compare` must be the order the list is
 * sorted by.
 */

/** The first index whose element is not before `value`. */
function lowerBound<T, V>(list: readonly T[], value: V, compare: (element: T, value: V) => number): number {
	let low = 0;
	let high = list.length;
	while (low < high) {
		const mid = (low + high) >>> 1;
		if (compare(list[mid] as T, value) < 0) low = mid + 1;
		else high = mid;
	}
	return low;
}

/**
 * `list` (sorted by `compare`, a strict order: no two elements compare equal) without the
 * elements of `removed` (found by identity; those not in the list are ignored) and with
 * those of `added`, still sorted.
 */
export function replaceSorted<T>(list: readonly T[], removed: readonly T[], added: readonly T[], compare: (a: T, b: T) => number): T[] {
	if (removed.length === 0 && added.length === 0) return list as T[];
	const drops: number[] = [];
	for (const element of removed) {
		let at = lowerBound(list, element, compare);
		while (at < list.length && list[at] !== element && compare(list[at] as T, element) === 0) at++;
		if (list[at] === element) drops.push(at);
	}
	drops.sort((a, b) => a - b);
	const adds = added.slice().sort(compare);
	const places = adds.map((element) => lowerBound(list, element, compare));
	const out: T[] = [];
	let next = 0;
	let drop = 0;
	for (let i = 0; i < list.length; i++) {
		while (next < adds.length && places[next] === i) out.push(adds[next++] as T);
		if (drop < drops.length && drops[drop] === i) {
			while (drop < drops.length && drops[drop] === i) drop++;
			continue;
		}
		out.push(list[i] as T);
	}
	while (next < adds.length) out.push(adds[next++] as T);
	return out;
}

/**
 * `list`, sorted by path (code-point order) with each path's elements together, with the
 * run of each path in `chunks` replaced by the chunk given (an empty chunk removes it).
 */
export function replaceChunks<T extends { path: string }>(list: readonly T[], chunks: ReadonlyMap<string, readonly T[]>): T[] {
	if (chunks.size === 0) return list as T[];
	const paths = [...chunks.keys()].sort(comparePathOrder);
	const out: T[] = [];
	let at = 0;
	for (const path of paths) {
		const start = lowerBound(list, path, (element, p) => comparePathOrder(element.path, p));
		for (; at < start; at++) out.push(list[at] as T);
		while (at < list.length && (list[at] as T).path === path) at++;
		for (const element of chunks.get(path) ?? []) out.push(element);
	}
	for (; at < list.length; at++) out.push(list[at] as T);
	return out;
}

function comparePathOrder(a: string, b: string): number {
	return a < b ? -1 : a > b ? 1 : 0;
}
