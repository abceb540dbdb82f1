import { describe, expect, it } from 'vitest';
import type { CalendarDate } from '../../src/core/calendar-date';
import { meetingAgenda } from '../../src/core/dashboard';
import { normalizeSettings } from '../../src/core/settings';
import type { TeamSnapshot } from '../../src/core/types';
import { NoteWriter } from '../../src/obsidian/note-writer';
import { TeamStore } from '../../src/obsidian/team-store';
import type { Undo } from '../../src/obsidian/undo';
import { createTestVault } from '../fakes/vault';

const TODAY = '2026-11-24' as CalendarDate;
const NOW = new Date(2026, 10, 24, 9, 30);
const PATH = 'Mentors/Dr. Maya Lee.md';
const LEE = ['---', 'type: mentor', 'cadence: every 2 weeks', 'last_contact: 2026-11-10', '---', '# Dr. Maya Lee', '', '## Open items', '- [ ] Send revised abstract by Friday ^abs1', ''].join('\r\n');

async function setUp() {
	const vault = createTestVault({ [PATH]: LEE });
	const settings = normalizeSettings({});
	const store = new TeamStore(
		vault.app,
		() => settings,
		() => NOW,
	);
	await store.build();
	const notices: { message: string; undo: Undo | undefined }[] = [];
	const writer = new NoteWriter(
		vault.app,
		() => settings,
		() => TODAY,
		(message, undo) => notices.push({ message, undo }),
	);
	const team = (): TeamSnapshot => store.snapshot() as TeamSnapshot;
	/** The Undo of the last notice (every write must offer one). */
	const lastUndo = (): Undo => {
		const undo = notices.at(-1)?.undo;
		if (!undo) throw new Error(`no Undo on "${notices.at(-1)?.message ?? ''}"`);
		return undo;
	};
	return { vault, store, writer, notices, team, lastUndo };
}

describe('every write can be undone to the exact previous text', () => {
	it('ticking an item: the notice says what it did, Undo puts the byte-exact text back', async () => {
		const { vault, writer, team, notices, lastUndo } = await setUp();
		expect(await writer.completeItem(team().items[0]!)).toBe(true);
		expect(notices.at(-1)?.message).toBe('Ticked "Send revised abstract by Friday" in Dr. Maya Lee.');
		expect(await lastUndo()()).toBe(true);
		expect(await vault.read(PATH)).toBe(LEE);
	});

	it('adding an item, logging contact and snoozing each undo on their own', async () => {
		const { vault, writer, team, notices, lastUndo } = await setUp();
		const mentor = team().mentors[0]!;
		await writer.addItem(mentor, { text: 'Send CV', due: null, theirs: false, reply: false });
		expect(notices.at(-1)?.message).toBe('Added "Send CV" to Dr. Maya Lee.');
		expect(await lastUndo()()).toBe(true);
		expect(await vault.read(PATH)).toBe(LEE);
		await writer.logContact(mentor);
		expect(await lastUndo()()).toBe(true);
		expect(await vault.read(PATH)).toBe(LEE);
		await writer.snooze(mentor, '2026-12-08' as CalendarDate);
		expect(notices.at(-1)?.message).toBe('No meeting reminders for Dr. Maya Lee until Tue 8 Dec.');
		expect(await lastUndo()()).toBe(true);
		expect(await vault.read(PATH)).toBe(LEE);
	});

	it('refuses, and says so, when the note changed since the write', async () => {
		const { vault, writer, team, notices, lastUndo } = await setUp();
		await writer.logContact(team().mentors[0]!);
		const undo = lastUndo();
		await vault.app.vault.process(vault.file(PATH), (text) => `${text}typed after\r\n`);
		const edited = await vault.read(PATH);
		expect(await undo()).toBe(false);
		expect(notices.at(-1)?.message).toBe('Not undone: Dr. Maya Lee changed since. Nothing was put back.');
		expect(await vault.read(PATH)).toBe(edited);
	});

	it('undoes once only', async () => {
		const { writer, team, notices, lastUndo } = await setUp();
		await writer.logContact(team().mentors[0]!);
		const undo = lastUndo();
		expect(await undo()).toBe(true);
		expect(await undo()).toBe(false);
		expect(notices.at(-1)?.message).toBe('Already undone.');
	});

	it('a created mentor note is deleted by Undo, unless it was edited since', async () => {
		const { vault, writer, lastUndo } = await setUp();
		const file = await writer.createMentor({ name: 'Dr. Sam Ortiz', roles: [], cadence: null, today: TODAY });
		expect(file?.path).toBe('Mentors/Dr. Sam Ortiz.md');
		expect(await lastUndo()()).toBe(true);
		expect(vault.app.vault.getAbstractFileByPath('Mentors/Dr. Sam Ortiz.md')).toBeNull();

		await writer.createMentor({ name: 'Dr. Ana Ruiz', roles: [], cadence: null, today: TODAY });
		const undo = lastUndo();
		await vault.app.vault.process(vault.file('Mentors/Dr. Ana Ruiz.md'), (text) => `${text}\nMy notes.\n`);
		expect(await undo()).toBe(false);
		expect(vault.app.vault.getAbstractFileByPath('Mentors/Dr. Ana Ruiz.md')).not.toBeNull();
	});

	it('a booked meeting: Undo deletes its note and puts the mentor note back', async () => {
		const { vault, writer, team, notices, lastUndo } = await setUp();
		const mentor = team().mentors[0]!;
		const file = await writer.startMeeting(mentor, { ...meetingAgenda(team(), mentor), date: '2026-12-08' as CalendarDate });
		expect(notices.at(-1)?.message).toBe('Booked a meeting with Dr. Maya Lee on Tue 8 Dec and started its note. No contact is logged until that day.');
		expect(await vault.read(PATH)).toContain('next_meeting: 2026-12-08');
		expect(await lastUndo()()).toBe(true);
		expect(vault.app.vault.getAbstractFileByPath(file!.path)).toBeNull();
		expect(await vault.read(PATH)).toBe(LEE);
	});
});

