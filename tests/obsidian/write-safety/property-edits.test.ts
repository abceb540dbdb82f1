import { describe, expect, it } from 'vitest';
import type { CalendarDate } from '../../../src/core/calendar-date';
import { CORPUS, expectPropertyEdit, MENTOR_PATHS, onlyThisFileChanges, openCorpus, properties, splitNote } from './corpus';

/**
 * "Log contact" (last_contact = today) and "snooze" (snooze_until): Obsidian's property
 * writer may reformat the YAML as its own property editor does (comments and flow style
 * are not kept), but every other property keeps its value and the body keeps every byte.
 */

const READABLE = MENTOR_PATHS.filter((path) => path !== 'Mentors/broken-yaml.md');

describe('logging contact', () => {
	it.each(READABLE)('%s: last_contact becomes today, every other property and the body stay', async (path) => {
		const corpus = await openCorpus();
		const mentor = corpus.mentor(path);
		const { before, after } = await onlyThisFileChanges(corpus, path, async () => expect(await corpus.writer.logContact(mentor)).toBe(true));
		expect(before).toBe(CORPUS[path]);
		expectPropertyEdit(before, after, { last_contact: '2026-11-24' });
		expect(corpus.done).toEqual([`Logged contact with ${mentor.name} today.`]);
		await corpus.store.build();
		expect(corpus.mentor(path).lastContact).toBe('2026-11-24');
		// The items are still read, each with its text (their lines moved only if a frontmatter block was added).
		expect(corpus.items(path).map((i) => i.raw.replace(/^\uFEFF/, ''))).toEqual((await openCorpus()).items(path).map((i) => i.raw.replace(/^\uFEFF/, '')));
	});

	it("keeps every value exactly (the comments go, as with Obsidian's property editor): lists, quoted and unquoted dates, a folded scalar, an empty value", async () => {
		const corpus = await openCorpus();
		const path = 'Mentors/frontmatter-comments.md';
		await corpus.writer.logContact(corpus.mentor(path));
		expect(properties(await corpus.read(path))).toEqual({
			type: 'mentor',
			role: ['research', 'sponsor'],
			aliases: ['Maya', 'Dr. Lee'],
			tags: ['mentor', 'surgery'],
			cadence: 'every 2 weeks',
			last_contact: '2026-11-24',
			since: '2024-09-01',
			next_meeting: '2026-12-01 15:00',
			email: null,
			institution: 'Hôpital Saint-Louis',
			'odd key': 1.5,
			notes: 'folded text over two lines\n',
		});
	});

	it('a note without frontmatter gets a block on top, and its text follows byte for byte', async () => {
		const corpus = await openCorpus();
		const path = 'Mentors/no-frontmatter.md';
		await corpus.writer.logContact(corpus.mentor(path));
		const after = await corpus.read(path);
		expect(properties(after)).toEqual({ last_contact: '2026-11-24' });
		expect(splitNote(after).body).toBe(CORPUS[path]);
	});

	it('a CRLF note keeps its body, CRLF and all', async () => {
		const corpus = await openCorpus();
		const path = 'Mentors/crlf-endings.md';
		await corpus.writer.logContact(corpus.mentor(path));
		const after = await corpus.read(path);
		const body = (CORPUS[path] ?? '').slice((CORPUS[path] ?? '').indexOf('# Dr. Carla Ruiz'));
		expect(after.endsWith(`\n${body}`)).toBe(true);
	});

	it.each(['Mentors/bom.md', 'Mentors/bom-task-first.md'])('%s: the byte-order mark does not hide the properties from the write', async (path) => {
		const corpus = await openCorpus();
		await corpus.writer.logContact(corpus.mentor(path));
		const after = await corpus.read(path);
		// One frontmatter block, at the very top; the old one was not pushed down into the body.
		expect(after.startsWith('---\n')).toBe(true);
		expect(after.match(/^---$/gm)).toHaveLength(2);
		expectPropertyEdit(CORPUS[path] ?? '', after, { last_contact: '2026-11-24' });
	});

	it('a note whose YAML does not parse is left alone, with a notice', async () => {
		const corpus = await openCorpus();
		const path = 'Mentors/broken-yaml.md';
		const { after } = await onlyThisFileChanges(corpus, path, async () => expect(await corpus.writer.logContact(corpus.mentor(path))).toBe(false));
		expect(after).toBe(CORPUS[path]);
		expect(corpus.notices).toEqual([expect.stringMatching(/^Could not update the properties of broken-yaml \(.+\)\. Nothing was written\.$/)]);
	});

	it('a note that was deleted or renamed: nothing is written or created', async () => {
		const corpus = await openCorpus();
		const gone = corpus.mentor('Mentors/nested.md');
		const moved = corpus.mentor('Mentors/unicode-rtl.md');
		await corpus.vault.app.vault.delete(corpus.vault.file(gone.path));
		await corpus.vault.app.fileManager.renameFile(corpus.vault.file(moved.path), 'Mentors/Renamed.md');
		const { after } = await onlyThisFileChanges(corpus, null, async () => {
			expect(await corpus.writer.logContact(gone)).toBe(false);
			expect(await corpus.writer.logContact(moved)).toBe(false);
		});
		expect(after).toBe('');
		expect(corpus.vault.app.vault.getAbstractFileByPath(gone.path)).toBeNull();
		expect(corpus.vault.app.vault.getAbstractFileByPath(moved.path)).toBeNull();
		expect(await corpus.read('Mentors/Renamed.md')).toBe(CORPUS['Mentors/unicode-rtl.md']);
		expect(corpus.notices).toEqual([`"${gone.path}" no longer exists.`, `"${moved.path}" no longer exists.`]);
	});
});

