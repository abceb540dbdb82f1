import { describe, expect, it } from 'vitest';
import type { CalendarDate } from '../../src/core/calendar-date';
import { appendToSection, completeTaskLine, lineBreakOf, placeInSection, replaceLine } from '../../src/core/edits';
import { readTasksStatusSettings } from '../../src/core/task-statuses';
import { scanMarkdown } from '../../src/core/markdown-scan';

const TODAY = '2026-11-24' as CalendarDate;

describe('replaceLine', () => {
	const text = ['# Notes', '- [ ] Send slides', '- [ ] Send slides', 'end'].join('\n');
	const [first, second] = scanMarkdown(text).tasks;

	it('changes only the line it aims at', () => {
		const result = replaceLine(text, 3, second!.raw, '- [x] Send slides', second!.twins);
		expect(result).toEqual({ ok: true, text: ['# Notes', '- [ ] Send slides', '- [x] Send slides', 'end'].join('\n') });
	});

	it('refuses when an insertion above moved one identical copy onto the other', () => {
		const shifted = ['# Notes', 'typed above', '- [ ] Send slides', '- [ ] Send slides', 'end'].join('\n');
		// Line 3 still reads "- [ ] Send slides", but it is now the first copy.
		expect(replaceLine(shifted, 3, second!.raw, '- [x] Send slides', second!.twins)).toEqual({ ok: false, reason: 'line 3 has moved since it was read' });
	});

	it('still writes when the other copy was edited away', () => {
		const edited = text.replace('- [ ] Send slides\n', '- [x] Send slides\n');
		expect(replaceLine(edited, 3, second!.raw, '- [x] Send slides', second!.twins).ok).toBe(true);
		expect(first!.twins).toEqual([2, 3]);
	});

	it('refuses a line that changed or is gone', () => {
		expect(replaceLine(text, 2, '- [ ] Other', 'x')).toEqual({ ok: false, reason: 'line 2 has changed since it was read' });
		expect(replaceLine(text, 9, '- [ ] Other', 'x')).toEqual({ ok: false, reason: 'line 9 is no longer in the note' });
	});
});

describe('completeTaskLine', () => {
	it('ticks like the Tasks plugin, before a block id, and leaves closed tasks alone', () => {
		expect(completeTaskLine('  - [ ] Draft methods  ', TODAY)).toBe('  - [x] Draft methods ✅ 2026-11-24');
		expect(completeTaskLine('> 1. [/] Poster ^p1', TODAY)).toBe('> 1. [x] Poster ✅ 2026-11-24 ^p1');
		expect(completeTaskLine('- [x] Done', TODAY)).toBeNull();
		expect(completeTaskLine('- [-] Dropped', TODAY)).toBeNull();
		expect(completeTaskLine('Just prose', TODAY)).toBeNull();
	});

	it("writes the DONE symbol Tasks' status settings lead to, and leaves closed or non-task lines alone", () => {
		const statuses = readTasksStatusSettings({
			statusSettings: {
				coreStatuses: [
					{ symbol: ' ', type: 'TODO', nextStatusSymbol: '/' },
					{ symbol: 'X', type: 'DONE', nextStatusSymbol: ' ' },
				],
				customStatuses: [
					{ symbol: '/', type: 'IN_PROGRESS', nextStatusSymbol: 'X' },
					{ symbol: 'd', type: 'DONE', nextStatusSymbol: ' ' },
					{ symbol: '?', type: 'NON_TASK', nextStatusSymbol: '?' },
				],
			},
		});
		expect(completeTaskLine('- [ ] Send the CV', TODAY, statuses)).toBe('- [X] Send the CV ✅ 2026-11-24');
		expect(completeTaskLine('- [/] Poster', TODAY, statuses)).toBe('- [X] Poster ✅ 2026-11-24');
		expect(completeTaskLine('- [d] Delegated', TODAY, statuses)).toBeNull();
		expect(completeTaskLine('- [?] Ask about the poster', TODAY, statuses)).toBeNull();
	});
});

describe('appendToSection', () => {
	it("adds under the section, before blank lines and the next heading, in the note's line ending", () => {
		const text = '# Dr. Lee\r\n## Open items\r\n- [ ] A\r\n\r\n## Log\r\n';
		expect(lineBreakOf(text)).toBe('\r\n');
		expect(appendToSection(text, '## Open items', ['- [ ] B'])).toBe('# Dr. Lee\r\n## Open items\r\n- [ ] A\r\n- [ ] B\r\n\r\n## Log\r\n');
	});

	it('makes the section at the end when there is none, keeping a missing final newline missing', () => {
		expect(appendToSection('# Dr. Lee', 'Open items', ['- [ ] B'])).toBe('# Dr. Lee\n\n## Open items\n- [ ] B\n');
	});
});

describe('placeInSection: a note that ends inside a block nobody closed', () => {
	const LINE = '- [ ] New item';
	const readTasks = (text: string) => scanMarkdown(text).tasks.map((t) => t.raw);

	it.each([
		['a code fence', '# Dr. Lee\n\nSome text.\n```js\nconst x = 1;\n', 'code', 3],
		['a %% comment', '# Dr. Lee\n\nSome text.\n%% private\nmore\n', 'percent', 3],
		['an <!-- comment', '# Dr. Lee\n\nSome text.\n<!-- draft\nmore\n', 'html', 3],
		['a comment opened part-way along a line', '# Dr. Lee\n\nSome text. %% private\nmore\n', 'percent', 2],
	] as const)('%s, no section: a new section just before it, where it is read', (_, text, kind, index) => {
		expect(readTasks(appendToSectionNaive(text))).toEqual([]);
		const placed = placeInSection(text, '## Open items', [LINE]);
		expect(placed).toMatchObject({ before: { kind, index } });
		expect(readTasks(placed.text)).toEqual([LINE]);
		// Every existing line is kept, in order.
		expect(placed.text.split('\n').filter((l) => l !== '' && l !== '## Open items' && l !== LINE)).toEqual(text.split('\n').filter((l) => l !== ''));
	});

	it('the section exists and runs into the block: the item goes at its end, before the block', () => {
		const text = '## Open items\n- [ ] A\n\n```\ncode never closed\n';
		const placed = placeInSection(text, '## Open items', [LINE]);
		expect(placed).toEqual({ text: `## Open items\n- [ ] A\n${LINE}\n\n\`\`\`\ncode never closed\n`, before: { kind: 'code', index: 3 } });
	});

	it('a section that ends before the block is used as usual, with nothing to say', () => {
		const text = '## Open items\n- [ ] A\n## Log\n%% never closed\n';
		expect(placeInSection(text, '## Open items', [LINE])).toEqual({ text: `## Open items\n- [ ] A\n${LINE}\n## Log\n%% never closed\n`, before: null });
	});

	it('a heading that opens the comment is not the section: a new one goes before it', () => {
		const text = '## Open items %% hidden\n- [ ] A\n';
		expect(placeInSection(text, '## Open items', [LINE])).toEqual({ text: `## Open items\n${LINE}\n\n${text}`, before: { kind: 'percent', index: 0 } });
	});

	it('a block closed before the end changes nothing', () => {
		const text = '# Dr. Lee\n```\ncode\n```\n';
		expect(placeInSection(text, 'Open items', [LINE])).toEqual({ text: `${text}\n## Open items\n${LINE}\n`, before: null });
	});
});

/** Where the item went before: at the end of the note. */
function appendToSectionNaive(text: string): string {
	return `${text}\n## Open items\n- [ ] New item\n`;
}
