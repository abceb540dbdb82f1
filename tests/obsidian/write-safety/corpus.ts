import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import { parseYaml } from 'obsidian';
import type { CalendarDate } from '../../../src/core/calendar-date';
import { normalizeSettings } from '../../../src/core/settings';
import type { Item, MentorSummary, TeamSnapshot } from '../../../src/core/types';
import { NoteWriter } from '../../../src/obsidian/note-writer';
import { TeamStore } from '../../../src/obsidian/team-store';
import { createTestVault } from '../../fakes/vault';

/**
 * The tricky-notes corpus (tests/fixtures/tricky-notes, written by its generate.ts) loaded
 * into an in-memory vault, read by the real TeamStore, written by the real NoteWriter, and
 * text helpers that say what a write should have produced without using the code under test.
 */

export const TODAY = '2026-11-24' as CalendarDate;
export const NOW = new Date(2026, 10, 24, 9, 30);
export const SETTINGS = normalizeSettings({ mentorsFolder: 'Mentors', meetingsFolder: 'Meetings', meetingTemplate: 'Templates/Meeting' });

// (Under happy-dom the global URL is the DOM's, so the path is taken apart with node:path.)
const CORPUS_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../fixtures/tricky-notes');

/** Every markdown file of the corpus, by vault path, exactly as its bytes decode. */
export function corpusFiles(): Record<string, string> {
	const files: Record<string, string> = {};
	const walk = (dir: string): void => {
		for (const entry of readdirSync(dir, { withFileTypes: true })) {
			const full = join(dir, entry.name);
			if (entry.isDirectory()) walk(full);
			// Node's utf8 decoding keeps a byte-order mark as U+FEFF, as Obsidian's desktop adapter does.
			else if (entry.name.endsWith('.md')) files[relative(CORPUS_DIR, full).split('\\').join('/')] = readFileSync(full, 'utf8');
		}
	};
	walk(CORPUS_DIR);
	return files;
}

export const CORPUS = corpusFiles();
/** The mentor notes of the corpus (everything in Mentors/). */
export const MENTOR_PATHS = Object.keys(CORPUS)
	.filter((path) => path.startsWith('Mentors/'))
	.sort();

export interface Corpus {
	vault: ReturnType<typeof createTestVault>;
	store: TeamStore;
	writer: NoteWriter;
	/** Notices that report a problem (a write that went through says so with an Undo: see `done`). */
	notices: string[];
	/** Notices of writes that went through, each offered with an Undo. */
	done: string[];
	team(): TeamSnapshot;
	read(path: string): Promise<string>;
	/** Every file of the vault, by path (to check a write touched no other file). */
	snapshot(): Promise<Record<string, string>>;
	mentor(path: string): MentorSummary;
	/** The items the plugin read from one note, in line order. */
	items(path: string): Item[];
	/** The one item on this 1-based line. */
	item(path: string, line: number): Item;
}

/** A vault holding the corpus (plus `extra` files), with the team read as the plugin reads it. */
export async function openCorpus(extra: Record<string, string> = {}): Promise<Corpus> {
	const files = { ...CORPUS, ...extra };
	const vault = createTestVault(files);
	// Notes without a dated heading read "by Friday" from their creation day.
	for (const path of Object.keys(files)) vault.setCreated(path, '2026-11-10T10:00:00');
	const store = new TeamStore(
		vault.app,
		() => SETTINGS,
		() => NOW,
	);
	await store.build();
	const notices: string[] = [];
	const done: string[] = [];
	const writer = new NoteWriter(
		vault.app,
		() => SETTINGS,
		() => TODAY,
		(message, undo) => (undo ? done : notices).push(message),
	);
	const team = (): TeamSnapshot => {
		const snapshot = store.snapshot();
		if (!snapshot) throw new Error('team not built');
		return snapshot;
	};
	const items = (path: string): Item[] =>
		team()
			.items.filter((i) => i.path === path)
			.sort((a, b) => a.line - b.line);
	return {
		vault,
		store,
		writer,
		notices,
		done,
		team,
		read: (path) => vault.read(path),
		async snapshot() {
			const all: Record<string, string> = {};
			for (const file of vault.app.vault.getFiles()) all[file.path] = await vault.app.vault.read(file);
			return all;
		},
		mentor(path) {
			const found = team().mentors.find((m) => m.path === path);
			if (!found) throw new Error(`no mentor at ${path}`);
			return found;
		},
		items,
		item(path, line) {
			const found = items(path).find((i) => i.line === line);
			if (!found) throw new Error(`no item at ${path}:${line}`);
			return found;
		},
	};
}

// ---------------------------------------------------------------------------------------
// Expected text, computed independently of src/core/edits.ts.

interface Line {
	text: string;
	/** The break after it: '\r\n', '\n', '\r' or '' for the last line. */
	eol: string;
}

/** The lines of a text with their breaks; joining them back gives the text unchanged. */
export function lines(text: string): Line[] {
	const parts = text.split(/(\r\n|\n|\r)/);
	const out: Line[] = [];
	for (let i = 0; i < parts.length; i += 2) out.push({ text: parts[i] ?? '', eol: parts[i + 1] ?? '' });
	return out;
}

