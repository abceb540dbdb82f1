import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, normalizeSettings, settingsFromSavedData, settingsFromSavedText } from '../../src/core/settings';

describe('normalizeSettings', () => {
	it('fills every setting from the defaults when nothing was saved', () => {
		for (const saved of [undefined, null, {}, 'text', 42, [], [{ mentorTag: 'x' }]]) {
			expect(normalizeSettings(saved)).toEqual(DEFAULT_SETTINGS);
		}
	});

	it('has the defaults the spec names', () => {
		const d = normalizeSettings({});
		expect(d.mentorsFolder).toBe('');
		expect(d.mentorTag).toBe('mentor');
		expect(d.ownerTag).toBe('theirs');
		expect(d.defaultCadence).toBe('every 2 weeks');
		expect(d.dueSoonDays).toBe(3);
		expect(d.replyWindowDays).toBe(1);
		expect(d.roleTargets).toEqual([
			{ role: 'research', min: 1, max: 1 },
			{ role: 'support', min: 1, max: 2 },
			{ role: 'sponsor', min: 1, max: 2 },
		]);
		expect(d.teamTarget).toEqual({ min: 4, max: 5 });
		expect(d.properties).toMatchObject({
			type: 'type',
			role: 'role',
			cadence: 'cadence',
			lastContact: 'last_contact',
			nextMeeting: 'next_meeting',
			status: 'status',
			snoozeUntil: 'snooze_until',
			mentor: 'mentor',
			date: 'date',
		});
		expect(d.roleSynonyms).toMatchObject({ 'research mentor': 'research', supporter: 'support', resident: 'support', 'peer mentor': 'support' });
	});

	it('keeps what was saved correctly', () => {
		const s = normalizeSettings({
			mentorsFolder: 'People/Mentors',
			mentorTag: 'advisor',
			ownerTag: 'owed',
			dueSoonDays: 7,
			dateOrder: 'day-first',
			defaultCadence: 'monthly',
			teamTarget: { min: 3, max: 6 },
			roleTargets: [{ role: 'Research', min: 1, max: 2 }],
			remindersEnabled: false,
			reminderIntervalMinutes: 60,
		});
		expect(s).toMatchObject({
			mentorsFolder: 'People/Mentors',
			mentorTag: 'advisor',
			ownerTag: 'owed',
			dueSoonDays: 7,
			dateOrder: 'day-first',
			defaultCadence: 'monthly',
			teamTarget: { min: 3, max: 6 },
			roleTargets: [{ role: 'research', min: 1, max: 2 }],
			remindersEnabled: false,
			reminderIntervalMinutes: 60,
		});
	});

	it('tidies what people type: slashes around folders, # before tags, case and spaces of synonyms', () => {
		const s = normalizeSettings({ mentorsFolder: ' /People/Mentors/ ', ownerTag: '#owed', mentorTag: '##advisor', roleSynonyms: { '  Lab   PI ': 'Research' } });
		expect(s.mentorsFolder).toBe('People/Mentors');
		expect(s.ownerTag).toBe('owed');
		expect(s.mentorTag).toBe('advisor');
		expect(s.roleSynonyms).toEqual({ 'lab pi': 'research' });
	});

	it('replaces each mistyped field by its default and keeps the others', () => {
		const s = normalizeSettings({
			mentorsFolder: 42,
			mentorTag: '',
			ownerTag: '   ',
			dueSoonDays: '3',
			replyWindowDays: -1,
			reminderIntervalMinutes: 0.5,
			dateOrder: 'year-first',
			defaultCadence: ['weekly'],
			teamTarget: { min: 6, max: 4 },
			remindersEnabled: 'yes',
			showStatusBar: 0,
			roleSynonyms: 'resident=support',
			properties: { cadence: 'Meet every', role: 5, date: '' },
			meetingsFolder: 'Notes/Meetings',
		});
		expect(s).toEqual({
			...DEFAULT_SETTINGS,
			properties: { ...DEFAULT_SETTINGS.properties, cadence: 'Meet every' },
			meetingsFolder: 'Notes/Meetings',
		});
	});

	it('skips the mistyped entries of a list of role targets, and keeps the valid ones once', () => {
		const s = normalizeSettings({
			roleTargets: [{ role: 'research', min: 1, max: 1 }, { role: 'support', min: '1', max: 2 }, 'sponsor', { role: 'Research', min: 0, max: 3 }, { role: 'coach', min: 2, max: 1 }],
		});
		expect(s.roleTargets).toEqual([{ role: 'research', min: 1, max: 1 }]);
	});

	it('falls back to the default targets when every saved target is mistyped, but honours an empty list', () => {
		expect(normalizeSettings({ roleTargets: [{ role: 'research', min: '1', max: '1' }, null] }).roleTargets).toEqual(DEFAULT_SETTINGS.roleTargets);
		expect(normalizeSettings({ roleTargets: [] }).roleTargets).toEqual([]);
	});

	it("keys a saved role target as a note's role is read, so a hyphenated custom role counts its mentors", () => {
		const s = normalizeSettings({
			roleTargets: [
				{ role: 'Clinical-Skills', min: 1, max: 2 },
				{ role: 'clinical_skills', min: 0, max: 1 },
			],
		});
		expect(s.roleTargets).toEqual([{ role: 'clinical skills', min: 1, max: 2 }]);
	});

	it('shares the defaults, which nothing can change (the type says read-only, and they are frozen)', () => {
		const s = normalizeSettings({}) as unknown as { roleTargets: unknown[]; roleSynonyms: Record<string, string>; teamTarget: { min: number } };
		expect(() => ((DEFAULT_SETTINGS.properties as { role: string }).role = 'changed')).toThrow(TypeError);
		expect(() => s.roleTargets.push({ role: 'coach', min: 1, max: 1 })).toThrow(TypeError);
		expect(() => (s.roleSynonyms.coach = 'support')).toThrow(TypeError);
		expect(() => (s.teamTarget.min = 0)).toThrow(TypeError);
		expect(normalizeSettings({})).toEqual(DEFAULT_SETTINGS);
		expect(DEFAULT_SETTINGS.properties.role).toBe('role');
		expect(DEFAULT_SETTINGS.roleTargets).toHaveLength(3);
		expect(DEFAULT_SETTINGS.teamTarget.min).toBe(4);
	});
});

