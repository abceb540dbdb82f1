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
	/**
	 * The numbers of every line in the file that reads exactly the same, this one included;
	 * null when the line is unique. A write to one of two identical lines checks that no
	 * copy has moved, so it never ticks the wrong one.
	 */
	twins: number[] | null;
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
 * The same shape the Tasks plugin reads. Indentation is spaces and tabs only, as in
 * Markdown: `[\s>]*` also took a no-break space (pasted from an email) or an ideographic
 * space as indentation, and made an item of a line Obsidian shows as plain text. A
 * byte-order mark may open the first line.
 */
// The text is `[^]*`, not `\s*(.*)$`: `.` stops at U+2028, and the overlap of `\s*` and `.*`
// then backtracked over every split of a long run of spaces. Its leading blanks are trimmed.
const TASK = /^(\uFEFF?[ \t>]*)([-*+]|\d{1,9}[.)]) +\[(.)\](?=\s|$)([^]*)$/u;
// The closing `#`s and blanks around the title are cut off by headingTitle: a lazy
// `(.*?)[ \t#]*$` here took seconds on a heading with a long run of spaces, and `[ \t]+(.*)$`
// did too on a line holding U+2028, which `.` does not match.
const HEADING = /^ {0,3}(#{1,6})(?:[ \t]([^]*))?$/;
/** A fence opens with 3+ backticks (whose info string holds no backtick) or 3+ tildes. */
const FENCE_OPEN = /^[\s>]*(?:(`{3,})[^`]*|(~{3,})[^]*)$/;
const FENCE_CLOSE = /^[\s>]*(`{3,}|~{3,})[ \t]*$/;

/** Splits text into lines the way editors do: `\n`, `\r\n` and lone `\r` all end a line. */
export function splitLines(text: string): string[] {
	// Most notes end their lines with `\n` alone: splitting on a string is several times faster.
	return text.includes('\r') ? text.split(/\r\n|\n|\r/) : text.split('\n');
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

/** A code block or comment still open at the end of a note: nothing after its opening line is read. */
export interface UnclosedBlock {
	/** 0-based index of the line that opens it (a comment may open part-way along it). */
	index: number;
	kind: 'code' | 'percent' | 'html';
}

/**
 * Calls `visit` with the index (0-based) of each line Obsidian reads as markdown: not the
 * frontmatter, not inside a fenced code block, not inside a `%% … %%` or `<!-- … -->`
 * comment. A line that opens a comment part-way (`- [ ] Task %% note`) is still read up to
 * it. The scanner and the writer (which must not add an item where it would not be read)
 * share this. Returns the block left open at the end of the note, if any. (A callback, not
 * a generator: this runs over every line of every note, and resuming a generator per line
 * cost more than the rest of the loop.)
 */
export function visitMarkdownLines(lines: readonly string[], visit: (index: number) => void): UnclosedBlock | null {
	let fence: { char: string; length: number } | null = null;
	let comment: Comment = null;
	let openedAt = -1;
	for (let i = frontmatterLineCount(lines); i < lines.length; i++) {
		const raw = lines[i] ?? '';
		if (fence) {
			const marker = FENCE_CLOSE.exec(raw)?.[1];
			if (marker && marker[0] === fence.char && marker.length >= fence.length) fence = null;
			continue;
		}
		if (comment !== null) {
			comment = commentAfter(raw, comment);
			continue;
		}
		// A fence needs three backticks or tildes in a row: most lines skip the pattern.
		const open = raw.includes('```') || raw.includes('~~~') ? FENCE_OPEN.exec(raw) : null;
		const marker = open?.[1] ?? open?.[2];
		if (marker) {
			fence = { char: marker[0] ?? '`', length: marker.length };
			openedAt = i;
			continue;
		}
		comment = commentAfter(raw, null);
		if (comment !== null) openedAt = i;
		visit(i);
	}
	if (fence) return { index: openedAt, kind: 'code' };
	return comment === null ? null : { index: openedAt, kind: comment };
}

/** The kind of comment open at a point of the text: `%% … %%`, `<!-- … -->` or none. */
type Comment = 'percent' | 'html' | null;

/** Runs of backticks and the marks that open and close comments. */
const COMMENT_MARK = '`+|%%|<!--|-->';

/**
 * The comment still open at the end of a line, given the one open at its start. The marks
 * are read left to right, the way Obsidian reads them: a comment's own closing mark ends it
 * and the rest of the line is markdown again (it may open another); other marks inside a
 * comment are text; and outside one, marks inside inline code are text. (Counting `%%` and
 * looking for the last `<!--` on a line took "Type `%%` to start a comment" for an opening
 * and hid every task below it, and `<!-- use %% -->` for a `%%` comment.)
 */
function commentAfter(line: string, open: Comment): Comment {
	if (open === null && !line.includes('%%') && !line.includes('<!--')) return null;
	if (open === 'percent' && !line.includes('%%')) return open;
	if (open === 'html' && !line.includes('-->')) return open;
	let spans: CodeSpans | null = null;
	let state = open;
	const marks = new RegExp(COMMENT_MARK, 'g');
	for (let match = marks.exec(line); match; match = marks.exec(line)) {
		const mark = match[0];
		if (state === 'percent') {
			if (mark === '%%') state = null;
		} else if (state === 'html') {
			if (mark === '-->') state = null;
		} else if (mark.charCodeAt(0) === 96 /* ` */) {
			spans ??= codeSpans(line);
			const end = spans.get(match.index);
			if (end !== undefined) marks.lastIndex = end;
		} else if (mark === '%%') state = 'percent';
		else if (mark === '<!--') state = 'html';
	}
	return state;
}

/** Where each inline code span that opens on a line ends: start of its opening run → end of its closing run. */
type CodeSpans = Map<number, number>;

