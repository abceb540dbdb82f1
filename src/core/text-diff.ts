/**
 * The smallest change that turns one text into another: one span replaced. Edits to a note
 * open in the editor are applied as this span, not as the whole text, so the editor keeps
 * the cursor, the selection and folds everywhere outside it.
 */
export interface TextChange {
	/** Offset (UTF-16 code units) where the replaced span starts in the old text. */
	from: number;
	/** Offset just after the replaced span in the old text. */
	to: number;
	/** What goes in its place. */
	insert: string;
}

/** The one span that differs, or null when the texts are equal. Never splits a surrogate pair. */
export function smallestChange(before: string, after: string): TextChange | null {
	if (before === after) return null;
	const shorter = Math.min(before.length, after.length);
	let start = 0;
	while (start < shorter && before.charCodeAt(start) === after.charCodeAt(start)) start++;
	// Back off to a whole character: a shared high surrogate would leave half an emoji behind.
	if (start > 0 && isHighSurrogate(before.charCodeAt(start - 1))) start--;
	let tail = 0;
	while (tail < shorter - start && before.charCodeAt(before.length - 1 - tail) === after.charCodeAt(after.length - 1 - tail)) tail++;
	if (tail > 0 && isLowSurrogate(before.charCodeAt(before.length - tail))) tail--;
	return { from: start, to: before.length - tail, insert: after.slice(start, after.length - tail) };
}

/** The text with the change applied (what the editor shows after it). */
export function applyChange(text: string, change: TextChange): string {
	return text.slice(0, change.from) + change.insert + text.slice(change.to);
}

function isHighSurrogate(code: number): boolean {
	return code >= 0xd800 && code <= 0xdbff;
}

function isLowSurrogate(code: number): boolean {
	return code >= 0xdc00 && code <= 0xdfff;
}
