import { describe, expect, it } from 'vitest';
import { draftItem } from '../../../src/core/item-draft';
import { openInEditor } from '../../fakes/markdown-editor';
import { completed, openCorpus, SETTINGS, TODAY } from './corpus';

/**
 * A note open in the editor is edited through the editor, as the one span that changes:
 * the cursor, the selection and what was typed but not yet saved all survive.
 */

const PATH = 'Mentors/Dr. Vega.md';
const NOTE = ['---', 'type: mentor', '---', '# Dr. Vega', '', '## Open items', '- [ ] Send the CV', '- [ ] Book the sim lab', '', '## Log', 'Met for coffee; she liked the poster.', ''].join('\n');

async function openVega(unsaved?: string) {
	const corpus = await openCorpus({ [PATH]: NOTE });
	const opened = await openInEditor(corpus.vault.app, corpus.vault.file(PATH), unsaved);
	return { corpus, ...opened };
}

describe('a note open in the editor', () => {
	it('completing an item changes only that span; the cursor and selection below it stay on their words', async () => {
		const { corpus, editor } = await openVega();
		// "liked" selected on the last line, the cursor at its end.
		editor.setSelection({ line: 10, ch: 20 }, { line: 10, ch: 25 });
		expect(await corpus.writer.completeItem(corpus.item(PATH, 7))).toBe(true);
		const expected = NOTE.replace('- [ ] Send the CV', completed('- [ ] Send the CV'));
		expect(editor.getValue()).toBe(expected);
		expect(editor.getSelection()).toBe('liked');
		expect(editor.getCursor('anchor')).toEqual({ line: 10, ch: 20 });
		expect(editor.getCursor('head')).toEqual({ line: 10, ch: 25 });
		// One change, within line 7 (0-based 6), and the file saved at once.
		expect(editor.transactions).toHaveLength(1);
		expect(editor.transactions[0]?.changes?.map((c) => [c.from.line, c.to?.line])).toEqual([[6, 6]]);
		expect(await corpus.read(PATH)).toBe(expected);
	});

	it('adding an item keeps a cursor above the insertion where it was, and one below on its word', async () => {
		const { corpus, editor } = await openVega();
		const { corpus: other, editor: below } = await openVega();
		editor.setSelection({ line: 3, ch: 2 });
		below.setSelection({ line: 10, ch: 0 }, { line: 10, ch: 3 });
		const item = draftItem('Ask about electives', false, TODAY, SETTINGS).item;
		expect(await corpus.writer.addItem(corpus.mentor(PATH), item)).toBe(true);
		expect(await other.writer.addItem(other.mentor(PATH), item)).toBe(true);
		expect(editor.getValue()).toBe(NOTE.replace('- [ ] Book the sim lab\n', '- [ ] Book the sim lab\n- [ ] Ask about electives\n'));
		expect(editor.getCursor()).toEqual({ line: 3, ch: 2 });
		expect(below.getSelection()).toBe('Met');
		expect(below.getCursor('anchor')).toEqual({ line: 11, ch: 0 });
	});

	it('text typed but not yet saved is kept: the edit is made to what the editor shows', async () => {
		const typed = NOTE.replace('## Log\n', '## Log\nTyped a moment ago.\n');
		const { corpus, editor } = await openVega(typed);
		expect(await corpus.writer.completeItem(corpus.item(PATH, 8))).toBe(true);
		const expected = typed.replace('- [ ] Book the sim lab', completed('- [ ] Book the sim lab'));
		expect(editor.getValue()).toBe(expected);
		expect(await corpus.read(PATH)).toBe(expected);
	});

	it('a line changed in the editor since the dashboard read it is refused there, writing nothing', async () => {
		const typed = NOTE.replace('- [ ] Send the CV', '- [ ] Send the CV and cover letter');
		const { corpus, editor } = await openVega(typed);
		expect(await corpus.writer.completeItem(corpus.item(PATH, 7))).toBe(false);
		expect(editor.getValue()).toBe(typed);
		expect(editor.transactions).toEqual([]);
		expect(corpus.notices.at(-1)).toMatch(/^Not completed: line 7 has changed since it was read in Dr\. Vega\./);
	});

	it('another note open in the editor is not touched; this one is written through the vault', async () => {
		const { corpus } = await openVega();
		const other = await openInEditor(corpus.vault.app, corpus.vault.file('Mentors/bom.md'));
		const before = other.editor.getValue();
		expect(await corpus.writer.completeItem(corpus.item(PATH, 7))).toBe(true);
		expect(other.editor.getValue()).toBe(before);
		expect(other.editor.transactions).toEqual([]);
	});
});
