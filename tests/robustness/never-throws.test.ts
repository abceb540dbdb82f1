import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCadence } from '../../src/core/cadence';
import { dateFromParts, isCalendarDate, parseCalendarDate, type CalendarDate } from '../../src/core/calendar-date';
import { splitLines, scanMarkdown } from '../../src/core/markdown-scan';
import { readDuePhrase } from '../../src/core/natural-date';
import { readNote } from '../../src/core/note-facts';
import { toReportJson } from '../../src/core/report';
import { normalizeSettings } from '../../src/core/settings';
import { readExplicitDue } from '../../src/core/task-fields';
import { deriveTeam } from '../../src/core/team';
import type { NoteRecord } from '../../src/core/types';

/*
 * Whatever a vault holds, reading it never throws: a note the core cannot make sense of
 * becomes a problem, never an exception that would blank the dashboard.
 */

const settings = normalizeSettings({});

/** Text of every kind: ASCII, full Unicode (astral planes, lone surrogates), graphemes. */
const anyText = fc.oneof(
	fc.string({ maxLength: 200 }),
	fc.string({ unit: 'binary', maxLength: 200 }),
	fc.string({ unit: 'grapheme', maxLength: 100 }),
	fc.constantFrom('', ' ', '\n', '\r\n', '\uFEFF', '\u0000', '\u2028', '🗓️', '📅', 'constructor', '__proto__', 'toString'),
);

/** Pieces of markdown that exercise every branch of the scanner and the date readers. */
const MARKDOWN_PIECES = [
	'---',
	'type: mentor',
	'mentor: [[Dr. Lee]]',
	'- [ ] ',
	'* [x] ',
	'1. [-] ',
	'> - [/] ',
	'\t- [ ] ',
	'### 2026-11-10 ',
	'## ',
	'# ',
	'```',
	'~~~',
	'%%',
	'<!--',
	'-->',
	'📅 2026-12-01',
	'📅 2026-02-30',
	'[due:: 2026-12-01]',
	'(due:: 2026-13-45)',
	'✅ 2026-11-20',
	'⛔ a  ,b  ,c',
	'🔁 every week',
	'#theirs',
	'#reply',
	'^abc',
	'by Friday',
	'EOD Friday',
	'in 2 weeks',
	'tomorrow',
	'3/12',
	'by Dec 3',
	'by the next meeting',
	'end of the month',
	'in 1 month',
	'mid-March',
	'at 5pm',
	'ASCO 2027',
	'Dr. Lee: ',
	'Maya: ',
	'[[',
	']]',
	'[[Dr. Lee]]',
	'\r\n',
	'\n',
	'\r',
	' ',
	'  ',
	'\uFEFF',
];
const markdownish = fc.array(fc.oneof(fc.constantFrom(...MARKDOWN_PIECES), fc.string({ maxLength: 8 })), { maxLength: 60 }).map((parts) => parts.join(''));

/** A calendar date in years 1–9999. */
const anyDate = fc
	.record({ year: fc.integer({ min: 1, max: 9999 }), month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 28 }) })
	.map(({ year, month, day }) => dateFromParts(year, month, day) as CalendarDate);

/** What a YAML parser (or Obsidian's cache) may hand over for one property. */
const yamlValue: fc.Arbitrary<unknown> = fc.letrec<{ value: unknown }>((tie) => ({
	value: fc.oneof(
		{ depthSize: 'small', withCrossShrink: true },
		anyText,
		fc.constantFrom('mentor', 'research', 'every 2 weeks', '2026-11-10', '2026-11-26 15:00', '[[Dr. Lee]]', 'paused', 'alumni', 'constructor'),
		fc.double(),
		fc.integer(),
		fc.boolean(),
		fc.constant(null),
		fc.constant(undefined),
		fc.date(),
		fc.date({ noInvalidDate: false }),
		fc.array(tie('value'), { maxLength: 4 }),
		fc.dictionary(fc.string({ maxLength: 8 }), tie('value'), { maxKeys: 4 }),
	),
})).value;