describe('settingsFromSavedData and settingsFromSavedText (data.json, read once for the plugin and the command line)', () => {
	it('reads the current shape, the early flat shape, and gives defaults for anything else', () => {
		expect(settingsFromSavedData({ settings: { ownerTag: 'owed' }, reminderLog: {} }).ownerTag).toBe('owed');
		expect(settingsFromSavedData({ ownerTag: 'owed' }).ownerTag).toBe('owed');
		expect(settingsFromSavedData({ settings: 'broken', ownerTag: 'owed' })).toEqual(DEFAULT_SETTINGS);
		for (const raw of [null, undefined, [], 'text', 5]) expect(settingsFromSavedData(raw)).toEqual(DEFAULT_SETTINGS);
	});

	it('names text that is not a JSON object as a problem instead of guessing', () => {
		expect(settingsFromSavedText('{"settings": {"mentorTag": "advisor"}}')).toEqual({ settings: { ...DEFAULT_SETTINGS, mentorTag: 'advisor' }, firstSeen: new Map(), problem: null });
		expect(settingsFromSavedText('{ "settings": ').problem).toMatch(/^it is not valid JSON \(.+\)$/);
		expect(settingsFromSavedText('null').problem).toBe('it is valid JSON but not an object of settings');
		expect(settingsFromSavedText('[]').settings).toEqual(DEFAULT_SETTINGS);
	});

	it('reads the first-seen days of undated lines beside the settings, as both surfaces must', () => {
		const reading = settingsFromSavedText('{"settings": {}, "firstSeen": {"Mentors/Lee.md": {"k1": "2026-11-24", "k2": "later"}}}');
		expect(reading.firstSeen).toEqual(new Map([['Mentors/Lee.md', new Map([['k1', '2026-11-24']])]]));
		expect(settingsFromSavedText('{"settings": {}}').firstSeen.size).toBe(0);
	});
});
