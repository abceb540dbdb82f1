import { adviceFor } from '../core/advice';
import { maxOf, pushAll } from '../core/collections';
import { describeCadence } from '../core/cadence';
import { meetingsDue, meetingsScheduledSoon, teamOrder, theirCourt, yourCourt } from '../core/dashboard';
import { duration, plural, relativeDay, shortDate } from '../core/format';
import type { MentorRallySettings } from '../core/settings';
import type { CalendarDate } from '../core/calendar-date';
import type { Item, MentorSummary, TeamSnapshot } from '../core/types';
import { visibleLines, visibleValues } from './visible-text';

type Paint = (text: string) => string;
interface Palette {
	bold: Paint;
	dim: Paint;
	red: Paint;
	yellow: Paint;
	green: Paint;
	cyan: Paint;
}

const plain: Paint = (text) => text;
const ansi = (open: number, close: number): Paint => (text) => `\u001b[${open}m${text}\u001b[${close}m`;

function palette(color: boolean): Palette {
	if (!color) return { bold: plain, dim: plain, red: plain, yellow: plain, green: plain, cyan: plain };
	return { bold: ansi(1, 22), dim: ansi(2, 22), red: ansi(31, 39), yellow: ansi(33, 39), green: ansi(32, 39), cyan: ansi(36, 39) };
}

/**
 * The dashboard as text for a terminal: the same sections, in the same order, as the plugin's
 * view. Every character a terminal would act on (escape sequences, bidirectional overrides in
 * a file name or an item) is shown as an escape: the snapshot's text is made visible before it
 * is composed, and the composed lines once more, keeping only the report's own colours.
 */
export function renderTextReport(snapshot: TeamSnapshot, settings: MentorRallySettings, color: boolean): string {
	return visibleLines(composeReport(visibleValues(snapshot), settings, color), color);
}

function composeReport(team: TeamSnapshot, settings: MentorRallySettings, color: boolean): string {
	const c = palette(color);
	const out: string[] = [];
	const today = team.today;
	out.push(c.bold(`Mentor Rally · ${shortDate(today)} ${today.slice(0, 4)}`), '');

	out.push(c.bold('Coverage'));
	for (const row of team.coverage) {
		const mark = row.state === 'ok' ? c.green('✓') : row.state === 'missing' ? c.red('✗') : c.yellow('▲');
		const target = row.min === row.max ? `${row.min}` : `${row.min}–${row.max}`;
		const who = row.role === 'team' ? '' : row.mentors.join(', ');
		out.push(`  ${mark} ${row.role.padEnd(10)} ${`${row.count} of ${target}`.padEnd(9)} ${row.state.padEnd(7)} ${who}`.trimEnd());
		const advice = adviceFor(row.role, row.state);
		if (advice) out.push(`      ${c.dim(advice)}`);
	}

	const mine = yourCourt(team);
	out.push('', c.bold(`Your court (${mine.length})`));
	if (mine.length === 0) out.push(c.dim('  Nothing you owe anyone. Nice rally.'));
	pushAll(out, aligned(mine.map((item) => [dueLabel(item, today), item.overdue ? c.red : item.dueDate === today ? c.yellow : plain, `${item.text}  ${c.dim(`→ ${item.mentor} · ${item.path}:${item.line}`)}`])));

	const due = meetingsDue(team);
	const scheduled = meetingsScheduledSoon(team, settings.dueSoonDays);
	out.push('', c.bold(`Meetings due (${due.length})`));
	if (due.length === 0) out.push(c.dim('  No meeting to book right now.'));
	const meetingRows = due.map((mentor): Row => [meetingLabel(mentor, today), mentor.status === 'overdue' ? c.red : c.yellow, `${mentor.name}  ${c.dim(meetingNote(mentor, today))}`]);
	for (const mentor of scheduled) {
		meetingRows.push([`booked ${relativeDay(mentor.nextDue ?? today, today)}${mentor.nextMeeting?.time ? ` at ${mentor.nextMeeting.time}` : ''}`, c.cyan, mentor.name]);
	}
	pushAll(out, aligned(meetingRows));

	const theirs = theirCourt(team);
	out.push('', c.bold(`Their court (${theirs.length})`));
	if (theirs.length === 0) out.push(c.dim('  Nobody owes you anything right now.'));
	pushAll(
		out,
		aligned(
			theirs.map((item): Row => [item.age !== null && item.age > 0 ? `waiting ${duration(item.age)}` : 'asked today', c.cyan, `${item.text}  ${c.dim(`← ${item.mentor} · ${item.path}:${item.line}`)}`]),
		),
	);

	out.push('', c.bold(`Team (${plural(team.mentors.filter((m) => m.lifecycle === 'active').length, 'active mentor')})`));
	if (team.mentors.length === 0) {
		out.push(c.dim('  No mentor notes yet. Add "type: mentor" to the properties of a note about a mentor.'));
	}
	for (const mentor of teamOrder(team)) pushAll(out, mentorLines(mentor, today, c));

	out.push('', c.bold(`Problems (${team.problems.length})`));
	if (team.problems.length === 0) out.push(c.dim('  None: every note was read.'));
	for (const problem of team.problems) out.push(`  ${c.yellow(problem.path)}: ${problem.message}`);
	return `${out.join('\n')}\n`;
}

