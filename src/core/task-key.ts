import { DATED_FIELDS, DUE_FIELD } from './task-fields';
import { withoutTrailingTags } from './text';

/**
 * The words a task's key is made from. Not the words shown (itemWords): a key must stay
 * the same across versions, or every reminder already shown today would be shown again and
 * every remembered first-seen day would be lost.
 */
function keyWords(text: string): string {
	const clean = text.replace(DATED_FIELDS, '').replace(DUE_FIELD, '').replace(/\s+/g, ' ').trim();
	// Tags at the end (#reply, #theirs) mark the task for the plugin; the reader needs none.
	const words = withoutTrailingTags(clean);
	return words === '' ? text.trim() : words;
}

/**
 * A short, stable fingerprint of a task's words (FNV-1a), insensitive to spacing, case,
 * the checkbox and a due or done date written later (`📅`, `✅`, `[due:: ]`), so a key
 * survives the edits that do not change the task: ticking it, pinning its due date, lines
 * moving above it. Reminder keys and first-seen days are both keyed by it.
 */
export function taskKey(text: string): string {
	const normal = keyWords(text).toLowerCase();
	let hash = 0x811c9dc5;
	for (let i = 0; i < normal.length; i++) {
		hash ^= normal.charCodeAt(i);
		hash = Math.imul(hash, 0x01000193) >>> 0;
	}
	return hash.toString(36);
}
