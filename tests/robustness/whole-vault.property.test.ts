import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import fc from 'fast-check';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { readVault } from '../../src/cli/read-vault';
import { isCalendarDate, type CalendarDate } from '../../src/core/calendar-date';
import { frontmatterMayMatter } from '../../src/core/frontmatter-relevance';
import { readNote } from '../../src/core/note-facts';
import { frontmatterBlock } from '../../src/core/properties';
import { toReportJson, type ReportJson } from '../../src/core/report';
import type { MentorRallySettings } from '../../src/core/settings';
import { deriveTeam } from '../../src/core/team';
import type { NoteRecord, TeamSnapshot } from '../../src/core/types';
import { VaultIndex } from '../../src/core/vault-index';
import { day } from '../helpers/dates';
import { note, settingsWith } from '../helpers/notes';
import { expectedExplicitDue, linesOf, TASK_SHAPE, taskLinesAsObsidianSees } from '../helpers/tasks-oracle';

/*
 * Whole vaults, made up at random: notes with good, broken and mistyped properties, task
 * lines of every shape, code fences, comments and odd file names. Whatever the vault, the
 * core reads it without throwing, lists each mentor once, reports what it cannot read in
 * plain words, points every item at a real task line, and gives one answer however the
 * notes arrive: in any order, all at once or one by one, through any edits that end in the
 * same vault, and through the command line's reader from real files.
 */

// ── Names and places ───────────────────────────────────────────────────────────────────

const MENTOR_NAMES = [
	'Dr. Maya Lee',
	'Sam Ortiz',
	'Prof. Ada Okafor',
	'Zoë Ñúñez-Łukasiewicz',
	'د. ليلى حسن',
	'ד״ר נועה כהן',
	'李医生',
	'Dr. [Bracket] Lee',
	"Dr. O'Neil (Surgery)",
	'Chloe 👩‍⚕️ Park',
	'constructor',
	`Dr. ${'Long'.repeat(45)}`,
	`${'é'.repeat(100)}`,
];
/** Mostly the first few names, so meeting notes often find their mentor in the vault. */
const mentorName = fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...MENTOR_NAMES.slice(0, 3)) }, { weight: 2, arbitrary: fc.constantFrom(...MENTOR_NAMES) });
/** Names no note in any vault has: a link to one is a link to a missing mentor. */
const MISSING_NAMES = ['Dr. Nobody Here', 'Ghost Mentor', 'Zed Unknown'];
const FOLDERS = ['', 'Mentors', 'Mentors/Alumni', 'Meetings', 'a/b/c/d/e/f', 'Ünï cødé', '[x] (y) {z}', 'spaced  out ', `${'deep/'.repeat(6)}er`];
const OTHER_NAMES = ['2026-11-17 Lee', '2026-03-08 Meeting', 'Daily 2026-02-30', 'README', '  leading spaces', 'tab\tname', 'Notes #1', 'ملاحظات', 'x'];

// ── Frontmatter ────────────────────────────────────────────────────────────────────────

/** A property the generator set to something the core must refuse, so a problem must name it. */
type BadField = 'role' | 'cadence' | 'last_contact' | 'next_meeting' | 'status' | 'snooze_until' | 'aliases';

interface FrontmatterPlan {
	/** YAML lines between the `---` lines. */
	lines: string[];
	typeMentor: boolean;
	tagMentor: boolean;
	/** Link targets written in a `mentor:` property. */
	links: string[];
	hasMentorProperty: boolean;
	bad: BadField[];
	/** Deliberately broken YAML (it may still parse; the record says whether it did). */
	broken: boolean;
}

interface ValueChoice {
	text: string;
	bad: boolean;
}

const good = (...texts: string[]): fc.Arbitrary<ValueChoice> => fc.constantFrom(...texts.map((text) => ({ text, bad: false })));
const bad = (...texts: string[]): fc.Arbitrary<ValueChoice> => fc.constantFrom(...texts.map((text) => ({ text, bad: true })));
const HUGE = 'z'.repeat(3_000);

