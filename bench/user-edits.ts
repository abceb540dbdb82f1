/**
 * The edits the update benchmarks make to a mentor or meeting note, made with the product's
 * own edits: tick the first open item as the "complete" command does (`completeTaskLine` and
 * `replaceLine` from src/core/edits), or, in every other mentor note, move `last_contact` to
 * another day as "log contact" does. Which items are open comes from what the core read of
 * the note (its NoteFacts), not from a pattern of the benchmark's own.
 */
import type { CalendarDate } from '../src/core/calendar-date';
import { completeTaskLine, replaceLine } from '../src/core/edits';
import type { NoteFacts } from '../src/core/types';

/** The property line the "log contact" edit rewrites (the default property name). */
const LAST_CONTACT = /^last_contact: .*$/m;

/** Whether the core found an open item in this note: the notes worth editing. */
export function hasOpenItem(facts: NoteFacts | undefined): boolean {
	return facts !== undefined && facts.kind !== 'other' && facts.items.some((item) => item.state === 'open');
}

/**
 * The note's text after the `index`-th edit (of many, spread over notes): even indexes on a
 * mentor note with a `last_contact` line log a contact on another day; the rest complete the
 * first open item. Null when the core found nothing to edit.
 */
export function editedText(text: string, facts: NoteFacts, index: number, today: CalendarDate): string | null {
	if (facts.kind === 'mentor' && index % 2 === 0 && LAST_CONTACT.test(text)) {
		const day = `2026-11-${String(10 + (index % 14)).padStart(2, '0')}`;
		return text.replace(LAST_CONTACT, `last_contact: ${day}`);
	}
	if (facts.kind === 'other') return null;
	const item = facts.items.find((candidate) => candidate.state === 'open');
	if (!item) return null;
	const ticked = completeTaskLine(item.raw, today);
	if (ticked === null) return null;
	const edit = replaceLine(text, item.line, item.raw, ticked, item.twins);
	return edit.ok ? edit.text : null;
}
