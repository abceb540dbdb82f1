/*
 * What a note's task lines and due dates are, worked out for tests from Obsidian's and the
 * Tasks plugin's documented rules, without the product's scanner or date reader: where the
 * two disagree, one of them is wrong and a test says so.
 */

export interface ExpectedTask {
	/** 1-based line number in the whole file. */
	line: number;
	/** The status character between the brackets. */
	status: string;
	/** The text after the checkbox, trimmed. */
	text: string;
}

/**
 * A list item with a checkbox: container prefixes (spaces, tabs, `>` of quotes and
 * callouts), a bullet or an ordered marker of up to nine digits and `.` or `)`, spaces,
 * `[` one character `]`, then a blank or the end of the line. Group 1 is the status,
 * group 2 the text.
 */
export const TASK_SHAPE = /^[ \t>]*(?:[-*+]|[0-9]{1,9}[.)]) +\[(.)\](?:[ \t](.*))?$/u;

/** Lines as editors split them: `\n`, `\r\n` and a lone `\r`. */
export function linesOf(text: string): string[] {
	return text.split(/\r\n|\n|\r/);
}

/**
 * The task lines of a note, found the way Obsidian reads a note: a character-level walk
 * that knows the frontmatter (a `---` line at the very top, a byte-order mark allowed,
 * closed by the next `---` line), fenced code blocks (``` or ~~~, closed by a run of the
 * same character at least as long), inline code spans (where `%%` and `<!--` are only
 * text), and `%% … %%` and `<!-- … -->` comments, which may open part-way through a line
 * and run on over many lines. A line that starts inside a comment or a fence holds no task.
 */
export function taskLinesAsObsidianSees(content: string): ExpectedTask[] {
	// Obsidian reads a file without its byte-order mark.
	const lines = linesOf(content.replace(/^\uFEFF/, ''));
	const tasks: ExpectedTask[] = [];
	let start = 0;
	if ((lines[0] ?? '').trimEnd() === '---') {
		for (let k = 1; k < lines.length; k++) {
			if ((lines[k] ?? '').trimEnd() === '---') {
				start = k + 1;
				break;
			}
		}
	}
	let fence: { char: string; length: number } | null = null;
	let comment: CommentState = null;
	for (let k = start; k < lines.length; k++) {
		const line = lines[k] ?? '';
		let body = line;
		while (body.length > 0 && (body[0] === ' ' || body[0] === '\t' || body[0] === '>')) body = body.slice(1);
		if (fence) {
			const run = /^(`+|~+)[ \t]*$/.exec(body)?.[1];
			if (run && run[0] === fence.char && run.length >= fence.length) fence = null;
			continue;
		}
		if (comment === null) {
			const open = /^(`{3,})[^`]*$|^(~{3,})/.exec(body);
			const run = open?.[1] ?? open?.[2];
			if (run) {
				fence = { char: run[0] ?? '`', length: run.length };
				continue;
			}
			const task = TASK_SHAPE.exec(line);
			if (task) tasks.push({ line: k + 1, status: task[1] ?? '', text: (task[2] ?? '').trim() });
		}
		comment = walkComments(line, comment);
	}
	return tasks;
}

type CommentState = 'percent' | 'html' | null;

/** The comment state at the end of a line, given the state at its start. */
function walkComments(line: string, state: CommentState): CommentState {
	let at = 0;
	while (at < line.length) {
		if (state === 'html') {
			const close = line.indexOf('-->', at);
			if (close === -1) return state;
			state = null;
			at = close + 3;
		} else if (state === 'percent') {
			const close = line.indexOf('%%', at);
			if (close === -1) return state;
			state = null;
			at = close + 2;
		} else if (line[at] === '`') {
			at = afterCodeSpan(line, at);
		} else if (line.startsWith('%%', at)) {
			state = 'percent';
			at += 2;
		} else if (line.startsWith('<!--', at)) {
			state = 'html';
			at += 4;
		} else at++;
	}
	return state;
}

/**
 * Where the text goes on after a run of backticks at `at`: past the code span it opens
 * (closed by the next run of exactly as many backticks), or just past the run when
 * nothing closes it and the backticks are plain text.
 */
function afterCodeSpan(line: string, at: number): number {
	let end = at;
	while (line[end] === '`') end++;
	const length = end - at;
	let search = end;
	for (;;) {
		const next = line.indexOf('`', search);
		if (next === -1) return end;
		let runEnd = next;
		while (line[runEnd] === '`') runEnd++;
		if (runEnd - next === length) return runEnd;
		search = runEnd;
	}
}

// ── Due dates as the Tasks plugin reads them ───────────────────────────────────────────

export interface ExpectedDue {
	/** As written: `YYYY-MM-DD` in shape, not necessarily a real day. */
	date: string;
	source: 'tasks' | 'dataview';
}

interface Field {
	name: string;
	regex: RegExp;
}

const YMD = '(\\d{4}-\\d{2}-\\d{2})';
/**
 * The Tasks plugin's emoji fields, each read only at the very end of the description, in
 * the order its parser tries them on every round (docs: "Tasks Emoji Format"; an optional
 * variation selector after the emoji).
 */
