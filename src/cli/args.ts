import { isCalendarDate, type CalendarDate } from '../core/calendar-date';

export interface ReportOptions {
	command: 'report';
	vault: string | null;
	today: CalendarDate | null;
	json: boolean;
	color: boolean | null;
	/** `--mentor NAME`: one mentor over the whole relationship instead of the dashboard. */
	mentor: string | null;
}

export interface IcsOptions {
	command: 'ics';
	vault: string;
	/** The file to write; null prints the feed on standard output. */
	out: string | null;
	today: CalendarDate | null;
}

export type CliCommand = ReportOptions | IcsOptions | { command: 'help' } | { command: 'version' };

/** A mistake in how the command was called: shown as one line, exit code 2. */
export class UsageError extends Error {}

export const USAGE = `Usage: mentor-rally report [--vault DIR] [--today YYYY-MM-DD] [--json] [--mentor NAME]
       mentor-rally ics --vault DIR [--out FILE] [--today YYYY-MM-DD]

report prints your mentorship team from an Obsidian vault: coverage, what is in your court,
meetings due, what you are waiting on, the team and any notes that could not be read.

ics writes the calendar feed the plugin writes (booked meetings and dated items, as
all-day events with reminders) to FILE, or prints it. FILE is rewritten only when
an event changed, so a scheduled job can run it as often as it likes.

Options:
  --vault DIR          the vault folder (default: the example vault shipped with Mentor Rally)
  --today YYYY-MM-DD   pretend today is this day (default: today)
  --json               print JSON instead of text (a stable format, see the README)
  --mentor NAME        report: one mentor over the whole relationship: how it is going,
                       contacts per month and a timeline of contacts, items and role changes
  --out FILE           ics: the .ics file to write (default: print it)
  --color, --no-color  force colours on or off (default: on for a terminal, off if NO_COLOR is set)
  -h, --help           show this help
  -v, --version        show the version`;

export function parseArgs(argv: readonly string[]): CliCommand {
	const args = [...argv];
	if (args.includes('-h') || args.includes('--help') || args[0] === 'help') return { command: 'help' };
	if (args.includes('-v') || args.includes('--version')) return { command: 'version' };
	const command = args.shift();
	if (command === undefined) throw new UsageError('missing command; try "mentor-rally report" or "mentor-rally --help"');
	if (command !== 'report' && command !== 'ics') throw new UsageError(`unknown command "${command}"; the commands are "report" and "ics"`);

	const options: ReportOptions = { command: 'report', vault: null, today: null, json: false, color: null, mentor: null };
	let out: string | null = null;
	const only = (flag: string, wanted: 'report' | 'ics'): void => {
		if (command !== wanted) throw new UsageError(`${flag} is an option of "mentor-rally ${wanted}"; see "mentor-rally --help"`);
	};
	while (args.length > 0) {
		const arg = args.shift() ?? '';
		const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
		const value = (): string => {
			const next = inline ?? args.shift();
			if (next === undefined || next === '') throw new UsageError(`${flag} needs a value`);
			return next;
		};
		switch (flag) {
			case '--vault':
				options.vault = value();
				break;
			case '--today': {
				const day = value();
				if (!isCalendarDate(day)) throw new UsageError(`--today "${day}" is not a date; write it as YYYY-MM-DD, for example 2026-11-24`);
				options.today = day;
				break;
			}
			case '--out':
				only(flag, 'ics');
				out = value();
				break;
			case '--json':
				only(flag, 'report');
				options.json = true;
				break;
			case '--mentor':
				only(flag, 'report');
				options.mentor = value().trim();
				break;
			case '--color':
			case '--colour':
				only(flag, 'report');
				options.color = true;
				break;
			case '--no-color':
			case '--no-colour':
				only(flag, 'report');
				options.color = false;
				break;
			default:
				throw new UsageError(`unknown option "${arg}"; see "mentor-rally --help"`);
		}
	}
	if (command === 'report') return options;
	// A feed read from the example vault would look like a real one: the vault is asked for.
	if (options.vault === null) throw new UsageError('ics needs --vault DIR, the vault to read');
	return { command: 'ics', vault: options.vault, out, today: options.today };
}
