import { readProperties } from '../../src/cli/properties-yaml';
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
 * A note as the command line hands it to the core: properties read by the command line's own
 * reader (YAML's core schema, as Obsidian: an unquoted date stays text, an unquoted `[[link]]`
 * is a nested list), the whole text as content.
 */
export function note(path: string, text: string, created: string | null = null): NoteRecord {
	return { path, ...readProperties(text.replace(/^\uFEFF/, '')), content: text, created: created === null ? null : day(created) };
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
