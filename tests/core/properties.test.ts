import { describe, expect, it } from 'vitest';
import { frontmatterBlock, isBlank, property, quoteValue, salvageFrontmatter, singleString, stringList } from '../../src/core/properties';

describe('property', () => {
	it('matches the exact name first, then without regard to case', () => {
		expect(property({ Role: 'research' }, 'role')).toBe('research');
		expect(property({ role: 'exact', ROLE: 'other' }, 'role')).toBe('exact');
		expect(property({ role: 'research' }, 'cadence')).toBeUndefined();
		expect(property(null, 'role')).toBeUndefined();
	});
});

describe('isBlank', () => {
	it('is true for a property that holds nothing', () => {
		for (const value of [undefined, null, '', '   ', [], [null, ''], [[]]]) expect(isBlank(value)).toBe(true);
		for (const value of ['x', 0, false, ['x'], [['X']], {}, new Date(0)]) expect(isBlank(value)).toBe(false);
	});
});

describe('stringList', () => {
	it('reads text, lists, and comma-separated text when asked', () => {
		expect(stringList('research', true)).toEqual(['research']);
		expect(stringList('research, sponsor', true)).toEqual(['research', 'sponsor']);
		expect(stringList('research, sponsor', false)).toEqual(['research, sponsor']);
		expect(stringList(['research', ' sponsor ', '', null], true)).toEqual(['research', 'sponsor']);
		expect(stringList([3, true], false)).toEqual(['3', 'true']);
		expect(stringList(undefined, true)).toEqual([]);
	});

	it('mends an unquoted YAML [[link]], which arrives as a list inside a list', () => {
		expect(stringList([['Dr. Maya Lee']], false)).toEqual(['[[Dr. Maya Lee]]']);
		expect(stringList([['Dr. Maya Lee'], ['Sam Ortiz']], false)).toEqual(['[[Dr. Maya Lee]]', '[[Sam Ortiz]]']);
		// As entries of a block list (`- [[Dr. Maya Lee]]`), one level deeper.
		expect(stringList([[['Dr. Maya Lee']], [['Sam Ortiz']]], false)).toEqual(['[[Dr. Maya Lee]]', '[[Sam Ortiz]]']);
	});

	it('does not split a link that contains a comma', () => {
		expect(stringList('[[Lee, Maya]]', true)).toEqual(['[[Lee, Maya]]']);
	});

	it('is null for shapes that are not text', () => {
		expect(stringList({ a: 1 }, true)).toBeNull();
		expect(stringList([{ a: 1 }], true)).toBeNull();
		expect(stringList([['a', 'b']], true)).toBeNull();
	});
});

describe('singleString', () => {
	it('is text or a finite number as text, else null', () => {
		expect(singleString('  a@b.c ')).toBe('a@b.c');
		expect(singleString(42)).toBe('42');
		expect(singleString(Number.NaN)).toBeNull();
		expect(singleString(['a'])).toBeNull();
		expect(singleString(null)).toBeNull();
	});
});

describe('quoteValue', () => {
	it('shows the value as the user wrote it, in quotes', () => {
		expect(quoteValue('every few weeks')).toBe('"every few weeks"');
		expect(quoteValue(14)).toBe('"14"');
		expect(quoteValue(['a', 'b'])).toBe('"["a","b"]"');
		expect(quoteValue(new Date(Date.UTC(2026, 10, 10)))).toBe('"2026-11-10"');
		expect(quoteValue(new Date(Number.NaN))).toBe('"an invalid date"');
	});

	it('shortens long values', () => {
		const quoted = quoteValue('x'.repeat(200));
		expect(quoted.length).toBeLessThanOrEqual(62);
		expect(quoted.endsWith('…"')).toBe(true);
	});

	it('never throws on values JSON cannot show', () => {
		const circular: Record<string, unknown> = {};
		circular.self = circular;
		expect(quoteValue(circular)).toBe('"[object Object]"');
		expect(quoteValue(10n)).toBe('"10"');
		expect(quoteValue(undefined)).toBe('"undefined"');
	});
});

describe('salvageFrontmatter', () => {
	it('recovers simple properties and lists from YAML that does not parse', () => {
		const yaml = ['type: mentor', 'role: [support, sponsor', 'cadence: "every 2 weeks"', 'aliases:', '  - Maya', '  - Dr. Lee', 'bad line without colon', "email: 'a@b.c'"].join('\n');
		expect(salvageFrontmatter(yaml)).toEqual({
			type: 'mentor',
			role: ['support', 'sponsor'],
			cadence: 'every 2 weeks',
			aliases: ['Maya', 'Dr. Lee'],
			email: 'a@b.c',
		});
	});
});

describe('frontmatterBlock', () => {
	it('is the text between the --- lines at the top', () => {
		expect(frontmatterBlock('---\na: 1\nb: 2\n---\nbody')).toBe('a: 1\nb: 2');
		expect(frontmatterBlock('\uFEFF---\r\na: 1\r\n---\r\nbody')).toBe('a: 1');
		expect(frontmatterBlock('---\n---\nbody')).toBe('');
	});

	it('is null without frontmatter', () => {
		expect(frontmatterBlock('body\n---\na: 1\n---')).toBeNull();
		expect(frontmatterBlock('---\na: 1\nno close')).toBeNull();
	});
});

describe('quoteValue with dates inside', () => {
	it('shows a YAML date in a list or map as the day written, as Obsidian (which gives text) would', () => {
		const day = new Date(Date.UTC(2026, 10, 10));
		expect(quoteValue([day])).toBe(quoteValue(['2026-11-10']));
		expect(quoteValue({ on: day })).toBe('"{"on":"2026-11-10"}"');
		expect(quoteValue([new Date(Number.NaN)])).toBe('"["an invalid date"]"');
	});
});