/** Values for each property: good ones, blank ones and ones of the wrong type or shape. */
const VALUES: Record<BadField, fc.Arbitrary<ValueChoice>> = {
	role: fc.oneof(
		good('research', '[research, sponsor]', '"research mentor"', '\n  - support\n  - Sponsor', 'resident', 'null', '~', '', '42', '[]'),
		bad('{ primary: research }', '\n  nested:\n    map: [1, 2]', '[[a, b], c]'),
	),
	cadence: fc.oneof(
		good('every 2 weeks', 'biweekly', 'monthly', 'P2W', '10d', '"quarterly"', 'null', ''),
		bad('14', '[weekly]', 'sometimes', `${HUGE}`, '{ every: 2 }', 'true', '0d', 'constructor'),
	),
	last_contact: fc.oneof(
		good('2026-11-10', '"2026-11-10"', "'2026-03-08'", '2026-11-01', '2025-12-31', 'null', ''),
		bad('[2026-11-10]', 'next tuesday', '"2026-02-30"', '{ on: 2026-11-10 }', '20261110', `"${HUGE}"`),
	),
	next_meeting: fc.oneof(good('2026-11-26 15:00', '"2026-11-26T15:00"', '2026-12-01', '2026-03-08', 'null'), bad('"soon"', '{ at: 3pm }', '[2026-12-01, 2026-12-08]', '"2026-13-01"')),
	status: fc.oneof(good('active', 'paused', 'alumni', 'Former', 'on hold', 'null'), bad('sleeping', '[paused, alumni]', '{ a: 1 }', 'constructor', '7')),
	snooze_until: fc.oneof(good('2026-12-24', '"2027-01-01"', 'null'), bad('forever', '[2026-12-24]', '"2026-02-29"')),
	aliases: fc.oneof(good('[Maya, "Dr. Lee"]', 'Sam', '\n  - Ada\n  - ليلى', 'null', '[]'), bad('{ a: 1 }', '[[x, y]]')),
};

const linkText = (target: string): fc.Arbitrary<string> => fc.constantFrom(`"[[${target}]]"`, `[[${target}]]`, `"[[${target}|nick]]"`, `"${target}"`, `"[[Mentors/${target}]]"`);

/** Ways the YAML itself goes wrong. */
const BROKEN_YAML = [
	'role: [support',
	'type: mentor\ntype: mentor',
	'role:\n\t- research',
	'cadence: every: 2 weeks',
	'last_contact: "2026-11-10',
	': no key',
	'tags: [mentor\nrole: research',
	'- a list\nkey: value',
	'@at: sign',
	'mood: [good',
];

const frontmatterPlan: fc.Arbitrary<FrontmatterPlan> = fc
	.record({
		type: fc.constantFrom(null, 'type: mentor', 'type: "mentor"', 'Type: Mentor', 'type: [person, mentor]', 'type: mentee', 'type: 12'),
		tags: fc.constantFrom(null, 'tags: [mentor]', 'tags: mentor/research', 'tags:\n  - people\n  - mentor', 'tags: "#mentor"', 'tags: [mentorship]', 'tags: { a: b }'),
		// A third of the notes link mentors (meeting notes, unless they say they are mentors).
		mentor: fc.option(
			fc.oneof(
				fc.oneof({ weight: 4, arbitrary: mentorName }, { weight: 1, arbitrary: fc.constantFrom(...MISSING_NAMES) }).map((t) => ({ targets: [t], arb: linkText(t) })),
				fc.uniqueArray(fc.oneof({ weight: 4, arbitrary: mentorName }, { weight: 1, arbitrary: fc.constantFrom(...MISSING_NAMES) }), { minLength: 1, maxLength: 3 }).map((ts) => ({
					targets: ts,
					arb: fc.constant(`\n${ts.map((t) => `  - "[[${t}]]"`).join('\n')}`),
				})),
			),
			{ nil: null, freq: 2 },
		),
		date: fc.constantFrom(null, 'date: 2026-11-17', 'date: "2026-03-08"', 'date: yesterday', 'date: [2026-11-17]', 'date: 2026-11-01'),
		fields: fc.dictionary(fc.constantFrom(...(Object.keys(VALUES) as BadField[])), fc.constant(null), { maxKeys: 7 }),
		broken: fc.oneof({ weight: 6, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: fc.constantFrom(...BROKEN_YAML) }),
		extra: fc.constantFrom(null, 'email: maya@example.org', 'institution: "St. Elsewhere"', 'since: 2024-09-01', 'nothing: ~', `huge: "${HUGE}"`, 'cssclasses: [wide]'),
	})
	.chain((plan) =>
		fc
			.record({
				values: fc.record(Object.fromEntries(Object.keys(plan.fields).map((key) => [key, VALUES[key as BadField]])) as Record<BadField, fc.Arbitrary<ValueChoice>>, { requiredKeys: [] }),
				link: plan.mentor ? plan.mentor.arb : fc.constant(''),
			})
			.map(({ values, link }) => {
				const lines: string[] = [];
				const badFields: BadField[] = [];
				if (plan.type) lines.push(plan.type);
				if (plan.tags) lines.push(plan.tags);
				if (plan.mentor) lines.push(`mentor: ${link}`);
				if (plan.date) lines.push(plan.date);
				for (const [key, choice] of Object.entries(values) as [BadField, ValueChoice][]) {
					lines.push(`${key}:${choice.text.startsWith('\n') || choice.text === '' ? '' : ' '}${choice.text}`);
					if (choice.bad) badFields.push(key);
				}
				if (plan.extra) lines.push(plan.extra);
				if (plan.broken) lines.splice(lines.length > 0 ? lines.length - 1 : 0, 0, plan.broken);
				return {
					lines,
					typeMentor: plan.type !== null && /mentor/i.test(plan.type) && plan.type !== 'type: mentee',
					tagMentor: plan.tags !== null && /\bmentor\b(?!ship)/.test(plan.tags),
					links: plan.mentor?.targets ?? [],
					hasMentorProperty: plan.mentor !== null,
					bad: badFields,
					broken: plan.broken !== null,
				};
			}),
	);

