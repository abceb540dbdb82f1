import { describe, expect, it } from 'vitest';
import { BUILT_IN_ROLES, formatSynonyms, isBuiltInRole, newRoleName, newRoleProblem, parseSynonyms } from '../../src/core/role-settings';
import { readRoles } from '../../src/core/roles';
import { DEFAULT_SETTINGS } from '../../src/core/settings';

describe('built-in roles', () => {
	it('are the roles of the default targets, however written', () => {
		expect(BUILT_IN_ROLES).toEqual(['research', 'support', 'sponsor']);
		expect(isBuiltInRole('Research')).toBe(true);
		expect(isBuiltInRole('clinical')).toBe(false);
	});
});

describe('a new custom role', () => {
	it("is saved under the name a note's role is read as", () => {
		for (const typed of ['clinical-skills', 'Clinical_Skills', '  clinical   skills ']) {
			expect(newRoleName(typed)).toBe('clinical skills');
			expect(readRoles(typed, {}).roles).toEqual([newRoleName(typed)]);
		}
	});

	it('is refused when empty, "team", full of punctuation or already there (written another way)', () => {
		const targets = DEFAULT_SETTINGS.roleTargets;
		expect(newRoleProblem(' ', targets)).toBe('Write the name of the role.');
		expect(newRoleProblem('Team', targets)).toBe('"team" is the whole team; choose another name.');
		expect(newRoleProblem('wri!ting', targets)).toBe('A role name can hold letters, numbers, spaces, - and _.');
		expect(newRoleProblem('-', targets)).toBe('Write the name of the role.');
		expect(newRoleProblem('Support', targets)).toBe('There is already a support role.');
		expect(newRoleProblem('clinical_skills', [{ role: 'clinical skills', min: 1, max: 1 }])).toBe('There is already a clinical skills role.');
		expect(newRoleProblem('clinical-skills', targets)).toBeNull();
		expect(newRoleProblem('Ärztin 2', targets)).toBeNull();
	});
});

describe('role synonyms as lines of text', () => {
	it('are keyed and valued as roles are read, so a hyphenated synonym applies to a note', () => {
		const { map } = parseSynonyms('peer-mentor = support\nward_buddy -> Clinical-Skills\nchief: sponsor\n\nregistrar → support');
		expect(map).toEqual({ 'peer mentor': 'support', 'ward buddy': 'clinical skills', chief: 'sponsor', registrar: 'support' });
		expect(readRoles(['Peer-Mentor', 'ward-buddy'], map ?? {}).roles).toEqual(['support', 'clinical skills']);
		expect(parseSynonyms('').map).toEqual({});
	});

	it('name the line that has no role', () => {
		expect(parseSynonyms('registrar = support\njust words').problem).toBe('Line 2 needs the words, an equals sign and the role, such as: resident = support.');
		expect(parseSynonyms('= support').problem).toMatch(/^Line 1 /);
	});

	it('read a line of a megabyte at once, with or without a separator', () => {
		expect(parseSynonyms(`chief${' '.repeat(1_000_000)}x`).problem).toMatch(/^Line 1 needs/);
		expect(parseSynonyms(`chief${' '.repeat(1_000_000)}= sponsor`).map).toEqual({ chief: 'sponsor' });
	});

	it('are written back as the lines they are read from', () => {
		const text = formatSynonyms(DEFAULT_SETTINGS.roleSynonyms);
		expect(text.split('\n')[0]).toBe('research mentor = research');
		expect(parseSynonyms(text).map).toEqual(DEFAULT_SETTINGS.roleSynonyms);
	});
});
