/**
 * Names and links: how a meeting note's `mentor: "[[Dr. Maya Lee]]"` finds its mentor,
 * and how `- [ ] Dr. Lee: intro` is recognised as something Dr. Maya Lee owes.
 */

/** Lower case, no dots, single spaces: "Dr.  Maya Lee" and "dr maya lee" compare equal. */
export function nameKey(text: string): string {
	return text.toLowerCase().replace(/\./g, '').replace(/\s+/g, ' ').trim();
}

/** The file's base name: `People/Dr. Maya Lee.md` → `Dr. Maya Lee`. */
export function baseName(path: string): string {
	const file = path.slice(path.lastIndexOf('/') + 1);
	return file.replace(/\.md$/i, '');
}

/** The lower-case path without `.md`, which Obsidian's links may spell out in full. */
export function pathKey(path: string): string {
	return path.replace(/\.md$/i, '').toLowerCase();
}

/**
 * The target of a link as a user may write it in a property: `[[Dr. Maya Lee]]`,
 * `[[People/Dr. Maya Lee.md|Maya]]`, `[[Dr. Maya Lee#Notes]]`, `[Maya](People/Dr%20Maya%20Lee.md)`
 * or just `Dr. Maya Lee`. Returns the target path or name (no `.md`), or null for empty text.
 */
export function linkTarget(value: string): string | null {
	let text = value.trim();
	const wiki = /^!?\[\[([^\]]*)\]\]$/.exec(text);
	const markdown = /^\[[^\]]*\]\(([^)]*)\)$/.exec(text);
	if (wiki) text = wiki[1] ?? '';
	else if (markdown) text = safeDecode((markdown[1] ?? '').replace(/^<|>$/g, ''));
	text = text.split('|')[0] ?? '';
	text = text.split('#')[0] ?? '';
	text = text.trim().replace(/\.md$/i, '');
	return text === '' ? null : text;
}

function safeDecode(text: string): string {
	try {
		return decodeURIComponent(text);
	} catch {
		return text;
	}
}

const HONORIFICS = new Set(['dr', 'doctor', 'prof', 'professor', 'mr', 'mrs', 'ms', 'mx', 'miss', 'sir', 'dame']);

/** "Dr", "prof", "Mrs" (any case, without its dot): a title before a name, not part of it. */
export function isHonorific(word: string): boolean {
	return HONORIFICS.has(word.toLowerCase());
}