// ── Bodies ─────────────────────────────────────────────────────────────────────────────

const STATUS_CHARS = [' ', ' ', 'x', 'X', '-', '/', '>', '<', '!', '?', '*', '“', 'é', '🙂', '1', 'ש'];
const INDENTS = ['', '', '  ', '    ', '\t', '\t\t', '> ', '> > ', '>\t', ' > ', '>> '];
const MARKERS = ['-', '-', '*', '+', '1.', '12)', '999999999.'];
const WORDS = [
	'Send the abstract',
	'Dr. Maya Lee:',
	'Sam:',
	'by Friday',
	'in 2 weeks',
	'tomorrow',
	'by Dec 3',
	'by the next meeting',
	'EOD',
	'at 5pm',
	'ASCO 2027',
	'chapter 3',
	'📅 2026-12-01',
	'📅2026-02-30',
	'📆 2026-11-30',
	'🗓️ 2026-12-24',
	'[due:: 2026-12-01]',
	'(due::2026-02-29)',
	'[due:: 2026-13-45]',
	'✅ 2026-11-20',
	'❌ 2026-11-21',
	'⏫',
	'🔁 every week',
	'🛫 2026-11-01',
	'⏳ 2026-11-02',
	'#theirs',
	'#reply',
	'#task',
	'^block-id',
	'[[Dr. Maya Lee]]',
	'[[Ghost Mentor]]',
	'مرحبا بالعالم',
	'שלום עולם',
	'👩‍⚕️🩺',
	'\u200F',
	'\u00A0',
	'`inline code`',
	'`%%`',
	'`<!--`',
	'%% note %%',
	'<!-- hidden -->',
	'https://example.org/#frag',
	'\t',
];

const words = fc.array(fc.constantFrom(...WORDS), { maxLength: 6 }).map((ws) => ws.join(' '));
const taskLine = fc
	.record({ indent: fc.constantFrom(...INDENTS), marker: fc.constantFrom(...MARKERS), gap: fc.constantFrom(' ', ' ', '  '), status: fc.constantFrom(...STATUS_CHARS), text: words })
	.map(({ indent, marker, gap, status, text }) => `${indent}${marker}${gap}[${status}] ${text}`);

