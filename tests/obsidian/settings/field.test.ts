import { describe, expect, it } from 'vitest';
import { formatSynonyms, parseSynonyms } from '../../../src/core/role-settings';
import { draftOf, normalizeSettings } from '../../../src/core/settings';
import { field } from '../../../src/obsidian/settings/field';

describe('field(path)', () => {
	it('reads and writes the value at its path, its control key', () => {
		const access = field('teamTarget.max');
		const draft = draftOf(normalizeSettings({}));
		expect(access.key).toBe('teamTarget.max');
		expect(access.get(draft)).toBe(5);
		access.set(draft, 7);
		expect(draft.teamTarget).toEqual({ min: 4, max: 7 });
	});

	it('converts between what a control shows and what is saved', () => {
		const access = field('roleSynonyms', { show: formatSynonyms, save: (text: string, draft) => parseSynonyms(text).map ?? draft.roleSynonyms });
		const draft = draftOf(normalizeSettings({ roleSynonyms: { registrar: 'support' } }));
		expect(access.get(draft)).toBe('registrar = support');
		access.set(draft, 'chief = sponsor');
		expect(draft.roleSynonyms).toEqual({ chief: 'sponsor' });
	});
});
