import { ownValue } from './collections';
import { linkTarget } from './names';
import { quoteValue, stringList } from './properties';

/**
 * Turns a `role` property into canonical role names: lower case, synonyms mapped
 * ("research mentor" → research, "resident" → support), duplicates dropped.
 * Custom roles are kept as written (lower case). A value that is not text or a list
 * of text (a nested map, say) gives a problem message instead.
 */
export function readRoles(value: unknown, synonyms: Readonly<Record<string, string>>): { roles: string[]; problem?: string } {
	const list = stringList(value, true);
	if (list === null) {
		return { roles: [], problem: `role ${quoteValue(value)} should be a word or a list, such as "research" or [support, sponsor]` };
	}
	const roles: string[] = [];
	for (const entry of list) {
		const role = canonicalRole(linkTarget(entry.replace(/^#/, '')) ?? '', synonyms);
		if (role !== '' && !roles.includes(role)) roles.push(role);
	}
	return { roles };
}

/**
 * A role word as roles are compared: lower case, `_` and `-` as spaces, blanks collapsed
 * ("Research_Mentor" → "research mentor"). Synonyms in the settings are keyed the same way.
 */
export function roleKey(text: string): string {
	return text.toLowerCase().replace(/[_-]+/g, ' ').replace(/\s+/g, ' ').trim();
}

export function canonicalRole(text: string, synonyms: Readonly<Record<string, string>>): string {
	const key = roleKey(text);
	// Own entries only: `synonyms.constructor` is Object's constructor, which became a "role".
	return ownValue(synonyms, key) ?? key;
}
