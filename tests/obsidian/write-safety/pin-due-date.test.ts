import { describe, expect, it, vi } from 'vitest';
import { renderDashboard } from '../../../src/obsidian/dashboard/render-dashboard';
import { createDashboardActions } from '../../../src/obsidian/plugin-actions';
import { click } from '../dashboard/helpers';
import { CORPUS, lineOf, onlyThisFileChanges, openCorpus, SETTINGS, withLine } from './corpus';

/** "Pin due date" on a dashboard row: the date read from the words goes into the line as ` 📅 date`; nothing else moves. */

const PATH = 'Mentors/block-ids-and-done.md';
const LINE = 8; // "- [ ] Send CV by Friday ^abc", under "### 2026-11-10 Office hours"

describe('pinning one due date read from words', () => {
	it('writes the date before the block id, changes only that line, and says so', async () => {
		const corpus = await openCorpus();
		const item = corpus.item(PATH, LINE);
		expect([item.dueSource, item.due]).toEqual(['phrase', '2026-11-13']);
		const { before, after } = await onlyThisFileChanges(corpus, PATH, async () => expect(await corpus.writer.pinDueDate(item)).toBe(true));
		expect(after).toBe(withLine(before, LINE, '- [ ] Send CV by Friday 📅 2026-11-13 ^abc'));
		// Said with an Undo button, like every write.
		expect(corpus.done).toEqual(['Due date pinned: Fri 13 Nov.']);
		expect(corpus.notices).toEqual([]);
	});

	it('is refused, writing nothing, when the line changed since the dashboard read it', async () => {
		const corpus = await openCorpus();
		const item = corpus.item(PATH, LINE);
		const edited = withLine(CORPUS[PATH] ?? '', LINE, '- [ ] Send CV by Monday ^abc');
		await corpus.vault.app.vault.modify(corpus.vault.file(PATH), edited);
		expect(await corpus.writer.pinDueDate(item)).toBe(false);
		expect(await corpus.read(PATH)).toBe(edited);
		expect(corpus.notices).toEqual([expect.stringMatching(/^Not pinned: line 8 has changed since it was read in block-ids-and-done\./)]);
	});

	it('does nothing to an item whose due date was not read from words', async () => {
		const corpus = await openCorpus();
		const dated = corpus.team().items.find((i) => i.open && i.dueSource !== 'phrase');
		expect(dated).toBeDefined();
		if (!dated) return;
		const { before, after } = await onlyThisFileChanges(corpus, null, async () => expect(await corpus.writer.pinDueDate(dated)).toBe(false));
		expect(after).toBe(before);
	});
});

describe('the dashboard row of a due date read from words', () => {
	it('says which words and from which day, and its pin button writes the date in one click', async () => {
		const corpus = await openCorpus();
		const actions = createDashboardActions(corpus.vault.app, corpus.store, corpus.writer, () => undefined);
		const container = activeDocument.body.createDiv();
		renderDashboard(container, corpus.team(), SETTINGS, actions);
		const row = container.querySelector<HTMLElement>(`.mentor-rally-item-row[data-path="${PATH}"][data-line="${LINE}"]`);
		expect(row?.querySelector('.mentor-rally-row-meta')?.textContent).toContain('Fri 13 Nov');
		// On a line of its own, beside the pin (on a phone it wraps under the row, tests/browser/phone.test.ts).
		expect(row?.querySelector('.mentor-rally-row-source-line > .mentor-rally-row-source')?.textContent).toBe('by Friday, read from Tue 10 Nov');

		const pin = row?.querySelector<HTMLButtonElement>('button[aria-label="Pin due date"]');
		expect(pin).toBeTruthy();
		if (!pin) return;
		click(pin);
		await vi.waitFor(async () => expect(lineOf(await corpus.read(PATH), LINE)).toBe('- [ ] Send CV by Friday 📅 2026-11-13 ^abc'));
		// The click is the button's: it did not also open the note.
		expect(corpus.vault.app.workspace.getActiveFile()).toBeNull();
		container.remove();
	});

	it('offers no pin for a date written as a date, nor for a closed item', async () => {
		const corpus = await openCorpus();
		const container = activeDocument.body.createDiv();
		renderDashboard(
			container,
			corpus.team(),
			SETTINGS,
			createDashboardActions(corpus.vault.app, corpus.store, corpus.writer, () => undefined),
		);
		const seen = [...container.querySelectorAll<HTMLElement>('.mentor-rally-item-row')].map((row) => {
			const item = corpus.item(row.dataset.path ?? '', Number(row.dataset.line));
			return {
				raw: item.raw,
				pin: row.querySelector('button[aria-label="Pin due date"]') !== null,
				source: row.querySelector('.mentor-rally-row-source') !== null,
			};
		});
		const wanted = [...container.querySelectorAll<HTMLElement>('.mentor-rally-item-row')].map((row) => {
			const item = corpus.item(row.dataset.path ?? '', Number(row.dataset.line));
			const fromWords = item.open && item.dueSource === 'phrase' && item.due !== null;
			return { raw: item.raw, pin: fromWords, source: fromWords && item.owner === 'me' };
		});
		expect(seen).toEqual(wanted);
		expect(wanted.some((w) => w.pin)).toBe(true);
		expect(wanted.some((w) => !w.pin)).toBe(true);
		container.remove();
	});
});
