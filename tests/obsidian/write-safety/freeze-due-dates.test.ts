import { describe, expect, it } from 'vitest';
import type { Item } from '../../../src/core/types';
import { CORPUS, frozen, lineOf, MENTOR_PATHS, onlyThisFileChanges, openCorpus, withLine, withLinesBefore, withoutLine } from './corpus';

/** "Freeze natural-language due dates in the current note": ` 📅 date` after each phrase, nothing else. */

const NOTES = [...MENTOR_PATHS, 'Meetings/2026-11-17 frontmatter-comments.md'];

/** What the command passes: the items of the note it runs in. */
function freeze(corpus: Awaited<ReturnType<typeof openCorpus>>, path: string, items: readonly Item[] = corpus.team().items): Promise<number> {
	return corpus.writer.freezeDueDates(
		path,
		items.filter((i) => i.path === path),
	);
}

describe('freezing due dates in tricky notes', () => {
	it.each(NOTES)('%s: each phrase gets its date on its own line; every other byte stays', async (path) => {
		const corpus = await openCorpus();
		const targets = corpus.items(path).filter((i) => i.open && i.dueSource === 'phrase');
		let expected = CORPUS[path] ?? '';
		for (const item of targets) {
			expect(lineOf(expected, item.line)).toBe(item.raw.replace(/^\uFEFF/, ''));
			expected = withLine(expected, item.line, frozen(item.raw, item.due ?? 'none'));
		}
		const { after } = await onlyThisFileChanges(corpus, path, async () => expect(await freeze(corpus, path)).toBe(targets.length));
		expect(after).toBe(expected);
		if (targets.length > 0) expect(corpus.done).toEqual([expect.stringMatching(new RegExp(`^Froze ${targets.length} due dates? in `))]);
		else expect(corpus.notices).toEqual(['No natural-language due dates to freeze in this note.']);
	});

	it('freezes identical lines each with its own date, and leaves the copy in the code block alone', async () => {
		const corpus = await openCorpus();
		const path = 'Mentors/duplicates.md';
		expect(await freeze(corpus, path)).toBe(3);
		expect(await corpus.read(path)).toBe(
			[
				'---',
				'type: mentor',
				'role: support',
				'---',
				'# Dr. Sam Okafor',
				'',
				'### 2026-11-03 Clinic',
				'- [ ] Send slides by Friday 📅 2026-11-06',
				'- [ ] Send slides by Friday 📅 2026-11-06',
				'',
				'### 2026-11-17 Clinic',
				'- [ ] Send slides by Friday 📅 2026-11-20',
				'',
				'```',
				'- [ ] Send slides by Friday',
				'```',
				'',
			].join('\n'),
		);
	});

	it.each([
		['Mentors/block-ids-and-done.md', 8, '- [ ] Send CV by Friday 📅 2026-11-13 ^abc'],
		['Mentors/block-ids-and-done.md', 12, '- [/] In progress by Friday 📅 2026-11-13 ^prog-1'],
		['Mentors/block-ids-and-done.md', 11, '- [-] Cancelled by Friday'],
		['Mentors/tabs-and-trailing-spaces.md', 11, '\t\t- [ ] Grandchild task by Friday 📅 2026-11-13'],
		['Mentors/tabs-and-trailing-spaces.md', 12, '- [ ] Trailing spaces after a block id by Friday 📅 2026-11-13 ^blk1'],
		['Mentors/callout-and-code.md', 10, '> > - [ ] Nested quote task by Friday 📅 2026-11-13'],
		['Mentors/callout-and-code.md', 14, '- [ ] Not a task: code by Friday'],
		['Mentors/callout-and-code.md', 18, '- [ ] Email the IRB by Friday'],
		['Mentors/bom-task-first.md', 1, '- [ ] Task on the very first line by Friday 📅 2026-11-13'],
		['Mentors/no-final-newline.md', 10, '- [ ] Send a thank-you note by Friday 📅 2026-11-20'],
		['Mentors/unicode-rtl.md', 11, '- [ ] שלח את המאמר \u200Fby Friday\u200F 📅 2026-11-13'],
		['Mentors/open-items-middle.md', 22, '- [ ] Logged task by Friday 📅 2026-11-06'],
		['Meetings/2026-11-17 frontmatter-comments.md', 7, '- [ ] Maya: send the dataset by Friday 📅 2026-11-20'],
	])('%s:%i reads "%s" after freezing', async (path, line, expected) => {
		const corpus = await openCorpus();
		await freeze(corpus, path);
		expect(lineOf(await corpus.read(path), line)).toBe(expected);
	});

	it('keeps the byte-order mark, CRLF breaks and the missing final newline', async () => {
		const corpus = await openCorpus();
		await freeze(corpus, 'Mentors/bom-task-first.md');
		expect(await corpus.read('Mentors/bom-task-first.md')).toBe('\uFEFF- [ ] Task on the very first line by Friday 📅 2026-11-13\n- [ ] Second line task\n\nSome prose.\n');
		await freeze(corpus, 'Mentors/crlf-endings.md');
		const crlf = await corpus.read('Mentors/crlf-endings.md');
		expect(crlf.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
		expect(crlf.endsWith('Met in the cafeteria.\r\n')).toBe(true);
		await freeze(corpus, 'Mentors/no-final-newline.md');
		expect((await corpus.read('Mentors/no-final-newline.md')).endsWith('note by Friday 📅 2026-11-20')).toBe(true);
	});

	it('a second freeze finds nothing left to freeze and writes nothing', async () => {
		const corpus = await openCorpus();
		const path = 'Mentors/unicode-rtl.md';
		await freeze(corpus, path);
		const once = await corpus.read(path);
		await corpus.store.build();
		expect(await freeze(corpus, path)).toBe(0);
		expect(await corpus.read(path)).toBe(once);
		expect(corpus.notices.at(-1)).toBe('No natural-language due dates to freeze in this note.');
	});
});

describe('lines changed since they were read are left alone, with a notice', () => {
	it('one line edited: the others are frozen, that one is not', async () => {
		const corpus = await openCorpus();
		const path = 'Mentors/duplicates.md';
		const items = corpus.team().items;
		const edited = withLine(CORPUS[path] ?? '', 9, '- [ ] Send slides by Friday, and the handout');
		await corpus.vault.app.vault.modify(corpus.vault.file(path), edited);
		expect(await freeze(corpus, path, items)).toBe(2);
		expect(await corpus.read(path)).toBe(withLine(withLine(edited, 8, '- [ ] Send slides by Friday 📅 2026-11-06'), 12, '- [ ] Send slides by Friday 📅 2026-11-20'));
		expect(corpus.done).toEqual(['Froze 2 due dates in duplicates. 1 line changed since they were read and was left alone.']);
	});

	it.each(['Mentors/crlf-endings.md', 'Mentors/nested.md', 'Mentors/unicode-rtl.md', 'Mentors/callout-and-code.md', 'Mentors/bom.md'])(
		'%s: a line inserted above every item moves them all: nothing is written',
		async (path) => {
			const corpus = await openCorpus();
			const items = corpus.team().items;
			const original = CORPUS[path] ?? '';
			const first = Math.min(...corpus.items(path).map((i) => i.line));
			const edited = withLinesBefore(original, first, ['A line typed above.'], original.includes('\r\n') ? '\r\n' : '\n');
			await corpus.vault.app.vault.modify(corpus.vault.file(path), edited);
			const { after } = await onlyThisFileChanges(corpus, path, () => freeze(corpus, path, items));
			expect(after).toBe(edited);
			expect(corpus.notices).toEqual([expect.stringMatching(/^Froze 0 due dates in .*\. \d+ lines? changed since they were read and (was|were) left alone\.$/)]);
		},
	);

	it('a deleted line: the lines after it moved, so they are left alone too', async () => {
		const corpus = await openCorpus();
		const path = 'Mentors/nested.md';
		const items = corpus.team().items;
		const edited = withoutLine(CORPUS[path] ?? '', 9);
		await corpus.vault.app.vault.modify(corpus.vault.file(path), edited);
		// Line 8 is still where it was and is frozen; 9, 10 and 13 now hold other text (or nothing).
		expect(await freeze(corpus, path, items)).toBe(1);
		expect(await corpus.read(path)).toBe(withLine(edited, 8, '- [ ] Parent by Friday 📅 2026-11-13'));
		expect(corpus.done).toEqual(['Froze 1 due date in nested. 3 lines changed since they were read and were left alone.']);
	});

	it('a note that was deleted', async () => {
		const corpus = await openCorpus();
		const path = 'Mentors/long-lines.md';
		const items = corpus.team().items;
		await corpus.vault.app.vault.delete(corpus.vault.file(path));
		const { after } = await onlyThisFileChanges(corpus, null, async () => expect(await freeze(corpus, path, items)).toBe(0));
		expect(after).toBe('');
		expect(corpus.vault.app.vault.getAbstractFileByPath(path)).toBeNull();
		expect(corpus.notices).toEqual([`"${path}" no longer exists.`]);
	});

	it('a note that was renamed', async () => {
		const corpus = await openCorpus();
		const path = 'Mentors/tabs-and-trailing-spaces.md';
		const items = corpus.team().items;
		await corpus.vault.app.fileManager.renameFile(corpus.vault.file(path), 'Archive/tabs.md');
		const { after } = await onlyThisFileChanges(corpus, null, async () => expect(await freeze(corpus, path, items)).toBe(0));
		expect(after).toBe('');
		expect(await corpus.read('Archive/tabs.md')).toBe(CORPUS[path]);
		expect(corpus.notices).toEqual([`"${path}" no longer exists.`]);
	});
});
