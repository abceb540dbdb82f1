import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { pushAll } from '../core/collections';
import { localDateOf, type CalendarDate } from '../core/calendar-date';
import { needsContent } from '../core/note-facts';
import type { MentorRallySettings } from '../core/settings';
import type { NoteRecord } from '../core/types';
import { describeFsError } from './fs-errors';
import { readProperties } from './properties-yaml';

export { describeFsError };

export interface VaultFiles {
	records: NoteRecord[];
	/** Files that exist but could not be read (permissions, vanished mid-read). */
	unreadable: { path: string; message: string }[];
}

/**
 * Reads a file's text. The default reads from disk; tests pass their own to simulate a file
 * that cannot be read (they run as root, where permissions do not stop a read).
 */
export type ReadText = (absolutePath: string) => string;

const readUtf8: ReadText = (absolutePath) => readFileSync(absolutePath, 'utf8');

/**
 * Reads every markdown note of a vault folder into records for the core, the way
 * Obsidian sees the vault: dot-folders (`.obsidian`, `.trash`, `.git`) are not notes.
 */
export function readVault(root: string, settings: MentorRallySettings, readText: ReadText = readUtf8): VaultFiles {
	const records: NoteRecord[] = [];
	const unreadable: VaultFiles['unreadable'] = [];
	for (const path of markdownFiles(root, '', unreadable)) {
		try {
			records.push(readNoteFile(join(root, path), path, settings, readText));
		} catch (error) {
			unreadable.push({ path, message: describeFsError(error) });
		}
	}
	return { records, unreadable };
}

/** Paths relative to the vault, with `/`, in a stable order. */
function markdownFiles(root: string, dir: string, unreadable: VaultFiles['unreadable']): string[] {
	let entries;
	try {
		entries = readdirSync(join(root, dir), { withFileTypes: true });
	} catch (error) {
		if (dir === '') throw error;
		unreadable.push({ path: dir, message: describeFsError(error) });
		return [];
	}
	entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
	const files: string[] = [];
	for (const entry of entries) {
		if (entry.name.startsWith('.')) continue;
		const path = dir === '' ? entry.name : `${dir}/${entry.name}`;
		if (entry.isDirectory()) pushAll(files, markdownFiles(root, path, unreadable));
		else if (entry.isFile() && /\.md$/i.test(entry.name)) files.push(path);
	}
	return files;
}

/**
 * One note: its properties read as Obsidian reads them (properties-yaml). Only mentor and
 * meeting notes keep their text and creation day; the rest need neither.
 */
export function readNoteFile(absolutePath: string, path: string, settings: MentorRallySettings, readText: ReadText = readUtf8): NoteRecord {
	const content = readText(absolutePath);
	// Obsidian ignores a byte-order mark before the frontmatter.
	const text = content.charCodeAt(0) === 0xfeff ? content.slice(1) : content;
	const record: NoteRecord = { path, ...readProperties(text) };
	if (!needsContent(record, settings)) return record;
	const created = (): CalendarDate | null => {
		try {
			const stat = statSync(absolutePath);
			return localDateOf(stat.birthtimeMs > 0 ? stat.birthtime : stat.mtime);
		} catch {
			return null;
		}
	};
	return { ...record, content, created };
}
