// The dashboard's new buttons wired to the vault: quick capture and Log email write through
// the NoteWriter; Add item and Snooze open the same dialogs as the commands.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseYaml } from 'obsidian';
import type { CalendarDate } from '../../src/core/calendar-date';
import { frontmatterBlock } from '../../src/core/properties';
import { normalizeSettings } from '../../src/core/settings';
import type { MentorSummary } from '../../src/core/types';
import { ItemModal } from '../../src/obsidian/modals/item-modal';
import { MentorSuggestModal } from '../../src/obsidian/modals/mentor-suggest';
import { SnoozeModal } from '../../src/obsidian/modals/snooze-modal';
import { NoteWriter } from '../../src/obsidian/note-writer';
import { createDashboardActions } from '../../src/obsidian/plugin-actions';
import { TeamStore } from '../../src/obsidian/team-store';
import { createTestVault, settle } from '../fakes/vault';

const NOW = new Date(2026, 10, 24, 9, 30);
const TODAY = '2026-11-24' as CalendarDate;
const LEE = 'Mentors/Dr. Maya Lee.md';

async function setUp() {
	const vault = createTestVault({
		[LEE]: '---\ntype: mentor\nrole: research\nlast_contact: 2026-11-10\n---\n# Dr. Maya Lee\n',
		'Mentors/Dr. Sam Okafor.md': '---\ntype: mentor\nrole: sponsor\nlast_contact: 2026-11-20\n---\n',
	});
	const settings = normalizeSettings({});
	const store = new TeamStore(
		vault.app,
		() => settings,
		() => NOW,
	);
	await store.build();
	const notices: { message: string; undo?: () => Promise<boolean> }[] = [];
	const writer = new NoteWriter(
		vault.app,
		() => settings,
		() => TODAY,
		(message, undo) => notices.push({ message, undo }),
	);
	const newMentor = vi.fn();
	const actions = createDashboardActions(vault.app, store, writer, newMentor);
	const lee = store.snapshot()?.mentors.find((m) => m.path === LEE) as MentorSummary;
	return { vault, actions, lee, newMentor, notices };
}

function opened<T extends { open(): void }>(kind: abstract new (...args: never[]) => T): T[] {
	const list: T[] = [];
	vi.spyOn(kind.prototype as { open(): void }, 'open').mockImplementation(function (this: T) {
		list.push(this);
	});
	return list;
}

afterEach(() => vi.restoreAllMocks());

describe('dashboard actions', () => {
	it('quick capture writes the item under Open items, with its date', async () => {
		const { vault, actions, lee } = await setUp();
		expect(await actions.captureItem(lee, { text: 'send CV by Friday', due: '2026-11-27' as CalendarDate, theirs: false, reply: false })).toBe(true);
		await settle();
		expect(await vault.read(LEE)).toContain('## Open items\n- [ ] send CV by Friday 📅 2026-11-27');
	});

	it('log email logs a contact today and says it was an email, with Undo', async () => {
		const { vault, actions, lee, notices } = await setUp();
		const before = await vault.read(LEE);
		expect(await actions.logEmail(lee)).toBe(true);
		await settle();
		expect(parseYaml(frontmatterBlock(await vault.read(LEE)) ?? '')).toMatchObject({ last_contact: TODAY });
		expect(notices.map((n) => n.message)).toEqual(['Logged an email to Dr. Maya Lee today.']);
		expect(await notices[0]?.undo?.()).toBe(true);
		expect(await vault.read(LEE)).toBe(before);
	});

	it('log contact still says contact', async () => {
		const { actions, lee, notices } = await setUp();
		expect(await actions.logContact(lee)).toBe(true);
		expect(notices.map((n) => n.message)).toEqual(['Logged contact with Dr. Maya Lee today.']);
	});

	it('snooze opens the snooze dialog for the mentor, which writes the day', async () => {
		const { vault, actions, lee } = await setUp();
		const modals = opened(SnoozeModal);
		actions.snooze(lee);
		const modal = modals[0];
		if (!modal) throw new Error('no snooze dialog');
		modal.setText('2026-12-08');
		expect(await modal.save()).toBe(true);
		await settle();
		expect(parseYaml(frontmatterBlock(await vault.read(LEE)) ?? '')).toMatchObject({ snooze_until: '2026-12-08' });
	});

	it('add item opens the dialog for the mentor, or asks which mentor first', async () => {
		const { actions, lee } = await setUp();
		const items = opened(ItemModal);
		const pickers = opened(MentorSuggestModal);
		actions.addItem(lee);
		expect(items).toHaveLength(1);
		actions.addItem(null);
		const picker = pickers[0];
		if (!picker) throw new Error('no mentor picker');
		picker.onChooseItem(picker.getItems()[1] as MentorSummary);
		expect(items).toHaveLength(2);
	});

	it('add item from Their court starts with "They owe this" on, also after asking which mentor', async () => {
		const { actions, lee } = await setUp();
		const items = opened(ItemModal);
		const pickers = opened(MentorSuggestModal);
		const owner = (modal: ItemModal | undefined): string => {
			if (!modal) throw new Error('no add item dialog');
			modal.onOpen();
			modal.setText('send the template', modal.draft().item.theirs);
			return [...modal.contentEl.querySelectorAll('.mentor-rally-chip')].map((c) => c.textContent).join(' | ');
		};
		actions.addItem(lee, { theirs: true });
		expect(owner(items[0])).toBe('Next meeting | Theirs: Dr. Maya Lee');
		expect(items[0]?.draft().item.theirs).toBe(true);
		actions.addItem(lee);
		expect(owner(items[1])).toBe('Next meeting | Yours');
		actions.addItem(null, { theirs: true });
		const picker = pickers[0];
		if (!picker) throw new Error('no mentor picker');
		expect(picker.inputEl.placeholder).toBe('An item owed to you by…');
		picker.onChooseItem(lee);
		expect(owner(items[2])).toBe('Next meeting | Theirs: Dr. Maya Lee');
	});
});
