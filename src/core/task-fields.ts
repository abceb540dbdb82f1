/**
 * Reads the explicit due date of a task the way the Tasks and Dataview plugins do,
 * so a student who already uses them sees the same due dates here.
 *
 * Tasks reads its emoji fields only at the end of the line: it strips known fields
 * (and trailing tags) from the end, one by one, until none is left. A `📅` in the middle
 * of a sentence is not a due date to Tasks, and not to us. Dataview reads a bracketed
 * inline field anywhere in the line; we take the last `[due:: …]` or `(due:: …)`, which
 * is also the one Tasks' Dataview format reads.
 */
import { MARKDOWN_LINK, WIKILINK } from './text';

export type ExplicitDueSource = 'tasks' | 'dataview';

export interface ExplicitDue {
	/** The date text as written, `YYYY-MM-DD` in shape but not necessarily a real day. */
	text: string;
	source: ExplicitDueSource;
}

const DATE = '(\\d{4}-\\d{2}-\\d{2})';
const VS = '\\uFE0F?'; // an optional emoji variation selector

/**
 * Fields Tasks strips from the end of a line, in the order its parser tries them. `marks`
 * are the characters a field cannot match without: a line holding none of them skips the
 * pattern, which would otherwise be tried at every position of the line.
 */
const TRAILING_FIELDS: readonly { regex: RegExp; marks: readonly string[]; due?: true; done?: true }[] = [
	{ regex: new RegExp(`[🔺⏫🔼🔽⏬]${VS}$`, 'u'), marks: ['🔺', '⏫', '🔼', '🔽', '⏬'] },
	{ regex: new RegExp(`✅${VS} *${DATE}$`, 'u'), marks: ['✅'], done: true },
	{ regex: new RegExp(`❌${VS} *${DATE}$`, 'u'), marks: ['❌'] },
	{ regex: new RegExp(`[📅📆🗓]${VS} *${DATE}$`, 'u'), marks: ['📅', '📆', '🗓'], due: true },
	{ regex: new RegExp(`⏰${VS} *${DATE}(?: \\d{2}:\\d{2})?$`, 'u'), marks: ['⏰'] },
	{ regex: new RegExp(`[⏳⌛]${VS} *${DATE}$`, 'u'), marks: ['⏳', '⌛'] },
	{ regex: new RegExp(`🛫${VS} *${DATE}$`, 'u'), marks: ['🛫'] },
	{ regex: new RegExp(`➕${VS} *${DATE}$`, 'u'), marks: ['➕'] },
	{ regex: new RegExp(`🔁${VS} ?[a-zA-Z0-9, !]+$`, 'iu'), marks: ['🔁'] },
	{ regex: /(^|\s)#[^ !@#$%^&*(),.?":{}|<>]+$/u, marks: ['#'] },
	{ regex: new RegExp(`🆔${VS} *[a-zA-Z0-9-_]+$`, 'iu'), marks: ['🆔'] },
	// The same ids as Tasks' `( *, *id *)*`, without its trailing ` *` inside the repeated group:
	// spaces before a comma could go to either of two groups, and a long list that did not
	// match took exponential time (seconds at 16 ids). The line is trimmed, so it reads the same.
	{ regex: new RegExp(`⛔${VS} *[a-zA-Z0-9-_]+(?: *, *[a-zA-Z0-9-_]+)*$`, 'iu'), marks: ['⛔'] },
];
const BLOCK_LINK = / \^[a-zA-Z0-9-]+$/u;
/** Every field's marks in one pattern: one scan of the line tells which fields could match. */
const ANY_MARK = new RegExp(`[${[...new Set(TRAILING_FIELDS.flatMap((field) => field.marks))].join('')}]`, 'gu');
/** Each mark's fields, as bits of a mask (bit i: TRAILING_FIELDS[i]). */
const MARK_BITS = new Map<string, number>();
TRAILING_FIELDS.forEach((field, bit) => {
	for (const mark of field.marks) MARK_BITS.set(mark, (MARK_BITS.get(mark) ?? 0) | (1 << bit));
});
/** The fields that could match a line holding a given set of marks, by their bit mask. */
const fieldsByMask = new Map<number, typeof TRAILING_FIELDS>();

function fieldsFor(line: string): typeof TRAILING_FIELDS {
	let mask = 0;
	ANY_MARK.lastIndex = 0;
	for (let found = ANY_MARK.exec(line); found; found = ANY_MARK.exec(line)) mask |= MARK_BITS.get(found[0]) ?? 0;
	let fields = fieldsByMask.get(mask);
	if (!fields) fieldsByMask.set(mask, (fields = TRAILING_FIELDS.filter((_, bit) => (mask & (1 << bit)) !== 0)));
	return fields;
}
/**
 * A time after a Dataview date (`2026-12-04T17:00`, with seconds, fractions or an offset): the
 * item is due that day as written. The day is not moved by the offset: a due date has no zone.
 */
const DATAVIEW_TIME = '(?:T\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d{1,9})?)?(?:Z|[+-]\\d{2}(?::?\\d{2})?)?)?';
/** `[due:: 2026-12-01]` or `(due:: 2026-12-01)`, spaces allowed inside, a time after the date too. */
const DATAVIEW_DUE = new RegExp(`(?:\\[\\s*due::\\s*(\\d{4}-\\d{2}-\\d{2})${DATAVIEW_TIME}\\s*\\]|\\(\\s*due::\\s*(\\d{4}-\\d{2}-\\d{2})${DATAVIEW_TIME}\\s*\\))`, 'giu');

/**
 * A Tasks emoji field with its date (and a reminder's time): 📅 due, ⏳ scheduled, 🛫 start,
 * ➕ created, ✅ done, ❌ cancelled, ⏰ reminder. Global: for taking them all out of a text.
 */
export const DATED_FIELDS = /[🛫➕⏳⌛📅📆🗓⏰✅❌]\uFE0F?\s*\d{4}-\d{2}-\d{2}(?: \d{2}:\d{2})?/gu;
/**
 * A Tasks repeat rule (`🔁 every 2 weeks when done`), the rule's words captured, as Tasks'
 * own pattern reads them. Global: for taking it out of a text.
 */
export const RECURRENCE_FIELD = /🔁\uFE0F? ?([a-zA-Z0-9, !]+)/gu;
/** A Dataview due field, `[due:: …]` or `(due:: …)`. The value crosses no bracket, so a failed start ends at the next one. */
export const DUE_FIELD = /[[(][ \t]*due::[^[\]()]*[\])]/giu;

/** The explicit due date of a task's text (what follows the checkbox), if it has one. */
export function readExplicitDue(text: string): ExplicitDue | null {
	const tasksDue = readTasksDue(text);
	if (tasksDue) return { text: tasksDue, source: 'tasks' };
	if (!text.includes('::')) return null;
	let last: string | null = null;
	for (const match of text.matchAll(DATAVIEW_DUE)) last = match[1] ?? match[2] ?? null;
	return last ? { text: last, source: 'dataview' } : null;
}

function readTasksDue(text: string): string | null {
	// Cheap exit: most task lines carry no due emoji at all.
	if (!/[📅📆🗓]/u.test(text)) return null;
	return readTrailingFields(text).due;
}

/**
 * The `✅ YYYY-MM-DD` done date of a task's text, read as Tasks reads it (a field at the end
 * of the line); as written, not necessarily a real day.
 */
export function readDoneDate(text: string): string | null {
	if (!text.includes('✅')) return null;
	return readTrailingFields(text).done;
}

function readTrailingFields(text: string): { due: string | null; done: string | null } {
	let line = text.trim();
	if (line.includes(' ^')) line = line.replace(BLOCK_LINK, '').trim();
	// Only the fields whose marks the line holds can match, in any round: stripping never adds one.
	const fields = fieldsFor(line);
	let due: string | null = null;
	let done: string | null = null;
	// Tasks gives up after 20 rounds; so do we, to read the same thing on pathological lines.
	for (let round = 0; round <= 20; round++) {
		let matched = false;
		for (const field of fields) {
			const match = field.regex.exec(line);
			if (!match) continue;
			if (field.due) due = match[1] ?? null;
			if (field.done) done = match[1] ?? null;
			line = line.slice(0, match.index).trim();
			matched = true;
		}
		if (!matched) break;
	}
	return { due, done };
}

/**
 * The words of a task with everything that is not prose taken out: emoji fields with their
 * dates, Dataview fields, links, inline code, tags and block ids. Natural-language date
 * reading runs on this, so `[[2026-11-10 Meeting]]` or `✅ 2026-11-20` is never taken
 * for a due date.
 */
export function proseOf(text: string): string {
	// Each step runs only when the text holds the mark it needs: most tasks hold no link,
	// field or tag, and a pattern that cannot match still scans the whole line.
	let prose = text;
	if (prose.includes('`')) prose = prose.replace(/`[^`]*`/g, ' ');
	if (prose.includes('[[')) prose = prose.replace(WIKILINK, ' ');
	if (prose.includes('](')) prose = prose.replace(MARKDOWN_LINK, ' $1 ');
	// The key holds no `:`, so the two loops cannot trade colons between them.
	if (prose.includes('::')) prose = prose.replace(/[[(][^\][():]*::[^\][()]*[\])]/g, ' ');
	prose = prose.replace(DATED_FIELDS, ' ');
	if (prose.includes('🔁')) prose = prose.replace(RECURRENCE_FIELD, ' ');
	if (prose.includes('#')) prose = prose.replace(/(^|\s)#[^\s!@#$%^&*(),.?":{}|<>]+/gu, ' ');
	if (prose.includes('://')) prose = prose.replace(/https?:\/\/\S+/g, ' ');
	if (prose.includes(' ^')) prose = prose.replace(/ \^[a-zA-Z0-9-]+$/u, ' ');
	return prose;
}
