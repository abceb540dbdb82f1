import { afterEach, describe, expect, it, vi } from 'vitest';
import { Plugin, type Command } from 'obsidian';
import type { CalendarDate } from '../../src/core/calendar-date';
import { frontmatterBlock } from '../../src/core/properties';
import { normalizeSettings } from '../../src/core/settings';
import type { Item, MentorSummary } from '../../src/core/types';
import { registerCommands } from '../../src/obsidian/commands';
import { ItemModal } from '../../src/obsidian/modals/item-modal';
import { ItemSuggestModal } from '../../src/obsidian/modals/item-suggest';
import { MentorSuggestModal } from '../../src/obsidian/modals/mentor-suggest';
import { SnoozeModal } from '../../src/obsidian/modals/snooze-modal';
import { NoteWriter } from '../../src/obsidian/note-writer';
import { createDashboardActions } from '../../src/obsidian/plugin-actions';
import { TeamStore } from '../../src/obsidian/team-store';
import { createTestVault, settle } from '../fakes/vault';
import { parseYaml } from 'obsidian';

const NOW = new Date(2026, 10, 24, 9, 30);
const TODAY = '2026-11-24' as CalendarDate;

const LEE = `---
type: mentor
role: research
last_contact: 2026-11-10
---
### 2026-11-10 Coffee
- [ ] Send revised abstract by Friday
- [ ] Dr. Lee: intro to the trauma team
`;
const OKAFOR = `---
type: mentor
role: resident
last_contact: 2026-11-20
---
`;

class TestPlugin extends Plugin {}

async function setUp() {
	const vault = createTestVault({ 'Mentors/Dr. Maya Lee.md': LEE, 'Mentors/Dr. Sam Okafor.md': OKAFOR });
	const settings = normalizeSettings({});
	const store = new TeamStore(
		vault.app,
		() => settings,
		() => NOW,
	);
	await store.build();
	const writer = new NoteWriter(
		vault.app,
		() => settings,
		() => TODAY,
		() => undefined,
	);
	const newMentor = vi.fn();
	const actions = createDashboardActions(vault.app, store, writer, newMentor);
	const plugin = new TestPlugin(vault.app, { id: 'mentor-rally', name: 'Mentor Rally', version: '0', minAppVersion: '1', author: '', description: '' });
	const openDashboard = vi.fn(() => Promise.resolve());
	registerCommands(plugin, { app: vault.app, store, writer, actions, openDashboard });
	const commands = (plugin as unknown as { commands__: Map<string, Command> }).commands__;
	const run = (id: string) => {
		const command = commands.get(id);
		if (!command) throw new Error(`no command ${id}`);
		if (command.callback) command.callback();
		else command.checkCallback?.(false);
	};
	return { vault, store, commands, run, openDashboard, newMentor };
}

/** Captures the next modal of a class that a command opens, instead of showing it. */
function nextModal<T extends { open(): void }>(kind: abstract new (...args: never[]) => T): { get: () => T } {
	const opened: T[] = [];
	vi.spyOn(kind.prototype as { open(): void }, 'open').mockImplementation(function (this: T) {
		opened.push(this);
	});
	return {
		get: () => {
			const modal = opened.at(-1);
			if (!modal) throw new Error(`no ${kind.name} was opened`);
			return modal;
		},
	};
}

afterEach(() => vi.restoreAllMocks());

