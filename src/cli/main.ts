import { existsSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { localDateOf } from '../core/calendar-date';
import { firstSeenLookup } from '../core/first-seen';
import { toReportJson } from '../core/report';
import { loopReport } from '../core/loop-report';
import { readUpdateFacts } from '../core/updates-due';
import { VaultIndex } from '../core/vault-index';
import { parseArgs, UsageError, USAGE, type ReportOptions } from './args';
import { describeFsError, readVault, type ReadText } from './read-vault';
import { loadVaultData, SettingsError } from './settings-file';
import { renderTextReport } from './text-report';
import { terminalSafeJson, visible } from './visible-text';

declare const MENTOR_RALLY_VERSION: string;

export interface CliIo {
	stdout: (text: string) => void;
	stderr: (text: string) => void;
	isTty: boolean;
	env: Record<string, string | undefined>;
	now: () => Date;
	/** Where the example vault is (the package's `examples/vault`). */
	exampleVault: string;
	/** Reads a note's text; tests replace it to simulate an unreadable file. Default: from disk. */
	readText?: ReadText;
}

/**
 * Runs the command line and returns its exit code: 0 done, 1 printed but some files
 * could not be read, or nothing printed because the plugin's settings file cannot be used,
 * 2 nothing printed (bad arguments, no vault). Never throws.
 */
export function runCli(argv: readonly string[], given: CliIo): number {
	// Every line on stderr names files and quotes notes: shown with its control characters
	// visible, so a file name cannot drive the terminal.
	const io: CliIo = { ...given, stderr: (text) => given.stderr(`${visible(text.replace(/\n$/, ''))}\n`) };
	try {
		const command = parseArgs(argv);
		if (command.command === 'help') {
			io.stdout(`${USAGE}\n`);
			return 0;
		}
		if (command.command === 'version') {
			io.stdout(`${typeof MENTOR_RALLY_VERSION === 'string' ? MENTOR_RALLY_VERSION : 'dev'}\n`);
			return 0;
		}
		return report(command, io);
	} catch (error) {
		// The plugin's settings file exists but cannot be used: said in one line, exit code 1, as
		// for a note that cannot be read (nothing is printed: a team read with other settings
		// than the plugin's would differ from the dashboard without saying so).
		if (error instanceof SettingsError) {
			io.stderr(`mentor-rally: ${error.message}\n`);
			return 1;
		}
		if (error instanceof UsageError) io.stderr(`mentor-rally: ${error.message}\n`);
		else io.stderr(`mentor-rally: unexpected error: ${error instanceof Error ? error.message : String(error)}\n`);
		return 2;
	}
}

function report(options: ReportOptions, io: CliIo): number {
	const vault = resolve(options.vault ?? io.exampleVault);
	if (!existsSync(vault)) throw new UsageError(`vault folder "${options.vault ?? vault}" does not exist`);
	if (!statSync(vault).isDirectory()) throw new UsageError(`"${options.vault ?? vault}" is not a folder`);

	const { settings, firstSeen } = loadVaultData(vault);
	let files;
	try {
		files = readVault(vault, settings, io.readText);
	} catch (error) {
		throw new UsageError(`cannot read vault folder "${options.vault ?? vault}": ${describeFsError(error)}`);
	}
	// Lines in undated sections read from the day the plugin first saw them, as on the dashboard.
	const index = new VaultIndex(settings, firstSeenLookup(firstSeen));
	for (const record of files.records) index.set(record);
	const team = index.snapshot(options.today ?? localDateOf(io.now()));

	// Unreadable and skipped files show under problems too, so the report says what it could not see.
	const unseen = [...files.unreadable.map((u) => ({ path: u.path, message: `could not be read: ${u.message}` })), ...files.skipped];
	const shown = unseen.length === 0 ? team : { ...team, problems: [...team.problems, ...unseen] };
	// The meeting loop: thank-yous owed, and updates due from each mentor note's update properties.
	const loop = loopReport(shown, settings, new Map(files.records.map((r) => [r.path, readUpdateFacts(r.frontmatter, settings)])));
	if (options.json) io.stdout(`${terminalSafeJson(JSON.stringify({ ...toReportJson(shown), ...loop }, null, 2))}\n`);
	else io.stdout(renderTextReport(shown, settings, useColor(options, io), loop));

	for (const file of files.unreadable) io.stderr(`mentor-rally: could not read ${file.path}: ${file.message}\n`);
	return files.unreadable.length === 0 ? 0 : 1;
}

function useColor(options: ReportOptions, io: CliIo): boolean {
	if (options.color !== null) return options.color;
	if (io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== '') return false;
	if (io.env.FORCE_COLOR !== undefined && io.env.FORCE_COLOR !== '0') return true;
	return io.isTty && io.env.TERM !== 'dumb';
}

/** The folder holding the package (where `examples/vault` lives), from the built file's location. */
export function packageRoot(moduleUrl: string): string {
	let dir = dirname(fileURLToPath(moduleUrl));
	for (let i = 0; i < 4; i++) {
		if (existsSync(resolve(dir, 'package.json'))) return dir;
		dir = dirname(dir);
	}
	return process.cwd();
}
