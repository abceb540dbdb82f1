import { baseName } from '../names';
import { DATED_FIELDS, DUE_FIELD, RECURRENCE_FIELD } from '../task-fields';
import { MARKDOWN_LINK, WIKILINK } from '../text';

/**
 * The tags that only tell Mentor Rally what an item is (whose court, a reply owed, a
 * thank-you owed): the words around them already say it to a reader.
 */
export interface MarkerTags {
	ownerTag: string;
	replyTag: string;
	loopTag: string;
}

/**
 * The words of a task as every surface shows them (dashboard row, reminder, status-bar
 * tooltip, terminal report): the date fields, the owner, reply and loop tags and link syntax are
 * shown elsewhere or are noise, so they are taken out. A repeat rule is said in words at the
 * end ("(repeats every week)"), where it no longer splits the sentence. Plain text: a
 * renderer must only ever put it on the page as text.
 */
export function itemWords(text: string, tags: MarkerTags): string {
	// Assigned inside the callback, which TypeScript's narrowing cannot see.
	let rule = null as string | null;
	const words = text
		.replace(RECURRENCE_FIELD, (_m, words: string) => {
			rule ??= words.trim();
			return ' ';
		})
		.replace(DATED_FIELDS, ' ')
		.replace(DUE_FIELD, ' ')
		.replace(markerTagPattern(tags), ' ')
		.replace(WIKILINK, (_m, target: string, alias: string | undefined) => alias ?? baseName(target.split('#')[0] ?? target))
		.replace(MARKDOWN_LINK, '$1')
		.replace(/\s+/g, ' ')
		.trim();
	if (rule && words !== '') return `${words} (repeats ${rule})`;
	return words !== '' ? words : text.trim() !== '' ? text.trim() : 'Untitled task';
}

/** One compiled pattern per pair of tags: settings change rarely and items are many. */
const patterns = new Map<string, RegExp>();

function markerTagPattern({ ownerTag, replyTag, loopTag }: MarkerTags): RegExp {
	const key = `${ownerTag}\n${replyTag}\n${loopTag}`;
	let pattern = patterns.get(key);
	if (!pattern) {
		const alternatives = [ownerTag, replyTag, loopTag].map((t) => t.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')).join('|');
		pattern = new RegExp(`(^|\\s)#(?:${alternatives})(?![\\w/-])`, 'giu');
		if (patterns.size > 16) patterns.clear();
		patterns.set(key, pattern);
	}
	return pattern;
}
