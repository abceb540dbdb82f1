import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main';
import { readVault } from '../../src/cli/read-vault';
import { isCalendarDate } from '../../src/core/calendar-date';
import type { Item, NoteRecord, TeamSnapshot } from '../../src/core/types';
import { VaultIndex } from '../../src/core/vault-index';
import { fakeIo, REPO_ROOT } from '../helpers/cli';
import { day } from '../helpers/dates';
import { settingsWith } from '../helpers/notes';
import { expectedExplicitDue, linesOf, TASK_SHAPE, taskLinesAsObsidianSees, tasksDataviewDue, type ExpectedTask } from '../helpers/tasks-oracle';

/*
 * The Tasks plugin's own sample vault (about 200 notes of tasks in every shape the Tasks
 * plugin's authors thought of) read as if every note were a mentor note. The expectations
 * are worked out here, from Obsidian's and the Tasks plugin's documented rules, without the
 * product's scanner or date reader: a disagreement is a bug on one side, to be looked at.
 *
 * The corpus sits beside the clone (`../shared/corpus/tasks-demo`); MENTOR_RALLY_TASKS_DEMO
 * points elsewhere. Without it the suite is skipped, and says so in its name.
 */

const CORPUS = process.env.MENTOR_RALLY_TASKS_DEMO ? resolve(process.env.MENTOR_RALLY_TASKS_DEMO) : resolve(REPO_ROOT, '../shared/corpus/tasks-demo');
const PRESENT = existsSync(CORPUS) && statSync(CORPUS).isDirectory();
const TODAY = day('2026-11-24');

/*
 * Every note a mentor note, with nothing added to the corpus: the vault is the corpus's
 * parent folder and the corpus folder is the mentors folder. Paths read `tasks-demo/…`.
 */
const FOLDER = basename(CORPUS);
const settings = settingsWith({ mentorsFolder: FOLDER });

// ── The run ────────────────────────────────────────────────────────────────────────────

interface CorpusRun {
	records: NoteRecord[];
	texts: Map<string, string>;
	expected: Map<string, ExpectedTask[]>;
	snapshot: TeamSnapshot;
}

function readCorpus(): CorpusRun {
	// The command line's reader, on the corpus's parent, keeping the corpus's notes.
	const files = readVault(dirname(CORPUS), settings);
	const records = files.records.filter((r) => r.path.startsWith(`${FOLDER}/`));
	const index = new VaultIndex(settings);
	for (const record of records) index.set(record);
	const texts = new Map<string, string>();
	const expected = new Map<string, ExpectedTask[]>();
	for (const record of records) {
		const text = readFileSync(join(CORPUS, record.path.slice(FOLDER.length + 1)), 'utf8');
		texts.set(record.path, text);
		expected.set(record.path, taskLinesAsObsidianSees(text));
	}
	return { records, texts, expected, snapshot: index.snapshot(TODAY) };
}

/** The corpus's notes, listed here without the product: every `.md` file outside dot-folders. */
function notesOnDisk(dir: string, prefix: string): string[] {
	const found: string[] = [];
	for (const entry of readdirSync(dir, { withFileTypes: true })) {
		if (entry.name.startsWith('.')) continue;
		const path = `${prefix}/${entry.name}`;
		if (entry.isDirectory()) found.push(...notesOnDisk(join(dir, entry.name), path));
		else if (entry.isFile() && entry.name.toLowerCase().endsWith('.md')) found.push(path);
	}
	return found;
}

/** Read once, when the file loads: the suite's name carries the figures. A crash is kept for the first test to show. */
const attempt = ((): { run: CorpusRun } | { crash: unknown } | null => {
	if (!PRESENT) return null;
	try {
		return { run: readCorpus() };
	} catch (crash) {
		return { crash };
	}
})();
const run = attempt && 'run' in attempt ? attempt.run : null;

