import { describe, expect, it, vi } from 'vitest';
import { Component } from 'obsidian';
import type { CalendarDate } from '../../src/core/calendar-date';
import { normalizeSettings, type MentorRallySettings } from '../../src/core/settings';
import { toReportJson } from '../../src/core/report';
import { TeamStore } from '../../src/obsidian/team-store';
import { createTestVault, settle, type TestVault } from '../fakes/vault';

const NOW = new Date(2026, 10, 24, 9, 30); // 24 Nov 2026, local time

const LEE = `---
type: mentor
role: [research]
cadence: every 2 weeks
last_contact: 2026-11-10
---
# Dr. Maya Lee
- [ ] Send revised abstract 📅 2026-11-20
`;
const MEETING = `---
mentor: "[[Dr. Maya Lee]]"
date: 2026-11-17
---
- [ ] Maya: send the dataset
`;
const UNRELATED = `---
tags: [lecture]
---
- [ ] Read chapter 3
`;

function setUp(files: Record<string, string>, settings: MentorRallySettings = normalizeSettings({})) {
	const vault = createTestVault(files);
	let current = settings;
	const store = new TeamStore(
		vault.app,
		() => current,
		() => NOW,
	);
	const component = new Component();
	store.registerEvents(component);
	return { vault, store, component, setSettings: (s: MentorRallySettings) => (current = s) };
}

async function ready(vault: TestVault, store: TeamStore, component: Component): Promise<void> {
	vault.layoutReady();
	store.registerCreate(component);
	await store.build();
}

