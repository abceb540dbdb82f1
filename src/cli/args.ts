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

export type CliCommand = ReportOptions | { command: 'help' } | { command: 'version' };

/** A mistake in how the command was called: shown as one line, exit code 2. */
export class UsageError extends Error {}

export const USAGE = `Usage: mentor-rally report [--vault DIR] [--today YYYY-MM-DD] [--json] [--mentor NAME]

Prints your mentorship team from an Obsidian vault: coverage, what is in your court,
meetings due, what you are waiting on, the team and any notes that could not be read.

Options:
  --vault DIR          the vault folder (default: the example vault shipped with Mentor Rally)
  --today YYYY-MM-DD   pretend today is this day (default: today)
  --json               print JSON instead of text (a stable format, see the README)
  --mentor NAME        one mentor over the whole relationship: how it is going, contacts
                       per month and a timeline of contacts, items and role changes
  --color, --no-color  force colours on or off (default: on for a terminal, off if NO_COLOR is set)
  -h, --help           show this help
  -v, --version        show the version`;

export function parseArgs(argv: readonly string[]): CliCommand {
	const args = [...argv];
	if (args.includes('-h') || args.includes('--help') || args[0] === 'help') return { command: 'help' };
	if (args.includes('-v') || args.includes('--version')) return { command: 'version' };
	const command = args.shift();
	if (command === undefined) throw new UsageError('missing command; try "mentor-rally report" or "mentor-rally --help"');
	if (command !== 'report') throw new UsageError(`unknown command "${command}"; the command is "report"`);

	const options: ReportOptions = { command: 'report', vault: null, today: null, json: false, color: null, mentor: null };
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
			case '--json':
				options.json = true;
				break;
			case '--mentor':
				options.mentor = value().trim();
				break;
			case '--color':
			case '--colour':
				options.color = true;
				break;
			case '--no-color':
			case '--no-colour':
				options.color = false;
				break;
			default:
				throw new UsageError(`unknown option "${arg}"; see "mentor-rally --help"`);
		}
	}
	return options;
}
