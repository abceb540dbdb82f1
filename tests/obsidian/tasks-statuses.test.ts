// The Tasks plugin's status settings, read from the vault's config folder: checkboxes read
// and ticked as Tasks would, re-read when they change; and a tick through Tasks' own API
// when that plugin is enabled.
import { Component } from 'obsidian';
import { describe, expect, it, vi } from 'vitest';
import type { CalendarDate } from '../../src/core/calendar-date';
import { normalizeSettings } from '../../src/core/settings';
import type { Item, TeamSnapshot } from '../../src/core/types';
import { NoteWriter } from '../../src/obsidian/note-writer';
import { TeamStore } from '../../src/obsidian/team-store';
import type { MockPluginManager } from '../fakes/fidelity';
import { createTestVault, settle, type TestVault } from '../fakes/vault';

const NOW = new Date(2026, 10, 24, 9, 30);
const TODAY = '2026-11-24' as CalendarDate;
const LEE = 'Mentors/Dr. Maya Lee.md';
/** Inside the config folder (`.obsidian` unless the user renamed it). */
const TASKS_DATA = 'plugins/obsidian-tasks-plugin/data.json';

const status = (symbol: string, type: string, nextStatusSymbol: string) => ({ symbol, name: symbol, nextStatusSymbol, availableAsCommand: true, type });

/** Tasks' data.json with these statuses (the rest of its settings as Tasks writes them). */
function tasksData(coreStatuses: unknown[], customStatuses: unknown[] = []): string {
	return JSON.stringify({ globalFilter: '', statusSettings: { coreStatuses, customStatuses }, recurrenceOnNextLine: false }, null, 2);
}

/** ` ` → `/` → `X` → ` `, a custom done `d`, and `?` as no task. */
const CUSTOM = tasksData(
	[status(' ', 'TODO', '/'), status('X', 'DONE', ' ')],
	[status('/', 'IN_PROGRESS', 'X'), status('-', 'CANCELLED', ' '), status('d', 'DONE', ' '), status('?', 'NON_TASK', '?')],
);

const NOTE = ['---', 'type: mentor', 'last_contact: 2026-11-10', '---', '## Open items', '- [ ] Send the CV 📅 2026-11-27', '- [d] Sent the poster', '- [?] Is the abstract due?', ''].join('\n');

async function setUp(configFiles: Record<string, string>, note = NOTE) {
	const vault = createTestVault({ [LEE]: note }, { configFiles });
	const settings = normalizeSettings({});
	const store = new TeamStore(
		vault.app,
		() => settings,
		() => NOW,
	);
	const events = new Component();
	events.load();
	store.registerEvents(events);
	await store.build();
	const notices: string[] = [];
	const writer = new NoteWriter(
		vault.app,
		() => settings,
		() => TODAY,
		(message) => notices.push(message),
	);
	writer.readStatusesFrom(() => store.taskStatuses());
	const team = (): TeamSnapshot => store.snapshot() as TeamSnapshot;
	const item = (text: string): Item => {
		const found = team().items.find((i) => i.text.startsWith(text));
		if (!found) throw new Error(`no item "${text}"`);
		return found;
	};
	return { vault, store, writer, notices, team, item };
}

/** Loads a stand-in for the Tasks plugin into the app's plugin manager, as Obsidian does when it is enabled. */
function enableTasks(vault: TestVault, instance: unknown): void {
	const manager = (vault.app as unknown as { plugins: MockPluginManager }).plugins;
	manager.plugins['obsidian-tasks-plugin'] = instance;
	manager.enabledPlugins.add('obsidian-tasks-plugin');
}

const itemTexts = (team: TeamSnapshot) => team.items.map((i) => [i.text, i.open]);

