import { setOwn } from '../core/collections';

/**
 * What the command line prints, made safe for a terminal. File names, item text, roles and
 * problem messages come from notes anyone could have written: an escape sequence in them
 * (`ESC ]` … to retitle the window or plant a link, `ESC [2J` to clear the screen) or a
 * bidirectional override (which makes `evil.md` read as something else) would be obeyed by
 * the terminal instead of shown. Such characters are shown as escapes instead (`\x1b`,
 * `\u202e`), so the reader sees that they are there and what they are.
 */

/**
 * Characters a terminal acts on instead of showing: the C0 controls (ESC, BEL, backspace,
 * carriage return, newline, tab…), DEL and the C1 controls (`\p{Cc}`; U+009B is a one-character
 * CSI), the line and paragraph separators, and the bidirectional embeddings, overrides and
 * isolates. Regular expressions, not a loop: V8 scans a megabyte report with them several
 * times faster.
 */
const HIDDEN = /[\p{Cc}\u2028\u2029\u202a-\u202e\u2066-\u2069]/u;
const EVERY_HIDDEN = /[\p{Cc}\u2028\u2029\u202a-\u202e\u2066-\u2069]/gu;
/** What JSON.stringify leaves raw but a terminal would act on (it escapes the C0 controls itself). */
const RAW_IN_JSON = /[\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

const NAMED: ReadonlyMap<number, string> = new Map([
	[0x09, '\\t'],
	[0x0a, '\\n'],
	[0x0d, '\\r'],
]);

function escapeOf(code: number): string {
	return NAMED.get(code) ?? (code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`);
}

/** The text with every hidden character shown as an escape (a line break too: one value, one line). */
export function visible(text: string): string {
	return HIDDEN.test(text) ? text.replace(EVERY_HIDDEN, (char) => escapeOf(char.charCodeAt(0))) : text;
}

/**
 * Lines the command line composed itself: its own line breaks are kept, and with `keepColours`
 * its own colour codes (`ESC [ digits m`); every other hidden character is shown as an escape.
 * The last guard, after the values were already made visible one by one ({@link visibleValues}).
 */
export function visibleLines(text: string, keepColours: boolean): string {
	return text.replace(EVERY_HIDDEN, (char: string, at: number) => {
		const code = char.charCodeAt(0);
		if (code === 0x0a || (keepColours && code === 0x1b && colourCodeLength(text, at) > 0)) return char;
		return escapeOf(code);
	});
}

/** Length of a colour code (`ESC [ 1 ; 31 m`) starting at `at`, or 0 when there is none. */
function colourCodeLength(text: string, at: number): number {
	if (text.charCodeAt(at + 1) !== 0x5b) return 0; // [
	let end = at + 2;
	while (end < text.length && end - at < 16) {
		const code = text.charCodeAt(end);
		if (code === 0x6d) return end - at + 1; // m
		if (!((code >= 0x30 && code <= 0x39) || code === 0x3b)) return 0; // digits and ;
		end++;
	}
	return 0;
}

/**
 * Plain data (the team snapshot) with every string made {@link visible}, so that a renderer can
 * compose and colour it freely. Data only: arrays, plain objects, primitives. What holds no
 * hidden character is returned as it is (no copy): the common case costs one scan.
 */
export function visibleValues<T>(value: T): T {
	if (typeof value === 'string') return visible(value) as T;
	if (value === null || typeof value !== 'object') return value;
	if (Array.isArray(value)) {
		let copy: unknown[] | null = null;
		for (let i = 0; i < value.length; i++) {
			const entry: unknown = value[i];
			const shown = visibleValues(entry);
			if (shown !== entry && copy === null) copy = value.slice();
			if (copy !== null) copy[i] = shown;
		}
		return (copy ?? value) as T;
	}
	let copy: Record<string, unknown> | null = null;
	const record = value as Record<string, unknown>;
	for (const key of Object.keys(record)) {
		const entry = record[key];
		const shown = visibleValues(entry);
		if (shown !== entry && copy === null) copy = { ...record };
		if (copy !== null) setOwn(copy, key, shown);
	}
	return (copy ?? value) as T;
}

/**
 * JSON text with the characters JSON.stringify leaves raw but a terminal would act on (DEL,
 * the C1 controls, bidirectional overrides, line separators) written as `\uXXXX`. The JSON
 * still parses to the same values.
 */
export function terminalSafeJson(json: string): string {
	return json.replace(RAW_IN_JSON, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
