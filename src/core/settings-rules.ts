/**
 * What a valid setting value is: the one rule per kind of value, used by the settings tab (to
 * refuse a value as it is typed, with a sentence saying why) and by normalizeSettings (to read a
 * saved value the same way). Messages are for the user: sentence case, ending in a full stop.
 */
import { parseCadence } from './cadence';
import { capitalize } from './format';
import type { DateOrder } from './settings';
import { trimSlashes } from './text';

/** A tag as the settings keep it: trimmed, without the leading `#` (`#people/mentor` → `people/mentor`). */
export function tagName(text: string): string {
	return text.trim().replace(/^#+/, '');
}

/** A folder as the settings keep it: trimmed, without leading or trailing slashes; '' is "none". */
export function folderPath(text: string): string {
	return trimSlashes(text.trim());
}

const FORBIDDEN_PATH_CHARS = /[\\:*?"<>|]/;

/** Why the text cannot be a folder path from the vault root, or null when it can (empty is fine). */
export function folderProblem(text: string): string | null {
	const path = folderPath(text);
	if (FORBIDDEN_PATH_CHARS.test(path)) return 'A folder path cannot contain \\ : * ? " < > or |.';
	if (path.split('/').some((part) => part === '.' || part === '..')) return 'Write the folder from the vault root, without . or .. parts.';
	return null;
}

/** Why the text cannot be the path of a note, or null when it can (empty is fine: no note). */
export function fileProblem(text: string): string | null {
	const path = text.trim();
	if (path === '') return null;
	if (path.endsWith('/')) return 'This is a folder; choose a note.';
	return folderProblem(path);
}

/** Why the text cannot be a tag, or null when it can. A leading `#` is allowed and dropped. */
export function tagProblem(text: string): string | null {
	const tag = tagName(text);
	if (tag === '') return 'A tag is needed.';
	if (/[\s,.;:!?'"()[\]{}<>|\\&*%$@^+=~`]/u.test(tag)) return 'A tag cannot contain spaces or punctuation other than -, _ and /.';
	if (/^[\d/]+$/.test(tag)) return 'A tag needs at least one letter.';
	return null;
}

/** A property name as the settings keep it: trimmed (a name with spaces inside is Obsidian's to allow). */
export function propertyName(text: string): string {
	return text.trim();
}

/** Why the text cannot be a property name, or null when it can. */
export function propertyNameProblem(text: string): string | null {
	return propertyName(text) === '' ? 'A property name is needed.' : null;
}

/**
 * The key of the property whose name `name` already is (names compare without case), or null.
 * `self` is the property being renamed: its own current name is no clash.
 */
export function propertyNameClash<K extends string>(self: K, name: string, properties: Readonly<Record<K, string>>): K | null {
	const wanted = name.trim().toLowerCase();
	for (const key of Object.keys(properties) as K[]) {
		if (key !== self && properties[key].toLowerCase() === wanted) return key;
	}
	return null;
}

/** Why the text cannot be a cadence, or null when it can. */
export function cadenceProblem(text: string): string | null {
	const parsed = parseCadence(text);
	return parsed.ok ? null : sentence(parsed.message);
}

/**
 * The two ends of a range (team size, a role's target) must not cross. `names` says how the
 * message calls each end; `who` starts the sentence ("At least must not…"), else "Must not…".
 */
export function rangeProblem(
	end: 'min' | 'max',
	value: number,
	range: { readonly min: number; readonly max: number },
	names: { readonly min: string; readonly max: string },
	who?: string,
): string | null {
	const must = who === undefined ? 'Must' : `${who} must`;
	if (end === 'min' && value > range.max) return `${must} not be more than ${names.max} (${range.max}).`;
	if (end === 'max' && value < range.min) return `${must} not be less than ${names.min} (${range.min}).`;
	return null;
}

export function isDateOrder(value: unknown): value is DateOrder {
	return value === 'day-first' || value === 'month-first';
}

export function dateOrderProblem(value: string): string | null {
	return isDateOrder(value) ? null : 'Choose month first or day first.';
}

/** A whole number typed into a text box, or a sentence saying what is wrong. */
export function readCount(text: string, min: number, max: number): { value: number } | { problem: string } {
	const trimmed = text.trim();
	const value = /^\d+$/.test(trimmed) ? Number(trimmed) : Number.NaN;
	return isCount(value, min, max) ? { value } : { problem: countProblem(min, max) };
}

/** True for a whole number from min to max. */
export function isCount(value: unknown, min: number, max: number): value is number {
	return typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max;
}

export function countProblem(min: number, max: number): string {
	return `Enter a whole number from ${min} to ${max}.`;
}

function sentence(text: string): string {
	const capital = capitalize(text.trim());
	return /[.!?]$/.test(capital) ? capital : `${capital}.`;
}