describe("Tasks' status settings from the vault", () => {
	it('read on the first build: a custom done symbol closes an item, a NON_TASK line is none', async () => {
		const { team } = await setUp({ [TASKS_DATA]: CUSTOM });
		expect(itemTexts(team())).toEqual([
			['Send the CV 📅 2026-11-27', true],
			['Sent the poster', false],
		]);
	});

	it.each([
		['no Tasks settings', {}],
		['a data.json that is not JSON', { [TASKS_DATA]: '{"statusSettings": ' }],
		['a data.json of the wrong shape', { [TASKS_DATA]: '[1, 2, 3]' }],
		['a data.json over 8 MB', { [TASKS_DATA]: `{"pad":"${'x'.repeat(8 * 1024 * 1024)}"}` }],
	])("%s: Tasks' defaults (d and ? are open items)", async (_, files) => {
		const { team } = await setUp(files);
		expect(itemTexts(team())).toEqual([
			['Send the CV 📅 2026-11-27', true],
			['Sent the poster', true],
			['Is the abstract due?', true],
		]);
	});

	it('re-read when Tasks saves its settings (the vault says the file changed), the team rebuilt', async () => {
		const { vault, team } = await setUp({});
		expect(team().items).toHaveLength(3);
		vault.writeConfigFile(TASKS_DATA, CUSTOM);
		await vi.waitFor(() =>
			expect(itemTexts(team())).toEqual([
				['Send the CV 📅 2026-11-27', true],
				['Sent the poster', false],
			]),
		);
	});

	it('refreshTaskStatuses reads them again without an event, and rebuilds only when they changed', async () => {
		const { vault, store, team } = await setUp({ [TASKS_DATA]: CUSTOM });
		const before = team();
		await store.refreshTaskStatuses();
		expect(store.snapshot()).toBe(before);
		(vault.app.vault.adapter as unknown as { writeSync__(p: string, t: string): void }).writeSync__(
			`${vault.app.vault.configDir}/${TASKS_DATA}`,
			tasksData([status(' ', 'TODO', 'x'), status('x', 'DONE', ' ')]),
		);
		await store.refreshTaskStatuses();
		expect(team().items.filter((i) => i.open)).toHaveLength(3);
	});

	it('a tick writes the DONE symbol the status cycle leads to (X here), through an in-progress step', async () => {
		const { vault, writer, notices, item } = await setUp({ [TASKS_DATA]: CUSTOM });
		expect(await writer.completeItem(item('Send the CV'))).toBe(true);
		expect(await vault.read(LEE)).toContain('\n- [X] Send the CV 📅 2026-11-27 ✅ 2026-11-24\n');
		expect(notices).toEqual(['Ticked "Send the CV" in Dr. Maya Lee.']);
	});

	it('without Tasks settings a tick writes x', async () => {
		const { vault, writer, item } = await setUp({});
		expect(await writer.completeItem(item('Send the CV'))).toBe(true);
		expect(await vault.read(LEE)).toContain('\n- [x] Send the CV 📅 2026-11-27 ✅ 2026-11-24\n');
	});
});

describe('ticking a recurring item', () => {
	const RECURRING = ['---', 'type: mentor', '---', '## Open items', '- [ ] Update the research log 🔁 every 2 weeks 📅 2026-12-01', ''].join('\n');

	it('writes the next occurrence above, and the notice names the rule and its date', async () => {
		const { vault, writer, notices, item } = await setUp({}, RECURRING);
		expect(await writer.completeItem(item('Update the research log'))).toBe(true);
		expect(await vault.read(LEE)).toContain(
			'## Open items\n- [ ] Update the research log 🔁 every 2 weeks 📅 2026-12-15\n- [x] Update the research log 🔁 every 2 weeks 📅 2026-12-01 ✅ 2026-11-24\n',
		);
		expect(notices).toEqual(['Ticked "Update the research log" in Dr. Maya Lee. The next one, every 2 weeks, is due Tue 15 Dec.']);
	});

	it("through Tasks' API when Tasks is enabled: its lines are written as it gave them (next one below)", async () => {
		const { vault, writer, notices, item } = await setUp({}, RECURRING);
		const toggle = vi.fn((line: string) => {
			const done = line.replace('- [ ]', '- [x]').concat(' ✅ 2026-11-24');
			return `${done}\n${line.replace('2026-12-01', '2026-12-15')}`;
		});
		enableTasks(vault, { apiV1: { executeToggleTaskDoneCommand: toggle } });
		expect(await writer.completeItem(item('Update the research log'))).toBe(true);
		expect(toggle).toHaveBeenCalledWith('- [ ] Update the research log 🔁 every 2 weeks 📅 2026-12-01', LEE);
		expect(await vault.read(LEE)).toContain(
			'## Open items\n- [x] Update the research log 🔁 every 2 weeks 📅 2026-12-01 ✅ 2026-11-24\n- [ ] Update the research log 🔁 every 2 weeks 📅 2026-12-15\n',
		);
		expect(notices).toEqual(['Ticked "Update the research log" in Dr. Maya Lee. The next one, every 2 weeks, is due Tue 15 Dec.']);
	});

	it.each([
		['moves the line on to in progress only', () => '- [/] Update the research log 🔁 every 2 weeks 📅 2026-12-01'],
		[
			'throws',
			() => {
				throw new Error('Tasks failed');
			},
		],
		['gives no text', () => undefined],
	])("falls back to its own tick when Tasks' API %s", async (_, answer) => {
		const { vault, writer, item } = await setUp({}, RECURRING);
		enableTasks(vault, { apiV1: { executeToggleTaskDoneCommand: answer } });
		expect(await writer.completeItem(item('Update the research log'))).toBe(true);
		expect(await vault.read(LEE)).toContain('- [ ] Update the research log 🔁 every 2 weeks 📅 2026-12-15\n- [x] Update the research log 🔁 every 2 weeks 📅 2026-12-01 ✅ 2026-11-24\n');
	});

	it('a Tasks plugin without the API (an old version) is not called', async () => {
		const { vault, writer, item } = await setUp({}, RECURRING);
		enableTasks(vault, {});
		expect(await writer.completeItem(item('Update the research log'))).toBe(true);
		await settle();
		expect(await vault.read(LEE)).toContain('📅 2026-12-15\n- [x]');
	});
});
