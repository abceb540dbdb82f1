import { parseCalendarDate } from './calendar-date';
import { setOwn } from './collections';
import { truncate } from './format';
import { isBlankChar, trimEndWhere } from './text';
import { withinBudget } from './value-budget';

/**
 * Reading note properties the way users write them. Property names match without regard
 * to case (`Role:` and `role:` are the same property), values may be text, lists or the
 * odd shapes YAML produces (an unquoted `[[Link]]` becomes a list inside a list).
 */
export type Frontmatter = Record<string, unknown>;

/** The value of a property, matching its name exactly first, then without regard to case. */
export function property(frontmatter: Frontmatter | null, name: string): unknown {
	if (!frontmatter) return undefined;
	const key = propertyKey(frontmatter, name);
	return key === null ? undefined : frontmatter[key];
}

/** The property's name as the note spells it (`Last_Contact` for `last_contact`), or null when absent. */
export function propertyKey(frontmatter: Frontmatter, name: string): string | null {
	if (Object.prototype.hasOwnProperty.call(frontmatter, name)) return name;
	const lower = name.toLowerCase();
	return Object.keys(frontmatter).find((key) => key.toLowerCase() === lower) ?? null;
}

/** True when a property is absent or holds nothing (`role:` with no value, an empty list). */
export function isBlank(value: unknown): boolean {
	if (value === undefined || value === null) return true;
	if (typeof value === 'string') return value.trim() === '';
	if (Array.isArray(value)) return value.every(isBlank);
	return false;
}

/**
 * The words in a property, skipping entries that are not text: `type: [mentor, {x: 1}]`
 * still says "mentor" (the reader reports the rest).
 */
export function textEntries(value: unknown): string[] {
	const items: unknown[] = Array.isArray(value) ? value : [value];
	return items.filter((item): item is string => typeof item === 'string').map((item) => item.trim());
}

/**
 * A property as a list of strings. A single string is one item, or several when
 * separated by commas (`role: research, sponsor`) if `splitCommas` is set. The unquoted
 * YAML link `mentor: [[Dr. Maya Lee]]` arrives as `[["Dr. Maya Lee"]]` and is mended
 * back into `[[Dr. Maya Lee]]`. Returns null when the value has a shape that is not text.
 */
export function stringList(value: unknown, splitCommas: boolean): string[] | null {
	if (isBlank(value)) return [];
	const items = Array.isArray(value) ? value : [value];
	const out: string[] = [];
	for (const item of items) {
		if (item === null || item === undefined) continue;
		if (typeof item === 'string') {
			const parts = splitCommas && !item.includes('[[') ? item.split(',') : [item];
			for (const part of parts) if (part.trim() !== '') out.push(part.trim());
		} else if (typeof item === 'number' || typeof item === 'boolean') {
			out.push(String(item));
		} else if (Array.isArray(item) && item.length === 1 && typeof item[0] === 'string') {
			out.push(`[[${item[0]}]]`);
		} else if (Array.isArray(item) && item.length === 1 && isSingleStringList(item[0])) {
			// A list entry `- [[Dr. Maya Lee]]` (a group meeting's mentors, unquoted) arrives one
			// level deeper, as [["Dr. Maya Lee"]]; it was refused, so the meeting linked no one.
			out.push(`[[${item[0][0]}]]`);
		} else {
			return null;
		}
	}
	return out;
}

function isSingleStringList(value: unknown): value is [string] {
	return Array.isArray(value) && value.length === 1 && typeof value[0] === 'string';
}

/** A property as one piece of text, or null when it is not text (or a number). */
export function singleString(value: unknown): string | null {
	if (typeof value === 'string') return value.trim();
	if (typeof value === 'number' && Number.isFinite(value)) return String(value);
	return null;
}

