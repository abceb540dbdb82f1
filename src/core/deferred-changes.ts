import type { Item, Problem } from './types';

/** What the team model changed since its last published snapshot, for its sorted lists. */
export interface ListChanges {
	readonly removed: readonly Item[];
	readonly added: readonly Item[];
	readonly problems: ReadonlyMap<string, readonly Problem[]>;
	readonly mentorsChanged: boolean;
}

/**
 * Changes the team model settled without publishing a snapshot (a build settles a mentor's
 * meetings as the mentor arrives, and publishes once a slice): they reach the sorted lists
 * together at the next snapshot, so each list is merged once per slice instead of once per
 * mentor. An item added and removed again in between never reaches them.
 */
export class DeferredChanges {
	private removed: Item[] = [];
	private added = new Set<Item>();
	private problems = new Map<string, readonly Problem[]>();
	private mentorsChanged = false;

	/**
	 * Enough waits that the lists should take it now: merging costs a few microseconds per item
	 * and list, so a few thousand at once would hold the app for longer than a frame.
	 */
	get full(): boolean {
		return this.removed.length + this.added.size >= MERGE_AT;
	}

	add(changes: ListChanges): void {
		for (const item of changes.removed) if (!this.added.delete(item)) this.removed.push(item);
		for (const item of changes.added) this.added.add(item);
		for (const [path, problems] of changes.problems) this.problems.set(path, problems);
		this.mentorsChanged ||= changes.mentorsChanged;
	}

	/** Everything deferred, and nothing left. */
	take(): ListChanges {
		const taken: ListChanges = { removed: this.removed, added: [...this.added], problems: this.problems, mentorsChanged: this.mentorsChanged };
		this.removed = [];
		this.added = new Set();
		this.problems = new Map();
		this.mentorsChanged = false;
		return taken;
	}
}

/** Item changes past which a settle merges them into the sorted lists (about 4 ms of work). */
const MERGE_AT = 400;
