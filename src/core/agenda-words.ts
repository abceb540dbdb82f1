import { DATED_FIELDS } from './task-fields';
import { withoutBlockId } from './text';

/** The agenda repeats an item's words, not its checkbox or fields, so it never becomes a second item. */
export function agendaText(text: string): string {
	return withoutBlockId(text).replace(DATED_FIELDS, '').replace(/\s+/g, ' ').trim();
}

/** `[[Meetings/2026-11-10 Dr. Maya Lee|2026-11-10 Dr. Maya Lee]]`: a link to the note an item is in. */
export function sourceLink(path: string): string {
	const target = path.replace(/\.md$/i, '');
	const name = target.slice(target.lastIndexOf('/') + 1);
	return target === name ? `[[${target}]]` : `[[${target}|${name}]]`;
}
