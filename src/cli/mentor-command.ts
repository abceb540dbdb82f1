import type { TeamSnapshot } from '../core/types';
import { UsageError } from './args';
import { findMentor, mentorReportJson, mentorReportText } from './relationship-report';
import { terminalSafeJson, visibleLines, visibleValues } from './visible-text';

const ansi =
	(open: number, close: number, on: boolean) =>
	(text: string): string =>
		on ? `\u001b[${open}m${text}\u001b[${close}m` : text;

/** `report --mentor NAME`: one mentor's relationship, as text or JSON; an unknown name is a usage error naming the mentors. */
export function mentorReport(team: TeamSnapshot, name: string, json: boolean, color: boolean): string {
	const mentor = findMentor(team, name);
	if (!mentor) {
		const names = team.mentors.map((m) => m.name);
		throw new UsageError(`no mentor named "${name}"${names.length > 0 ? `; the mentors are: ${names.join(', ')}` : ' (no mentor notes found)'}`);
	}
	if (json) return `${terminalSafeJson(JSON.stringify(mentorReportJson(team, mentor), null, 2))}\n`;
	const safe = visibleValues(team);
	const shown = safe.mentors.find((m) => m.path === mentor.path) ?? mentor;
	return visibleLines(mentorReportText(safe, shown, ansi(1, 22, color), ansi(2, 22, color), ansi(33, 39, color)), color);
}
