import { existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { feedEvents } from '../core/calendar-feed/events';
import { feedIcs, sameCalendar } from '../core/calendar-feed/write-ics';
import { plural } from '../core/format';
import type { IcsOptions } from './args';
import { describeFsError } from './fs-errors';
import type { CliIo } from './main';
import { readTeam, reportUnreadable } from './read-team';

/**
 * `mentor-rally ics`: the plugin's calendar feed, from a vault folder, for a scheduled job or a
 * calendar URL the user hosts. Printed, or written to `--out` only when an event changed (a
 * new day alone changes only DTSTAMP): a synced or served file is not touched for nothing.
 * Exit codes as for the report; 2 when the file cannot be written.
 */
export function writeIcs(options: IcsOptions, io: CliIo): number {
	const { team, settings, unreadable } = readTeam(options.vault, options.today, io);
	const events = feedEvents(team, { itemText: settings.calendarItemText });
	const text = feedIcs(events, team.today);
	if (options.out === null) {
		io.stdout(text);
		return reportUnreadable(unreadable, io);
	}
	const path = resolve(options.out);
	const count = plural(events.length, 'event');
	try {
		if (existsSync(path) && sameCalendar(readFileSync(path, 'utf8'), text)) {
			io.stdout(`${options.out} is up to date (${count}).\n`);
			return reportUnreadable(unreadable, io);
		}
		writeAtomically(path, text);
	} catch (error) {
		io.stderr(`mentor-rally: cannot write ${options.out}: ${describeFsError(error)}\n`);
		return 2;
	}
	io.stdout(`Wrote ${options.out} (${count}).\n`);
	return reportUnreadable(unreadable, io);
}

/** Writes beside the file, then renames over it: a calendar fetching the file never reads half of it. */
function writeAtomically(path: string, text: string): void {
	const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
	try {
		writeFileSync(temporary, text, 'utf8');
		renameSync(temporary, path);
	} catch (error) {
		rmSync(temporary, { force: true });
		throw error;
	}
}
