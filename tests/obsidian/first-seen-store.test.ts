import { describe, expect, it, vi } from 'vitest';
import { Component } from 'obsidian';
import { localDateOf } from '../../src/core/calendar-date';
import { firstSeenJson } from '../../src/core/first-seen';
import { normalizeSettings } from '../../src/core/settings';
import { taskKey } from '../../src/core/task-key';
import { FirstSeenStore } from '../../src/obsidian/first-seen-store';
import { PluginDataStore } from '../../src/obsidian/plugin-data';
import { TeamStore } from '../../src/obsidian/team-store';
import { createTestVault, settle } from '../fakes/vault';
import { makePlugin, savedData } from './plugin-fixture';

const PATH = 'Mentors/Dr. Maya Lee.md';
/** A mentor note made in August, with a task typed under Open items. */
const NOTE = `---
type: mentor
---
# Dr. Maya Lee

## Open items
- [ ] Send CV by Friday
`;
const KEY = taskKey('Send CV by Friday');

/** The plugin's wiring (main.ts) over a test vault, with a clock the test moves. */
async function setUp(files: Record<string, string> = { [PATH]: NOTE }, saved?: unknown) {
	const vault = createTestVault(files);
	for (const path of Object.keys(files)) vault.setCreated(path, '2026-08-03T10:00:00');
	const plugin = await makePlugin(saved);
	const data = await PluginDataStore.load(plugin);
	const clock = { now: new Date(2026, 10, 24, 9, 30) }; // Tue 24 Nov 2026
	const firstSeen = new FirstSeenStore(vault.app, data, () => localDateOf(clock.now), 60_000);
	const store = new TeamStore(
		vault.app,
		() => normalizeSettings({}),
		() => clock.now,
		firstSeen.makeIndex,
	);
	const component = new Component();
	firstSeen.registerEvents(component);
	store.registerEvents(component);
	vault.layoutReady();
	store.registerCreate(component);
	const save = vi.spyOn(data, 'saveFirstSeen');
	return { vault, plugin, data, firstSeen, store, clock, save };
}

function item(store: TeamStore) {
	const found = store.snapshot()?.items.find((i) => i.text.startsWith('Send CV'));
	return found && { due: found.dueDate, overdue: found.overdue, from: found.referenceDate };
}

