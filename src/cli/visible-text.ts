import { setOwn } from '../core/collections';

/**
 * What the command line prints, made safe for a terminal. File names, item text, roles and
 * problem messages come from notes anyone could have written: an escape sequence in them
 * (`ESC ]` … to retitle the window or plant a link, `ESC [2J` to clear the screen) or a
 * bidirectional override (which makes `evil.md` read as something else) would be obeyed by
 * the terminal instead of shown. Such characters are shown as escapes instead (`\x1b`,
 * `\u202e`), so the reader sees that they are there and what they are.
 */

/** Whether a terminal acts on this character instead of showing it. */
function isHidden(code: number): boolean {
	return (
		code < 0x20 || // C0 controls: ESC, BEL, backspace, carriage return, newline, tab…
		(code >= 0x7f && code <= 0x9f) || // DEL and the C1 controls (0x9b is a one-byte CSI)
		code === 0x2028 ||
		code === 0x2029 || // line and paragraph separators
		(code >= 0x202a && code <= 0x202e) || // bidirectional embeddings and overrides
		(code >= 0x2066 && code <= 0x2069) // bidirectional isolates
	);
}

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
	return visibleWhere(text, () => false);
}

/**
 * Lines the command line composed itself: its own line breaks are kept, and with `keepColours`
 * its own colour codes (`ESC [ digits m`); every other hidden character is shown as an escape.
 * The last guard, after the values were already made visible one by one ({@link visibleValues}).
 */
export function visibleLines(text: string, keepColours: boolean): string {
	return visibleWhere(text, (at) => {
		if (text.charCodeAt(at) === 0x0a) return true;
		return keepColours && text.charCodeAt(at) === 0x1b && colourCodeLength(text, at) > 0;
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

function visibleWhere(text: string, keep: (at: number) => boolean): string {
	let out = '';
	let from = 0;
	for (let at = 0; at < text.length; at++) {
		const code = text.charCodeAt(at);
		if (!isHidden(code) || keep(at)) continue;
		out += text.slice(from, at) + escapeOf(code);
		from = at + 1;
	}
	return from === 0 ? text : out + text.slice(from);
}

/**
 * A copy of plain data (the team snapshot) with every string made {@link visible}, so that a
 * renderer can compose and colour it freely. Data only: arrays, plain objects, primitives.
 */
export function visibleValues<T>(value: T): T {
	if (typeof value === 'string') return visible(value) as T;
	if (Array.isArray(value)) return value.map((entry: unknown) => visibleValues(entry)) as T;
	if (value === null || typeof value !== 'object') return value;
	const copy: Record<string, unknown> = {};
	for (const [key, entry] of Object.entries(value)) setOwn(copy, key, visibleValues(entry));
	return copy as T;
}

/**
 * JSON text with the characters JSON.stringify leaves raw but a terminal would act on (DEL,
 * the C1 controls, bidirectional overrides, line separators) written as `\uXXXX`. The JSON
 * still parses to the same values.
 */
export function terminalSafeJson(json: string): string {
	let out = '';
	let from = 0;
	for (let at = 0; at < json.length; at++) {
		const code = json.charCodeAt(at);
		// JSON.stringify already escaped the C0 controls; its line breaks are layout.
		if (code < 0x20 || !isHidden(code)) continue;
		out += `${json.slice(from, at)}\\u${code.toString(16).padStart(4, '0')}`;
		from = at + 1;
	}
	return from === 0 ? json : out + json.slice(from);
}