/** A row of a list: its label (padded to the widest in the list), the label's colour, the rest. */
type Row = [label: string, paint: Paint, rest: string];

function aligned(rows: readonly Row[]): string[] {
	const width = maxOf(rows.map(([label]) => label.length), 0);
	return rows.map(([label, paint, rest]) => `  ${paint(label.padEnd(width))}  ${rest}`);
}

function dueLabel(item: Item, today: CalendarDate): string {
	if (item.dueDate === null) return 'no date';
	const when = relativeDay(item.dueDate, today);
	if (item.overdue) return `overdue ${when.replace(' ago', '')}`;
	return item.dueSource === 'next-meeting' || item.dueSource === null ? `next meeting ${when}` : `due ${when}`;
}

function meetingLabel(mentor: MentorSummary, today: CalendarDate): string {
	if (!mentor.nextDue) return '';
	const when = relativeDay(mentor.nextDue, today);
	return mentor.status === 'overdue' ? `overdue ${when.replace(' ago', '')}` : `due ${when}`;
}

function meetingNote(mentor: MentorSummary, today: CalendarDate): string {
	const snoozed = mentor.snoozedUntil ? `, snoozed until ${shortDate(mentor.snoozedUntil, today)}` : '';
	return `${lastContactText(mentor, today)}${snoozed}`;
}

function lastContactText(mentor: MentorSummary, today: CalendarDate): string {
	return mentor.lastContact ? `last contact ${relativeDay(mentor.lastContact, today)}` : 'never contacted';
}

function mentorLines(mentor: MentorSummary, today: CalendarDate, c: Palette): string[] {
	const roles = mentor.roles.length > 0 ? mentor.roles.join(', ') : 'no role';
	const status = mentor.snoozedUntil ? `${mentor.status}, snoozed until ${mentor.snoozedUntil}` : mentor.status;
	const statusPaint = mentor.status === 'overdue' ? c.red : mentor.status === 'due' ? c.yellow : c.dim;
	const head = `  ${c.bold(mentor.name)}  ${c.dim(`[${roles}]`)}  ${statusPaint(status)}`;
	if (mentor.lifecycle !== 'active') return [head, `    ${c.dim(lastContactText(mentor, today))}`];
	const next = mentor.nextDue ? `next ${shortDate(mentor.nextDue, today)} (${relativeDay(mentor.nextDue, today)})` : '';
	const ball = mentor.ball === 'mine' ? 'ball: mine' : mentor.ball === 'theirs' ? 'ball: theirs' : 'ball: none';
	return [
		head,
		`    ${describeCadence(mentor.cadence)}${mentor.cadenceIsDefault ? ' (default)' : ''} · ${lastContactText(mentor, today)} · ${next}`,
		`    ${ball} · ${mentor.openMine} mine, ${mentor.openTheirs} theirs open`,
	];
}