describe('commands', () => {
	it('are all there, in sentence case, without default hotkeys', async () => {
		const { commands } = await setUp();
		expect([...commands.values()].map((c) => c.name)).toEqual([
			'Open team dashboard',
			'Show what is in my court',
			'Show what I am waiting on',
			'Log contact with a mentor',
			'Start meeting note with a mentor',
			'Prepare for meeting',
			'Add an item with a due date',
			'Log an email that needs a reply',
			'New mentor',
			'Freeze natural-language due dates in the current note',
			'Add the booked meeting to your calendar',
			'Snooze a mentor',
		]);
		for (const command of commands.values()) {
			expect(command.hotkeys ?? []).toEqual([]);
			expect(command.name.charAt(0)).toBe(command.name.charAt(0).toUpperCase());
			expect(command.name.slice(1)).not.toMatch(/\b(?!I\b)[A-Z]/);
		}
	});

	it('log contact picks a mentor and sets last_contact to today', async () => {
		const { vault, run } = await setUp();
		const modal = nextModal(MentorSuggestModal);
		run('log-contact');
		const picker = modal.get();
		expect(picker.getItems().map((m: MentorSummary) => m.name)).toEqual(['Dr. Maya Lee', 'Dr. Sam Okafor']);
		picker.onChooseItem(picker.getItems()[0]!);
		await settle();
		expect(parseYaml(frontmatterBlock(await vault.read('Mentors/Dr. Maya Lee.md'))!)).toMatchObject({ last_contact: '2026-11-24' });
	});

	it('show what is in my court lists my open items, overdue first', async () => {
		const { run } = await setUp();
		const modal = nextModal(ItemSuggestModal);
		run('show-my-court');
		expect(
			modal
				.get()
				.getItems()
				.map((i: Item) => i.text),
		).toEqual(['Send revised abstract by Friday']);
	});

	it('show what I am waiting on lists their open items', async () => {
		const { run } = await setUp();
		const modal = nextModal(ItemSuggestModal);
		run('show-waiting-on');
		expect(
			modal
				.get()
				.getItems()
				.map((i: Item) => i.text),
		).toEqual(['Dr. Lee: intro to the trauma team']);
	});

	it('add an item previews the date and writes an explicit 📅 date', async () => {
		const { vault, run } = await setUp();
		const picker = nextModal(MentorSuggestModal);
		const dialog = nextModal(ItemModal);
		run('add-item');
		picker.get().onChooseItem(picker.get().getItems()[1]!);
		const modal = dialog.get();
		modal.setText('Send my CV by Friday');
		expect(modal.draft().item.due).toBe('2026-11-27');
		expect(await modal.save()).toBe(true);
		expect(await vault.read('Mentors/Dr. Sam Okafor.md')).toBe(`${OKAFOR}\n## Open items\n- [ ] Send my CV by Friday 📅 2026-11-27\n`);
	});

	it('log an email that needs a reply adds a reply item due within the reply window', async () => {
		const { vault, run } = await setUp();
		const picker = nextModal(MentorSuggestModal);
		const dialog = nextModal(ItemModal);
		run('log-email-reply');
		picker.get().onChooseItem(picker.get().getItems()[0]!);
		dialog.get().setText('poster deadline');
		await dialog.get().save();
		expect(await vault.read('Mentors/Dr. Maya Lee.md')).toContain("- [ ] Reply to Dr. Maya Lee's email: poster deadline #reply 📅 2026-11-25\n");
	});

	it('snooze reads "in 2 weeks" and writes snooze_until', async () => {
		const { vault, run } = await setUp();
		const picker = nextModal(MentorSuggestModal);
		const dialog = nextModal(SnoozeModal);
		run('snooze-mentor');
		picker.get().onChooseItem(picker.get().getItems()[0]!);
		dialog.get().setText('in 2 weeks');
		expect(dialog.get().until()).toBe('2026-12-08');
		await dialog.get().save();
		expect(parseYaml(frontmatterBlock(await vault.read('Mentors/Dr. Maya Lee.md'))!)).toMatchObject({ snooze_until: '2026-12-08' });
	});

	it('freeze dates is offered only in a note with items, and freezes them', async () => {
		const { vault, commands } = await setUp();
		const freeze = commands.get('freeze-due-dates')!;
		expect(freeze.checkCallback?.(true)).toBe(false);
		await vault.app.workspace.getLeaf(false).openFile(vault.file('Mentors/Dr. Maya Lee.md'));
		expect(freeze.checkCallback?.(true)).toBe(true);
		freeze.checkCallback?.(false);
		await settle();
		expect(await vault.read('Mentors/Dr. Maya Lee.md')).toContain('- [ ] Send revised abstract by Friday 📅 2026-11-13\n');
	});

	it('open dashboard and new mentor call through', async () => {
		const { run, openDashboard, newMentor } = await setUp();
		run('open-dashboard');
		run('new-mentor');
		expect(openDashboard).toHaveBeenCalledOnce();
		expect(newMentor).toHaveBeenCalledOnce();
	});
});