const OTHER_LINES = [
	'',
	'',
	'Some prose about the rotation.',
	'### 2026-11-10 Meeting',
	'## 2026-03-08 DST day',
	'### 2026-02-30 not a day',
	'## Notes ##',
	'# Heading',
	'```',
	'```js',
	'````',
	'~~~',
	'   ```',
	'> ```',
	'%%',
	'%% a comment starts',
	'ends here %%',
	'<!--',
	'-->',
	'<!-- one line -->',
	'Use `%%` to start a comment in Obsidian.',
	'Type `<!--` to open an HTML comment.',
	'---',
	'- a list item without a checkbox',
	'-[ ] not a task (no space)',
	'- [  ] not a task (two spaces)',
	'- [x]not a task (no space after)',
	'- [ ]',
	'1234567890. [ ] ten digits is not a list',
	'> [!todo] A callout',
	'\u00A0- [ ] indented by a no-break space',
	'\u200B- [ ] after a zero-width space',
	'| a | b |',
];

const longLine = fc.constantFrom(`- [ ] ${'long words '.repeat(300)}by Friday`, `Prose ${'ぁ'.repeat(2_000)}`, `> - [/] ${'מילים '.repeat(200)} 📅 2026-12-01`);

const bodyLine = fc
	.oneof(
		{ weight: 5, arbitrary: taskLine },
		{ weight: 5, arbitrary: fc.constantFrom(...OTHER_LINES) },
		{ weight: 1, arbitrary: fc.string({ maxLength: 30 }) },
		{ weight: 1, arbitrary: fc.constant(null) },
	)
	.chain((line) => (line === null ? longLine : fc.constant(line)));

interface NotePlan {
	path: string;
	text: string;
	/** The properties as written, or null when Obsidian sees none (no block, or not a block it reads). */
	frontmatter: FrontmatterPlan | null;
	inMentorsFolder: boolean;
}

/**
 * How the block opens and closes: as Obsidian reads properties, or in shapes Obsidian takes
 * for text (gray-matter read them, and ran `---js` as JavaScript).
 */
const FENCES = [
	{ open: '---', close: true, seen: true },
	{ open: '---', close: false, seen: false },
	{ open: '---js', close: true, seen: false },
	{ open: '---yaml', close: true, seen: false },
	{ open: '---json', close: true, seen: false },
];
const fencePlan = fc.oneof({ weight: 12, arbitrary: fc.constant(FENCES[0] ?? { open: '---', close: true, seen: true }) }, { weight: 1, arbitrary: fc.constantFrom(...FENCES.slice(1)) });

const notePlan: fc.Arbitrary<NotePlan> = fc
	.record({
		folder: fc.constantFrom(...FOLDERS),
		name: fc.oneof({ weight: 3, arbitrary: mentorName }, { weight: 2, arbitrary: fc.constantFrom(...OTHER_NAMES) }),
		extension: fc.constantFrom('.md', '.md', '.md', '.MD'),
		frontmatter: fc.option(frontmatterPlan, { nil: null, freq: 6 }),
		fence: fencePlan,
		body: fc.array(bodyLine, { maxLength: 18 }),
		eol: fc.constantFrom('\n', '\n', '\r\n'),
		bom: fc.constantFrom(false, false, false, true),
		trailingNewline: fc.boolean(),
	})
	.map(({ folder, name, extension, frontmatter, fence, body, eol, bom, trailingNewline }) => {
		const path = `${folder === '' ? '' : `${folder.trim() === folder ? folder : folder.trim()}/`}${name}${extension}`;
		const head = frontmatter ? [fence.open, ...frontmatter.lines.flatMap((l) => l.split('\n')), ...(fence.close ? ['---'] : [])] : [];
		// Without a closing line the body must not close the block by chance.
		const lines = fence.close ? body : body.map((l) => (l.trimEnd() === '---' ? '***' : l));
		const text = (bom ? '\uFEFF' : '') + [...head, ...lines].join(eol) + (trailingNewline ? eol : '');
		return { path, text, frontmatter: fence.seen ? frontmatter : null, inMentorsFolder: path.toLowerCase().startsWith('mentors/') };
	});

/** A vault: notes with different paths (compared without case, as some file systems do). */
const vaultPlan = fc.uniqueArray(notePlan, { maxLength: 12, selector: (n) => n.path.toLowerCase() });

const settingsPlan = fc.constantFrom('', 'Mentors').map((mentorsFolder) => settingsWith({ mentorsFolder }));
const todayPlan = fc.constantFrom('2026-11-24', '2026-03-08', '2026-11-01', '2027-01-01', '2025-06-30').map((d) => day(d));

// ── Reading and checking ───────────────────────────────────────────────────────────────

