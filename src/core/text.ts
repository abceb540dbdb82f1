/**
 * Small text operations written as loops, or as patterns whose loops cannot overlap.
 *
 * Each replaces a regular expression that backtracked quadratically on a hostile line (a
 * run of `[[` with no `]]`, a long run of spaces before a `:`, a path of slashes). Lint runs
 * the recheck ReDoS checker over every pattern in `src/`, so the next such pattern fails CI;
 * these are what to reach for instead.
 */

/** A wikilink or embed, `[[target]]` or `[[target|alias]]`. No `[` inside, so a run of `[[` costs one pass. */
export const WIKILINK = /!?\[\[([^[\]|]*)(?:\|([^[\]]*))?\]\]/g;

/**
 * A markdown link or image, `[label](url)`; the url may hold one level of parentheses
 * (`…/Foo_(bar)`). Neither part crosses a bracket, so failed starts end at the next one.
 */
export const MARKDOWN_LINK = /!?\[([^[\]]*)\]\((?:[^()\s]|\([^()\s]*\))*\)/g;

/** The text without leading and trailing slashes: `/Mentors/` → `Mentors`. */
export function trimSlashes(text: string): string {
	let start = 0;
	let end = text.length;
	while (start < end && text[start] === '/') start++;
	while (end > start && text[end - 1] === '/') end--;
	return text.slice(start, end);
}

/** The text without the trailing characters for which `drop` holds. */
export function trimEndWhere(text: string, drop: (char: string) => boolean): string {
	let end = text.length;
	while (end > 0 && drop(text[end - 1] ?? '')) end--;
	return text.slice(0, end);
}

const BLANK = /\s/;

/** True for a white-space character as `\s` in a pattern sees it. */
export function isBlankChar(char: string): boolean {
	return BLANK.test(char);
}

/**
 * The text without a trailing Obsidian block id (` ^abc-123`). The id must follow a blank,
 * as in Obsidian; `x^2` is text.
 */
export function withoutBlockId(text: string): string {
	const trimmed = trimEndWhere(text, isBlankChar);
	const caret = trimmed.lastIndexOf('^');
	if (caret <= 0 || !isBlankChar(trimmed[caret - 1] ?? '')) return text;
	if (!/^[a-zA-Z0-9-]+$/.test(trimmed.slice(caret + 1))) return text;
	return trimEndWhere(trimmed.slice(0, caret), isBlankChar);
}

/** True when a word is made only of tags: `#reply`, `#theirs#waiting`. */
function isTagWord(word: string): boolean {
	return word.length > 1 && word.startsWith('#') && !word.includes('##') && !word.endsWith('#');
}

/**
 * The text without the tags that end it (`Send CV #reply #mentor` → `Send CV`). Tags at the
 * end mark a task for a plugin; the reader of a reminder needs none of them.
 */
export function withoutTrailingTags(text: string): string {
	const words = text.split(/\s+/);
	let keep = words.length;
	while (keep > 0 && (words[keep - 1] === '' || isTagWord(words[keep - 1] ?? ''))) keep--;
	if (keep === words.length) return text;
	// Cut the original text after the last kept word, so inner spacing is left as it was.
	let index = 0;
	let cut = 0;
	for (let i = 0; i < keep; i++) {
		const word = words[i] ?? '';
		const at = text.indexOf(word, index);
		cut = at + word.length;
		index = cut;
	}
	return text.slice(0, cut);
}

/**
 * The last few words of the text before a position, with trailing blanks and one joining
 * mark (`-`, `,` or `:`) taken off: what a pattern such as `\bby$` asks about. Bounded,
 * so a pattern tested on it costs the same on a 1 MB line as on a short one.
 */
export function tailWords(before: string, length = 48): string {
	let tail = trimEndWhere(before, isBlankChar);
	if (tail.length > length) {
		// Start at a word boundary, so that the end of "nearby" is not read as "by".
		tail = tail.slice(-length);
		const blank = tail.search(/\s/);
		tail = blank < 0 ? '' : tail.slice(blank + 1);
	}
	const last = tail[tail.length - 1];
	return last === '-' || last === ',' || last === ':' ? trimEndWhere(tail.slice(0, -1), isBlankChar) : tail;
}
