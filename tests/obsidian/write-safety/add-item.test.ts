import { describe, expect, it } from 'vitest';
import { draftItem, draftReply } from '../../../src/core/item-draft';
import type { NewItem } from '../../../src/core/note-templates';
import { CORPUS, MENTOR_PATHS, onlyThisFileChanges, openCorpus, SETTINGS, TODAY, withLinesBefore } from './corpus';

/**
 * "Add an item" and "log an email that needs a reply": the new task line goes at the end of
 * the "Open items" section (made at the end of the note when missing) and every existing
 * byte stays where it was.
 */

/** Where a new line goes in each mentor note: before this 1-based line, or at the end. */
const INSERT_BEFORE: Record<string, number | 'end'> = {
	'Mentors/block-ids-and-done.md': 'end',
	'Mentors/bom-task-first.md': 'end',
	'Mentors/bom.md': 'end',
	'Mentors/broken-yaml.md': 'end',
	// "## Open items" appears only inside a code block there: it is not a heading.
	'Mentors/callout-and-code.md': 'end',
	'Mentors/crlf-endings.md': 16,
	'Mentors/duplicates.md': 'end',
	'Mentors/frontmatter-comments.md': 'end',
	'Mentors/long-lines.md': 15,
	'Mentors/nested.md': 'end',
	'Mentors/no-final-newline.md': 'end',
	'Mentors/no-frontmatter.md': 'end',
	'Mentors/no-open-items.md': 'end',
	// After the second item: the `#` line in the code block between them is not a heading.
	'Mentors/open-items-middle.md': 18,
	'Mentors/tabs-and-trailing-spaces.md': 17,
	'Mentors/unicode-rtl.md': 'end',
};

/** The note with `line` added where it belongs, every existing byte kept. */
function expectedWith(path: string, line: string): string {
	const original = CORPUS[path] ?? '';
	const eol = original.includes('\r\n') ? '\r\n' : '\n';
	const at = INSERT_BEFORE[path];
	if (at === undefined) throw new Error(`no insertion point for ${path}`);
	if (at !== 'end') return withLinesBefore(original, at, [line], eol);
	// A new section at the end, after a blank line (the note's own, when it ends with one).
	const lead = /(\r?\n){2}$/.test(original) ? '' : /\r?\n$/.test(original) ? eol : eol + eol;
	return `${original}${lead}## Open items${eol}${line}${eol}`;
}

async function addAndRead(path: string, item: NewItem) {
	const corpus = await openCorpus();
	const itemsBefore = corpus.items(path);
	const mentor = corpus.mentor(path);
	const { after } = await onlyThisFileChanges(corpus, path, async () => expect(await corpus.writer.addItem(mentor, item)).toBe(true));
	await corpus.store.build();
	return { corpus, after, itemsBefore, itemsAfter: corpus.items(path) };
}

it('every mentor note of the corpus has its insertion point', () => {
	expect(Object.keys(INSERT_BEFORE).sort()).toEqual(MENTOR_PATHS);
});