describe('ticking a recurring item keeps the series going', () => {
	it('writes the next occurrence above the done line, and Undo takes both back', async () => {
		const text = ['---', 'type: mentor', '---', '## Open items', '- [ ] Update the log 🔁 every 2 weeks 📅 2026-11-20', ''].join('\n');
		const vault = createTestVault({ [PATH]: text });
		const settings = normalizeSettings({});
		const store = new TeamStore(
			vault.app,
			() => settings,
			() => NOW,
		);
		await store.build();
		const notices: { message: string; undo: Undo | undefined }[] = [];
		const writer = new NoteWriter(
			vault.app,
			() => settings,
			() => TODAY,
			(message, undo) => notices.push({ message, undo }),
		);
		expect(await writer.completeItem((store.snapshot() as TeamSnapshot).items[0]!)).toBe(true);
		expect(await vault.read(PATH)).toBe(
			['---', 'type: mentor', '---', '## Open items', '- [ ] Update the log 🔁 every 2 weeks 📅 2026-12-04', '- [x] Update the log 🔁 every 2 weeks 📅 2026-11-20 ✅ 2026-11-24', ''].join('\n'),
		);
		expect(notices.at(-1)?.message).toBe('Ticked "Update the log" in Dr. Maya Lee. The next one, every 2 weeks, is due Fri 4 Dec.');
		await store.build();
		expect((store.snapshot() as TeamSnapshot).items.filter((i) => i.open).map((i) => i.dueDate)).toEqual(['2026-12-04']);
		expect(await notices.at(-1)!.undo!()).toBe(true);
		expect(await vault.read(PATH)).toBe(text);
	});

	it('a rule it cannot follow: ✅ only, and the notice says the next one was not made', async () => {
		const text = '---\ntype: mentor\n---\n- [ ] Odd 🔁 every third Tuesday of the month 📅 2026-11-17\n';
		const vault = createTestVault({ [PATH]: text });
		const settings = normalizeSettings({});
		const store = new TeamStore(
			vault.app,
			() => settings,
			() => NOW,
		);
		await store.build();
		const notices: string[] = [];
		const writer = new NoteWriter(
			vault.app,
			() => settings,
			() => TODAY,
			(message) => notices.push(message),
		);
		expect(await writer.completeItem((store.snapshot() as TeamSnapshot).items[0]!)).toBe(true);
		expect(await vault.read(PATH)).toBe('---\ntype: mentor\n---\n- [x] Odd 🔁 every third Tuesday of the month 📅 2026-11-17 ✅ 2026-11-24\n');
		expect(notices.at(-1)).toMatch(/the next occurrence was not made\.$/);
	});
});
