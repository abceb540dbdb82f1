import { describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS, normalizeSettings } from '../../src/core/settings';
import { PluginDataStore, readPluginData } from '../../src/obsidian/plugin-data';
import { day } from '../helpers/dates';
import { makePlugin, makeStore, savedData } from './plugin-fixture';

const DEFAULTS = normalizeSettings({});

describe('readPluginData', () => {
	it('gives the defaults and an empty log when nothing was saved, or garbage was', () => {
		for (const raw of [undefined, null, {}, 'garbage', 42, [], [1, 2], true, { settings: 'not an object' }, { settings: null }]) {
			expect(readPluginData(raw)).toEqual({ settings: DEFAULTS, reminderLog: {}, firstSeen: new Map() });
		}
	});

	it('reads the flat settings object an early version saved', () => {
		const data = readPluginData({ mentorsFolder: 'People', remindersEnabled: false, reminderIntervalMinutes: 15 });
		expect(data.settings).toEqual({ ...DEFAULTS, mentorsFolder: 'People', remindersEnabled: false, reminderIntervalMinutes: 15 });
		expect(data.reminderLog).toEqual({});
	});

	it('reads the current shape, replacing each bad value by its default', () => {
		const data = readPluginData({
			settings: { mentorTag: '#people', dueSoonDays: -4, dateOrder: 'sideways', properties: { role: 'kind', cadence: 7 } },
			reminderLog: { 'meeting-due:Mentors/Lee.md': '2026-11-24', broken: 'yesterday', alsoBroken: 3, '': '2026-11-24' },
		});
		expect(data.settings.mentorTag).toBe('people');
		expect(data.settings.dueSoonDays).toBe(DEFAULT_SETTINGS.dueSoonDays);
		expect(data.settings.dateOrder).toBe('month-first');
		expect(data.settings.properties.role).toBe('kind');
		expect(data.settings.properties.cadence).toBe('cadence');
		expect(data.reminderLog).toEqual({ 'meeting-due:Mentors/Lee.md': '2026-11-24' });
	});

	it('treats a reminder log that is not an object as empty', () => {
		expect(readPluginData({ settings: {}, reminderLog: ['a'] }).reminderLog).toEqual({});
	});
});