function itemsByPath(snapshot: TeamSnapshot): Map<string, Item[]> {
	const map = new Map<string, Item[]>();
	for (const item of snapshot.items) {
		const list = map.get(item.path) ?? [];
		list.push(item);
		map.set(item.path, list);
	}
	return map;
}

const explicitlyDated = (item: Item): boolean => item.dueSource === 'tasks' || item.dueSource === 'dataview';
const FIGURES = run
	? {
			notes: run.records.length,
			taskLines: [...run.expected.values()].reduce((sum, tasks) => sum + tasks.length, 0),
			items: run.snapshot.items.length,
			dated: run.snapshot.items.filter((i) => explicitlyDated(i) && i.due !== null).length,
			invalid: run.snapshot.items.filter((i) => explicitlyDated(i) && i.due === null).length,
			phrases: run.snapshot.items.filter((i) => i.dueSource === 'phrase').length,
			problems: run.snapshot.problems.length,
		}
	: null;
const TITLE = FIGURES
	? `the Tasks plugin's demo vault: ${FIGURES.notes} notes, ${FIGURES.taskLines} task lines, ${FIGURES.items} items, ${FIGURES.dated} with a Tasks or Dataview due date, ${FIGURES.invalid} with one that is not a day, ${FIGURES.problems} problems`
	: attempt
		? `the Tasks plugin's demo vault at ${CORPUS}: reading it crashed`
		: `the Tasks plugin's demo vault — SKIPPED: not found at ${CORPUS} (set MENTOR_RALLY_TASKS_DEMO to its folder)`;

