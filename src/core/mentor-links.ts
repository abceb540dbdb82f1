import { baseName, nameKey, pathKey } from './names';
import { compareText } from './compare-text';

/** What a mentor is found by: its note's path, its name and its aliases. */
export interface Named {
	readonly path: string;
	readonly name: string;
	readonly aliases: readonly string[];
}

/** The order the team lists mentors in: by name, then by path. */
export function compareMentors(a: Named, b: Named): number {
	return compareText(a.name, b.name) || compareText(a.path, b.path);
}

/**
 * The answers of MentorDirectory (mentor-directory.ts), kept up to date as mentors come and
 * go, and which meeting notes link by which name: when a mentor arrives, leaves or changes
 * aliases, only the meetings that wrote one of its names need resolving again.
 */
export class LiveDirectory<T extends Named> {
	private readonly byPath = new Map<string, T[]>();
	private readonly byName = new Map<string, T[]>();
	private readonly byAlias = new Map<string, T[]>();
	/** Lookup key ("p:" path key, "n:" name key) → the meeting notes with a link that looks it up. */
	private readonly linkers = new Map<string, Set<string>>();

	add(mentor: T): void {
		insert(this.byPath, pathKey(mentor.path), mentor);
		insert(this.byName, nameKey(mentor.name), mentor);
		for (const alias of mentor.aliases) insert(this.byAlias, nameKey(alias), mentor);
	}

	remove(mentor: T): void {
		remove(this.byPath, pathKey(mentor.path), mentor);
		remove(this.byName, nameKey(mentor.name), mentor);
		for (const alias of mentor.aliases) remove(this.byAlias, nameKey(alias), mentor);
	}

	/** The mentor a link points to (by path, then name, then alias; the first in name order), if any. */
	resolve(target: string): T | undefined {
		// A Map keeps the last mentor set under a key: with two paths differing only in case, the later one.
		const exact = this.byPath.get(pathKey(target));
		if (exact) return exact[exact.length - 1];
		const key = nameKey(baseName(target));
		return (this.byName.get(key) ?? this.byAlias.get(key))?.[0];
	}

	/** Mentors whose names are the same name key, in name order (the first keeps the name). */
	namesakes(mentor: Named): readonly T[] {
		return this.byName.get(nameKey(mentor.name)) ?? [];
	}

	/** Remembers the meeting's link targets, to find it again when a mentor they name changes. */
	linkMeeting(meetingPath: string, targets: readonly string[]): void {
		for (const key of targetKeys(targets)) {
			let paths = this.linkers.get(key);
			if (!paths) this.linkers.set(key, (paths = new Set()));
			paths.add(meetingPath);
		}
	}

	unlinkMeeting(meetingPath: string, targets: readonly string[]): void {
		for (const key of targetKeys(targets)) {
			const paths = this.linkers.get(key);
			paths?.delete(meetingPath);
			if (paths?.size === 0) this.linkers.delete(key);
		}
	}

	/** The meeting notes with a link that may point to this mentor (by its path, name or an alias). */
	meetingsNaming(mentor: Named, into: Set<string>): void {
		const keys = [`p:${pathKey(mentor.path)}`, `n:${nameKey(mentor.name)}`];
		for (const alias of mentor.aliases) keys.push(`n:${nameKey(alias)}`);
		for (const key of keys) for (const path of this.linkers.get(key) ?? []) into.add(path);
	}
}

function targetKeys(targets: readonly string[]): string[] {
	const keys: string[] = [];
	for (const target of targets) keys.push(`p:${pathKey(target)}`, `n:${nameKey(baseName(target))}`);
	return keys;
}

/** Adds the mentor to the key's list, kept in name order (once, whatever its aliases repeat). */
function insert<T extends Named>(map: Map<string, T[]>, key: string, mentor: T): void {
	const list = map.get(key);
	if (!list) {
		map.set(key, [mentor]);
		return;
	}
	if (list.includes(mentor)) return;
	let at = 0;
	while (at < list.length && compareMentors(list[at] as T, mentor) < 0) at++;
	list.splice(at, 0, mentor);
}

function remove<T>(map: Map<string, T[]>, key: string, mentor: T): void {
	const list = map.get(key);
	if (!list) return;
	const at = list.indexOf(mentor);
	if (at !== -1) list.splice(at, 1);
	if (list.length === 0) map.delete(key);
}