describe('snoozing', () => {
	it.each(READABLE)('%s: snooze_until is set, then lifted, and every other property and the body stay', async (path) => {
		const corpus = await openCorpus();
		const mentor = corpus.mentor(path);
		const original = CORPUS[path] ?? '';
		const set = await onlyThisFileChanges(corpus, path, async () => expect(await corpus.writer.snooze(mentor, '2026-12-08' as CalendarDate)).toBe(true));
		expectPropertyEdit(original, set.after, { snooze_until: '2026-12-08' });
		await corpus.store.build();
		expect(corpus.mentor(path).snoozedUntil).toBe('2026-12-08');

		const lifted = await onlyThisFileChanges(corpus, path, async () => expect(await corpus.writer.snooze(corpus.mentor(path), null)).toBe(true));
		expectPropertyEdit(original, lifted.after, {});
		expect(corpus.done).toEqual([`No meeting reminders for ${mentor.name} until Tue 8 Dec.`, `Meeting reminders for ${mentor.name} are back on.`]);
	});

	it('a note whose YAML does not parse is left alone, with a notice', async () => {
		const corpus = await openCorpus();
		const path = 'Mentors/broken-yaml.md';
		const { after } = await onlyThisFileChanges(corpus, path, async () => expect(await corpus.writer.snooze(corpus.mentor(path), '2026-12-08' as CalendarDate)).toBe(false));
		expect(after).toBe(CORPUS[path]);
		expect(corpus.notices).toEqual([expect.stringMatching(/^Could not update the properties of broken-yaml \(.+\)\. Nothing was written\.$/)]);
	});

	it('a note that was deleted: nothing is written or created', async () => {
		const corpus = await openCorpus();
		const mentor = corpus.mentor('Mentors/tabs-and-trailing-spaces.md');
		await corpus.vault.app.vault.delete(corpus.vault.file(mentor.path));
		const { after } = await onlyThisFileChanges(corpus, null, async () => expect(await corpus.writer.snooze(mentor, '2026-12-08' as CalendarDate)).toBe(false));
		expect(after).toBe('');
		expect(corpus.vault.app.vault.getAbstractFileByPath(mentor.path)).toBeNull();
	});
});

describe('a byte-order mark before YAML that does not parse', () => {
	it('is not taken off: a refused property edit writes nothing at all', async () => {
		const path = 'Mentors/bom-broken.md';
		const note = '\uFEFF---\nrole: [research\n---\n# Dr. Both\n';
		const corpus = await openCorpus({ [path]: note });
		const { after } = await onlyThisFileChanges(corpus, path, async () => expect(await corpus.writer.logContact(corpus.mentor(path))).toBe(false));
		expect(after).toBe(note);
		expect(corpus.notices).toEqual([expect.stringMatching(/^Could not update the properties of bom-broken \(.+\)\. Nothing was written\.$/)]);
	});
});