const EMOJI_FIELDS: readonly Field[] = [
	{ name: 'priority', regex: /[🔺⏫🔼🔽⏬]\uFE0F?$/u },
	{ name: 'done', regex: new RegExp(`✅\\uFE0F? *${YMD}$`, 'u') },
	{ name: 'cancelled', regex: new RegExp(`❌\\uFE0F? *${YMD}$`, 'u') },
	{ name: 'due', regex: new RegExp(`[📅📆🗓]\\uFE0F? *${YMD}$`, 'u') },
	{ name: 'reminder', regex: new RegExp(`⏰\\uFE0F? *${YMD}(?: \\d{2}:\\d{2})?$`, 'u') },
	{ name: 'scheduled', regex: new RegExp(`[⏳⌛]\\uFE0F? *${YMD}$`, 'u') },
	{ name: 'start', regex: new RegExp(`🛫\\uFE0F? *${YMD}$`, 'u') },
	{ name: 'created', regex: new RegExp(`➕\\uFE0F? *${YMD}$`, 'u') },
	{ name: 'recurrence', regex: /🔁\uFE0F? ?[a-zA-Z0-9, !]+$/iu },
	{ name: 'tag', regex: /(?:^|\s)#[^ !@#$%^&*(),.?":{}|<>]+$/u },
	{ name: 'id', regex: /🆔\uFE0F? *[a-zA-Z0-9-_]+$/iu },
	{ name: 'dependsOn', regex: /⛔\uFE0F? *[a-zA-Z0-9-_]+(?: *, *[a-zA-Z0-9-_]+)* *$/iu },
];

/**
 * The same fields in the Tasks plugin's Dataview format: `[key:: value]` or `(key:: value)`,
 * also read from the end only, a trailing comma allowed.
 */
const dataviewField = (inner: string): RegExp => new RegExp(`(?:\\[ *${inner} *\\]|\\( *${inner} *\\))(?: *,)?$`, 'u');
const DATAVIEW_FIELDS: readonly Field[] = [
	{ name: 'priority', regex: dataviewField('priority:: *(?:highest|high|medium|low|lowest)') },
	{ name: 'done', regex: dataviewField(`completion:: *${YMD}`) },
	{ name: 'cancelled', regex: dataviewField(`cancelled:: *${YMD}`) },
	{ name: 'due', regex: dataviewField(`due:: *${YMD}`) },
	{ name: 'scheduled', regex: dataviewField(`scheduled:: *${YMD}`) },
	{ name: 'start', regex: dataviewField(`start:: *${YMD}`) },
	{ name: 'created', regex: dataviewField(`created:: *${YMD}`) },
	{ name: 'recurrence', regex: dataviewField('repeat:: *[a-zA-Z0-9, !]+') },
	{ name: 'tag', regex: /(?:^|\s)#[^ !@#$%^&*(),.?":{}|<>]+$/u },
	{ name: 'id', regex: dataviewField('id:: *[a-zA-Z0-9-_]+') },
	{ name: 'dependsOn', regex: dataviewField('dependsOn:: *[a-zA-Z0-9-_]+(?: *, *[a-zA-Z0-9-_]+ *)*') },
];

/**
 * Tasks' reading of a description: strip a block link, then round after round take known
 * fields (and tags) off the end until none is left or twenty rounds have run. The due date
 * is the one found on the way; a due field in the middle of the text is not one.
 */
function dueFromTheEnd(text: string, fields: readonly Field[]): string | null {
	let rest = text
		.trim()
		.replace(/ \^[a-zA-Z0-9-]+$/u, '')
		.trim();
	let due: string | null = null;
	for (let round = 0; round <= 20; round++) {
		let matched = false;
		for (const field of fields) {
			const match = field.regex.exec(rest);
			if (!match) continue;
			if (field.name === 'due') due = match[1] ?? null;
			rest = rest.slice(0, match.index).trim();
			matched = true;
		}
		if (!matched) break;
	}
	return due;
}

/** The due date the Tasks plugin reads in its emoji format (📅, 📆 or 🗓 at the end). */
export function tasksEmojiDue(text: string): string | null {
	return dueFromTheEnd(text, EMOJI_FIELDS);
}

/** The due date the Tasks plugin reads in its Dataview format (`[due:: …]` at the end). */
export function tasksDataviewDue(text: string): string | null {
	return dueFromTheEnd(text, DATAVIEW_FIELDS);
}

/** Dataview's own reading: a bracketed or parenthesised `due::` field anywhere; the last one counts. */
export function dataviewDueAnywhere(text: string): string | null {
	let last: string | null = null;
	for (const match of text.matchAll(/\[ *due:: *(\d{4}-\d{2}-\d{2}) *\]|\( *due:: *(\d{4}-\d{2}-\d{2}) *\)/gu)) last = match[1] ?? match[2] ?? null;
	return last;
}

/** The due date the spec's steps 1 and 2 give: a Tasks emoji date, else a Dataview field. */
export function expectedExplicitDue(text: string): ExpectedDue | null {
	const emoji = tasksEmojiDue(text);
	if (emoji) return { date: emoji, source: 'tasks' };
	const dataview = dataviewDueAnywhere(text);
	return dataview ? { date: dataview, source: 'dataview' } : null;
}
