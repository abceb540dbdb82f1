import { describe, expect, it } from 'vitest';
import { readProperties } from '../../src/cli/properties-yaml';
import { withinBudget } from '../../src/core/value-budget';

describe("readProperties: a note's properties as Obsidian reads them", () => {
	it('keeps unquoted dates and date-times as the text written (no timestamp type)', () => {
		const text = ['---', 'a: 2026-02-30', 'b: 2026-13-01', 'c: 2026-11-25T23:30:00-05:00', 'd: 2026-11-10', 'n: 3', 'ok: true', 'none:', '---', 'body'].join('\n');
		expect(readProperties(text)).toEqual({ frontmatter: { a: '2026-02-30', b: '2026-13-01', c: '2026-11-25T23:30:00-05:00', d: '2026-11-10', n: 3, ok: true, none: null } });
	});

	it('reads an unquoted link as the nested list YAML makes of it', () => {
		expect(readProperties('---\nmentor: [[Dr. Maya Lee]]\n---\n').frontmatter).toEqual({ mentor: [['Dr. Maya Lee']] });
	});

	it('an empty block is no properties yet; no block, an unclosed one or `---js` is none at all', () => {
		expect(readProperties('---\n---\n')).toEqual({ frontmatter: {} });
		expect(readProperties('---\n# only a comment\n---\n')).toEqual({ frontmatter: {} });
		for (const text of ['# Title\n', '---\ntype: mentor\n', "---js\n{ type: 'mentor' }\n---\n", 'text\n---\ntype: mentor\n---\n']) {
			expect(readProperties(text), text).toEqual({ frontmatter: null });
		}
	});

	it('a block that is not a map holds no properties; YAML that cannot be read says why', () => {
		expect(readProperties('---\n- a\n- b\n---\n')).toEqual({ frontmatter: null });
		// Where, as a line of the note (the block starts on its second line), in one line.
		expect(readProperties('---\ntype: mentor\nrole: [support\ncadence: weekly\n---\n').frontmatterError).toBe('missed comma between flow collection entries at line 4, column 1');
		expect(readProperties('---\nrole: a\nrole: b\n---\n').frontmatterError).toMatch(/duplicated mapping key/);
	});

	it('parses an alias bomb at once, sharing the repeats, for the core to measure before any walk', () => {
		const lines = ['---', 'a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]'];
		for (let i = 1; i < 9; i++)
			lines.push(
				`${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array<string>(9)
					.fill(`*${String.fromCharCode(96 + i)}`)
					.join(', ')}]`,
			);
		lines.push('role: *i', '---');
		const { frontmatter } = readProperties(lines.join('\n'));
		expect(Array.isArray(frontmatter?.role)).toBe(true);
		expect(withinBudget(frontmatter)).toBe(false);
	});
});
