/**
 * The role settings as the user edits them: built-in roles, a new custom role, and role synonyms
 * written as lines of text. Every role word goes through roleKey, the one rule by which roles
 * are compared, so a role typed as `clinical-skills` in the settings is the role a note writes
 * as `clinical-skills`, `clinical_skills` or `Clinical skills`.
 */
import { setOwn } from './collections';
import { roleKey } from './roles';
import { DEFAULT_SETTINGS, type RoleTarget } from './settings';

/** Roles the plugin knows (those of the default targets): they can be given other targets but not removed. */
export const BUILT_IN_ROLES: readonly string[] = DEFAULT_SETTINGS.roleTargets.map((t) => t.role);

export function isBuiltInRole(role: string): boolean {
	return BUILT_IN_ROLES.includes(roleKey(role));
}

/** The role name a custom role is saved under: its role key. */
export function newRoleName(text: string): string {
	return roleKey(text);
}

/** Why the text cannot be a new custom role next to `targets`, or null when it can. */
export function newRoleProblem(text: string, targets: readonly Readonly<RoleTarget>[]): string | null {
	const role = newRoleName(text);
	if (role === '') return 'Write the name of the role.';
	if (role === 'team') return '"team" is the whole team; choose another name.';
	if (!/^[\p{L}\p{N}][\p{L}\p{N} ]*$/u.test(role)) return 'A role name can hold letters, numbers, spaces, - and _.';
	if (targets.some((t) => t.role === role)) return `There is already a ${role} role.`;
	return null;
}

/** The synonyms as lines of text, one `words = role` a line. */
export function formatSynonyms(map: Readonly<Record<string, string>>): string {
	return Object.entries(map)
		.map(([from, to]) => `${from} = ${to}`)
		.join('\n');
}

/**
 * "resident = support" lines (":", "->" or "→" work too) into a map keyed and valued by role key;
 * blank lines are skipped. A line without both sides gives a problem naming the line.
 */
export function parseSynonyms(text: string): { map: Record<string, string> | null; problem: string | null } {
	const map: Record<string, string> = {};
	const lines = text.split(/\r?\n/);
	for (let i = 0; i < lines.length; i++) {
		const line = (lines[i] ?? '').trim();
		if (line === '') continue;
		// The first separator after the first character, found once: `^(.+?)\s*(?:=|:)\s*(.+)$`
		// backtracked quadratically on a long line with none.
		const separator = /=|->|→|:/u.exec(line.slice(1));
		const at = separator ? separator.index + 1 : -1;
		const from = separator ? roleKey(line.slice(0, at)) : undefined;
		const to = separator ? roleKey(line.slice(at + separator[0].length)) : undefined;
		if (!from || !to) return { map: null, problem: `Line ${i + 1} needs the words, an equals sign and the role, such as: resident = support.` };
		setOwn(map, from, to);
	}
	return { map, problem: null };
}
