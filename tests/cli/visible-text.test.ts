import { describe, expect, it } from 'vitest';
import { terminalSafeJson, visible, visibleLines, visibleValues } from '../../src/cli/visible-text';

const ESC = '\u001b';

describe('visible text for a terminal', () => {
	it('shows every control, DEL, C1, separator and bidi character as an escape, and leaves the rest alone', () => {
		expect(visible(`a${ESC}[2Jb\u0007\t\n\r\u007f\u009b\u2028\u202e\u2066é 漢字 🙂`)).toBe('a\\x1b[2Jb\\x07\\t\\n\\r\\x7f\\x9b\\u2028\\u202e\\u2066é 漢字 🙂');
		const plain = 'Dr. Maya Lee · due Fri';
		expect(visible(plain)).toBe(plain);
	});

	it('keeps its own line breaks and, when asked, its own colour codes, nothing else', () => {
		const text = `${ESC}[1mTitle${ESC}[22m\n${ESC}]0;x\u0007 ${ESC}[ \u009b31m`;
		expect(visibleLines(text, true)).toBe(`${ESC}[1mTitle${ESC}[22m\n\\x1b]0;x\\x07 \\x1b[ \\x9b31m`);
		expect(visibleLines(text, false)).toBe('\\x1b[1mTitle\\x1b[22m\n\\x1b]0;x\\x07 \\x1b[ \\x9b31m');
	});

	it('copies plain data only where a string changes', () => {
		const clean = { a: ['x', { b: 'y' }], n: 1, z: null };
		expect(visibleValues(clean)).toBe(clean);
		const dirty = { a: ['x', { b: `y${ESC}` }], n: 1 };
		expect(visibleValues(dirty)).toEqual({ a: ['x', { b: 'y\\x1b' }], n: 1 });
		expect(dirty.a[1]).toEqual({ b: `y${ESC}` });
	});

	it('JSON keeps its values but writes DEL, C1 and bidi characters as \\u escapes', () => {
		const value = { path: `evil\u202egnp.md\u007f\u0085`, text: `${ESC}[2J` };
		const json = terminalSafeJson(JSON.stringify(value));
		expect(json).toBe('{"path":"evil\\u202egnp.md\\u007f\\u0085","text":"\\u001b[2J"}');
		expect(JSON.parse(json)).toEqual(value);
	});
});