describe('FirstSeenStore with the team store', () => {
	it('reads a line typed today in a note made in August from today, remembers it once and saves it', async () => {
		const { store, data, firstSeen, plugin, save } = await setUp();
		await store.build();
		expect(item(store)).toEqual({ due: '2026-11-27', overdue: false, from: '2026-11-24' });
		expect(firstSeenJson(data.firstSeen)).toEqual({ [PATH]: { [KEY]: '2026-11-24' } });

		// Debounced: nothing written until the delay ends (or the plugin unloads).
		expect(save).not.toHaveBeenCalled();
		await firstSeen.flush();
		expect(save).toHaveBeenCalledTimes(1);
		expect((await savedData(plugin)).firstSeen).toEqual({ [PATH]: { [KEY]: '2026-11-24' } });

		// A second build finds nothing new: no save, no loop.
		await store.build();
		await firstSeen.flush();
		expect(save).toHaveBeenCalledTimes(1);
	});

	it('keeps the first day on the next days and after a restart, so "by Friday" does not drift', async () => {
		const first = await setUp();
		await first.store.build();
		await first.firstSeen.flush();

		// Restart four days later with what was saved.
		const again = await setUp({ [PATH]: NOTE }, await savedData(first.plugin));
		again.clock.now = new Date(2026, 10, 28, 9, 0);
		await again.store.build();
		expect(item(again.store)).toEqual({ due: '2026-11-27', overdue: true, from: '2026-11-24' });
		await again.firstSeen.flush();
		expect(again.save).not.toHaveBeenCalled();
	});

	it('remembers a line typed while the plugin runs with that day, and forgets it once deleted', async () => {
		const { vault, store, data, clock, firstSeen, save } = await setUp();
		await store.build();
		clock.now = new Date(2026, 10, 26, 14, 0);
		await vault.app.vault.modify(vault.file(PATH), `${NOTE}- [ ] Email the IRB by Friday\n`);
		await settle();
		expect(data.firstSeen.get(PATH)).toEqual(
			new Map([
				[KEY, '2026-11-24'],
				[taskKey('Email the IRB by Friday'), '2026-11-26'],
			]),
		);
		expect(store.snapshot()?.items.map((i) => i.dueDate)).toEqual(['2026-11-27', '2026-11-27']);

		await vault.app.vault.modify(vault.file(PATH), NOTE);
		await settle();
		expect(data.firstSeen.get(PATH)).toEqual(new Map([[KEY, '2026-11-24']]));
		// The build and both edits: one save for the burst.
		await firstSeen.flush();
		expect(save).toHaveBeenCalledTimes(1);
	});

	it('keeps the day when the due date is pinned or the task ticked and unticked', async () => {
		const { vault, store, data, clock } = await setUp();
		await store.build();
		clock.now = new Date(2026, 11, 10, 9, 0);
		await vault.app.vault.modify(vault.file(PATH), NOTE.replace('- [ ] Send CV by Friday', '- [x] Send CV by Friday ✅ 2026-12-10'));
		await settle();
		await vault.app.vault.modify(vault.file(PATH), NOTE.replace('by Friday', 'by Friday 📅 2026-11-27'));
		await settle();
		expect(data.firstSeen.get(PATH)).toEqual(new Map([[KEY, '2026-11-24']]));
		await vault.app.vault.modify(vault.file(PATH), NOTE);
		await settle();
		expect(item(store)).toEqual({ due: '2026-11-27', overdue: true, from: '2026-11-24' });
	});

	it('moves the days with a renamed note (and a renamed folder), and drops them with a deleted one', async () => {
		const { vault, store, data, clock, firstSeen, plugin } = await setUp();
		await store.build();
		clock.now = new Date(2026, 10, 30, 9, 0);
		await vault.app.vault.rename(vault.file(PATH), 'Mentors/Dr. M Lee.md');
		await settle();
		expect(firstSeenJson(data.firstSeen)).toEqual({ 'Mentors/Dr. M Lee.md': { [KEY]: '2026-11-24' } });
		expect(item(store)).toEqual({ due: '2026-11-27', overdue: true, from: '2026-11-24' });

		const folder = vault.app.vault.getAbstractFileByPath('Mentors');
		if (folder) await vault.app.vault.rename(folder, 'People');
		await settle();
		expect([...data.firstSeen.keys()]).toEqual(['People/Dr. M Lee.md']);

		await vault.app.vault.delete(vault.file('People/Dr. M Lee.md'));
		await settle();
		expect(data.firstSeen.size).toBe(0);
		await firstSeen.flush();
		expect((await savedData(plugin)).firstSeen).toEqual({});
	});

	it('gives a line first seen at start-up the day its note was last changed, when that was before today', async () => {
		const { vault, store, data } = await setUp();
		vault.file(PATH).stat.mtime = new Date(2026, 10, 23, 20, 0).getTime();
		await store.build();
		expect(firstSeenJson(data.firstSeen)).toEqual({ [PATH]: { [KEY]: '2026-11-23' } });
	});

	it('forgets notes deleted while the plugin was not running when it next saves', async () => {
		const { store, data, firstSeen, plugin } = await setUp({ [PATH]: NOTE }, { settings: {}, firstSeen: { 'Mentors/Gone.md': { k: '2026-10-01' } } });
		await store.build();
		expect(data.firstSeen.has('Mentors/Gone.md')).toBe(true);
		await firstSeen.flush();
		expect((await savedData(plugin)).firstSeen).toEqual({ [PATH]: { [KEY]: '2026-11-24' } });
	});
});
