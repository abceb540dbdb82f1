import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { localDateOf, type CalendarDate } from '../core/calendar-date';
import { firstSeenLookup } from '../core/first-seen';
import type { MentorRallySettings } from '../core/settings';
import { deriveTeam } from '../core/team';
import type { MeetingFacts, NoteRecord, Problem, TeamSnapshot } from '../core/types';
import { VaultIndex } from '../core/vault-index';
import { UsageError } from './args';
import type { CliIo } from './main';
import { describeFsError, readVault } from './read-vault';
import { loadVaultData } from './settings-file';
import { loadTasksStatuses } from './tasks-settings-file';

/** The team of a vault folder, as the report and the feed both read it. */
export interface ReadTeam {
	team: TeamSnapshot;
	settings: MentorRallySettings;
	/** The notes as read, for what the team does not carry (the update properties of the meeting loop). */
	records: readonly NoteRecord[];
	/** The meeting notes as the index read them (with no item too), for the meeting loop's part. */
	meetings: readonly MeetingFacts[];
	/** Files that exist but could not be read: named on stderr, exit code 1. */
	unreadable: { path: string; message: string }[];
	/** Unreadable and skipped files, as problems the report lists. */
	unseen: Problem[];
	/** Why the Tasks plugin's statuses in the vault could not be used, for one line on stderr. */
	tasksWarning: string | null;
}

export function readTeam(vaultOption: string | null, today: CalendarDate | null, io: CliIo): ReadTeam {
	const vault = resolve(vaultOption ?? io.exampleVault);
	if (!existsSync(vault)) throw new UsageError(`vault folder "${vaultOption ?? vault}" does not exist`);
	if (!statSync(vault).isDirectory()) throw new UsageError(`"${vaultOption ?? vault}" is not a folder`);

	const { settings, firstSeen } = loadVaultData(vault);
	let files;
	try {
		files = readVault(vault, settings, io.readText);
	} catch (error) {
		throw new UsageError(`cannot read vault folder "${vaultOption ?? vault}": ${describeFsError(error)}`);
	}
	// Checkboxes read as the Tasks plugin's statuses say, when its settings are in the vault.
	const tasks = loadTasksStatuses(vault);
	// Lines in undated sections read from the day the plugin first saw them, as on the dashboard.
	const index = new VaultIndex(settings, firstSeenLookup(firstSeen));
	for (const record of files.records) index.set(tasks.statuses ? { ...record, taskStatuses: tasks.statuses } : record);
	const facts = files.records.flatMap((r) => index.get(r.path) ?? []);
	// Derived once from scratch: the command line asks once and never edits, and the
	// incremental model the plugin keeps for edits (index.snapshot) costs twice as much to build.
	const team = deriveTeam(facts, settings, today ?? localDateOf(io.now()));
	const meetings = facts.filter((f): f is MeetingFacts => f.kind === 'meeting');
	const unseen = [...files.unreadable.map((u) => ({ path: u.path, message: `could not be read: ${u.message}` })), ...files.skipped];
	return { team, settings, records: files.records, meetings, unreadable: files.unreadable, unseen, tasksWarning: tasks.warning };
}

/** Names each file that could not be read on stderr; the exit code: 1 when there was one, else 0. */
export function reportUnreadable(unreadable: readonly { path: string; message: string }[], io: CliIo): number {
	for (const file of unreadable) io.stderr(`mentor-rally: could not read ${file.path}: ${file.message}\n`);
	return unreadable.length === 0 ? 0 : 1;
}
