import { describe, expect, it } from 'vitest';
import { frontmatterLineCount, parseHeading, scanMarkdown, splitLines } from '../../src/core/markdown-scan';
import { md } from '../helpers/notes';

/** The text of every task found, in order. */
function taskTexts(text: string): string[] {
	return scanMarkdown(text).tasks.map((t) => t.text);
}

describe('scanMarkdown finds tasks', () => {
	it('with every list marker Obsidian accepts', () => {
		const text = md('- [ ] dash', '* [ ] star', '+ [ ] plus', '1. [ ] numbered', '2) [ ] paren', '10. [ ] two digits');
		expect(taskTexts(text)).toEqual(['dash', 'star', 'plus', 'numbered', 'paren', 'two digits']);
	});

	it('at any depth, indented by spaces or tabs', () => {
		const text = md('- parent', '  - [ ] two spaces', '    - [ ] four spaces', '\t- [ ] one tab', '\t\t\t- [ ] three tabs', '        1. [ ] deep numbered');
		expect(taskTexts(text)).toEqual(['two spaces', 'four spaces', 'one tab', 'three tabs', 'deep numbered']);
	});

	it('inside block quotes and callouts', () => {
		const text = md('> - [ ] quoted', '> [!todo] Follow-ups', '> - [ ] in a callout', '>> - [ ] nested quote', '> > - [ ] spaced nested quote', '>\t- [ ] quote then tab');
		expect(taskTexts(text)).toEqual(['quoted', 'in a callout', 'nested quote', 'spaced nested quote', 'quote then tab']);
	});

	it('with any status character, kept as written', () => {
		const text = md('- [ ] open', '- [x] done', '- [X] done upper', '- [-] cancelled', '- [/] in progress', '- [>] forwarded', '- [?] question', '- [!] important');
		expect(scanMarkdown(text).tasks.map((t) => t.status)).toEqual([' ', 'x', 'X', '-', '/', '>', '?', '!']);
	});

	it('with the text after the checkbox trimmed, and the raw line kept', () => {
		const [task] = scanMarkdown('  - [ ]   Send the abstract   ').tasks;
		expect(task?.text).toBe('Send the abstract');
		expect(task?.raw).toBe('  - [ ]   Send the abstract   ');
	});

	it('but not lines that only look like tasks', () => {
		const text = md(
			'-[ ] no space after the dash',
			'- [] empty brackets',
			'- [ ]glued text',
			'- [  ] two spaces inside',
			'text - [ ] mid-line',
			'[ ] no marker',
			'- [ x] space before x',
			'#- [ ] heading-ish',
		);
		expect(taskTexts(text)).toEqual([]);
	});
});

describe('scanMarkdown skips what Obsidian does not treat as tasks', () => {
	it('backtick and tilde code fences, with or without a language', () => {
		const text = md('```', '- [ ] in backticks', '```', '~~~', '- [ ] in tildes', '~~~', '```js', '- [ ] in js', '```', '- [ ] after');
		expect(taskTexts(text)).toEqual(['after']);
	});

	it('a fence closes only with the same character, at least as long, and nothing after it', () => {
		const text = md('````', '- [ ] a', '```', '- [ ] b', '~~~~', '- [ ] c', '```` not a close', '- [ ] d', '`````', '- [ ] after');
		expect(taskTexts(text)).toEqual(['after']);
	});

	it('indented fences and fences inside a list or a quote', () => {
		const text = md('- item', '    ```', '    - [ ] in an indented fence', '    ```', '> ```', '> - [ ] in a quoted fence', '> ```', '- [ ] after');
		expect(taskTexts(text)).toEqual(['after']);
	});

	it('%% comment blocks %% and <!-- HTML comments -->', () => {
		const text = md(
			'%%',
			'- [ ] in a comment',
			'%%',
			'<!--',
			'- [ ] in an HTML comment',
			'-->',
			'%% one-line comment %%',
			'- [ ] visible 1',
			'<!-- one-line HTML comment -->',
			'- [ ] visible 2',
			'%% opens here',
			'- [ ] hidden',
			'closes here %%',
			'- [ ] visible 3',
		);
		expect(taskTexts(text)).toEqual(['visible 1', 'visible 2', 'visible 3']);
	});

	it('the frontmatter', () => {
		const text = md('---', 'todo: "- [ ] not a task"', '- [ ] list item in YAML', '---', '- [ ] real');
		expect(taskTexts(text)).toEqual(['real']);
	});
});