const JS_WORDS = ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf', 'isPrototypeOf', '__defineGetter__'];

const PROPERTY_NAMES = [
	'type',
	'tags',
	'tag',
	'role',
	'cadence',
	'last_contact',
	'next_meeting',
	'status',
	'snooze_until',
	'aliases',
	'alias',
	'email',
	'institution',
	'since',
	'mentor',
	'date',
	'Role',
	'constructor',
	'__proto__',
];

/** A frontmatter object: the property names Mentor Rally reads, holding anything. */
const frontmatter = fc.oneof(
	fc.constant(null),
	fc.dictionary(fc.constantFrom(...PROPERTY_NAMES), yamlValue, { maxKeys: 8 }),
	// Make sure the mentor and meeting readers run, not only the classifier.
	fc.dictionary(fc.constantFrom(...PROPERTY_NAMES), yamlValue, { maxKeys: 8 }).map((fm) => ({ ...fm, type: 'mentor' })),
	fc.dictionary(fc.constantFrom(...PROPERTY_NAMES), yamlValue, { maxKeys: 8 }).map((fm) => ({ ...fm, type: undefined, mentor: fm.mentor ?? '[[Dr. Lee]]' })),
	// Words that are also names of built-in JavaScript properties, where lookup tables answer by accident.
	fc.record({
		type: fc.constant('mentor'),
		role: fc.constantFrom(...JS_WORDS),
		status: fc.constantFrom(...JS_WORDS),
		cadence: fc.constantFrom(...JS_WORDS, ...JS_WORDS.map((w) => `every 2 ${w}`), ...JS_WORDS.map((w) => `${w} weeks`)),
	}),
);

const PATHS = ['Mentors/Dr. Lee.md', 'Meetings/2026-11-17 Lee.md', 'Dr. Lee.md', 'a/b/c/2026-02-30 x.md', '.md', '', 'Mentors/constructor.md', 'Mentors/Dr. Lee.md'];

const record: fc.Arbitrary<NoteRecord> = fc.record(
	{
		path: fc.oneof(fc.constantFrom(...PATHS), anyText),
		frontmatter,
		frontmatterError: fc.option(anyText, { nil: undefined }),
		content: fc.option(fc.oneof(markdownish, anyText), { nil: undefined }),
		created: fc.option(anyDate, { nil: undefined }),
	},
	{ requiredKeys: ['path', 'frontmatter'] },
);

