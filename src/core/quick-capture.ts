import { nameKey, nameVariants } from './names';

/** What the quick-capture row needs of a mentor. */
export interface CaptureMentor {
	readonly name: string;
	readonly path: string;
	readonly aliases: readonly string[];
	readonly lifecycle?: string;
}

/** `@Marsh` (letters, digits, dots, hyphens and apostrophes after the @). */
const MENTION = /(^|\s)@([\p{L}\p{N}.'’-]*)/gu;

export interface MentionAt {
	/** The words after the @, as typed ("Mar"). */
	query: string;
	/** Where the @ is, and where the mention ends, in the text. */
	start: number;
	end: number;
}

/** The @mention the caret is in (for suggestions as you type), or null. */
export function mentionAt(text: string, caret: number): MentionAt | null {
	for (const match of text.matchAll(MENTION)) {
		const start = (match.index ?? 0) + (match[1]?.length ?? 0);
		const end = start + 1 + (match[2]?.length ?? 0);
		if (caret > start && caret <= end) return { query: match[2] ?? '', start, end };
	}
	return null;
}

/** The word keys a mentor answers to: "Dr. Maya Lee" → dr maya lee, maya lee, maya, lee, dr lee, and each alias's. */
function keysOf(mentor: CaptureMentor): string[] {
	return [...nameVariants(mentor.name, mentor.aliases)];
}

/**
 * The mentors a typed @query may mean, best first: a name, alias or single name word equal to
 * the query, then those with a word starting with it; active mentors first within each. Case
 * and dots do not count: "@lee", "@Lee" and "@Dr.Lee" all find Dr. Maya Lee.
 */
export function suggestMentors<M extends CaptureMentor>(query: string, mentors: readonly M[], limit = 6): M[] {
	const q = nameKey(query.replace(/[.]/g, ' '));
	const scored: { mentor: M; score: number; index: number }[] = [];
	mentors.forEach((mentor, index) => {
		const keys = keysOf(mentor);
		const words = new Set(keys.flatMap((k) => k.split(' ')));
		let score = -1;
		if (q === '') score = 2;
		else if (keys.includes(q)) score = 0;
		else if (keys.some((k) => k.startsWith(q)) || [...words].some((w) => w.startsWith(q))) score = 1;
		if (score < 0) return;
		if (mentor.lifecycle !== undefined && mentor.lifecycle !== 'active') score += 0.5;
		scored.push({ mentor, score, index });
	});
	scored.sort((a, b) => a.score - b.score || a.index - b.index);
	return scored.slice(0, limit).map((s) => s.mentor);
}

export interface Capture<M extends CaptureMentor> {
	/** The mentor the @mention names, when it names exactly one. */
	mentor: M | null;
	/** Why no mentor: none typed, or the @ matched several or none. */
	problem: 'no-mention' | 'ambiguous' | 'unknown' | null;
	/** The mention as typed ("@Marsh"), for messages. */
	mention: string | null;
	/** The item's words with the mention taken out: "send CV by Fri". */
	text: string;
}

/**
 * Reads a quick-capture line: "@Marsh send CV by Fri" → Dr. Marsh, "send CV by Fri". The first
 * @mention picks the mentor (`chosen` wins when the user picked it from the suggestions); it
 * is taken out of the words, the rest is the item.
 */
export function readCapture<M extends CaptureMentor>(line: string, mentors: readonly M[], chosen: M | null = null): Capture<M> {
	let mention: { text: string; query: string } | null = null;
	const rest = line.replace(MENTION, (whole: string, lead: string, query: string) => {
		if (mention !== null) return whole;
		mention = { text: `@${query}`, query };
		return lead;
	});
	const text = rest.replace(/\s+/g, ' ').trim();
	const found = mention as { text: string; query: string } | null;
	if (found === null) return { mentor: null, problem: 'no-mention', mention: null, text };
	if (chosen && suggestMentors(found.query, [chosen]).length === 1) return { mentor: chosen, problem: null, mention: found.text, text };
	const q = nameKey(found.query.replace(/[.]/g, ' '));
	if (q === '') return { mentor: null, problem: 'unknown', mention: found.text, text };
	const exact = mentors.filter((m) => keysOf(m).includes(q));
	const candidates = exact.length > 0 ? exact : suggestMentors(found.query, mentors, Number.MAX_SAFE_INTEGER);
	if (candidates.length === 1) return { mentor: candidates[0] ?? null, problem: null, mention: found.text, text };
	return { mentor: null, problem: candidates.length === 0 ? 'unknown' : 'ambiguous', mention: found.text, text };
}

/** The word to put after the @ when a mentor is picked: a single name word that names only them. */
export function mentionFor(mentor: CaptureMentor, mentors: readonly CaptureMentor[]): string {
	const words = mentor.name.split(/\s+/).filter((w) => w !== '');
	const candidates = [...mentor.aliases.filter((a) => !/\s/.test(a)), ...words.slice().reverse()];
	for (const word of candidates) {
		const clean = word.replace(/[^\p{L}\p{N}'’-]/gu, '');
		if (clean === '') continue;
		const picked = readCapture(`@${clean}`, mentors);
		if (picked.mentor === mentor) return clean;
	}
	return (words[words.length - 1] ?? mentor.name).replace(/[^\p{L}\p{N}'’-]/gu, '');
}
