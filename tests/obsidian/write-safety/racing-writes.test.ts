import { describe, expect, it } from 'vitest';
import { Component } from 'obsidian';
import { normalizeSettings } from '../../../src/core/settings';
import { NoteWriter } from '../../../src/obsidian/note-writer';
import { createDashboardActions } from '../../../src/obsidian/plugin-actions';
import { TeamStore } from '../../../src/obsidian/team-store';
import { createTestVault } from '../../fakes/vault';

/** Two clicks in quick succession: both writes land, as they do in Obsidian. */

const NOW = new Date(2026, 10, 24, 9, 30);
const PATH = 'Mentors/Dr. Maya Lee.md';
const LEE = `---
type: mentor
---
# Dr. Maya Lee
- [ ] Send revised abstract
- [ ] Book the clinic shadowing
`;

async function openTeam() {
	const vault = createTestVault({ [PATH]: LEE });
	const settings = normalizeSettings({});
	const store = new TeamStore(
		vault.app,
		() => settings,
		() => NOW,
	);
	store.registerEvents(new Component());
	vault.layoutReady();
	await store.build();
	const notices: string[] = [];
	const writer = new NoteWriter(
		vault.app,
		() => settings,
		() => store.today(),
		(message, undo) => {
			if (!undo) notices.push(message);
		},
	);
	const actions = createDashboardActions(vault.app, store, writer, () => undefined);
	return { vault, store, actions, notices };
}

describe('racing writes', () => {
	it('ticking two items of one note at once completes both', async () => {
		const { vault, store, actions, notices } = await openTeam();
		const [first, second] = store.snapshot()?.items ?? [];
		expect(first && second).toBeTruthy();
		const results = await Promise.all([actions.completeItem(first!), actions.completeItem(second!)]);
		expect(results).toEqual([true, true]);
		expect(notices).toEqual([]);
		expect(await vault.read(PATH)).toBe(
			LEE.replace('- [ ] Send revised abstract', '- [x] Send revised abstract ✅ 2026-11-24').replace('- [ ] Book the clinic shadowing', '- [x] Book the clinic shadowing ✅ 2026-11-24'),
		);
	});

	it('the fake runs Vault.process calls on one file one after another, as Obsidian does', async () => {
		const { vault } = await openTeam();
		const file = vault.file(PATH);
		await Promise.all([vault.app.vault.process(file, (text) => `${text}a\n`), vault.app.vault.process(file, (text) => `${text}b\n`)]);
		expect(await vault.read(PATH)).toBe(`${LEE}a\nb\n`);
	});

	it('a property edit and a body edit at once both land', async () => {
		const { vault } = await openTeam();
		const file = vault.file(PATH);
		await Promise.all([
			vault.app.fileManager.processFrontMatter(file, (fm: Record<string, unknown>) => (fm.last_contact = '2026-11-24')),
			vault.app.vault.process(file, (text) => `${text}- [ ] New item\n`),
		]);
		const text = await vault.read(PATH);
		expect(text).toContain('last_contact: 2026-11-24');
		expect(text).toContain('- [ ] New item\n');
	});
});