describe('adding an item', () => {
	const draft = draftItem('Send the CV by Friday', false, TODAY, SETTINGS);
	const LINE = '- [ ] Send the CV by Friday 📅 2026-11-27';

	it('drafts the line the tests expect', () => {
		expect(draft.item).toEqual({ text: 'Send the CV by Friday', due: '2026-11-27', theirs: false, reply: false });
	});

	it.each(MENTOR_PATHS)('%s: one line inserted at the end of "Open items", nothing else changes', async (path) => {
		const { after, itemsBefore, itemsAfter } = await addAndRead(path, draft.item);
		expect(after).toBe(expectedWith(path, LINE));
		// Read back: exactly one new item, mine, due on the date written; the others are as they were.
		const added = itemsAfter.filter((i) => !itemsBefore.some((b) => b.raw === i.raw));
		expect(added.map((i) => [i.raw, i.owner, i.due, i.dueSource])).toEqual([[LINE, 'me', '2026-11-27', 'tasks']]);
		expect(itemsAfter.filter((i) => i !== added[0]).map((i) => i.raw)).toEqual(itemsBefore.map((i) => i.raw));
	});

	it('an item they owe carries the owner tag', async () => {
		const path = 'Mentors/open-items-middle.md';
		const item = draftItem('Intro to the chief resident', true, TODAY, SETTINGS).item;
		const { after, itemsAfter } = await addAndRead(path, item);
		expect(after).toBe(expectedWith(path, '- [ ] Intro to the chief resident #theirs'));
		expect(itemsAfter.find((i) => i.line === 18)).toMatchObject({ owner: 'them', text: 'Intro to the chief resident #theirs' });
	});

	it('two items in a row keep their order and the note its bytes', async () => {
		const corpus = await openCorpus();
		const path = 'Mentors/no-final-newline.md';
		await corpus.writer.addItem(corpus.mentor(path), draft.item);
		await corpus.writer.addItem(corpus.mentor(path), draftItem('Book the sim lab', false, TODAY, SETTINGS).item);
		expect(await corpus.read(path)).toBe(`${CORPUS[path] ?? ''}\n\n## Open items\n${LINE}\n- [ ] Book the sim lab\n`);
	});

	it('a CRLF note gets CRLF lines', async () => {
		const { after } = await addAndRead('Mentors/crlf-endings.md', draft.item);
		expect(after.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
	});

	it('a note with a 10,000-space heading is written', async () => {
		// A backtracking pattern would hang here (the test times out); its speed is in `npm run bench`.
		const { after } = await addAndRead('Mentors/long-lines.md', draft.item);
		expect(after).toBe(expectedWith('Mentors/long-lines.md', LINE));
	});

	it.each([
		['text with a line break pasted in', 'Send the CV\nand the cover letter', '- [ ] Send the CV and the cover letter'],
		['a line separator pasted in', 'Send the CV\u2028and the cover letter', '- [ ] Send the CV and the cover letter'],
		['right-to-left text and emoji', 'إرسال السيرة الذاتية 📎', '- [ ] إرسال السيرة الذاتية 📎'],
		['its own due date', 'Send the CV 📅 2026-12-01', '- [ ] Send the CV 📅 2026-12-01'],
		['blanks around it', ' \tSend the CV\t ', '- [ ] Send the CV'],
	])('%s is written as one task line the plugin reads back', async (_, text, line) => {
		const path = 'Mentors/unicode-rtl.md';
		const { after, itemsBefore, itemsAfter } = await addAndRead(path, draftItem(text, false, TODAY, SETTINGS).item);
		expect(after).toBe(expectedWith(path, line));
		expect(itemsAfter).toHaveLength(itemsBefore.length + 1);
		expect(itemsAfter.at(-1)?.raw).toBe(line);
	});
});

describe('logging an email that needs a reply', () => {
	it.each(MENTOR_PATHS)('%s: one reply line inserted, due within the reply window', async (path) => {
		const corpus = await openCorpus();
		const name = corpus.mentor(path).name;
		const draft = draftReply(name, 'Re: poster draft (v2) — مرحبا 👋', TODAY, SETTINGS);
		const line = `- [ ] Reply to ${name}'s email: Re: poster draft (v2) — مرحبا 👋 #reply 📅 2026-11-25`;
		const { after, itemsBefore, itemsAfter } = await addAndRead(path, draft.item);
		expect(after).toBe(expectedWith(path, line));
		const added = itemsAfter.filter((i) => !itemsBefore.some((b) => b.raw === i.raw));
		expect(added.map((i) => [i.raw, i.owner, i.reply, i.due])).toEqual([[line, 'me', true, '2026-11-25']]);
	});

	it.each([
		['no subject', '', "- [ ] Reply to frontmatter-comments's email #reply 📅 2026-11-25"],
		['a subject over two lines', 'Budget\r\nfor the trip', "- [ ] Reply to frontmatter-comments's email: Budget for the trip #reply 📅 2026-11-25"],
		['a line separator in the subject', 'Budget\u2028for the trip', "- [ ] Reply to frontmatter-comments's email: Budget for the trip #reply 📅 2026-11-25"],
		['a subject that is already tagged', 'Abstract #reply', "- [ ] Reply to frontmatter-comments's email: Abstract #reply 📅 2026-11-25"],
		['a subject with a phrase', 'can we meet by Friday?', "- [ ] Reply to frontmatter-comments's email: can we meet by Friday? #reply 📅 2026-11-25"],
	])('%s', async (_, subject, line) => {
		const path = 'Mentors/frontmatter-comments.md';
		const { after, itemsAfter } = await addAndRead(path, draftReply('frontmatter-comments', subject, TODAY, SETTINGS).item);
		expect(after).toBe(expectedWith(path, line));
		expect(itemsAfter.find((i) => i.raw === line)).toMatchObject({ reply: true, due: '2026-11-25', owner: 'me' });
	});

	it('a note that was deleted: nothing is written or created', async () => {
		const corpus = await openCorpus();
		const path = 'Mentors/bom.md';
		const mentor = corpus.mentor(path);
		await corpus.vault.app.vault.delete(corpus.vault.file(path));
		const { after } = await onlyThisFileChanges(corpus, null, async () => expect(await corpus.writer.addItem(mentor, draftReply(mentor.name, 'hi', TODAY, SETTINGS).item)).toBe(false));
		expect(after).toBe('');
		expect(corpus.vault.app.vault.getAbstractFileByPath(path)).toBeNull();
		expect(corpus.notices).toEqual([`"${path}" no longer exists.`]);
	});
});

describe('a note that ends inside a block nobody closed', () => {
	const HEAD = '---\ntype: mentor\n---\n# Dr. Vega\n\nNotes.\n';
	it.each([
		['a code fence', '```\nstill code\n', 'a code block that opens on line 7'],
		['a %% comment', '%% private\nstill hidden\n', 'a %% comment that opens on line 7'],
		['an <!-- comment', '<!-- draft\nstill hidden\n', 'an <!-- comment that opens on line 7'],
	])('%s: the item goes just before it, is read back, and the notice says where', async (_, tail, where) => {
		const path = 'Mentors/Dr. Vega.md';
		const corpus = await openCorpus({ [path]: HEAD + tail });
		const { after } = await onlyThisFileChanges(corpus, path, async () =>
			expect(await corpus.writer.addItem(corpus.mentor(path), draftItem('Send the CV', false, TODAY, SETTINGS).item)).toBe(true),
		);
		expect(after).toBe(`${HEAD}\n## Open items\n- [ ] Send the CV\n\n${tail}`);
		await corpus.store.build();
		expect(corpus.items(path).map((i) => i.raw)).toEqual(['- [ ] Send the CV']);
		expect(corpus.done).toEqual([`Added "Send the CV" to Dr. Vega just before ${where} and is never closed: nothing after that line is read until it is closed.`]);
	});

	it('an Open items heading that opens the comment: a new section before it, and the notice says so', async () => {
		const path = 'Mentors/Dr. Vega.md';
		const text = `${HEAD}## Open items %% hidden\n- [ ] A\n`;
		const corpus = await openCorpus({ [path]: text });
		expect(await corpus.writer.addItem(corpus.mentor(path), draftItem('Send the CV', false, TODAY, SETTINGS).item)).toBe(true);
		expect(await corpus.read(path)).toBe(`${HEAD}\n## Open items\n- [ ] Send the CV\n\n## Open items %% hidden\n- [ ] A\n`);
		expect(corpus.done).toEqual(['Added "Send the CV" to Dr. Vega just before a %% comment that opens on line 7 and is never closed: nothing after that line is read until it is closed.']);
	});
});