describe('line numbers', () => {
	it('are 1-based in the whole file, frontmatter lines counted', () => {
		const text = md('---', 'type: mentor', 'role: research', '---', '# Dr. Lee', '', '- [ ] first', 'prose', '- [ ] second');
		const scanned = scanMarkdown(text);
		expect(scanned.bodyStartLine).toBe(5);
		expect(scanned.tasks.map((t) => t.line)).toEqual([7, 9]);
	});

	it('are the same with Windows line endings, old Mac line endings and a byte-order mark', () => {
		const lines = ['---', 'type: mentor', '---', '- [ ] first', '', '- [ ] second'];
		for (const text of [lines.join('\r\n'), lines.join('\r'), `\uFEFF${lines.join('\n')}`, `\uFEFF${lines.join('\r\n')}`]) {
			const scanned = scanMarkdown(text);
			expect(scanned.bodyStartLine).toBe(4);
			expect(scanned.tasks.map((t) => [t.line, t.text])).toEqual([
				[4, 'first'],
				[6, 'second'],
			]);
		}
	});

	it('count from 1 when there is no frontmatter', () => {
		const scanned = scanMarkdown(md('- [ ] one', '- [ ] two'));
		expect(scanned.bodyStartLine).toBe(1);
		expect(scanned.tasks.map((t) => t.line)).toEqual([1, 2]);
	});
});

describe('frontmatter', () => {
	it('is a --- line at the very top closed by the next --- line', () => {
		expect(frontmatterLineCount(splitLines(md('---', 'a: 1', '---', 'body')))).toBe(3);
		expect(frontmatterLineCount(splitLines(md('---', '---', 'body')))).toBe(2);
		expect(frontmatterLineCount(splitLines(md('\uFEFF---', 'a: 1', '---')))).toBe(3);
		expect(frontmatterLineCount(splitLines(md('--- ', 'a: 1', '---  ')))).toBe(3);
	});

	it('is absent when the first line is something else or the block never closes', () => {
		expect(frontmatterLineCount(splitLines(md('', '---', 'a: 1', '---')))).toBe(0);
		expect(frontmatterLineCount(splitLines(md('# Title', '---')))).toBe(0);
		expect(frontmatterLineCount(splitLines(md('---', 'a: 1', '- [ ] x')))).toBe(0);
		expect(frontmatterLineCount([])).toBe(0);
		// An unclosed block is not frontmatter, so its tasks are tasks.
		expect(taskTexts(md('---', '- [ ] x'))).toEqual(['x']);
	});
});

describe('dated headings', () => {
	it('are headings whose text starts with an ISO date', () => {
		const text = md('# Dr. Lee', '### 2026-11-10 Meeting', '## 2026-11-12', '#### 2026-11-13: call', '### Meeting 2026-11-14', '### 2026-11-31 not a day', '### 20261115');
		const headings = scanMarkdown(text).datedHeadings;
		expect(headings.map((h) => [h.line, h.level, h.date, h.text])).toEqual([
			[2, 3, '2026-11-10', '2026-11-10 Meeting'],
			[3, 2, '2026-11-12', '2026-11-12'],
			[4, 4, '2026-11-13', '2026-11-13: call'],
		]);
	});

	it('date the tasks under them', () => {
		const text = md('- [ ] before any heading', '### 2026-11-10 Meeting', '- [ ] under the heading', '  - [ ] nested under it');
		expect(scanMarkdown(text).tasks.map((t) => t.headingDate)).toEqual([null, '2026-11-10', '2026-11-10']);
	});

	it('keep their date through a sub-heading and lose it at a heading of the same or a higher level', () => {
		const text = md(
			'## 2026-11-10 Meeting',
			'- [ ] a',
			'### Follow-ups',
			'- [ ] b (sub-heading: still the 10th)',
			'#### 2026-11-12 Email',
			'- [ ] c (innermost dated heading wins)',
			'### Notes',
			'- [ ] d (back under the 10th)',
			'## Other',
			'- [ ] e (same level: no date)',
			'## 2026-11-20',
			'- [ ] f',
			'# Top',
			'- [ ] g (higher level: no date)',
		);
		expect(scanMarkdown(text).tasks.map((t) => t.headingDate)).toEqual(['2026-11-10', '2026-11-10', '2026-11-12', '2026-11-10', null, '2026-11-20', null]);
	});

	it('an invalid dated heading still ends the scope of the one before', () => {
		const text = md('### 2026-11-10', '- [ ] a', '### 2026-02-30 typo', '- [ ] b');
		expect(scanMarkdown(text).tasks.map((t) => t.headingDate)).toEqual(['2026-11-10', null]);
	});

	it('are not headings inside code fences, and # without a space is a tag', () => {
		const text = md('### 2026-11-10', '```', '## 2026-11-20', '```', '#2026-11-21 tag', '- [ ] a');
		const scanned = scanMarkdown(text);
		expect(scanned.datedHeadings.map((h) => h.date)).toEqual(['2026-11-10']);
		expect(scanned.tasks[0]?.headingDate).toBe('2026-11-10');
	});

	it('allow up to three spaces before the hashes, not four', () => {
		const text = md('   ## 2026-11-10', '- [ ] a', '    ## 2026-11-20', '- [ ] b');
		expect(scanMarkdown(text).tasks.map((t) => t.headingDate)).toEqual(['2026-11-10', '2026-11-10']);
	});
});

