import type { CalendarDate } from './calendar-date';
import { lineKey, parseHeading, visitMarkdownLines, type UnclosedBlock } from './markdown-scan';
import { doneSymbol, statusKind, type TaskStatuses } from './task-statuses';

/**
 * Edits to a note's text that change only what they mean to: every other byte (line
 * endings, a byte-order mark, a missing final newline, trailing spaces) stays as it was.
 * Each edit first checks that the line it aims at still reads as expected, so a note
 * changed since it was read is refused rather than edited in the wrong place.
 */
export type EditResult = { ok: true; text: string } | { ok: false; reason: string };

interface LineSpan {
	/** Offset of the line's first character. */
	start: number;
	/** Offset just after its last character (before the line break). */
	end: number;
}

/** The span of 1-based line `line`, or null past the end. Any of `\r\n`, `\n`, `\r` ends a line. */
export function lineSpan(text: string, line: number): LineSpan | null {
	if (!Number.isInteger(line) || line < 1) return null;
	let start = 0;
	for (let current = 1; current < line; current++) {
		const next = nextBreak(text, start);
		if (next === -1) return null;
		start = next + (text[next] === '\r' && text[next + 1] === '\n' ? 2 : 1);
	}
	const end = nextBreak(text, start);
	return { start, end: end === -1 ? text.length : end };
}

function nextBreak(text: string, from: number): number {
	for (let i = from; i < text.length; i++) {
		const code = text.charCodeAt(i);
		if (code === 10 || code === 13) return i;
	}
	return -1;
}

/** The text of 1-based line `line` (a BOM at the very start is not part of line 1). */
export function lineAt(text: string, line: number): string | null {
	const span = lineSpan(text, line);
	if (!span) return null;
	const value = text.slice(span.start, span.end);
	return line === 1 ? value.replace(/^\uFEFF/, '') : value;
}

/**
 * Replaces line `line` with `replacement` if it still reads `expected`; refuses otherwise.
 * `twins` are the lines that read the same when the note was read: an insertion above two
 * identical lines moves one onto the other's number, so every identical line must still
 * be where one was (copies edited away since are fine).
 */
export function replaceLine(text: string, line: number, expected: string, replacement: string, twins?: readonly number[] | null): EditResult {
	const span = lineSpan(text, line);
	const current = lineAt(text, line);
	if (!span || current === null) return { ok: false, reason: `line ${line} is no longer in the note` };
	// The scanner's line 1 keeps a byte-order mark (it splits the text as it is), so `expected`
	// and a replacement made from it may start with one. The mark is not part of the line: set
	// it aside on both sides and leave the file's own where it is (else a task on line 1 of a
	// note with a BOM could never be completed, or would gain a second mark).
	const wanted = line === 1 ? expected.replace(/^\uFEFF/, '') : expected;
	if (current !== wanted) return { ok: false, reason: `line ${line} has changed since it was read` };
	if (twins && identicalLines(text, wanted).some((at) => !twins.includes(at))) {
		return { ok: false, reason: `line ${line} has moved since it was read` };
	}
	const start = line === 1 && text.charCodeAt(0) === 0xfeff ? 1 : span.start;
	const written = line === 1 ? replacement.replace(/^\uFEFF/, '') : replacement;
	return { ok: true, text: text.slice(0, start) + written + text.slice(span.end) };
}

function identicalLines(text: string, wanted: string): number[] {
	const found: number[] = [];
	text.split(/\r\n|\n|\r/).forEach((current, index) => {
		if (lineKey(current, index + 1) === wanted) found.push(index + 1);
	});
	return found;
}

/** The line break a note uses (its first one), so inserted lines match the rest. */
export function lineBreakOf(text: string): string {
	const at = nextBreak(text, 0);
	if (at === -1) return '\n';
	return text[at] === '\r' && text[at + 1] === '\n' ? '\r\n' : text[at] === '\r' ? '\r' : '\n';
}

const TASK_PREFIX = /^([\s>]*(?:[-*+]|\d{1,9}[.)]) +\[)(.)(\].*)$/u;
const BLOCK_ID = / \^[a-zA-Z0-9-]+$/u;

/**
 * Ticks a task line the way the Tasks plugin does: its DONE symbol (`[x]`, or the one Tasks'
 * status settings lead to, see doneSymbol) and ` ✅ YYYY-MM-DD` after the text, before a
 * trailing block id (`^abc`). Null when the line is not an open task.
 */
export function completeTaskLine(raw: string, today: CalendarDate, statuses: TaskStatuses | null = null): string | null {
	const match = TASK_PREFIX.exec(raw);
	const symbol = match?.[2];
	if (!match || symbol === undefined || statusKind(symbol, statuses) !== 'open') return null;
	const rest = (match[3] ?? '').trimEnd();
	return `${match[1] ?? ''}${doneSymbol(symbol, statuses)}${insertBeforeBlockId(rest, ` ✅ ${today}`)}`;
}

/** The checkbox character of a task line, or null when the line is no task. */
export function taskSymbolOf(raw: string): string | null {
	return TASK_PREFIX.exec(raw)?.[2] ?? null;
}