describe.skipIf(attempt === null)(TITLE, () => {
	const corpus = run as CorpusRun;

	it('reads every note without a crash, each one a mentor exactly once', () => {
		if (attempt && 'crash' in attempt) throw attempt.crash;
		expect(corpus.records.map((r) => r.path).sort()).toEqual(notesOnDisk(CORPUS, FOLDER).sort());
		const mentorPaths = corpus.snapshot.mentors.map((m) => m.path).sort();
		expect(mentorPaths).toEqual(corpus.records.map((r) => r.path).sort());
		for (const problem of corpus.snapshot.problems) expect(problem.message.trim()).not.toBe('');
		console.log(`tasks-demo: ${JSON.stringify(FIGURES)}`);
	});

	it('makes every task line exactly one item, and nothing else an item', () => {
		const byPath = itemsByPath(corpus.snapshot);
		const mismatches: string[] = [];
		for (const record of corpus.records) {
			const want = (corpus.expected.get(record.path) ?? []).map((t) => t.line);
			const got = (byPath.get(record.path) ?? []).map((i) => i.line);
			if (JSON.stringify(want) !== JSON.stringify(got)) mismatches.push(`${record.path}: expected lines ${want.join(',')}, got ${got.join(',')}`);
		}
		expect(mismatches).toEqual([]);
		expect(corpus.snapshot.items.length).toBe(FIGURES?.taskLines);
	});

	it('points every item at its task line, with its status and text', () => {
		for (const item of corpus.snapshot.items) {
			const lines = linesOf(corpus.texts.get(item.path) ?? '');
			const line = lines[item.line - 1];
			expect(item.raw, `${item.path}:${item.line}`).toBe(line);
			const shape = TASK_SHAPE.exec(line ?? '');
			expect(shape, `${item.path}:${item.line} is not a task line`).not.toBeNull();
			expect(item.status).toBe(shape?.[1]);
			expect(item.text).toBe((shape?.[2] ?? '').trim());
			expect(item.open).toBe(!['x', 'X', '-'].includes(item.status));
		}
	});

	it('reads every 📅 / 📆 / 🗓 and [due:: ] date as the Tasks plugin does, and reports the days that do not exist', () => {
		const wrong: string[] = [];
		let invalid = 0;
		for (const item of corpus.snapshot.items) {
			const where = `${item.path}:${item.line} ${item.text}`;
			if (!item.open) {
				if (item.dueDate !== null || item.dueSource !== null) wrong.push(`${where}: a closed item has a due date`);
				continue;
			}
			const want = expectedExplicitDue(item.text);
			// The Tasks plugin in its Dataview format reads the field from the end only; where
			// it finds one, it is the one Dataview finds too.
			const tasksDataview = tasksDataviewDue(item.text);
			if (tasksDataview !== null && want?.source === 'dataview') expect(want.date, where).toBe(tasksDataview);
			if (want === null) {
				if (item.dueSource === 'tasks' || item.dueSource === 'dataview') wrong.push(`${where}: read ${item.dueSource} ${String(item.due)}, expected none`);
				continue;
			}
			if (item.dueSource !== want.source || item.dueText !== want.date) {
				wrong.push(`${where}: read ${String(item.dueSource)} ${String(item.dueText)}, expected ${want.source} ${want.date}`);
				continue;
			}
			if (isCalendarDate(want.date)) {
				if (item.due !== want.date || item.dueDate !== want.date) wrong.push(`${where}: due ${String(item.due)}, expected ${want.date}`);
			} else {
				invalid++;
				const problem = corpus.snapshot.problems.find((p) => p.path === item.path && p.line === item.line);
				if (item.due !== null || !problem?.message.includes(want.date)) wrong.push(`${where}: ${want.date} is not a day, and should be reported`);
			}
		}
		expect(wrong).toEqual([]);
		// The corpus's own cases: "Invalid Dates.md" has 2022-02-29 in a due field.
		expect(invalid).toBeGreaterThan(0);
		// And nothing else is a problem but two notes of the same name (none here, as it happens).
		const others = corpus.snapshot.problems.filter((p) => !(p.line !== undefined && /due date \S+ is not a real day/.test(p.message)));
		expect(others.filter((p) => !p.message.includes('same name'))).toEqual([]);
		console.log(`tasks-demo: ${invalid} open items with a due date that is not a real day, each reported`);
	});

	it('gives the documented cases of the Dataview format note', () => {
		const path = `${FOLDER}/Manual Testing/Testing File Formats/Dataview Format - Tasks to Parse.md`;
		const items = corpus.snapshot.items.filter((i) => i.path === path);
		const dueOf = (label: string): string | null => items.find((i) => i.text.includes(` ${label} `))?.due ?? null;
		// A 1 at the end: read. A 2 in the middle: "dataview finds the date, Tasks does not".
		expect(dueOf('A 1')).toBe('2021-08-22');
		expect(dueOf('A 2')).toBeNull();
		for (const label of ['B 1', 'B 2', 'B 3', 'B 4', 'B 5', 'B 6', 'B 7', 'B 8']) expect(dueOf(label), label).toBe('2021-08-22');
		// Unbracketed `due::`, `due:` and `due` are not fields.
		for (const label of ['C 1', 'C 2', 'C 3']) {
			const item = items.find((i) => i.text.includes(` ${label} `));
			expect(item?.dueSource === 'tasks' || item?.dueSource === 'dataview', label).toBe(false);
		}
	});

	it('reads items with no Tasks or Dataview date from their words only, never as a Tasks or Dataview date', () => {
		let phrases = 0;
		for (const item of corpus.snapshot.items) {
			if (!item.open || expectedExplicitDue(item.text) !== null) continue;
			expect(item.dueSource === 'tasks' || item.dueSource === 'dataview', `${item.path}:${item.line}`).toBe(false);
			if (item.dueSource === 'phrase') {
				phrases++;
				expect(isCalendarDate(item.due)).toBe(true);
			}
		}
		console.log(`tasks-demo: ${phrases} items dated from their words`);
	});

	it('prints the corpus as an ordinary vault from the command line, as JSON', () => {
		const { io, stdout, stderr } = fakeIo();
		expect(runCli(['report', '--vault', CORPUS, '--json', '--today', TODAY], io)).toBe(0);
		expect(stderr()).toBe('');
		const json = JSON.parse(stdout()) as { mentors: unknown[] };
		expect(json.mentors).toEqual([]);
	});
});
