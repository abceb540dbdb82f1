/**
 * The edits the update benchmarks make to a mentor or meeting note, made with the product's
 * own edits: tick the first open item as the "complete" command does (`completeTaskLine` and
 * `replaceLine` from src/core/edits), or, in every other mentor note, move `last_contact` to
 * another day as "log contact" does. Which items are open comes from what the core read of
 * the note (its NoteFacts), not from a pattern of the benchmark's own.
 */
import { join } from 'node:path';
import type { CalendarDate } from '../src/core/calendar-date';
import { completeTaskLine, replaceLine } from '../src/core/edits';
import type { MentorRallySettings } from '../src/core/settings';
import type { NoteFacts, NoteRecord } from '../src/core/types';
import type { VaultIndex } from '../src/core/vault-index';
import { readNoteFile } from '../src/cli/read-vault';

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

/** The edits an update benchmark makes, one record per `next()`. */
export interface EditSequence {
	/** The next record to give the index. */
	readonly next: () => NoteRecord;
	/** The notes edited, as they were before any edit. */
	readonly originals: readonly NoteRecord[];
	/** Starts the sequence again from its first edit (put the originals back first). */
	readonly restart: () => void;
}

/**
 * The records the update benchmarks feed the index: 50 notes with an open item, evenly
 * spread, each edited (read back by the command line's reader), then back to as it was, then
 * edited again, so every update really changes the note.
 */
export function editSequence(records: readonly NoteRecord[], index: VaultIndex, dir: string, settings: MentorRallySettings, today: CalendarDate): EditSequence {
	const candidates = records.filter((r) => hasOpenItem(index.get(r.path)));
	const count = Math.min(50, candidates.length);
	const pairs: [NoteRecord, NoteRecord][] = [];
	for (let i = 0; i < count; i++) {
		const original = candidates[Math.floor((i * candidates.length) / count)];
		const facts = original && index.get(original.path);
		if (!original || !facts) continue;
		const text = editedText(original.content ?? '', facts, i, today);
		if (text === null) throw new Error(`nothing to edit in ${original.path}`);
		pairs.push([original, readNoteFile(join(dir, original.path), original.path, settings, () => text)]);
	}
	let counter = 0;
	return {
		next: () => {
			const pair = pairs[counter % pairs.length];
			const edited = Math.floor(counter / pairs.length) % 2 === 0;
			counter++;
			if (!pair) throw new Error('no note to edit');
			return edited ? pair[1] : pair[0];
		},
		originals: pairs.map(([original]) => original),
		restart: () => {
			counter = 0;
		},
	};
}