/** Shows a value in a message the way the user wrote it, shortened when long. */
export function quoteValue(value: unknown): string {
	let text: string;
	if (typeof value === 'string') text = value;
	else if (value instanceof Date) text = quoteDate(value);
	else {
		try {
			// Dates inside a list or map as the user wrote them (`[2026-11-10]`), not as
			// `2026-11-10T00:00:00.000Z`: the command line (Dates) and Obsidian (text) then
			// give the same message.
			text =
				JSON.stringify(value, function (this: Record<string, unknown>, key: string, item: unknown) {
					const raw = this[key];
					return raw instanceof Date ? quoteDate(raw) : item;
				}) ?? String(value);
		} catch {
			text = String(value);
		}
	}
	return `"${truncate(text, 58)}"`;
}

function quoteDate(date: Date): string {
	return Number.isNaN(date.getTime()) ? 'an invalid date' : date.toISOString().slice(0, 10);
}

/**
 * Recovers what it can from frontmatter that YAML could not read: simple `key: value`
 * lines and `- item` lists under a key. A single stray colon or quote then costs the
 * user one property, not the whole note.
 */
export function salvageFrontmatter(yaml: string): Frontmatter {
	const result: Frontmatter = {};
	let listKey: string | null = null;
	for (const line of yaml.split(/\r\n|\n|\r/)) {
		// `[^]*`, not `\s+(.*)$`: the overlap of `\s+` and `.*` backtracked on long runs of spaces.
		const item = /^\s*-\s([^]*)$/.exec(line);
		if (item && listKey) {
			const list = result[listKey];
			if (Array.isArray(list)) list.push(unquote(item[1] ?? ''));
			continue;
		}
		const pair = keyAndValue(line);
		if (!pair) {
			listKey = null;
			continue;
		}
		const [key, value] = pair;
		if (value === '') {
			setOwn(result, key, []);
			listKey = key;
		} else {
			listKey = null;
			// A flow list, even one missing its closing bracket (a common reason YAML failed).
			const flow = /^\[([^[\]]*)\]?$/.exec(value);
			setOwn(
				result,
				key,
				flow
					? (flow[1] ?? '')
							.split(',')
							.map(unquote)
							.filter((s) => s !== '')
					: unquote(value),
			);
		}
	}
	return result;
}

/**
 * `key: value` on a line, split at the first colon, which must end the line or be followed
 * by a blank. Found with `indexOf`: the pattern that did this backtracked quadratically on
 * a long run of spaces with no colon after it.
 */
function keyAndValue(line: string): [key: string, value: string] | null {
	const colon = line.indexOf(':');
	if (colon <= 0) return null;
	const key = trimEndWhere(line.slice(0, colon), isBlankChar);
	const rest = line.slice(colon + 1);
	if (!/^[A-Za-z_][\w -]*$/.test(key) || (rest !== '' && !isBlankChar(rest[0] ?? ''))) return null;
	return [key, rest.trim()];
}

function unquote(text: string): string {
	const trimmed = text.trim();
	const quoted = /^(["'])(.*)\1$/.exec(trimmed);
	return quoted ? (quoted[2] ?? '') : trimmed;
}

/** The raw YAML between the `---` lines at the top of a note, or null. */
export function frontmatterBlock(content: string): string | null {
	const match = /^\uFEFF?---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/.exec(content);
	if (match) return match[1] ?? '';
	return /^\uFEFF?---[ \t]*\r?\n---[ \t]*(?:\r?\n|$)/.test(content) ? '' : null;
}

/**
 * What a date property holds instead of a date, in words for a question ("a list: …"), or
 * null when it is empty or a date, and so may be overwritten without asking.
 */
export function describeNonDate(value: unknown): string | null {
	if (isBlank(value) || parseCalendarDate(value) !== null) return null;
	// A value past the budget (a YAML alias bomb) is not walked to be quoted.
	const shown = withinBudget(value) ? ` ${quoteValue(value)}` : '';
	if (Array.isArray(value)) return `a list${shown ? `:${shown}` : ''}`;
	if (typeof value === 'object' && value !== null && !(value instanceof Date)) return `a set of fields${shown ? `:${shown}` : ''}`;
	return `${shown.trim() || 'a value'}, which is not a date`;
}