/** The line with its checkbox symbol set to `symbol` (a task line; anything else unchanged). */
export function withTaskSymbol(raw: string, symbol: string): string {
	const match = TASK_PREFIX.exec(raw);
	return match ? `${match[1] ?? ''}${symbol}${match[3] ?? ''}` : raw;
}

/** Adds ` 📅 YYYY-MM-DD` to a task line (before a trailing block id), freezing its due date. */
export function addDueDateToLine(raw: string, due: CalendarDate): string {
	return insertBeforeBlockId(raw.trimEnd(), ` 📅 ${due}`);
}

function insertBeforeBlockId(line: string, addition: string): string {
	const block = BLOCK_ID.exec(line);
	return block ? `${line.slice(0, block.index)}${addition}${block[0]}` : `${line}${addition}`;
}

/**
 * Appends lines at the end of a section headed `heading` (any level, matched without
 * regard to case), creating the section at the end of the note when it is missing.
 * The section ends at the next heading of the same or a higher level.
 */
export function appendToSection(text: string, heading: string, lines: readonly string[]): string {
	return placeInSection(text, heading, lines).text;
}

export interface Placement {
	text: string;
	/** Set when the lines went before a block left open at the end of the note. */
	before: UnclosedBlock | null;
}

/**
 * {@link appendToSection}, where the lines will be read. A note that ends inside a code
 * block or comment nobody closed hides everything after its opening line, so lines that
 * would go at the end of the section (or of the note) go just before that opening line
 * instead, and `before` says so. (A heading that opens the block, `## Open items %%`, is
 * not the section: its title holds the mark.)
 */
export function placeInSection(text: string, heading: string, lines: readonly string[]): Placement {
	const eol = lineBreakOf(text);
	const all = text.split(/\r\n|\n|\r/);
	const wanted = heading
		.replace(/^#+\s*/, '')
		.trim()
		.toLowerCase();
	const { headings, unclosed } = headingsOf(all);
	let level = 0;
	let start = -1;
	for (const found of headings) {
		if (start === -1 && found.title.toLowerCase() === wanted) {
			start = found.index;
			level = found.level;
		} else if (start !== -1 && found.level <= level) {
			return { text: insertLinesAt(text, lastContentLine(all, start, found.index) + 1, lines, eol), before: null };
		}
	}
	if (start !== -1) {
		if (!unclosed) return { text: insertLinesAt(text, lastContentLine(all, start, all.length) + 1, lines, eol), before: null };
		return { text: insertLinesAt(text, lastContentLine(all, start, unclosed.index) + 1, lines, eol), before: unclosed };
	}

	const headingLine = /^#/.test(heading) ? heading : `## ${heading}`;
	if (unclosed) {
		// A new section just before the block, set off by blank lines.
		const previous = unclosed.index > 0 ? (all[unclosed.index - 1] ?? '') : '';
		const block = [previous.trim() === '' ? [] : [''], [headingLine], lines, ['']].flat();
		return { text: insertLinesAt(text, unclosed.index, block, eol), before: unclosed };
	}
	// No such section: add it at the end, after a blank line. The note's own text stays
	// whole before it, blank lines at its end included (they used to be trimmed away).
	const gap = text === '' || /(\r\n|\n|\r)(\r\n|\n|\r)$/.test(text) ? '' : /(\r\n|\n|\r)$/.test(text) ? eol : `${eol}${eol}`;
	return { text: `${text}${gap}${headingLine}${eol}${lines.join(eol)}${eol}`, before: null };
}

/** "a code block", "a %% comment", "an <!-- comment": what a note left open, in words. */
export function describeBlock(block: UnclosedBlock): string {
	return block.kind === 'code' ? 'a code block' : block.kind === 'percent' ? 'a %% comment' : 'an <!-- comment';
}

interface Heading {
	/** 0-based line index. */
	index: number;
	level: number;
	title: string;
}

/**
 * The headings of a note as Obsidian sees them: none in the frontmatter, a fenced code
 * block or a comment (the lines markdown-scan reads), so a new item never lands where it
 * would not be read; and the block left open at the end of the note, if any.
 */
function headingsOf(all: readonly string[]): { headings: Heading[]; unclosed: UnclosedBlock | null } {
	const headings: Heading[] = [];
	const unclosed = visitMarkdownLines(all, (index) => {
		const heading = parseHeading(lineKey(all[index] ?? '', index + 1));
		if (heading) headings.push({ index, ...heading });
	});
	return { headings, unclosed };
}

/** The last non-blank line in [from, to): new lines go right after it, before blank lines. */
function lastContentLine(lines: readonly string[], from: number, to: number): number {
	let last = from;
	for (let i = from + 1; i < to; i++) if ((lines[i] ?? '').trim() !== '') last = i;
	return last;
}

/** Inserts lines before 0-based line index `at`, keeping every existing byte. */
function insertLinesAt(text: string, at: number, lines: readonly string[], eol: string): string {
	const span = lineSpan(text, at + 1);
	const block = lines.join(eol);
	if (span) return `${text.slice(0, span.start)}${block}${eol}${text.slice(span.start)}`;
	// Past the last line: the note may or may not end with a line break.
	const endsWithBreak = /(\r\n|\n|\r)$/.test(text);
	return endsWithBreak ? `${text}${block}${eol}` : `${text}${eol}${block}`;
}