/**
 * The inline code spans a line could hold: a run of backticks opens one and the next run of
 * exactly as many closes it; a run nothing closes is plain text. One backward pass, so a
 * line of many backtick runs costs no more than its length.
 */
function codeSpans(line: string): CodeSpans {
	const runs: { start: number; end: number }[] = [];
	for (let at = line.indexOf('`'); at !== -1; at = line.indexOf('`', at)) {
		let end = at;
		while (line.charCodeAt(end) === 96 /* ` */) end++;
		runs.push({ start: at, end });
		at = end;
	}
	const spans: CodeSpans = new Map();
	const nextOfLength = new Map<number, { start: number; end: number }>();
	for (let r = runs.length - 1; r >= 0; r--) {
		const run = runs[r];
		if (!run) continue;
		const close = nextOfLength.get(run.end - run.start);
		if (close) spans.set(run.start, close.end);
		nextOfLength.set(run.end - run.start, run);
	}
	return spans;
}

/** A heading line's level and title (without closing `#`s), or null for any other line. */
export function parseHeading(line: string): { level: number; title: string } | null {
	if (line.charCodeAt(0) !== 35 /* # */ && !line.startsWith(' ')) return null;
	const match = HEADING.exec(line);
	return match?.[1] ? { level: match[1].length, title: headingTitle(match[2] ?? '') } : null;
}

/**
 * Finds every task line and dated heading in a note, skipping the frontmatter, fenced
 * code blocks and comment blocks, where Obsidian sees no tasks.
 */
export function scanMarkdown(text: string): ScannedNote {
	const lines = splitLines(text);
	const tasks: TaskLine[] = [];
	const datedHeadings: DatedHeading[] = [];
	// Open headings by level; a dated heading governs the lines below it until a heading
	// of the same or a higher level closes it.
	const headingStack: { level: number; date: CalendarDate | null }[] = [];

	let read = 0;
	visitMarkdownLines(lines, (i) => {
		read++;
		const raw = lines[i] ?? '';
		const heading = parseHeading(raw);
		if (heading) {
			while (headingStack.length > 0 && (headingStack[headingStack.length - 1]?.level ?? 0) >= heading.level) headingStack.pop();
			const date = /^\d{4}-\d{2}-\d{2}(?!\d)/.test(heading.title) ? parseCalendarDate(heading.title.slice(0, 10)) : null;
			headingStack.push({ level: heading.level, date });
			if (date) datedHeadings.push({ line: i + 1, level: heading.level, date, text: heading.title });
			return;
		}
		// A checkbox needs its `[`: prose lines skip the pattern.
		const task = raw.includes('[') ? TASK.exec(raw) : null;
		if (task) {
			tasks.push({
				line: i + 1,
				status: task[3] ?? ' ',
				text: (task[4] ?? '').trim(),
				raw,
				twins: null,
				headingDate: innermostDate(headingStack),
			});
		}
	});
	const bodyStart = frontmatterLineCount(lines);
	// A line reading like a task is a task unless Obsidian skips it (frontmatter, code,
	// comments): with no line skipped and no two tasks alike, there are no twins to find.
	if (tasks.length > 0 && (read < lines.length - bodyStart || mayHaveTwins(lines, bodyStart, tasks))) findTwins(lines, tasks);
	return { bodyStartLine: bodyStart + 1, tasks, datedHeadings };
}

/** Two tasks alike, or a frontmatter line reading like one of them. */
function mayHaveTwins(lines: readonly string[], bodyStart: number, tasks: readonly TaskLine[]): boolean {
	const seen = new Set<string>();
	for (const task of tasks) {
		const key = lineKey(task.raw, task.line);
		if (seen.has(key)) return true;
		seen.add(key);
	}
	for (let i = 0; i < bodyStart; i++) if (seen.has(lineKey(lines[i] ?? '', i + 1))) return true;
	return false;
}

/** Fills in each task's {@link TaskLine.twins}: one pass, looking up only lines that read like a task. */
function findTwins(lines: readonly string[], tasks: TaskLine[]): void {
	if (tasks.length === 0) return;
	const places = new Map<string, number[]>();
	for (const task of tasks) places.set(lineKey(task.raw, task.line), []);
	for (let i = 0; i < lines.length; i++) places.get(lineKey(lines[i] ?? '', i + 1))?.push(i + 1);
	for (const task of tasks) {
		const found = places.get(lineKey(task.raw, task.line));
		if (found && found.length > 1) task.twins = found;
	}
}

/** A line as compared for identity: line 1 without a byte-order mark. */
export function lineKey(text: string, line: number): string {
	return line === 1 ? text.replace(/^\uFEFF/, '') : text;
}

function innermostDate(stack: readonly { date: CalendarDate | null }[]): CalendarDate | null {
	for (let i = stack.length - 1; i >= 0; i--) {
		const date = stack[i]?.date;
		if (date) return date;
	}
	return null;
}

/**
 * A heading's text without trailing blanks and a closing run of `#`s (which must stand
 * apart: "C#" keeps its "#"), in linear time.
 */
function headingTitle(text: string): string {
	let end = text.length;
	while (end > 0 && (text[end - 1] === ' ' || text[end - 1] === '\t')) end--;
	let hashes = end;
	while (hashes > 0 && text[hashes - 1] === '#') hashes--;
	if (hashes < end && (hashes === 0 || text[hashes - 1] === ' ' || text[hashes - 1] === '\t')) end = hashes;
	while (end > 0 && (text[end - 1] === ' ' || text[end - 1] === '\t')) end--;
	let start = 0;
	while (start < end && (text[start] === ' ' || text[start] === '\t')) start++;
	return text.slice(start, end);
}
