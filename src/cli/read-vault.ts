import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { CalendarDate } from '../core/calendar-date';
import { creationDay } from '../core/creation-day';
import { frontmatterMayMatter } from '../core/frontmatter-relevance';
import { needsContent } from '../core/note-facts';
import { frontmatterBlock } from '../core/properties';
import type { MentorRallySettings } from '../core/settings';
import type { NoteRecord } from '../core/types';
import { describeFsError } from './fs-errors';
import { readPropertiesOf } from './properties-yaml';
import { listNoteFiles } from './vault-files';

export { describeFsError };

export interface VaultFiles {
	records: NoteRecord[];
	/** Files that exist but could not be read (permissions, vanished mid-read). */
	unreadable: { path: string; message: string }[];
	/** What was deliberately not read (a link Obsidian ignores, a FIFO named `.md`), with why. */
	skipped: { path: string; message: string }[];
}

/**
 * Reads a file's text. The default reads from disk; tests pass their own to simulate a file
 * that cannot be read (they run as root, where permissions do not stop a read).
 */
export type ReadText = (absolutePath: string) => string;

const readUtf8: ReadText = (absolutePath) => readFileSync(absolutePath, 'utf8');

/**
 * Reads every markdown note of a vault folder into records for the core, the way
 * Obsidian sees the vault (see listNoteFiles: dot-folders are not notes, links are followed
 * as Obsidian follows them, and what is not is named).
 */
export function readVault(root: string, settings: MentorRallySettings, readText: ReadText = readUtf8): VaultFiles {
	const records: NoteRecord[] = [];
	const { notes, unreadable, skipped } = listNoteFiles(root);
	for (const path of notes) {
		try {
			records.push(readNoteFile(join(root, path), path, settings, readText));
		} catch (error) {
			unreadable.push({ path, message: describeFsError(error) });
		}
	}
	return { records, unreadable, skipped };
}

/**
 * One note: its properties read as Obsidian reads them (properties-yaml). Only mentor and
 * meeting notes keep their text and creation day; the rest need neither. The properties of a
 * note whose raw frontmatter cannot make it matter (frontmatterMayMatter) are not parsed, and
 * it is given none: the core would find it neither a mentor nor a meeting note, nor a
 * problem, whatever they hold.
 */
export function readNoteFile(absolutePath: string, path: string, settings: MentorRallySettings, readText: ReadText = readUtf8): NoteRecord {
	const content = readText(absolutePath);
	// Obsidian ignores a byte-order mark before the frontmatter.
	const text = content.charCodeAt(0) === 0xfeff ? content.slice(1) : content;
	const block = frontmatterBlock(text);
	if (block !== null && !frontmatterMayMatter(path, block, settings)) return { path, frontmatter: {} };
	const record: NoteRecord = { path, ...readPropertiesOf(block) };
	if (!needsContent(record, settings)) return record;
	const created = (): CalendarDate | null => {
		try {
			const stat = statSync(absolutePath);
			return creationDay(stat.birthtimeMs, stat.mtimeMs);
		} catch {
			return null;
		}
	};
	return { ...record, content, created };
}