describe('PluginDataStore', () => {
	it('starts from the defaults on a fresh install', async () => {
		const { store } = await makeStore();
		expect(store.settings).toEqual(DEFAULTS);
		expect(store.reminderLog).toEqual({});
	});

	it('saves settings under "settings", where the command line reads them, and reads them back', async () => {
		const { plugin, store } = await makeStore();
		await store.updateSettings({ mentorsFolder: 'People', dateOrder: 'day-first' });
		await store.setReminderLog({ 'item:a.md:x': '2026-11-24' });

		const saved = await savedData(plugin);
		expect(Object.keys(saved).sort()).toEqual(['firstSeen', 'reminderLog', 'settings']);
		expect(saved.settings).toEqual({ ...DEFAULTS, mentorsFolder: 'People', dateOrder: 'day-first' });
		// What src/cli/settings-file.ts does with the parsed file.
		expect(normalizeSettings('settings' in saved ? saved.settings : saved)).toEqual(store.settings);
		// JSON on disk, as Obsidian writes it.
		expect(JSON.parse(JSON.stringify(saved))).toEqual(saved);

		const again = await PluginDataStore.load(plugin);
		expect(again.settings).toEqual(store.settings);
		expect(again.reminderLog).toEqual({ 'item:a.md:x': '2026-11-24' });
	});

	it('upgrades old flat data to the current shape on the first save', async () => {
		const { plugin, store } = await makeStore({ mentorsFolder: 'People' });
		expect(store.settings.mentorsFolder).toBe('People');
		await store.updateSettings({ replyWindowDays: 2 });
		const saved = await savedData(plugin);
		expect(saved).toEqual({ settings: { ...DEFAULTS, mentorsFolder: 'People', replyWindowDays: 2 }, reminderLog: {}, firstSeen: {} });
	});

	it('keeps top-level keys a newer version wrote', async () => {
		const { plugin, store } = await makeStore({ settings: {}, reminderLog: {}, future: { a: 1 } });
		await store.updateSettings({ dueSoonDays: 5 });
		expect((await savedData(plugin)).future).toEqual({ a: 1 });
	});

	it('saves, then notifies listeners with the new and the previous settings', async () => {
		const { plugin, store } = await makeStore();
		const order: string[] = [];
		const save = plugin.saveData.bind(plugin);
		vi.spyOn(plugin, 'saveData').mockImplementation(async (data: unknown) => {
			await save(data);
			order.push('saved');
		});
		const listener = vi.fn(() => order.push('notified'));
		store.onSettingsChange(listener);
		await store.updateSettings((draft) => {
			draft.dueSoonDays = 6;
		});
		expect(order).toEqual(['saved', 'notified']);
		expect(listener).toHaveBeenCalledWith(expect.objectContaining({ dueSoonDays: 6 }), expect.objectContaining({ dueSoonDays: 3 }));
		expect((await savedData(plugin)).settings).toMatchObject({ dueSoonDays: 6 });
	});

	it('neither saves nor notifies when nothing changed', async () => {
		const { plugin, store } = await makeStore();
		const save = vi.spyOn(plugin, 'saveData');
		const listener = vi.fn();
		store.onSettingsChange(listener);
		await store.updateSettings({ mentorTag: 'mentor' });
		await store.updateSettings((draft) => {
			draft.mentorTag = '#mentor';
		});
		expect(save).not.toHaveBeenCalled();
		expect(listener).not.toHaveBeenCalled();
	});

	it('never keeps a bad value: it falls back to the default', async () => {
		const { store } = await makeStore({ settings: { reminderIntervalMinutes: 10 } });
		await store.updateSettings({ reminderIntervalMinutes: -5, mentorsFolder: '/People/' });
		expect(store.settings.reminderIntervalMinutes).toBe(DEFAULT_SETTINGS.reminderIntervalMinutes);
		expect(store.settings.mentorsFolder).toBe('People');
	});

	it('does not let a caller change the settings behind its back', async () => {
		const { store } = await makeStore();
		const patch = { roleTargets: [{ role: 'clinical', min: 1, max: 1 }] };
		await store.updateSettings(patch);
		patch.roleTargets[0]!.max = 9;
		expect(store.settings.roleTargets).toEqual([{ role: 'clinical', min: 1, max: 1 }]);
	});

	it('stops notifying a listener that unsubscribed', async () => {
		const { store } = await makeStore();
		const listener = vi.fn();
		const off = store.onSettingsChange(listener);
		off();
		await store.updateSettings({ dueSoonDays: 1 });
		expect(listener).not.toHaveBeenCalled();
	});

	it('writes quick changes in order, the last one last', async () => {
		const { plugin, store } = await makeStore();
		await Promise.all([store.updateSettings({ dueSoonDays: 1 }), store.updateSettings({ dueSoonDays: 2 }), store.setReminderLog({ k: '2026-11-24' })]);
		const saved = await savedData(plugin);
		expect((saved.settings as { dueSoonDays: number }).dueSoonDays).toBe(2);
		expect(saved.reminderLog).toEqual({ k: '2026-11-24' });
	});

	it('reloads after another device changed data.json, and tells listeners', async () => {
		const { plugin, store } = await makeStore();
		const listener = vi.fn();
		store.onSettingsChange(listener);
		await plugin.saveData({ settings: { mentorsFolder: 'Synced' }, reminderLog: { k: '2026-11-24' } });
		await store.reload();
		expect(store.settings.mentorsFolder).toBe('Synced');
		expect(store.reminderLog).toEqual({ k: '2026-11-24' });
		expect(listener).toHaveBeenCalledTimes(1);
	});

	it('saves the first-seen days of undated lines and reads them back (data.json round trip)', async () => {
		const { plugin, store } = await makeStore({ settings: {}, firstSeen: { 'Mentors/Lee.md': { k1: '2026-11-24', bad: 'Friday' } } });
		expect(store.firstSeen).toEqual(new Map([['Mentors/Lee.md', new Map([['k1', '2026-11-24']])]]));
		store.firstSeen.set('Meetings/Notes.md', new Map([['k2', day('2026-11-25')]]));
		await store.saveFirstSeen();
		const saved = await savedData(plugin);
		expect(saved.firstSeen).toEqual({ 'Meetings/Notes.md': { k2: '2026-11-25' }, 'Mentors/Lee.md': { k1: '2026-11-24' } });
		expect(JSON.parse(JSON.stringify(saved))).toEqual(saved);
		const again = await PluginDataStore.load(plugin);
		expect(again.firstSeen).toEqual(store.firstSeen);
		// A settings change saves them too, unchanged.
		await again.updateSettings({ dueSoonDays: 5 });
		expect((await savedData(plugin)).firstSeen).toEqual(saved.firstSeen);
	});

	it('keeps the earlier first-seen day of each line when another device changed data.json', async () => {
		const { plugin, store } = await makeStore({ settings: {}, firstSeen: { 'a.md': { k: '2026-11-24', mine: '2026-11-20' } } });
		await plugin.saveData({ settings: {}, firstSeen: { 'a.md': { k: '2026-11-22' }, 'b.md': { j: '2026-11-23' } } });
		await store.reload();
		expect(store.toJSON().firstSeen).toEqual({ 'a.md': { k: '2026-11-22', mine: '2026-11-20' }, 'b.md': { j: '2026-11-23' } });
	});

	it('starts from the defaults when loadData fails', async () => {
		const plugin = await makePlugin();
		vi.spyOn(plugin, 'loadData').mockRejectedValue(new Error('disk on fire'));
		const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
		const store = await PluginDataStore.load(plugin);
		expect(store.settings).toEqual(DEFAULTS);
		expect(error).toHaveBeenCalled();
		error.mockRestore();
	});
});