/** The first and last initials of a name without its title: "Dr. Maya Lee" → "ML". */
export function initials(name: string): string {
	const words = name
		.replace(/[^\p{L}\p{N}\s'-]/gu, ' ')
		.split(/\s+/)
		.filter((w) => w !== '' && !isHonorific(w));
	const first = words[0]?.[0] ?? name.trim()[0] ?? '?';
	const last = words.length > 1 ? (words[words.length - 1]?.[0] ?? '') : '';
	return `${first}${last}`.toUpperCase();
}

/**
 * The ways a student writes a mentor's name before a colon: the full name, the name
 * without a title, the first name, the last name and the title with the last name.
 * "Dr. Maya Lee" → dr maya lee, maya lee, maya, lee, dr lee.
 */
export function nameVariants(name: string, aliases: readonly string[]): Set<string> {
	const variants = new Set<string>();
	for (const full of [name, ...aliases]) {
		const key = nameKey(full);
		if (key === '') continue;
		variants.add(key);
		const words = key.split(' ');
		const title = words[0] !== undefined && isHonorific(words[0]) ? words[0] : null;
		const rest = title ? words.slice(1) : words;
		if (rest.length === 0) continue;
		variants.add(rest.join(' '));
		if (rest.length > 1) {
			const last = rest[rest.length - 1] ?? '';
			variants.add(rest[0] ?? '');
			variants.add(last);
			if (title) variants.add(`${title} ${last}`);
		}
	}
	variants.delete('');
	return variants;
}

/**
 * The name that opens a task, as a name key: before a colon (`Dr. Lee: intro…`,
 * `**Maya**: send…`, `[[Dr. Maya Lee]]: …`, `@Maya: …`), else before "will" or "to"
 * (`Dr. Lee will send…`, `Maya to review…`). Null when there is none. Any words can come
 * before "to" ("Send the form to …"): the caller keeps the key only when it is one of a
 * mentor's names.
 */
export function ownerPrefixKey(text: string): string | null {
	return colonPrefixKey(text) ?? promisePrefixKey(text);
}

/**
 * "Dr. Lee will", "Maya to", "[[Dr. Maya Lee]] will": up to four words, each capitalised
 * as names are written ("Send the form to Maya" names nobody), then the verb.
 */
const PROMISE_PREFIX = /^\s*(?:@|\*{1,2}|_{1,2})?(\[\[[^[\]]{1,120}\]\]|\p{Lu}[\p{L}\p{M}.'’-]{0,30}(?: \p{Lu}[\p{L}\p{M}.'’-]{0,30}){0,3})(?:\*{1,2}|_{1,2})? +(?:will|to) /u;

function promisePrefixKey(text: string): string | null {
	// The verb stands between spaces: a line without " will " or " to " skips the pattern.
	if (!text.includes(' to ') && !text.includes(' will ')) return null;
	// Only the start of the line is looked at: the pattern's cost does not grow with it.
	const match = PROMISE_PREFIX.exec(text.slice(0, 200));
	const name = match?.[1];
	if (!name) return null;
	const target = name.startsWith('[[') ? linkTarget(name) : name;
	if (!target) return null;
	const key = nameKey(baseName(target));
	return key === '' ? null : key;
}

function colonPrefixKey(text: string): string | null {
	// Found with indexOf, not one pattern: every part below is bounded, so a long line costs
	// no more than a short one, and `_` or `*` inside a name ("Jean_Luc") is part of it.
	const colon = text.indexOf(':');
	if (colon <= 0 || colon > 200) return null;
	const next = text.slice(colon + 1, colon + 3);
	if (next.startsWith(':') || next === '//') return null;
	let name = stripEmphasis(text.slice(0, colon).trim());
	if (name.startsWith('@')) name = name.slice(1);
	const target = name.startsWith('[[') ? (name.length <= 124 ? linkTarget(name) : null) : name.length <= 60 && !/[[\]*]|^_|_$/.test(name) ? name : null;
	if (!target) return null;
	const key = nameKey(baseName(target));
	return key === '' ? null : key;
}

/** The text without the `*` and `_` of bold or italics around it: `**Maya**`, `*Dr. Marsh*`, `__Lee__`. */
function stripEmphasis(text: string): string {
	let start = 0;
	let end = text.length;
	while (start < end && start < 3 && (text[start] === '*' || text[start] === '_')) start++;
	while (end > start && text.length - end < 3 && (text[end - 1] === '*' || text[end - 1] === '_')) end--;
	return text.slice(start, end).trim();
}

/** Every wikilink target in a piece of text, as name keys of their base names. */
export function linkedNameKeys(text: string): string[] {
	const keys: string[] = [];
	// No `[` inside the link: a run of `[[` with no `]]` then costs one pass, not one per `[`.
	for (const match of text.matchAll(/\[\[([^[\]]+)\]\]/g)) {
		const target = linkTarget(`[[${match[1] ?? ''}]]`);
		if (target) keys.push(nameKey(baseName(target)));
	}
	return keys;
}

/**
 * A link for a property: always a wikilink, since Obsidian reads only `[[…]]` as a link in
 * properties (a markdown link there is plain text: no backlink, not updated on rename). A
 * link text with folders (the file name is not unique) shows the note's name.
 */
export function propertyLink(linktext: string): string {
	const name = linktext.slice(linktext.lastIndexOf('/') + 1);
	return name === linktext || name === '' ? `[[${linktext}]]` : `[[${linktext}|${name}]]`;
}
