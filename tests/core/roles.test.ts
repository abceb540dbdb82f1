import { describe, expect, it } from 'vitest';
import { canonicalRole, readRoles } from '../../src/core/roles';
import { DEFAULT_SETTINGS } from '../../src/core/settings';

const synonyms = DEFAULT_SETTINGS.roleSynonyms;

describe('readRoles', () => {
	it('reads a word, a list or comma-separated words, in lower case', () => {
		expect(readRoles('Research', synonyms)).toEqual({ roles: ['research'] });
		expect(readRoles(['research', 'Sponsor'], synonyms)).toEqual({ roles: ['research', 'sponsor'] });
		expect(readRoles('research, sponsor', synonyms)).toEqual({ roles: ['research', 'sponsor'] });
	});

	it('maps the synonyms of the spec to their roles', () => {
		expect(readRoles('research mentor', synonyms).roles).toEqual(['research']);
		expect(readRoles('supporter', synonyms).roles).toEqual(['support']);
		expect(readRoles('Resident', synonyms).roles).toEqual(['support']);
		expect(readRoles('peer mentor', synonyms).roles).toEqual(['support']);
		expect(readRoles('Peer-Mentor', synonyms).roles).toEqual(['support']);
		expect(readRoles('peer_mentor', synonyms).roles).toEqual(['support']);
	});

	it('keeps custom roles, drops duplicates, and reads tags and links as their words', () => {
		expect(readRoles(['coach', 'Coach', 'resident', 'support'], synonyms).roles).toEqual(['coach', 'support']);
		expect(readRoles(['#sponsor', '[[Research]]'], synonyms).roles).toEqual(['sponsor', 'research']);
	});

	it('is empty for a blank role', () => {
		expect(readRoles(undefined, synonyms)).toEqual({ roles: [] });
		expect(readRoles('', synonyms)).toEqual({ roles: [] });
		expect(readRoles([], synonyms)).toEqual({ roles: [] });
	});

	it('reports a role that is not text, quoting it', () => {
		const result = readRoles({ main: 'research' }, synonyms);
		expect(result.roles).toEqual([]);
		expect(result.problem).toContain('{"main":"research"}');
	});

	it('uses the synonyms it is given', () => {
		expect(readRoles('pi', { pi: 'research' }).roles).toEqual(['research']);
		expect(readRoles('resident', {}).roles).toEqual(['resident']);
	});

	it('keeps a role named like a built-in JavaScript property as text', () => {
		expect(readRoles(['constructor', '__proto__', 'toString'], synonyms).roles).toEqual(['constructor', 'proto', 'tostring']);
		expect(canonicalRole('constructor', {})).toBe('constructor');
	});
});