/**
 * The notes as the core should receive them: properties parsed by properties-yaml (as the
 * command line does) from a block Obsidian reads as properties, and none otherwise.
 */
function recordsOf(plans: readonly NotePlan[]): NoteRecord[] {
	return plans.map((plan) => (hasPropertiesBlock(plan.text) ? note(plan.path, plan.text, '2026-11-01') : { path: plan.path, frontmatter: null, content: plan.text, created: day('2026-11-01') }));
}

/** Obsidian's rule: a `---` line at the very top (after a byte-order mark), closed by a later `---` line. */
function hasPropertiesBlock(text: string): boolean {
	const lines = linesOf(text.replace(/^\uFEFF/, ''));
	return lines[0]?.trimEnd() === '---' && lines.slice(1).some((line) => line.trimEnd() === '---');
}

function buildAtOnce(records: readonly NoteRecord[], settings: MentorRallySettings, today: CalendarDate): TeamSnapshot {
	return deriveTeam(
		records.map((r) => readNote(r, settings)),
		settings,
		today,
	);
}

function buildOneByOne(records: readonly NoteRecord[], settings: MentorRallySettings, today: CalendarDate, look = false): TeamSnapshot {
	const index = new VaultIndex(settings);
	for (const record of records) {
		index.set(record);
		if (look) index.snapshot(today);
	}
	return index.snapshot(today);
}

