import matter from 'gray-matter';
import { readNote } from '../../src/core/note-facts';
import { DEFAULT_SETTINGS, normalizeSettings, type MentorRallySettings } from '../../src/core/settings';
import { deriveTeam } from '../../src/core/team';
import type { NoteFacts, NoteRecord, TeamSnapshot } from '../../src/core/types';
import { day } from './dates';

/** Fresh default settings (a copy: a test may change it). */
export function settingsWith(overrides: Record<string, unknown> = {}): MentorRallySettings {
	return normalizeSettings({ ...structuredClone(DEFAULT_SETTINGS), ...overrides });
}

/**
 * A note as the command line hands it to the core: frontmatter parsed by gray-matter
 * (so an unquoted date is a `Date` at UTC midnight, an unquoted `[[link]]` a nested list),
 * the whole text as content.
 */
export function note(path: string, text: string, created: string | null = null): NoteRecord {
	const record: NoteRecord = { path, frontmatter: null, content: text, created: created === null ? null : day(created) };
	try {
		const data: unknown = matter(text.replace(/^\uFEFF/, ''), {}).data;
		record.frontmatter = typeof data === 'object' && data !== null && !Array.isArray(data) ? (data as Record<string, unknown>) : null;
	} catch (error) {
		record.frontmatterError = error instanceof Error ? error.message : String(error);
	}
	return record;
}

/** Markdown from lines, so line numbers in a test can be counted by eye. */
export function md(...lines: string[]): string {
	return lines.join('\n');
}

export function readAll(records: readonly NoteRecord[], settings: MentorRallySettings = settingsWith()): NoteFacts[] {
	return records.map((r) => readNote(r, settings));
}

/** The team as the core derives it from these notes on `today`. */
export function team(records: readonly NoteRecord[], today: string, settings: MentorRallySettings = settingsWith()): TeamSnapshot {
	return deriveTeam(readAll(records, settings), settings, day(today));
}
