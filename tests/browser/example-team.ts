// The example vault read in Node the way the command line reads it, as the team the browser
// tests hand to the page (gray-matter stays in Node; the page gets JSON).
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { readVault } from '../../src/cli/read-vault';
import { loadVaultSettings } from '../../src/cli/settings-file';
import type { CalendarDate } from '../../src/core/calendar-date';
import { DEFAULT_SETTINGS, type MentorRallySettings } from '../../src/core/settings';
import type { NoteRecord, TeamSnapshot } from '../../src/core/types';
import { VaultIndex } from '../../src/core/vault-index';
import { FIXTURE_NOTES, recordsOf } from '../obsidian/dashboard/fixture';
import { ROOT } from './browser-page';

/** The example vault's own "today" (the demo script uses the same day). */
export const EXAMPLE_TODAY = '2026-11-24' as CalendarDate;
export const EXAMPLE_VAULT = join(ROOT, 'examples/vault');

export function exampleRecords(): { records: NoteRecord[]; settings: MentorRallySettings } {
	if (!existsSync(EXAMPLE_VAULT)) return { records: recordsOf(FIXTURE_NOTES), settings: DEFAULT_SETTINGS };
	const settings = loadVaultSettings(EXAMPLE_VAULT);
	return { records: readVault(EXAMPLE_VAULT, settings).records, settings };
}

export function teamOf(records: readonly NoteRecord[], settings: MentorRallySettings, today = EXAMPLE_TODAY): TeamSnapshot {
	const index = new VaultIndex(settings);
	for (const record of records) index.set(record);
	return index.snapshot(today);
}