/** A message a student can read: one line of words, not a stack trace or a stray object. */
function expectPlainMessage(message: string, where: string): void {
	expect(message.trim(), where).not.toBe('');
	expect(message, where).not.toMatch(/\n|\[object |\bat .*\(.*:\d+:\d+\)|^\s*at |TypeError|ReferenceError|RangeError|SyntaxError|\bNaN\b|function \(/);
}

/**
 * Every property of one vault's snapshot. `plans` hold what each file says (to check line
 * numbers against) and what the generator meant (for the expectations that follow from it
 * alone, without the product's own reading).
 */
function checkSnapshot(snapshot: TeamSnapshot, records: readonly NoteRecord[], plans: readonly NotePlan[], settings: MentorRallySettings): void {
	const byPath = new Map(records.map((r) => [r.path, r]));
	const planOf = new Map(plans.map((p) => [p.path, p]));
	const facts = new Map(records.map((r) => [r.path, readNote(r, settings)]));

	// Every mentor note is a mentor exactly once, and nothing else is.
	const mentorPaths = snapshot.mentors.map((m) => m.path);
	expect(new Set(mentorPaths).size).toBe(mentorPaths.length);
	expect([...mentorPaths].sort()).toEqual(
		[...facts.values()]
			.filter((f) => f.kind === 'mentor')
			.map((f) => f.path)
			.sort(),
	);
	for (const plan of plans) {
		const record = byPath.get(plan.path);
		const fm = plan.frontmatter;
		const readable = fm !== null && !record?.frontmatterError;
		const inFolder = settings.mentorsFolder !== '' && plan.inMentorsFolder;
		const certainMentor = readable && (fm.typeMentor || ((fm.tagMentor || inFolder) && !fm.hasMentorProperty));
		const certainOther = fm === null && !inFolder;
		if (certainMentor) expect(mentorPaths, `${plan.path} is a mentor note`).toContain(plan.path);
		if (certainOther) expect(mentorPaths, `${plan.path} is not a mentor note`).not.toContain(plan.path);
	}

	// Everything that could not be read is a problem, in plain words.
	for (const problem of snapshot.problems) {
		expectPlainMessage(problem.message, problem.path);
		expect(byPath.has(problem.path), `a problem about ${problem.path}, which is not in the vault`).toBe(true);
	}
	const problemsOf = (path: string): string[] => snapshot.problems.filter((p) => p.path === path).map((p) => p.message);
	for (const plan of plans) {
		const record = byPath.get(plan.path);
		const fm = plan.frontmatter;
		const kind = facts.get(plan.path)?.kind;
		if (fm === null || record === undefined) continue;
		const messages = problemsOf(plan.path);
		const relevant = fm.lines.some((l) => /^(?:type: ["[]?(?:person, )?mentor|mentor:|tags?:.*\bmentor\b|role:|cadence:)/im.test(l));
		if (record.frontmatterError && relevant) {
			expect(
				messages.some((m) => m.includes('could not be read')),
				`${plan.path}: broken properties reported`,
			).toBe(true);
		}
		if (!record.frontmatterError && kind === 'mentor') {
			for (const field of fm.bad) {
				expect(
					messages.some((m) => m.includes(field)),
					`${plan.path}: ${field} reported (${messages.join(' | ')})`,
				).toBe(true);
			}
		}
		if (!record.frontmatterError && kind === 'meeting') {
			for (const target of fm.links.filter((t) => MISSING_NAMES.includes(t))) {
				expect(
					messages.some((m) => m.includes(target)),
					`${plan.path}: missing ${target} reported`,
				).toBe(true);
			}
		}
	}

	// Every item points at a task line of its file: the line it quotes, in a task's shape.
	for (const item of snapshot.items) {
		const record = byPath.get(item.path);
		expect(record, item.path).toBeDefined();
		const lines = linesOf(planOf.get(item.path)?.text ?? '');
		const line = lines[item.line - 1] ?? '';
		expect(lineKey(line, item.line), `${item.path}:${item.line}`).toBe(lineKey(item.raw, item.line));
		const shape = TASK_SHAPE.exec(lineKey(line, item.line));
		expect(shape, `${item.path}:${item.line} ${JSON.stringify(line)} is a task line`).not.toBeNull();
		expect(item.status).toBe(shape?.[1]);
		if (item.dueDate !== null) expect(isCalendarDate(item.dueDate)).toBe(true);
		// A Tasks or Dataview due date as the Tasks plugin reads it; a day that does not exist is a problem.
		const explicit = item.open ? expectedExplicitDue(item.text) : null;
		const where = `${item.path}:${item.line} ${JSON.stringify(item.text)}`;
		if (explicit === null) expect(item.dueSource === 'tasks' || item.dueSource === 'dataview', where).toBe(false);
		else if (isCalendarDate(explicit.date)) expect([item.dueSource, item.due], where).toEqual([explicit.source, explicit.date]);
		else {
			expect(item.due, where).toBeNull();
			expect(
				snapshot.problems.some((p) => p.path === item.path && p.line === item.line && p.message.includes(explicit.date)),
				`${where}: reported`,
			).toBe(true);
		}
	}

	// Every task line of a mentor note, as Obsidian sees it, is exactly one item of it.
	for (const mentor of snapshot.mentors) {
		const expected = taskLinesAsObsidianSees(planOf.get(mentor.path)?.text ?? '').map((t) => t.line);
		const got = snapshot.items.filter((i) => i.path === mentor.path).map((i) => i.line);
		expect(got, `${mentor.path}: its task lines`).toEqual(expected);
	}
}

function lineKey(text: string, line: number): string {
	return line === 1 ? text.replace(/^\uFEFF/, '') : text;
}

const reportOf = (snapshot: TeamSnapshot): ReportJson => toReportJson(snapshot);

/** A permutation of 0…n-1 from random keys. */
const permutationOf = <T>(items: readonly T[], keys: readonly number[]): T[] =>
	items
		.map((item, i) => ({ item, key: keys[i] ?? 0, i }))
		.sort((a, b) => a.key - b.key || a.i - b.i)
		.map((e) => e.item);

// ── Edits that end in the same vault ───────────────────────────────────────────────────

type Edit = { op: 'set'; note: number; variant: number } | { op: 'delete'; note: number } | { op: 'rename'; from: number; to: number; variant: number } | { op: 'look' };

const editPlan: fc.Arbitrary<Edit> = fc.oneof(
	{ weight: 5, arbitrary: fc.record({ op: fc.constant('set' as const), note: fc.nat(40), variant: fc.nat(3) }) },
	{ weight: 2, arbitrary: fc.record({ op: fc.constant('delete' as const), note: fc.nat(40) }) },
	{ weight: 2, arbitrary: fc.record({ op: fc.constant('rename' as const), from: fc.nat(40), to: fc.nat(40), variant: fc.nat(3) }) },
	{ weight: 2, arbitrary: fc.constant({ op: 'look' as const }) },
);

/**
 * Runs random edits on an index, then brings it to the final vault the way a vault changes:
 * notes that should not be there are renamed onto notes that should (or deleted), and every
 * note left differing is written again. `decoys` are other versions a note may pass through.
 */
function editedInto(finalRecords: readonly NoteRecord[], decoys: readonly NoteRecord[], edits: readonly Edit[], settings: MentorRallySettings, today: CalendarDate): TeamSnapshot {
	const index = new VaultIndex(settings);
	const held = new Map<string, NoteRecord>();
	const pool = [...finalRecords, ...decoys];
	const pick = <T>(list: readonly T[], n: number): T | undefined => (list.length === 0 ? undefined : list[n % list.length]);
	const versionOf = (path: string, variant: number): NoteRecord => {
		const source = pick(pool, variant + path.length) ?? { path, frontmatter: null };
		return { ...source, path };
	};
	for (const edit of edits) {
		if (edit.op === 'look') {
			index.snapshot(today);
		} else if (edit.op === 'set') {
			const record = pick(pool, edit.note);
			if (!record) continue;
			const version = versionOf(record.path, edit.variant);
			index.set(version);
			held.set(version.path, version);
		} else if (edit.op === 'delete') {
			const path = pick([...held.keys()], edit.note);
			if (path === undefined) continue;
			index.delete(path);
			held.delete(path);
		} else {
			const from = pick([...held.keys()], edit.from);
			const to = pick(pool, edit.to);
			if (from === undefined || !to) continue;
			const version = versionOf(to.path, edit.variant);
			index.rename(from, version);
			held.delete(from);
			held.set(version.path, version);
		}
	}
	// Bring it to the final vault.
	const wanted = new Map(finalRecords.map((r) => [r.path, r]));
	const missing = finalRecords.filter((r) => held.get(r.path) !== r);
	for (const path of [...held.keys()]) {
		if (wanted.has(path)) continue;
		const target = missing.shift();
		if (target) {
			index.rename(path, target);
			held.set(target.path, target);
		} else index.delete(path);
		held.delete(path);
		index.snapshot(today);
	}
	for (const record of finalRecords) if (held.get(record.path) !== record) index.set(record);
	return index.snapshot(today);
}

/** Generous: the suite runs under four time zones, sometimes on a slow machine. */
const TIMEOUT = 120_000;

/**
 * Runs per property, tuned so the file takes a few seconds (it runs once per time zone).
 * MENTOR_RALLY_PROPERTY_RUNS=20 runs twenty times as many, for a longer hunt.
 */
function runs(base: number): number {
	const scale = Number(process.env.MENTOR_RALLY_PROPERTY_RUNS ?? 1);
	return Math.max(1, Math.round(base * (Number.isFinite(scale) && scale > 0 ? scale : 1)));
}

// ── The properties ─────────────────────────────────────────────────────────────────────

describe('whole vaults, made up at random', () => {
	it('read as note records: never throws, each mentor once, plain problems, items on task lines, one answer whatever the order', { timeout: TIMEOUT }, () => {
		fc.assert(
			fc.property(vaultPlan, settingsPlan, todayPlan, fc.array(fc.double({ noNaN: true }), { minLength: 12, maxLength: 12 }), (plans, settings, today, keys) => {
				const records = recordsOf(plans);
				const atOnce = buildAtOnce(records, settings, today);
				checkSnapshot(atOnce, records, plans, settings);
				const expected = reportOf(atOnce);
				// Any order, all at once or one file at a time (looking in between).
				expect(reportOf(buildAtOnce(permutationOf(records, keys), settings, today))).toEqual(expected);
				expect(
					reportOf(
						buildOneByOne(
							permutationOf(
								records,
								keys.map((k) => -k),
							),
							settings,
							today,
							true,
						),
					),
				).toEqual(expected);
			}),
			{ numRuns: runs(60) },
		);
	});

	it('read through random sets, deletes and renames that end in the same vault', { timeout: TIMEOUT }, () => {
		fc.assert(
			fc.property(vaultPlan, vaultPlan, settingsPlan, todayPlan, fc.array(editPlan, { maxLength: 30 }), (plans, decoyPlans, settings, today, edits) => {
				const records = recordsOf(plans);
				// Decoys: other contents under the same paths and other paths.
				const decoys = recordsOf(decoyPlans).flatMap((d, i) => [d, { ...d, path: plans[i % Math.max(plans.length, 1)]?.path ?? d.path }]);
				const expected = reportOf(buildAtOnce(records, settings, today));
				expect(reportOf(editedInto(records, decoys, edits, settings, today))).toEqual(expected);
			}),
			{ numRuns: runs(40) },
		);
	});

	it('gives the same answer whether YAML dates arrive as Dates (a parser with timestamps) or as text (Obsidian, the command line)', { timeout: TIMEOUT }, () => {
		// js-yaml's default schema, which has the timestamp type: unquoted dates become Dates.
		const withDates = (record: NoteRecord): NoteRecord => {
			const block = record.frontmatter === null ? null : frontmatterBlock((record.content ?? '').replace(/^\uFEFF/, ''));
			if (block === null) return record;
			try {
				const data: unknown = load(block);
				return typeof data === 'object' && data !== null && !Array.isArray(data) ? { ...record, frontmatter: data as NoteRecord['frontmatter'] } : record;
			} catch {
				return record;
			}
		};
		const asText = (value: unknown): unknown => {
			if (value instanceof Date) return Number.isNaN(value.getTime()) ? 'Invalid Date' : value.toISOString().slice(0, 10);
			if (Array.isArray(value)) return value.map(asText);
			if (typeof value === 'object' && value !== null) return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, asText(v)]));
			return value;
		};
		fc.assert(
			fc.property(vaultPlan, settingsPlan, todayPlan, (plans, settings, today) => {
				const records = recordsOf(plans).map(withDates);
				const obsidianLike = records.map((r) => ({ ...r, frontmatter: asText(r.frontmatter) as NoteRecord['frontmatter'] }));
				expect(reportOf(buildAtOnce(obsidianLike, settings, today))).toEqual(reportOf(buildAtOnce(records, settings, today)));
			}),
			{ numRuns: runs(40) },
		);
	});
});

describe('whole vaults written to disk and read back by the command line', () => {
	it('reads every note as the test reads it, and the core gives the same answer and holds the same properties', { timeout: TIMEOUT }, () => {
		fc.assert(
			fc.property(vaultPlan, settingsPlan, todayPlan, (plans, settings, today) => {
				const root = mkdtempSync(join(tmpdir(), 'mentor-rally-vault-'));
				try {
					// Beside the notes, what a vault also holds and Obsidian does not list as notes.
					const extras = { '.config/workspace.md': '---\ntype: mentor\n---\n- [ ] hidden', '.trash/Old.md': '---\ntype: mentor\n---\n', 'Attachments/scan.pdf': '%PDF' };
					for (const [path, text] of [...plans.map((p) => [p.path, p.text] as const), ...Object.entries(extras)]) {
						const full = join(root, ...path.split('/'));
						mkdirSync(dirname(full), { recursive: true });
						writeFileSync(full, text);
					}
					const files = readVault(root, settings);
					expect(files.unreadable).toEqual([]);
					const read = new Map(files.records.map((r) => [r.path, r]));
					// Only markdown notes count (`.MD` too); dot-folders are not part of the vault.
					expect([...read.keys()].sort()).toEqual(plans.map((p) => p.path).sort());

					// The same records as the test's own reading, the creation day aside; a note whose raw
					// frontmatter cannot matter is given no properties, unparsed (the reports below
					// must then still be the same).
					const mine = recordsOf(plans).map((r) => ({ ...r, created: read.get(r.path)?.created ?? null }));
					const texts = new Map(plans.map((p) => [p.path, p.text]));
					for (const record of mine) {
						const fromDisk = read.get(record.path);
						const block = frontmatterBlock((texts.get(record.path) ?? '').replace(/^\uFEFF/, ''));
						const unparsed = block !== null && !frontmatterMayMatter(record.path, block, settings);
						expect(fromDisk?.frontmatter ?? null, record.path).toEqual(unparsed ? {} : record.frontmatter);
						expect(Boolean(fromDisk?.frontmatterError), record.path).toBe(!unparsed && Boolean(record.frontmatterError));
						if (fromDisk?.content !== undefined) expect(fromDisk.content).toBe(record.content);
					}
					const fromDisk = buildOneByOne(files.records, settings, today);
					checkSnapshot(fromDisk, files.records, plans, settings);
					expect(reportOf(fromDisk)).toEqual(reportOf(buildAtOnce(mine, settings, today)));
				} finally {
					rmSync(root, { recursive: true, force: true });
				}
			}),
			{ numRuns: runs(25) },
		);
	});
});
