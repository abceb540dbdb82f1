import { afterEach, describe, expect, it, vi } from 'vitest';
import { Platform, type Command, type PluginManifest } from 'obsidian';
import MentorRallyPlugin from '../../src/main';
import { VIEW_TYPE_DASHBOARD } from '../../src/obsidian/dashboard/dashboard-view';
import { ReminderService } from '../../src/obsidian/reminders';
import type { TeamStore } from '../../src/obsidian/team-store';
import { createTestVault, settle } from '../fakes/vault';

const manifest: PluginManifest = { id: 'mentor-rally', name: 'Mentor Rally', version: '0.1.0', minAppVersion: '1.7.2', author: '', description: '' };

const LEE = `---
type: mentor
role: research
last_contact: 2026-11-10
---
- [ ] Send revised abstract 📅 2026-11-20
`;

afterEach(() => {
	vi.useRealTimers();
	vi.restoreAllMocks();
	Object.assign(Platform, { isMobile: false, isDesktop: true, isDesktopApp: true, isMobileApp: false, isPhone: false });
});

interface MockPlugin {
	commands__: Map<string, Command>;
	views__: Map<string, unknown>;
	markdownCodeBlockProcessors__: Map<string, unknown>;
	settingTabs__: unknown[];
	statusBarItems__: HTMLElement[];
	ribbonActions__: HTMLElement[];
}

describe('the plugin', () => {
	it('only registers things in onload and builds the team once the layout is ready', async () => {
		vi.useFakeTimers({ toFake: ['Date', 'setInterval', 'clearInterval'] });
		vi.setSystemTime(new Date(2026, 10, 24, 9, 0));
		const vault = createTestVault({ 'Mentors/Dr. Maya Lee.md': LEE });
		const cachedRead = vi.spyOn(vault.app.vault, 'cachedRead');
		const plugin = new MentorRallyPlugin(vault.app, manifest);
		await plugin.onload();
		const mock = plugin as unknown as MockPlugin;

		expect(cachedRead).not.toHaveBeenCalled();
		expect(mock.views__.has(VIEW_TYPE_DASHBOARD)).toBe(true);
		expect(mock.markdownCodeBlockProcessors__.has('mentor-rally')).toBe(true);
		expect(mock.settingTabs__).toHaveLength(1);
		expect(mock.commands__.size).toBe(15);
		for (const command of mock.commands__.values()) expect(command.hotkeys).toBeUndefined();

		vault.layoutReady();
		await settle();
		await settle();
		expect(cachedRead).toHaveBeenCalledTimes(1);
		// One overdue item in my court: the status bar says so.
		// The meeting (last contact + 2 weeks = today) and the overdue item: both in my court now.
		expect(mock.statusBarItems__[0]?.textContent).toBe('2 due today or overdue');
	});

	it('makes no status bar count on phones and tablets, which have no status bar', async () => {
		Object.assign(Platform, { isMobile: true, isDesktop: false, isDesktopApp: false, isMobileApp: true, isPhone: true });
		const vault = createTestVault({ 'Mentors/Dr. Maya Lee.md': LEE });
		const plugin = new MentorRallyPlugin(vault.app, manifest);
		await plugin.onload();
		vault.layoutReady();
		await settle();
		await settle();
		const mock = plugin as unknown as MockPlugin;
		expect(mock.statusBarItems__).toEqual([]);
		expect(mock.ribbonActions__).toHaveLength(1);
	});

	it('starts reminders only once the metadata cache has indexed every note', async () => {
		const SAM = '---\ntype: mentor\n---\n- [ ] Ask about clinic 📅 2026-11-20\n';
		const vault = createTestVault({ 'Mentors/Dr. Maya Lee.md': LEE, 'People/Sam Okafor.md': SAM }, { notYetIndexed: ['People/Sam Okafor.md'] });
		const plugin = new MentorRallyPlugin(vault.app, manifest);
		const store = () => (plugin as unknown as { store: TeamStore }).store;
		const teamsAtStart: string[][] = [];
		vi.spyOn(ReminderService.prototype, 'start').mockImplementation(() => {
			teamsAtStart.push(
				store()
					.snapshot()
					?.mentors.map((m) => m.name) ?? [],
			);
			return Promise.resolve();
		});
		await plugin.onload();
		vault.layoutReady();
		await settle();
		await settle();
		expect(store().snapshot()?.mentors).toHaveLength(1);
		expect(teamsAtStart).toEqual([]);

		vault.finishIndexing();
		await settle();
		await settle();
		expect(teamsAtStart).toEqual([['Dr. Maya Lee', 'Sam Okafor']]);
	});

	it('reads a task typed today in an August note from today, and keeps that day in data.json', async () => {
		vi.useFakeTimers({ toFake: ['Date', 'setInterval', 'clearInterval'] });
		vi.setSystemTime(new Date(2026, 10, 24, 9, 0));
		const note = '---\ntype: mentor\nlast_contact: 2026-11-20\n---\n## Open items\n- [ ] Send CV by Friday\n';
		const vault = createTestVault({ 'Mentors/Dr. Maya Lee.md': note });
		vault.setCreated('Mentors/Dr. Maya Lee.md', '2026-08-03T10:00:00');
		const plugin = new MentorRallyPlugin(vault.app, manifest);
		// load(), not onload(): unload() then runs what the plugin registered.
		plugin.load();
		await settle();
		vault.layoutReady();
		await settle();
		await settle();
		const item = (plugin as unknown as { store: TeamStore }).store.snapshot()?.items[0];
		expect([item?.dueDate, item?.overdue]).toEqual(['2026-11-27', false]);
		// Saved (debounced) at the latest when the plugin unloads.
		plugin.unload();
		await settle();
		const saved = (await plugin.loadData()) as { firstSeen?: Record<string, Record<string, string>> };
		expect(Object.values(saved.firstSeen?.['Mentors/Dr. Maya Lee.md'] ?? {})).toEqual(['2026-11-24']);
	});
});
