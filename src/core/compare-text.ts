const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true, ignorePunctuation: true });

/** Names as people sort them ("Dr. lee" beside "Dr. Lee", "Note 2" before "Note 10"), ties broken exactly. */
export function compareText(a: string, b: string): number {
	return collator.compare(a, b) || comparePaths(a, b);
}

/** Plain code-point order: fast and the same on every machine, for paths and tie-breaks. */
export function comparePaths(a: string, b: string): number {
	return a < b ? -1 : a > b ? 1 : 0;
}