function join_(all: readonly Line[]): string {
	return all.map((l) => l.text + l.eol).join('');
}

/** Line `n` (1-based) as the file holds it; a byte-order mark is not part of line 1. */
export function lineOf(text: string, n: number): string {
	const line = lines(text)[n - 1];
	if (!line) throw new Error(`no line ${n}`);
	return n === 1 ? line.text.replace(/^\uFEFF/, '') : line.text;
}

/** The text with line `n` (1-based) replaced and every other byte (breaks, a BOM) as it was. */
export function withLine(text: string, n: number, replacement: string): string {
	const all = lines(text);
	const target = all[n - 1];
	if (!target) throw new Error(`no line ${n}`);
	// A byte-order mark is not part of line 1: it stays, and is not doubled.
	const bom = n === 1 && target.text.startsWith('\uFEFF') ? '\uFEFF' : '';
	target.text = bom + (n === 1 ? replacement.replace(/^\uFEFF/, '') : replacement);
	return join_(all);
}

/** The text with `added` inserted before line `n` (1-based), each followed by `eol`. */
export function withLinesBefore(text: string, n: number, added: readonly string[], eol: string): string {
	const all = lines(text);
	all.splice(n - 1, 0, ...added.map((t) => ({ text: t, eol })));
	return join_(all);
}

/** The text with line `n` removed (with its break). */
export function withoutLine(text: string, n: number): string {
	const all = lines(text);
	all.splice(n - 1, 1);
	return join_(all);
}

const DONE = ' ✅ 2026-11-24';

/** A task line completed the way the Tasks plugin does it: `[x]`, then ` ✅ today` before a block id. */
export function completed(raw: string): string {
	const ticked = raw.replace(/^(\uFEFF?[\s>]*(?:[-*+]|\d+[.)]) +)\[.\]/u, '$1[x]').trimEnd();
	return beforeBlockId(ticked, DONE);
}

/** A task line with its due date frozen: ` 📅 date` before a block id. */
export function frozen(raw: string, due: string): string {
	return beforeBlockId(raw.trimEnd(), ` 📅 ${due}`);
}

function beforeBlockId(line: string, addition: string): string {
	const block = / \^[A-Za-z0-9-]+$/u.exec(line);
	return block ? line.slice(0, block.index) + addition + block[0] : line + addition;
}

interface Split {
	bom: boolean;
	/** The YAML between the `---` lines, or null when the note has no frontmatter. */
	yaml: string | null;
	/** Everything after the closing `---` line and its break (the whole text when there is none). */
	body: string;
}

/** Splits a note into byte-order mark, frontmatter and body, line by line. */
export function splitNote(text: string): Split {
	const bom = text.startsWith('\uFEFF');
	const all = lines(bom ? text.slice(1) : text);
	if (all[0]?.text.trimEnd() !== '---') return { bom, yaml: null, body: bom ? text.slice(1) : text };
	const close = all.findIndex((l, i) => i > 0 && l.text.trimEnd() === '---');
	if (close === -1) return { bom, yaml: null, body: bom ? text.slice(1) : text };
	return {
		bom,
		yaml: all
			.slice(1, close)
			.map((l) => l.text)
			.join('\n'),
		body: join_(all.slice(close + 1)),
	};
}

/** A note's properties as `parseYaml` reads them (an empty object when there are none). */
export function properties(text: string): Record<string, unknown> {
	const { yaml } = splitNote(text);
	if (yaml === null) return {};
	const parsed: unknown = parseYaml(yaml);
	return parsed && typeof parsed === 'object' ? (parsed as Record<string, unknown>) : {};
}

/**
 * A property edit: the properties after are those before with `changes` applied (undefined
 * deletes), and the body after the frontmatter is byte for byte what it was.
 */
export function expectPropertyEdit(before: string, after: string, changes: Record<string, unknown>): void {
	const expected: Record<string, unknown> = { ...properties(before) };
	for (const [key, value] of Object.entries(changes)) {
		if (value === undefined) delete expected[key];
		else expected[key] = value;
	}
	expect(properties(after)).toEqual(expected);
	expect(splitNote(after).yaml).not.toBeNull();
	// Byte for byte, so an old frontmatter block pushed down into the body would show here.
	expect(splitNote(after).body).toBe(splitNote(before).body);
}

/** Runs `fn` and checks no file of the vault but `path` changed. Returns `path`'s text before and after. */
export async function onlyThisFileChanges(corpus: Corpus, path: string | null, fn: () => Promise<unknown>): Promise<{ before: string; after: string }> {
	const before = await corpus.snapshot();
	await fn();
	const after = await corpus.snapshot();
	for (const [file, text] of Object.entries(before)) if (file !== path) expect(after[file], file).toBe(text);
	return { before: path ? (before[path] ?? '') : '', after: path ? (after[path] ?? '') : '' };
}
