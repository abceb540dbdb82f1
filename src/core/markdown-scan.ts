import { parseCalendarDate, type CalendarDate } from './calendar-date';

/** One markdown task line, as Obsidian and the Tasks plugin see it. */
export interface TaskLine {
	/** 1-based line number in the whole file (frontmatter lines count). */
	line: number;
	/** The status character between the brackets: ' ', 'x', '-', '/', … */
	status: string;
	/** Everything after the checkbox, trimmed. */
	text: string;
	/** The whole line as written, without its line ending. */
	raw: string;
	/** The date of the innermost dated heading above the task, if any. */
	headingDate: CalendarDate | null;
}

/** A heading whose text starts with an ISO date: `### 2026-11-10 Meeting`. */
export interface DatedHeading {
	line: number;
	level: number;
	date: CalendarDate;
	text: string;
}

export interface ScannedNote {
	/** 1-based line number of the first line after the frontmatter (1 when there is none). */
	bodyStartLine: number;
	tasks: TaskLine[];
	datedHeadings: DatedHeading[];
}

/**
 * Indentation (spaces, tabs and `>` of block quotes and callouts), a list marker
 * (`-`, `*`, `+`, `1.` or `1)`), one or more spaces, a one-character checkbox, then the text.
 * The same shape the Tasks plugin reads.
 */
const TASK = /^([\s>]*)([-*+]|\d{1,9}[.)]) +\[(.)\](?=\s|$)\s*(.*)$/u;
// The closing `#`s and trailing blanks are cut off by trimHeadingEnd: a lazy `(.*?)[ \t#]*$`
// here took seconds on a heading with a long run of spaces (quadratic backtracking).
const HEADING = /^ {0,3}(#{1,6})[ \t]+(.*)$/;
const FENCE = /^[\s>]*(`{3,}|~{3,})/;

/** Splits text into lines the way editors do: `\n`, `\r\n` and lone `\r` all end a line. */
export function splitLines(text: string): string[] {
	return text.split(/\r\n|\n|\r/);
}

/**
 * The line index (0-based) of the first body line: Obsidian's frontmatter is a `---` line
 * at the very top (a byte-order mark before it is allowed), closed by the next `---` line.
 */
export function frontmatterLineCount(lines: readonly string[]): number {
	const first = lines[0]?.replace(/^\uFEFF/, '');
	if (first === undefined || first.trimEnd() !== '---') return 0;
	for (let i = 1; i < lines.length; i++) {
		if (lines[i]?.trimEnd() === '---') return i + 1;
	}
	return 0;
}

/**
 * Finds every task line and dated heading in a note, skipping the frontmatter, fenced
 * code blocks and comment blocks (`%% … %%`, `<!-- … -->`), where Obsidian sees no tasks.
 */
export function scanMarkdown(text: string): ScannedNote {
	const lines = splitLines(text);
	const bodyStart = frontmatterLineCount(lines);
	const tasks: TaskLine[] = [];
	const datedHeadings: DatedHeading[] = [];
	// Open headings by level; a dated heading governs the lines below it until a heading
	// of the same or a higher level closes it.
	const headingStack: { level: number; date: CalendarDate | null }[] = [];
	let fence: { char: string; length: number } | null = null;
	let inPercentComment = false;
	let inHtmlComment = false;

	for (let i = bodyStart; i < lines.length; i++) {
		const raw = lines[i] ?? '';

		if (fence) {
			const close = FENCE.exec(raw);
			if (close?.[1] && close[1][0] === fence.char && close[1].length >= fence.length && isFenceClose(raw)) {
				fence = null;
			}
			continue;
		}
		if (inHtmlComment) {
			if (raw.includes('-->')) inHtmlComment = false;
			continue;
		}
		if (inPercentComment) {
			if (countOccurrences(raw, '%%') % 2 === 1) inPercentComment = false;
			continue;
		}

		const open = FENCE.exec(raw);
		if (open?.[1]) {
			fence = { char: open[1][0] ?? '`', length: open[1].length };
			continue;
		}
		if (/^\s*<!--/.test(raw) && !raw.includes('-->')) {
			inHtmlComment = true;
			continue;
		}
		if (/^\s*%%/.test(raw) && countOccurrences(raw, '%%') % 2 === 1) {
			inPercentComment = true;
			continue;
		}

		if (raw.charCodeAt(0) === 35 /* # */ || raw.startsWith(' ')) {
			const heading = HEADING.exec(raw);
			if (heading?.[1]) {
				const level = heading[1].length;
				while (headingStack.length > 0 && (headingStack[headingStack.length - 1]?.level ?? 0) >= level) headingStack.pop();
				const headingText = trimHeadingEnd(heading[2] ?? '');
				const date = /^\d{4}-\d{2}-\d{2}(?!\d)/.test(headingText) ? parseCalendarDate(headingText.slice(0, 10)) : null;
				headingStack.push({ level, date });
				if (date) datedHeadings.push({ line: i + 1, level, date, text: headingText });
				continue;
			}
		}

		const task = TASK.exec(raw);
		if (task) {
			tasks.push({
				line: i + 1,
				status: task[3] ?? ' ',
				text: (task[4] ?? '').trim(),
				raw,
				headingDate: innermostDate(headingStack),
			});
		}
	}
	return { bodyStartLine: bodyStart + 1, tasks, datedHeadings };
}

function innermostDate(stack: readonly { date: CalendarDate | null }[]): CalendarDate | null {
	for (let i = stack.length - 1; i >= 0; i--) {
		const date = stack[i]?.date;
		if (date) return date;
	}
	return null;
}

/** A heading's text without its closing `#`s and trailing blanks, in linear time. */
function trimHeadingEnd(text: string): string {
	let end = text.length;
	while (end > 0 && (text[end - 1] === ' ' || text[end - 1] === '\t' || text[end - 1] === '#')) end--;
	return text.slice(0, end);
}

/** A closing fence carries nothing after its backticks or tildes. */
function isFenceClose(raw: string): boolean {
	return /^[\s>]*(`{3,}|~{3,})\s*$/.test(raw);
}

function countOccurrences(text: string, needle: string): number {
	let count = 0;
	for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + needle.length)) count++;
	return count;
}
