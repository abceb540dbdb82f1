import { describe, expect, it } from 'vitest';
import { completed, CORPUS, lineOf, MENTOR_PATHS, onlyThisFileChanges, openCorpus, withLine, withLinesBefore, withoutLine } from './corpus';

/** "Complete an item" (the dashboard's checkbox): one line changes, and only that line. */

// Every mentor note (a note whose YAML is broken still has its tasks completed) and the meeting note.
const NOTES_WITH_OPEN_ITEMS = [...MENTOR_PATHS, 'Meetings/2026-11-17 frontmatter-comments.md'];

describe('completing items in tricky notes', () => {
	it.each(NOTES_WITH_OPEN_ITEMS)('%s: each open item in turn changes exactly its own line', async (path) => {
		const corpus = await openCorpus();
		const items = corpus.items(path).filter((i) => i.open);
		expect(items.length).toBeGreaterThan(0);
		for (const item of items) {
			// The line number and text the plugin read are the file's own.
			expect(lineOf(CORPUS[path] ?? '', item.line)).toBe(item.raw.replace(/^\uFEFF/, ''));
			const { before, after } = await onlyThisFileChanges(corpus, path, () => corpus.writer.completeItem(item));
			expect(after).toBe(withLine(before, item.line, completed(item.raw)));
		}
		expect(corpus.notices).toEqual([]);
	});

	it('completing the second of two identical lines touches only the second', async () => {
		const corpus = await openCorpus();
		const path = 'Mentors/duplicates.md';
		const before = CORPUS[path] ?? '';
		expect(await corpus.writer.completeItem(corpus.item(path, 9))).toBe(true);
		expect(await corpus.read(path)).toBe(before.replace('- [ ] Send slides by Friday\n- [ ] Send slides by Friday\n', '- [ ] Send slides by Friday\n- [x] Send slides by Friday ✅ 2026-11-24\n'));
		// The copy inside the code block is not an item and is never touched.
		expect(corpus.items(path).map((i) => i.line)).toEqual([8, 9, 12]);
		expect(await corpus.read(path)).toContain('```\n- [ ] Send slides by Friday\n```\n');
	});

	it.each([
		['Mentors/block-ids-and-done.md', 8, '- [x] Send CV by Friday ✅ 2026-11-24 ^abc'],
		['Mentors/block-ids-and-done.md', 12, '- [x] In progress by Friday ✅ 2026-11-24 ^prog-1'],
		['Mentors/block-ids-and-done.md', 16, '2) [x] Ordered with a parenthesis by Friday ✅ 2026-11-24'],
		['Mentors/callout-and-code.md', 9, '> - [x] Email the IRB by Friday ✅ 2026-11-24'],
		['Mentors/callout-and-code.md', 10, '> > - [x] Nested quote task by Friday ✅ 2026-11-24'],
		['Mentors/tabs-and-trailing-spaces.md', 10, '\t- [x] Child task\twith a tab by Friday ✅ 2026-11-24'],
		['Mentors/tabs-and-trailing-spaces.md', 12, '- [x] Trailing spaces after a block id by Friday ✅ 2026-11-24 ^blk1'],
		['Mentors/nested.md', 10, '    - [x] Grandchild by Friday ✅ 2026-11-24'],
		['Mentors/unicode-rtl.md', 11, '- [x] שלח את המאמר \u200Fby Friday\u200F ✅ 2026-11-24'],
		['Mentors/bom-task-first.md', 1, '- [x] Task on the very first line by Friday ✅ 2026-11-24'],
		['Mentors/no-final-newline.md', 10, '- [x] Send a thank-you note by Friday ✅ 2026-11-24'],
		['Mentors/crlf-endings.md', 15, '- [x] Draft the case report by Friday ✅ 2026-11-24'],
	])('%s:%i reads "%s" after completing', async (path, line, expected) => {
		const corpus = await openCorpus();
		expect(await corpus.writer.completeItem(corpus.item(path, line))).toBe(true);
		const after = await corpus.read(path);
		expect(after).toBe(withLine(CORPUS[path] ?? '', line, expected));
		expect(lineOf(after, line)).toBe(expected);
	});

	it('keeps the byte-order mark, the CRLF breaks and the missing final newline', async () => {
		const corpus = await openCorpus();
		await corpus.writer.completeItem(corpus.item('Mentors/bom-task-first.md', 1));
		expect(await corpus.read('Mentors/bom-task-first.md')).toBe('\uFEFF- [x] Task on the very first line by Friday ✅ 2026-11-24\n- [ ] Second line task\n\nSome prose.\n');
		await corpus.writer.completeItem(corpus.item('Mentors/crlf-endings.md', 10));
		const crlf = await corpus.read('Mentors/crlf-endings.md');
		expect(crlf.split('\r\n')).toHaveLength(19);
		expect(crlf.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
		await corpus.writer.completeItem(corpus.item('Mentors/no-final-newline.md', 10));
		expect(await corpus.read('Mentors/no-final-newline.md')).toMatch(/note by Friday ✅ 2026-11-24$/u);
	});

	it('keeps a 10,000-character line whole', async () => {
		const corpus = await openCorpus();
		const item = corpus.item('Mentors/long-lines.md', 8);
		expect(item.raw.length).toBeGreaterThan(10_000);
		await corpus.writer.completeItem(item);
		expect(await corpus.read('Mentors/long-lines.md')).toBe(withLine(CORPUS['Mentors/long-lines.md'] ?? '', 8, `${item.raw.replace('[ ]', '[x]')} ✅ 2026-11-24`));
	});

	it.each([
		['Mentors/block-ids-and-done.md', 9],
		['Mentors/block-ids-and-done.md', 10],
		['Mentors/block-ids-and-done.md', 11],
		['Mentors/nested.md', 11],
	])('%s:%i is already closed: nothing is written and a notice says so', async (path, line) => {
		const corpus = await openCorpus();
		const { after } = await onlyThisFileChanges(corpus, null, () => corpus.writer.completeItem(corpus.item(path, line)));
		expect(after).toBe('');
		expect(await corpus.read(path)).toBe(CORPUS[path]);
		expect(corpus.notices).toEqual([expect.stringMatching(/is already closed/)]);
	});
});

/** Targets for the refusal tests: a plain note, CRLF, a BOM on the target line, no final newline, a callout, the second duplicate. */
const TARGETS: [string, number][] = [
	['Mentors/frontmatter-comments.md', 25],
	['Mentors/crlf-endings.md', 11],
	['Mentors/bom-task-first.md', 1],
	['Mentors/no-final-newline.md', 10],
	['Mentors/callout-and-code.md', 9],
	['Mentors/duplicates.md', 12],
	['Mentors/unicode-rtl.md', 12],
];

describe('a line changed since it was read is refused, and nothing is written', () => {
	it.each(TARGETS)('%s:%i edited in place', async (path, line) => {
		const corpus = await openCorpus();
		const item = corpus.item(path, line);
		const edited = withLine(CORPUS[path] ?? '', line, `${item.raw.replace(/^\uFEFF/, '')} (asked twice)`);
		await corpus.vault.app.vault.modify(corpus.vault.file(path), edited);
		const { after } = await onlyThisFileChanges(corpus, path, async () => expect(await corpus.writer.completeItem(item)).toBe(false));
		expect(after).toBe(edited);
		expect(corpus.notices).toEqual([expect.stringMatching(new RegExp(`^Not completed: line ${line} has changed since it was read in `))]);
	});

	it.each(TARGETS)('%s:%i moved down by a line inserted above', async (path, line) => {
		const corpus = await openCorpus();
		const item = corpus.item(path, line);
		const original = CORPUS[path] ?? '';
		const eol = original.includes('\r\n') ? '\r\n' : '\n';
		// Above line 1 of a note with a byte-order mark means after the mark.
		const edited = line === 1 && original.startsWith('\uFEFF') ? `\uFEFFA line typed above.${eol}${original.slice(1)}` : withLinesBefore(original, line, ['A line typed above.'], eol);
		await corpus.vault.app.vault.modify(corpus.vault.file(path), edited);
		expect(await corpus.writer.completeItem(item)).toBe(false);
		expect(await corpus.read(path)).toBe(edited);
		expect(corpus.notices).toEqual([expect.stringMatching(/^Not completed: line \d+ has changed since it was read/)]);
	});

	it.each(TARGETS)('%s:%i deleted', async (path, line) => {
		const corpus = await openCorpus();
		const item = corpus.item(path, line);
		const edited = withoutLine(CORPUS[path] ?? '', line);
		await corpus.vault.app.vault.modify(corpus.vault.file(path), edited);
		expect(await corpus.writer.completeItem(item)).toBe(false);
		expect(await corpus.read(path)).toBe(edited);
		expect(corpus.notices).toEqual([expect.stringMatching(/^Not completed: line \d+ (has changed since it was read|is no longer in the note)/)]);
	});

	it('the note cut short above the line', async () => {
		const corpus = await openCorpus();
		const path = 'Mentors/no-final-newline.md';
		const item = corpus.item(path, 10);
		const edited = (CORPUS[path] ?? '').split('\n').slice(0, 5).join('\n');
		await corpus.vault.app.vault.modify(corpus.vault.file(path), edited);
		expect(await corpus.writer.completeItem(item)).toBe(false);
		expect(await corpus.read(path)).toBe(edited);
		expect(corpus.notices).toEqual(['Not completed: line 10 is no longer in the note in no-final-newline. Nothing was written; the dashboard will refresh.']);
	});

	it.each(TARGETS)('%s:%i in a note that was deleted', async (path, line) => {
		const corpus = await openCorpus();
		const item = corpus.item(path, line);
		await corpus.vault.app.vault.delete(corpus.vault.file(path));
		const { after } = await onlyThisFileChanges(corpus, null, async () => expect(await corpus.writer.completeItem(item)).toBe(false));
		expect(after).toBe('');
		expect(corpus.vault.app.vault.getAbstractFileByPath(path)).toBeNull();
		expect(corpus.notices).toEqual([`"${path}" no longer exists.`]);
	});

	it.each(TARGETS)('%s:%i in a note that was renamed', async (path, line) => {
		const corpus = await openCorpus();
		const item = corpus.item(path, line);
		const renamed = path.replace('Mentors/', 'Mentors/Renamed ');
		await corpus.vault.app.fileManager.renameFile(corpus.vault.file(path), renamed);
		const { after } = await onlyThisFileChanges(corpus, null, async () => expect(await corpus.writer.completeItem(item)).toBe(false));
		expect(after).toBe('');
		expect(await corpus.read(renamed)).toBe(CORPUS[path]);
		expect(corpus.vault.app.vault.getAbstractFileByPath(path)).toBeNull();
		expect(corpus.notices).toEqual([`"${path}" no longer exists.`]);
	});
});

describe('identical lines', () => {
	// A line is recognised by its number and its text, and an item on a line that has twins
	// also remembers where they were: a shift that lands one copy on the other's number
	// (here the first copy, now on line 9) is refused instead of ticking the wrong one.
	it('an insertion above two identical lines is refused', async () => {
		const corpus = await openCorpus();
		const path = 'Mentors/duplicates.md';
		const item = corpus.item(path, 9);
		const edited = withLinesBefore(CORPUS[path] ?? '', 8, ['A line typed above.'], '\n');
		await corpus.vault.app.vault.modify(corpus.vault.file(path), edited);
		expect(await corpus.writer.completeItem(item)).toBe(false);
		expect(await corpus.read(path)).toBe(edited);
	});
});
