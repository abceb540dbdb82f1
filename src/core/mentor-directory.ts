import { baseName, nameKey, pathKey } from './names';

/** What a mentor is found by: its note's path, its name and its aliases. */
interface Named {
	path: string;
	name: string;
	aliases: readonly string[];
}

/** Finds the mentor a link or name points to: by path, then base name, then alias. */
export class MentorDirectory<T extends Named> {
	private readonly byPath = new Map<string, T>();
	private readonly byName = new Map<string, T[]>();
	private readonly byAlias = new Map<string, T[]>();

	constructor(mentors: readonly T[]) {
		for (const mentor of mentors) {
			this.byPath.set(pathKey(mentor.path), mentor);
			push(this.byName, nameKey(mentor.name), mentor);
			for (const alias of mentor.aliases) push(this.byAlias, nameKey(alias), mentor);
		}
	}

	/** Meeting notes link the same few mentors over and over: each target is worked out once. */
	private readonly resolved = new Map<string, T[]>();

	/** The mentors a link may mean: one when it is clear, several when it is ambiguous, none when unknown. */
	resolve(target: string): T[] {
		let found = this.resolved.get(target);
		if (!found) this.resolved.set(target, (found = this.lookUp(target)));
		return found;
	}

	private lookUp(target: string): T[] {
		const exact = this.byPath.get(pathKey(target));
		if (exact) return [exact];
		const key = nameKey(baseName(target));
		return this.byName.get(key) ?? this.byAlias.get(key) ?? [];
	}
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
	const list = map.get(key);
	if (list) list.push(value);
	else map.set(key, [value]);
}