describe('scanMarkdown on awkward input', () => {
	it('returns nothing for empty text', () => {
		expect(scanMarkdown('')).toEqual({ bodyStartLine: 1, tasks: [], datedHeadings: [] });
	});

	it('reads the date of a heading with a very long run of spaces', () => {
		// A backtracking pattern would freeze the editor here (the test times out); speed is in `npm run bench`.
		const scanned = scanMarkdown(`# 2026-11-10${' '.repeat(50_000)}x\n- [ ] a`);
		expect(scanned.tasks[0]?.headingDate).toBe('2026-11-10');
	});
});

describe('lines Obsidian reads', () => {
	it('a comment opened part-way through a line hides what follows, and its closing line ends it', () => {
		const text = ['- [ ] Visible %% a comment starts', '- [ ] Hidden', 'still hidden %%', '- [ ] Visible again'].join('\n');
		expect(scanMarkdown(text).tasks.map((t) => t.text)).toEqual(['Visible %% a comment starts', 'Visible again']);
	});

	it('a line that merely starts with inline code in triple backticks opens no code block', () => {
		const text = ['```inline``` code', '- [ ] Still a task'].join('\n');
		expect(scanMarkdown(text).tasks.map((t) => t.line)).toEqual([2]);
	});

	it('knows where identical task lines are, including a copy in a code block', () => {
		const text = ['- [ ] Send slides', '```', '- [ ] Send slides', '```', '- [ ] Send slides', '- [ ] Other'].join('\n');
		const tasks = scanMarkdown(text).tasks;
		expect(tasks.map((t) => [t.line, t.twins])).toEqual([
			[1, [1, 3, 5]],
			[5, [1, 3, 5]],
			[6, null],
		]);
	});

	it('keeps a "#" that is part of a heading word', () => {
		expect(parseHeading('## 2026-11-10 C# study group ##')).toEqual({ level: 2, title: '2026-11-10 C# study group' });
		expect(parseHeading('#tag')).toBeNull();
	});
});

describe('comment marks read left to right, as Obsidian reads them', () => {
	it('a %% or <!-- inside inline code opens no comment', () => {
		expect(taskTexts(md('Type `%%` to start a comment.', '- [ ] A', '- [ ] B'))).toEqual(['A', 'B']);
		expect(taskTexts(md('Use `<!--` for HTML comments.', '- [ ] A'))).toEqual(['A']);
		expect(taskTexts(md('- [ ] Quote `%%` here', '- [ ] B'))).toEqual(['Quote `%%` here', 'B']);
		// ``%%`` is a span of two backticks; a lone backtick is plain text, so the %% after it counts.
		expect(taskTexts(md('``%%`` and ` %% starts one', '- [ ] hidden %%', '- [ ] after'))).toEqual(['after']);
	});

	it('a mark inside a comment of the other kind is text', () => {
		expect(taskTexts(md('<!-- write %% for Obsidian comments -->', '- [ ] A'))).toEqual(['A']);
		expect(taskTexts(md('%% an <!-- inside %%', '- [ ] A'))).toEqual(['A']);
	});

	it('a line that closes a comment can open the next one', () => {
		expect(taskTexts(md('%%', '- [ ] hidden', 'closed %% and <!-- open again', '- [ ] hidden too', '-->', '- [ ] after'))).toEqual(['after']);
		expect(taskTexts(md('<!--', 'x --> %% y %% ok', '- [ ] after'))).toEqual(['after']);
	});
});

describe('indentation is spaces, tabs and quote marks only', () => {
	it('a line led by a no-break or ideographic space is text, as in Obsidian', () => {
		expect(taskTexts(md('\u00A0- [ ] no-break space', '\u3000- [ ] ideographic space', '\u200B- [ ] zero-width space', ' \t> - [ ] real'))).toEqual(['real']);
	});

	it('a byte-order mark before a task on the first line is not indentation, and the task counts', () => {
		expect(scanMarkdown('\uFEFF- [ ] first\n- [ ] second').tasks.map((t) => [t.line, t.text])).toEqual([
			[1, 'first'],
			[2, 'second'],
		]);
	});
});
