import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { toReportJson } from '../core/report';
import { loopReport } from '../core/loop-report';
import { loopNotes } from '../core/loop-notes';
import { readUpdateFacts } from '../core/updates-due';
import { parseArgs, UsageError, USAGE, type ReportOptions } from './args';
import { writeIcs } from './ics-command';
import type { ReadText } from './read-vault';
import { readTeam, reportUnreadable } from './read-team';
import { SettingsError } from './settings-file';
import { renderTextReport } from './text-report';
import { mentorReport } from './mentor-command';
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
		return command.command === 'ics' ? writeIcs(command, io) : report(command, io);
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
	const { team, settings, records, meetings, unreadable, unseen, tasksWarning } = readTeam(options.vault, options.today, io);
	// Unreadable and skipped files show under problems too, so the report says what it could not see.
	const shown = unseen.length === 0 ? team : { ...team, problems: [...team.problems, ...unseen] };
	// The meeting loop: thank-yous owed, updates due from each mentor note's update properties,
	// booked meetings with their notes, the last wrap-up and the update notes.
	const facts = new Map(records.map((r) => [r.path, readUpdateFacts(r.frontmatter, settings)]));
	const loop = loopReport(shown, settings, facts, loopNotes(shown, meetings, records));
	if (options.mentor !== null) io.stdout(mentorReport(shown, options.mentor, options.json, useColor(options, io)));
	else if (options.json) io.stdout(`${terminalSafeJson(JSON.stringify({ ...toReportJson(shown, settings), ...loop }, null, 2))}\n`);
	else io.stdout(renderTextReport(shown, settings, useColor(options, io), loop));
	if (tasksWarning !== null) io.stderr(`mentor-rally: ${tasksWarning}\n`);
	return reportUnreadable(unreadable, io);
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
