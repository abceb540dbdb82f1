import { describe, expect, it } from 'vitest';
import type { CalendarDate } from '../../src/core/calendar-date';
import { scanMarkdown } from '../../src/core/markdown-scan';
import { linkedNameKeys, nameKey, ownerPrefixKey } from '../../src/core/names';
import { readDuePhrase } from '../../src/core/natural-date';
import { readNote } from '../../src/core/note-facts';
import { salvageFrontmatter } from '../../src/core/properties';
import { normalizeSettings } from '../../src/core/settings';
import { proseOf } from '../../src/core/task-fields';
import { tailWords, trimSlashes, withoutBlockId, withoutTrailingTags } from '../../src/core/text';
import { HOSTILE_LINES, MEGABYTE } from '../fixtures/hostile-lines';

/*
 * Lines an attacker (or a paste gone wrong) can put in a note: a megabyte of `[`, of spaces,
 * of blank lines. Each of them once took minutes in a pattern that backtracked
 * quadratically. Here each must be read, with the right answer; `npm run bench` times them
 * (milliseconds each), and lint's ReDoS check keeps new patterns linear.
 */

const settings = normalizeSettings({});
const today = '2026-12-01' as CalendarDate;

describe('a megabyte of hostile text in one line', () => {
	it('covers every case with a line of at least a megabyte', () => {
		for (const hostile of HOSTILE_LINES) expect(hostile.line.length, hostile.name).toBeGreaterThanOrEqual(MEGABYTE);
	});

	for (const hostile of HOSTILE_LINES) {
		it(`reads a task made of ${hostile.name}`, () => {
			const note = `---\ntype: mentor\n---\n- [ ] ${hostile.line}\n- [ ] Send CV by Friday\n`;
			const facts = readNote({ path: 'Mentors/Dr. Lee.md', frontmatter: { type: 'mentor' }, content: note, created: today }, settings);
			// Both tasks are read, and the ordinary one after the hostile one keeps its date.
			expect(facts.kind).toBe('mentor');
			if (facts.kind !== 'mentor') return;
			expect(facts.items).toHaveLength(2);
			expect(facts.items[1]?.due).toBe('2026-12-04');
		});
	}
});

describe('each reader on its worst line', () => {
	it('a run of `[` with no `]` holds no link', () => {
		const line = '['.repeat(MEGABYTE);
		expect(linkedNameKeys(line)).toEqual([]);
		expect(proseOf(line).length).toBe(MEGABYTE);
		expect(linkedNameKeys(`${'[['.repeat(MEGABYTE / 2)}Dr. Lee]]`)).toEqual([nameKey('Dr. Lee')]);
	});

	it('a run of `[due::` or `[a](` with no closing bracket is left as text', () => {
		expect(proseOf(`${'[due:: x'.repeat(MEGABYTE / 8)}`)).toContain('[due:: x');
		expect(proseOf(`${'[a]('.repeat(MEGABYTE / 4)}`)).toContain('[a](');
		expect(proseOf(`[${':'.repeat(MEGABYTE)}`)).toContain(':::');
	});

	it('a long run of spaces before a date word still finds the cue', () => {
		expect(tailWords(`due${' '.repeat(MEGABYTE)}`)).toBe('due');
		expect(readDuePhrase(`Send it by${' '.repeat(MEGABYTE)}Friday`, today, 'month-first')).toMatchObject({ date: '2026-12-04' });
		expect(readDuePhrase(`Review pages${' '.repeat(MEGABYTE)}3/4`, today, 'month-first')).toBeNull();
	});

	it('headings, tasks and fences followed by spaces and a line separator', () => {
		const tail = `${' '.repeat(MEGABYTE)}\u2028x`;
		expect(scanMarkdown(`# Title${tail}`).datedHeadings).toEqual([]);
		expect(scanMarkdown(`- [ ] Task${tail}`).tasks).toHaveLength(1);
		expect(scanMarkdown(`~~~${'~'.repeat(MEGABYTE)}\u2028\n- [ ] hidden in code`).tasks).toEqual([]);
	});

	it('salvaged frontmatter with a long run of spaces and no colon', () => {
		expect(salvageFrontmatter(`role${' '.repeat(MEGABYTE)}x`)).toEqual({});
		expect(salvageFrontmatter(`role:\n-${' '.repeat(MEGABYTE)}\u2028research`)).toEqual({ role: ['research'] });
	});

	it('100k blank lines in broken frontmatter', () => {
		const content = `---\n${'\n'.repeat(100_000)}type: mentor\nrole: [research\n---\n- [ ] a`;
		const facts = readNote({ path: 'Dr. Lee.md', frontmatter: null, frontmatterError: 'bad', content, created: today }, settings);
		expect(facts.problems.length).toBeGreaterThan(0);
	});

	it('owner prefixes and trailing tags on a megabyte line', () => {
		expect(ownerPrefixKey(`Dr. Lee${' '.repeat(MEGABYTE)}:`)).toBeNull();
		expect(withoutTrailingTags(`Send CV${' #reply'.repeat(MEGABYTE / 7)}`)).toBe('Send CV');
		expect(withoutTrailingTags('#a#b'.repeat(MEGABYTE / 4))).toBe('');
		expect(withoutBlockId(`x${' '.repeat(MEGABYTE)}^abc`)).toBe('x');
		expect(trimSlashes(`${'/'.repeat(MEGABYTE)}a${'/'.repeat(MEGABYTE)}`)).toBe('a');
	});
});
