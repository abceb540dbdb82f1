import { isRecord, setOwn } from './collections';
import { roleKey } from './roles';
import { folderPath, isCount, tagName } from './settings-rules';
import type { RoleTarget } from './settings';

// Readers of one saved setting each: the value when it is usable, else undefined (the default is used).

export function nonEmptyString(value: unknown): string | undefined {
	return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

/** A folder as the user typed it, without leading or trailing slashes; '' is a valid "none". */
export function folder(value: unknown): string | undefined {
	return typeof value === 'string' ? folderPath(value) : undefined;
}

export function tag(value: unknown): string | undefined {
	const text = nonEmptyString(value);
	return text === undefined ? undefined : tagName(text);
}

export function count(value: unknown, min: number, max: number): number | undefined {
	return isCount(value, min, max) ? value : undefined;
}

export function range(value: unknown): { min: number; max: number } | undefined {
	if (!isRecord(value)) return undefined;
	const min = count(value.min, 0, 99);
	const max = count(value.max, 0, 99);
	return min !== undefined && max !== undefined && min <= max ? { min, max } : undefined;
}

export function roleTargets(value: unknown): RoleTarget[] | undefined {
	if (!Array.isArray(value)) return undefined;
	const targets: RoleTarget[] = [];
	for (const entry of value) {
		if (!isRecord(entry)) continue;
		// The role key, as a note's role is read: `clinical-skills` here is `clinical-skills` there.
		const role = typeof entry.role === 'string' ? roleKey(entry.role) : '';
		const bounds = range(entry);
		if (role && bounds && !targets.some((t) => t.role === role)) targets.push({ role, ...bounds });
	}
	// A list whose every entry is mistyped is a mistyped field: keep the defaults rather than
	// silently dropping every coverage row. An empty list stays a deliberate "no targets".
	return value.length > 0 && targets.length === 0 ? undefined : targets;
}

export function synonyms(value: unknown): Record<string, string> | undefined {
	if (!isRecord(value)) return undefined;
	const map: Record<string, string> = {};
	for (const [from, to] of Object.entries(value)) {
		const target = nonEmptyString(to);
		const source = roleKey(from);
		if (target && source) setOwn(map, source, roleKey(target));
	}
	return map;
}
