import { describe, expect, it } from 'vitest';
import type { CalendarDate } from '../../src/core/calendar-date';
import { normalizeSettings } from '../../src/core/settings';
import type { TeamSnapshot } from '../../src/core/types';
import { ItemModal } from '../../src/obsidian/modals/item-modal';
import { NoteWriter } from '../../src/obsidian/note-writer';
import { TeamStore } from '../../src/obsidian/team-store';
import { openMeetingNoteOf } from '../../src/obsidian/workspace-helpers';
import { createTestVault } from '../fakes/vault';

const TODAY = '2026-11-24' as CalendarDate;
const NOW = new Date(2026, 10, 24, 9, 30);
const SETTINGS = normalizeSettings({});
const MARSH = 'Mentors/Dr. Ada Marsh.md';
const MEETING = 'Meetings/2026-11-24 Dr. Ada Marsh.md';
const FILES = {
	[MARSH]: '---\ntype: mentor\naliases: [Ada]\n---\n# Dr. Ada Marsh\n',
	[MEETING]: '---\nmentor: "[[Dr. Ada Marsh]]"\ndate: 2026-11-24\n---\n# Meeting\n\n## Notes\n',
};

async function setUp() {
	const vault = createTestVault(FILES);
	const store = new TeamStore(
		vault.app,
		() => SETTINGS,
		() => NOW,
	);
	await store.build();
	const writer = new NoteWriter(
		vault.app,
		() => SETTINGS,
		() => TODAY,
		() => undefined,
	);
	return { vault, store, writer, team: () => store.snapshot() as TeamSnapshot };
}

describe('add item reads whose court it is as the index does', () => {
	it.each([
		['Dr. Marsh: send the template', 'Theirs: Dr. Ada Marsh'],
		['Dr. Marsh will send the template', 'Theirs: Dr. Ada Marsh'],
		['Ada to review the abstract', 'Theirs: Dr. Ada Marsh'],
		['Marsh will intro me Friday', 'Theirs: Dr. Ada Marsh'],
		['Send the template to Dr. Marsh', 'Yours'],
	])('"%s" previews as %s, and the index agrees once written', async (text, chip) => {
		const { vault, store, writer, team } = await setUp();
		const mentor = team().mentors[0]!;
		const modal = new ItemModal(vault.app, { mode: 'item', mentor, today: TODAY, settings: SETTINGS, submit: (item) => writer.addItem(mentor, item) });
		modal.onOpen();
		modal.setText(text);
		const chips = [...modal.contentEl.querySelectorAll('.mentor-rally-chip')].map((el) => el.textContent);
		expect(chips).toContain(chip);
		expect(await modal.save()).toBe(true);
		await store.build();
		const written = team().items.find((i) => i.text.startsWith(text.slice(0, 10)));
		expect(written?.owner).toBe(chip === 'Yours' ? 'me' : 'them');
	});

	it('with a meeting note of that mentor open, the item goes into it', async () => {
		const { vault, store, writer, team } = await setUp();
		await vault.app.workspace.getLeaf(false).openFile(vault.file(MEETING));
		const into = openMeetingNoteOf(vault.app, MARSH, SETTINGS.properties.mentor);
		expect(into).toBe(MEETING);
		const mentor = team().mentors[0]!;
		await writer.addItem(mentor, { text: 'Send CV by Friday', due: '2026-11-27' as CalendarDate, theirs: false, reply: false }, into);
		expect(await vault.read(MEETING)).toContain('## New items\n- [ ] Send CV by Friday 📅 2026-11-27\n');
		expect(await vault.read(MARSH)).toBe(FILES[MARSH]);
		await store.build();
		expect(team().items.map((i) => [i.path, i.mentorPath])).toEqual([[MEETING, MARSH]]);
		// Another note open: the mentor note.
		await vault.app.workspace.getLeaf(false).openFile(vault.file(MARSH));
		expect(openMeetingNoteOf(vault.app, MARSH, SETTINGS.properties.mentor)).toBeNull();
	});
});
