import { describe, expect, it } from 'vitest';
import { CORPUS, lines, openCorpus, splitNote } from './corpus';

/**
 * The corpus still holds the tricks it was written with (an editor or git could quietly
 * normalise them away, and every other test here would then prove less than it says).
 */

const text = (path: string): string => {
	const found = CORPUS[path];
	if (found === undefined) throw new Error(`missing fixture ${path}`);
	return found;
};
const lineTexts = (path: string): string[] => lines(text(path)).map((l) => l.text);

describe('the tricky-notes corpus', () => {
	it('has Windows line endings only, where it should', () => {
		for (const path of ['Mentors/crlf-endings.md', 'Templates/Meeting.md']) {
			expect(text(path)).toContain('\r\n');
			expect(text(path).replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
		}
		for (const [path, body] of Object.entries(CORPUS)) if (!['Mentors/crlf-endings.md', 'Templates/Meeting.md'].includes(path)) expect(body, path).not.toContain('\r');
	});

	it('has byte-order marks, and a missing final newline', () => {
		expect(Object.keys(CORPUS).filter((path) => text(path).startsWith('\uFEFF'))).toEqual(expect.arrayContaining(['Mentors/bom.md', 'Mentors/bom-task-first.md', 'Templates/Meeting.md']));
		expect(text('Mentors/bom-task-first.md').startsWith('\uFEFF- [ ] ')).toBe(true);
		expect(text('Mentors/no-final-newline.md')).toMatch(/- \[ \] [^\n]+[^\n]$/);
		expect(text('Mentors/no-open-items.md').endsWith('\n\n\n')).toBe(true);
	});

	it('has frontmatter with comments, flow and block lists, quoted and unquoted dates', () => {
		const yaml = splitNote(text('Mentors/frontmatter-comments.md')).yaml ?? '';
		expect(yaml).toMatch(/^# /m);
		expect(yaml).toMatch(/\S +# /);
		expect(yaml).toContain('role: [research, sponsor]');
		expect(yaml).toMatch(/^aliases:\n {2}- /m);
		expect(yaml).toContain('last_contact: "2026-11-10"');
		expect(yaml).toContain('since: 2024-09-01');
		expect(yaml).toContain("next_meeting: '2026-12-01 15:00'");
		expect(splitNote(text('Mentors/no-frontmatter.md')).yaml).toBeNull();
		expect(text('Mentors/no-frontmatter.md').startsWith('# ')).toBe(true);
	});

	it('has duplicate task lines, callout tasks, and tasks and headings inside code blocks and a comment', () => {
		expect(lineTexts('Mentors/duplicates.md').filter((l) => l === '- [ ] Send slides by Friday')).toHaveLength(4);
		expect(lineTexts('Mentors/callout-and-code.md')).toEqual(
			expect.arrayContaining(['> - [ ] Email the IRB by Friday', '```markdown', '## Open items', '- [ ] Not a task: code by Friday', '%%', '- [ ] Commented out by Friday']),
		);
		expect(lineTexts('Mentors/open-items-middle.md')).toEqual(expect.arrayContaining(['```sh', '# not a heading: a comment in a code block']));
	});

	it('has 10,000-character lines, tabs, trailing spaces, block ids, done and nested tasks', () => {
		const long = lineTexts('Mentors/long-lines.md');
		expect(long.filter((l) => l.length > 10_000).length).toBeGreaterThanOrEqual(3);
		expect(long.some((l) => l.startsWith('- [ ] ') && l.length > 10_000)).toBe(true);
		expect(long.some((l) => l.startsWith('## ') && l.includes(' '.repeat(10_000)))).toBe(true);
		const tabs = lineTexts('Mentors/tabs-and-trailing-spaces.md');
		expect(tabs.some((l) => l.startsWith('\t\t- [ ] '))).toBe(true);
		expect(tabs.filter((l) => / +$/.test(l)).length).toBeGreaterThanOrEqual(3);
		expect(lineTexts('Mentors/block-ids-and-done.md')).toEqual(expect.arrayContaining(['- [ ] Send CV by Friday ^abc', '- [x] Already done ✅ 2026-11-09 ^done1']));
		expect(lineTexts('Mentors/nested.md')).toContain('    - [ ] Grandchild by Friday');
	});

	it('has right-to-left text and unicode beyond the basic plane', () => {
		const unicode = text('Mentors/unicode-rtl.md');
		expect(unicode).toMatch(/[\u0600-\u06FF]/u);
		expect(unicode).toMatch(/[\u0590-\u05FF]/u);
		expect(unicode).toContain('\u200F');
		expect(unicode).toMatch(/[\u{1D49C}-\u{1D4CF}]/u);
		expect(unicode).toContain('\u2028');
	});

	it('has "Open items" nowhere, in the middle of a note, and only inside a code block', () => {
		expect(text('Mentors/no-open-items.md')).not.toMatch(/open items/i);
		const middle = lineTexts('Mentors/open-items-middle.md');
		const at = middle.indexOf('## Open items');
		expect(at).toBeGreaterThan(0);
		expect(middle.slice(at + 1).filter((l) => /^#{1,2} /.test(l)).length).toBeGreaterThanOrEqual(2);
	});

	it('is read by the plugin: every mentor note is a mentor, the broken YAML a problem, code-block lines no items', async () => {
		const corpus = await openCorpus();
		const mentorPaths = Object.keys(CORPUS).filter((path) => path.startsWith('Mentors/'));
		expect(
			corpus
				.team()
				.mentors.map((m) => m.path)
				.sort(),
		).toEqual(mentorPaths.sort());
		expect(corpus.team().problems.map((p) => p.path)).toEqual(['Mentors/broken-yaml.md']);
		expect(corpus.items('Mentors/callout-and-code.md').map((i) => i.line)).toEqual([9, 10]);
		expect(corpus.items('Mentors/duplicates.md').map((i) => i.line)).toEqual([8, 9, 12]);
	});
});