describe('never throws on arbitrary input', () => {
	it('parseCadence', () => {
		fc.assert(
			fc.property(fc.oneof(anyText, yamlValue, fc.anything()), (value) => {
				const result = parseCadence(value);
				if (result.ok) {
					expect(Number.isInteger(result.cadence.count)).toBe(true);
					expect(['day', 'week', 'month', 'year']).toContain(result.cadence.unit);
				} else {
					expect(typeof result.message).toBe('string');
				}
			}),
			{ numRuns: 500 },
		);
	});

	it('parseCalendarDate', () => {
		fc.assert(
			fc.property(fc.oneof(anyText, yamlValue, fc.anything(), fc.date({ noInvalidDate: false })), (value) => {
				const date = parseCalendarDate(value);
				expect(date === null || isCalendarDate(date)).toBe(true);
			}),
			{ numRuns: 500 },
		);
	});

	it('readDuePhrase', () => {
		fc.assert(
			fc.property(fc.oneof(markdownish, anyText), anyDate, fc.constantFrom('month-first' as const, 'day-first' as const), (text, reference, order) => {
				const phrase = readDuePhrase(text, reference, order);
				if (phrase?.kind === 'date') expect(isCalendarDate(phrase.date)).toBe(true);
			}),
			{ numRuns: 300 },
		);
	});

	it('readExplicitDue', () => {
		fc.assert(
			fc.property(fc.oneof(markdownish, anyText), (text) => {
				const due = readExplicitDue(text);
				if (due) expect(due.text).toMatch(/^\d{4}-\d{2}-\d{2}$/);
			}),
			{ numRuns: 500 },
		);
	});

	it('scanMarkdown, and every task it finds is on the line it says', () => {
		fc.assert(
			fc.property(fc.oneof(markdownish, anyText), (text) => {
				const scanned = scanMarkdown(text);
				const lines = splitLines(text);
				for (const task of scanned.tasks) {
					expect(lines[task.line - 1]).toBe(task.raw);
					expect(task.line).toBeGreaterThanOrEqual(scanned.bodyStartLine);
				}
				for (const heading of scanned.datedHeadings) expect(isCalendarDate(heading.date)).toBe(true);
			}),
			{ numRuns: 500 },
		);
	});

	it('readNote', () => {
		fc.assert(
			fc.property(record, (r) => {
				const facts = readNote(r, settings);
				expect(['mentor', 'meeting', 'other']).toContain(facts.kind);
				expect(facts.path).toBe(r.path);
				for (const problem of facts.problems) expect(typeof problem.message).toBe('string');
				if (facts.kind === 'mentor') {
					expect(facts.roles.every((role) => typeof role === 'string')).toBe(true);
					expect(['active', 'paused', 'alumni']).toContain(facts.lifecycle);
					if (facts.cadence) expect(['day', 'week', 'month', 'year']).toContain(facts.cadence.unit);
				}
			}),
			{ numRuns: 400 },
		);
	});

	it('deriveTeam, and the JSON report of what it derives', () => {
		fc.assert(
			fc.property(fc.array(record, { maxLength: 8 }), anyDate, (records, today) => {
				const team = deriveTeam(
					records.map((r) => readNote(r, settings)),
					settings,
					today,
				);
				const json = toReportJson(team);
				expect(JSON.parse(JSON.stringify(json))).toEqual(json);
				for (const mentor of json.mentors) expect(mentor.roles.every((role) => typeof role === 'string')).toBe(true);
			}),
			{ numRuns: 200 },
		);
	});

	it('deriveTeam with odd settings', () => {
		fc.assert(
			fc.property(fc.dictionary(fc.string({ maxLength: 20 }), yamlValue), fc.array(record, { maxLength: 4 }), anyDate, (saved, records, today) => {
				const odd = normalizeSettings(saved);
				deriveTeam(
					records.map((r) => readNote(r, odd)),
					odd,
					today,
				);
			}),
			{ numRuns: 150 },
		);
	});
});

// Each would hang on a backtracking pattern (the test times out); their speed is measured in
// `npm run bench` (the hostile lines section), never asserted here.
describe('reads huge notes to the end', () => {
	it('a mentor note of thousands of tasks and a very long line', () => {
		const task = '- [ ] Send the revised abstract by Friday 📅 2026-12-01 #theirs\n';
		const content = `---\ntype: mentor\n---\n### 2026-11-10 Meeting\n${task.repeat(5_000)}- [ ] ${'word '.repeat(40_000)}by Friday\n`;
		const facts = readNote({ path: 'Mentors/Dr. Lee.md', frontmatter: { type: 'mentor' }, content }, settings);
		expect(facts.kind === 'mentor' && facts.items.length).toBe(5_001);
	});

	it('a megabyte of random text in one line', () => {
		const text = fc.sample(fc.string({ unit: 'binary', minLength: 1_000, maxLength: 1_000 }), { numRuns: 1_000, seed: 42 }).join('');
		expect(() => scanMarkdown(text)).not.toThrow();
		expect(() => readExplicitDue(text)).not.toThrow();
		expect(() => parseCadence(text)).not.toThrow();
		expect(() => parseCalendarDate(text)).not.toThrow();
	});
});