describe('TeamStore', () => {
	it('has no team until the index is built, then reads only mentor and meeting notes', async () => {
		const { vault, store, component } = setUp({ 'Mentors/Dr. Maya Lee.md': LEE, 'Meetings/2026-11-17 Lee.md': MEETING, 'Lecture.md': UNRELATED });
		expect(store.snapshot()).toBeNull();
		const cachedRead = vi.spyOn(vault.app.vault, 'cachedRead');
		await ready(vault, store, component);
		const team = store.snapshot();
		expect(team?.mentors.map((m) => m.name)).toEqual(['Dr. Maya Lee']);
		expect(team?.mentors[0]?.lastContact).toBe('2026-11-17');
		expect(cachedRead.mock.calls.map(([file]) => file.path).sort()).toEqual(['Meetings/2026-11-17 Lee.md', 'Mentors/Dr. Maya Lee.md']);
		expect(team?.items.map((i) => [i.text, i.owner])).toEqual([
			['Maya: send the dataset', 'them'],
			['Send revised abstract 📅 2026-11-20', 'me'],
		]);
	});

	it('updates one file at a time and ends where a fresh build would', async () => {
		const { vault, store, component } = setUp({ 'Mentors/Dr. Maya Lee.md': LEE, 'Lecture.md': UNRELATED });
		await ready(vault, store, component);
		const changes = vi.fn();
		store.onChange(changes);

		await vault.app.vault.create('Meetings/2026-11-17 Lee.md', MEETING);
		expect(store.snapshot()?.mentors[0]?.lastContact).toBe('2026-11-17');

		await vault.app.vault.modify(vault.file('Mentors/Dr. Maya Lee.md'), LEE.replace('[research]', '[research, sponsor]'));
		expect(store.snapshot()?.mentors[0]?.roles).toEqual(['research', 'sponsor']);

		await vault.app.vault.rename(vault.file('Mentors/Dr. Maya Lee.md'), 'Mentors/Dr. M Lee.md');
		await settle();
		expect(store.snapshot()?.mentors.map((m) => m.name)).toEqual(['Dr. M Lee']);
		// The meeting note still links the old name: that is now a problem, not a crash.
		expect(store.snapshot()?.problems.map((p) => p.path)).toEqual(['Meetings/2026-11-17 Lee.md']);

		await vault.app.vault.delete(vault.file('Meetings/2026-11-17 Lee.md'));
		expect(store.snapshot()?.problems).toEqual([]);
		expect(changes).toHaveBeenCalled();

		const incremental = toReportJson(store.snapshot()!);
		const fresh = setUp(Object.fromEntries(await Promise.all(vault.app.vault.getMarkdownFiles().map(async (f) => [f.path, await vault.app.vault.read(f)] as const))));
		await ready(fresh.vault, fresh.store, fresh.component);
		expect(incremental).toEqual(toReportJson(fresh.store.snapshot()!));
	});

	it('stays quiet when an unrelated note changes', async () => {
		const { vault, store, component } = setUp({ 'Mentors/Dr. Maya Lee.md': LEE, 'Lecture.md': UNRELATED });
		await ready(vault, store, component);
		const changes = vi.fn();
		store.onChange(changes);
		await vault.app.vault.modify(vault.file('Lecture.md'), `${UNRELATED}- [ ] Another\n`);
		expect(changes).not.toHaveBeenCalled();
	});

	it('shows a note with broken properties as a problem and keeps the rest of the team', async () => {
		const broken = '---\ntype: mentor\nrole: [support\ncadence: weekly\n---\n- [ ] Ask about clinic\n';
		const { vault, store, component } = setUp({ 'Mentors/Dr. Maya Lee.md': LEE, 'Mentors/Sam Okafor.md': broken });
		await ready(vault, store, component);
		const team = store.snapshot()!;
		expect(team.mentors.map((m) => m.name)).toEqual(['Dr. Maya Lee', 'Sam Okafor']);
		expect(team.mentors[1]?.roles).toEqual(['support']);
		expect(team.problems).toHaveLength(1);
		expect(team.problems[0]?.path).toBe('Mentors/Sam Okafor.md');
		expect(team.problems[0]?.message).toMatch(/properties at the top of the note could not be read/);
	});

	it('rebuilds with new settings', async () => {
		const plain = '# Jordan Reyes\n- [ ] Send the study plan\n';
		const { vault, store, component, setSettings } = setUp({ 'People/Jordan Reyes.md': plain });
		await ready(vault, store, component);
		expect(store.snapshot()?.mentors).toEqual([]);
		setSettings(normalizeSettings({ mentorsFolder: 'People' }));
		await store.build();
		expect(store.snapshot()?.mentors.map((m) => m.name)).toEqual(['Jordan Reyes']);
	});

	it('reads a large vault in batches and misses none', async () => {
		const files: Record<string, string> = {};
		for (let i = 0; i < 620; i++) files[`Mentors/Mentor ${i}.md`] = `---\ntype: mentor\n---\n- [ ] Item ${i}\n`;
		const { vault, store, component } = setUp(files);
		await ready(vault, store, component);
		expect(store.snapshot()?.mentors).toHaveLength(620);
		expect(store.snapshot()?.items).toHaveLength(620);
	});

	it('tells listeners when the day turns', async () => {
		let now = new Date(2026, 10, 24, 23, 59);
		const vault = createTestVault({ 'Mentors/Dr. Maya Lee.md': LEE });
		const store = new TeamStore(
			vault.app,
			() => normalizeSettings({}),
			() => now,
		);
		await store.build();
		const changes = vi.fn();
		store.onChange(changes);
		store.checkDay();
		expect(changes).not.toHaveBeenCalled();
		now = new Date(2026, 10, 25, 0, 1);
		store.checkDay();
		expect(changes).toHaveBeenCalledTimes(1);
		expect(store.snapshot()?.today).toBe('2026-11-25' as CalendarDate);
	});

	describe('file creation times it cannot trust', () => {
		const UNDATED = '---\ntype: mentor\n---\n# Dr. Ana Ruiz\n- [ ] Send the poster by Friday\n';
		const PATH = 'Mentors/Dr. Ana Ruiz.md';

		async function itemWithCreated(ctime: unknown, mtime: unknown) {
			const { vault, store, component } = setUp({ [PATH]: UNDATED });
			Object.assign(vault.file(PATH).stat, { ctime, mtime });
			await ready(vault, store, component);
			return store.snapshot()?.items[0];
		}

		it('reads "by Friday" from the day the note was created', async () => {
			const item = await itemWithCreated(new Date(2026, 10, 17, 10).getTime(), new Date(2026, 10, 18).getTime());
			expect(item?.referenceDate).toBe('2026-11-17');
			expect(item?.dueDate).toBe('2026-11-20');
		});

		it.each([
			['0 (Android, some file systems)', 0, new Date(2026, 10, 18).getTime()],
			['later than the last edit (a synced copy)', new Date(2026, 10, 23).getTime(), new Date(2026, 10, 18).getTime()],
			['negative', -1, 0],
		])('never reads "by Friday" from a creation time that is %s', async (_, ctime, mtime) => {
			const item = await itemWithCreated(ctime, mtime);
			expect(item?.referenceDate).toBeNull();
			expect(item?.dueSource).not.toBe('phrase');
		});

		it.each([
			['text', 'yesterday'],
			['NaN', Number.NaN],
			['an object', {}],
			['missing', undefined],
		])('builds the team when the creation time is %s', async (_, ctime) => {
			const item = await itemWithCreated(ctime, 'garbage');
			expect(item?.text).toBe('Send the poster by Friday');
			expect(item?.referenceDate).toBeNull();
		});
	});

	describe('a note that throws while being read', () => {
		const SAM = '---\ntype: mentor\n---\n# Sam Okafor\n- [ ] Ask about clinic\n';
		const files = { 'Mentors/Dr. Maya Lee.md': LEE, 'Mentors/Sam Okafor.md': SAM, 'Meetings/2026-11-17 Lee.md': MEETING };

		it('is a problem for that note only when its text cannot be read', async () => {
			const { vault, store, component } = setUp(files);
			const cachedRead = vault.app.vault.cachedRead.bind(vault.app.vault);
			vi.spyOn(vault.app.vault, 'cachedRead').mockImplementation((file) => (file.path === 'Mentors/Sam Okafor.md' ? Promise.reject(new Error('EACCES: permission denied')) : cachedRead(file)));
			await ready(vault, store, component);
			const team = store.snapshot()!;
			expect(team.mentors.map((m) => m.name)).toEqual(['Dr. Maya Lee']);
			expect(team.items).toHaveLength(2);
			expect(team.problems).toEqual([{ path: 'Mentors/Sam Okafor.md', message: 'could not be read: EACCES: permission denied' }]);
		});

		it('is a problem for that note only when its cache entry throws, at start-up and on a later change', async () => {
			const { vault, store, component } = setUp(files);
			const getFileCache = vault.app.metadataCache.getFileCache.bind(vault.app.metadataCache);
			let broken = 'Mentors/Sam Okafor.md';
			vi.spyOn(vault.app.metadataCache, 'getFileCache').mockImplementation((file) => {
				if (file.path === broken) throw new TypeError('Cannot read properties of undefined');
				return getFileCache(file);
			});
			await ready(vault, store, component);
			expect(store.snapshot()?.mentors.map((m) => m.name)).toEqual(['Dr. Maya Lee']);
			expect(store.snapshot()?.problems.map((p) => [p.path, p.message])).toEqual([['Mentors/Sam Okafor.md', 'could not be read: Cannot read properties of undefined']]);

			// The cache hands over an entry whose properties throw when looked at.
			broken = '';
			const hostile = {
				get frontmatter(): never {
					throw new TypeError('bad cache entry');
				},
			};
			vault.mock.metadataCache.trigger('changed', vault.file('Mentors/Dr. Maya Lee.md'), LEE, hostile);
			const team = store.snapshot()!;
			expect(team.problems.map((p) => [p.path, p.message])).toContainEqual(['Mentors/Dr. Maya Lee.md', 'could not be read: bad cache entry']);
			expect(team.mentors).toEqual([]);

			// Once the note reads again, the problem goes.
			await vault.app.vault.modify(vault.file('Mentors/Dr. Maya Lee.md'), LEE);
			await vault.app.vault.modify(vault.file('Mentors/Sam Okafor.md'), SAM);
			expect(store.snapshot()?.mentors.map((m) => m.name)).toEqual(['Dr. Maya Lee', 'Sam Okafor']);
			expect(store.snapshot()?.problems).toEqual([]);
		});
	});

	describe('a note renamed to another extension', () => {
		it('leaves no ghost mentor behind, and comes back when renamed to .md again', async () => {
			const { vault, store, component } = setUp({ 'Mentors/Dr. Maya Lee.md': LEE });
			await ready(vault, store, component);
			const changes = vi.fn();
			store.onChange(changes);
			await vault.app.vault.rename(vault.file('Mentors/Dr. Maya Lee.md'), 'Mentors/Dr. Maya Lee.txt');
			await settle();
			expect(store.snapshot()?.mentors).toEqual([]);
			expect(store.snapshot()?.items).toEqual([]);
			expect(changes).toHaveBeenCalled();
			await vault.app.vault.rename(vault.file('Mentors/Dr. Maya Lee.txt'), 'Mentors/Dr. Maya Lee.md');
			await settle();
			expect(store.snapshot()?.mentors.map((m) => m.name)).toEqual(['Dr. Maya Lee']);
		});

		it('is not indexed when the rename lands while the index is being built', async () => {
			const { vault, store, component } = setUp({ 'Mentors/Dr. Maya Lee.md': LEE, 'Mentors/Sam Okafor.md': '---\ntype: mentor\n---\n' });
			vault.layoutReady();
			store.registerCreate(component);
			const building = store.build();
			await vault.app.vault.rename(vault.file('Mentors/Dr. Maya Lee.md'), 'Mentors/Dr. Maya Lee.txt');
			await building;
			await settle();
			expect(store.snapshot()?.mentors.map((m) => m.name)).toEqual(['Sam Okafor']);
		});
	});

	describe('a metadata cache still indexing at layout-ready', () => {
		const SAM = '---\ntype: mentor\n---\n# Sam Okafor\n- [ ] Ask about clinic\n';
		const files = { 'Mentors/Dr. Maya Lee.md': LEE, 'People/Sam Okafor.md': SAM };

		it('builds once more on the first "resolved" event, and only then is complete', async () => {
			const vault = createTestVault(files, { notYetIndexed: ['People/Sam Okafor.md'] });
			const store = new TeamStore(
				vault.app,
				() => normalizeSettings({}),
				() => NOW,
			);
			const component = new Component();
			store.registerEvents(component);
			const complete = vi.fn();
			void store.whenComplete().then(complete);
			await ready(vault, store, component);
			expect(store.snapshot()?.mentors.map((m) => m.name)).toEqual(['Dr. Maya Lee']);
			await settle();
			expect(complete).not.toHaveBeenCalled();

			const cachedRead = vi.spyOn(vault.app.vault, 'cachedRead');
			vault.finishIndexing({ quietly: true });
			await store.whenComplete();
			expect(store.snapshot()?.mentors.map((m) => m.name)).toEqual(['Dr. Maya Lee', 'Sam Okafor']);
			const reads = cachedRead.mock.calls.length;
			expect(reads).toBe(2);

			// Obsidian fires "resolved" again after every later change: no more rebuilds.
			vault.mock.metadataCache.trigger('resolved');
			vault.mock.metadataCache.trigger('resolved');
			await settle();
			expect(cachedRead.mock.calls.length).toBe(reads);
		});

		it('is complete after the first build when the cache was already indexed', async () => {
			const { vault, store, component } = setUp(files);
			await ready(vault, store, component);
			await store.whenComplete();
			expect(store.snapshot()?.mentors).toHaveLength(2);
		});

		it('counts a "resolved" event that came before layout-ready', async () => {
			const vault = createTestVault(files, { notYetIndexed: ['People/Sam Okafor.md'] });
			const store = new TeamStore(
				vault.app,
				() => normalizeSettings({}),
				() => NOW,
			);
			const component = new Component();
			store.registerEvents(component);
			vault.finishIndexing();
			// Obsidian's flag can lag behind its event: trust the event.
			(vault.mock.metadataCache as unknown as { resolved: boolean }).resolved = false;
			await ready(vault, store, component);
			await store.whenComplete();
			expect(store.snapshot()?.mentors).toHaveLength(2);
		});
	});
});
