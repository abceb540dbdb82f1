import { adviceFor } from '../core/advice';
import { pushAll } from '../core/collections';
import { describeCadence } from '../core/cadence';
import { meetingsDue, meetingsScheduledSoon, meetingsSnoozed, teamOrder, theirCourt, yourCourt } from '../core/dashboard';
import { plural, relativeDay, shortDate } from '../core/format';
import { itemWords } from '../core/presentation/item-words';
import { NEXT_MOVE_TERM, ballWords, bookedLabel, dueLabel, lastContactLabel, meetingLabel, snoozeLabel, statusLabel, waitLabel, type Tone } from '../core/presentation/labels';
import type { MentorRallySettings } from '../core/settings';
import type { CalendarDate } from '../core/calendar-date';
import type { MentorSummary, TeamSnapshot } from '../core/types';
import { visibleLines, visibleValues } from './visible-text';
import { keepInTouchRows, prospectLines, scoreLines } from './relationship-report';
import { tennisScores } from '../core/relationship/tennis-score';
import type { LoopReport } from '../core/loop-report';
import { loopLines } from './loop-lines';
import { aligned, type Row } from './aligned-rows';

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
const ansi =
	(open: number, close: number): Paint =>
	(text) =>
		`\u001b[${open}m${text}\u001b[${close}m`;

function palette(color: boolean): Palette {
	if (!color) return { bold: plain, dim: plain, red: plain, yellow: plain, green: plain, cyan: plain };
	return { bold: ansi(1, 22), dim: ansi(2, 22), red: ansi(31, 39), yellow: ansi(33, 39), green: ansi(32, 39), cyan: ansi(36, 39) };
}

/** A label's tone as a terminal colour: the dashboard's colours, in the sixteen a terminal has. */
function toneOf(c: Palette, tone: Tone): Paint {
	switch (tone) {
		case 'red':
			return c.red;
		case 'orange':
		case 'yellow':
			return c.yellow;
		case 'green':
			return c.green;
		case 'accent':
			return c.cyan;
		case 'muted':
			return c.dim;
	}
}

/**
 * The dashboard as text for a terminal: the same sections, in the same order and in the same
 * words (core/presentation) as the plugin's view; only the colours are the terminal's. Every
 * character a terminal would act on (escape sequences, bidirectional overrides in a file name
 * or an item) is shown as an escape: the snapshot's text is made visible before it is
 * composed, and the composed lines once more, keeping only the report's own colours.
 */
export function renderTextReport(snapshot: TeamSnapshot, settings: MentorRallySettings, color: boolean, loop: LoopReport | null = null): string {
	return visibleLines(composeReport(visibleValues(snapshot), settings, color, loop ? visibleValues(loop) : null), color);
}

function composeReport(team: TeamSnapshot, settings: MentorRallySettings, color: boolean, loop: LoopReport | null): string {
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
	if (mine.length === 0) out.push(c.dim('  Nothing you owe anyone.'));
	pushAll(
		out,
		aligned(
			mine.map((item): Row => {
				const due = dueLabel(item, today, settings.dueSoonDays);
				return [due.text, toneOf(c, due.tone), `${itemWords(item.text, team.markerTags)}  ${c.dim(`→ ${item.mentor} · ${item.path}:${item.line}`)}`];
			}),
		),
	);

	const due = meetingsDue(team);
	const scheduled = meetingsScheduledSoon(team, settings.dueSoonDays);
	out.push('', c.bold(`Meetings due (${due.length})`));
	if (due.length === 0) out.push(c.dim('  No meeting to book right now.'));
	const meetingRows = due.map((mentor): Row => {
		const label = meetingLabel(mentor, today);
		return [label.text, toneOf(c, label.tone), `${mentor.name}  ${c.dim(meetingNote(mentor, today))}`];
	});
	for (const mentor of scheduled) {
		meetingRows.push([mentor.nextDue ? `Booked ${relativeDay(mentor.nextDue, today)}` : 'Booked', c.cyan, `${mentor.name}  ${c.dim(bookedLabel(mentor, today))}`]);
	}
	for (const mentor of meetingsSnoozed(team)) {
		meetingRows.push([snoozeLabel(mentor, today) ?? 'Snoozed', c.dim, c.dim(`${mentor.name}  ${lastContactLabel(mentor, today)}`)]);
	}
	for (const [label, rest] of keepInTouchRows(team, settings)) meetingRows.push([label, c.cyan, rest]);
	pushAll(out, aligned(meetingRows));

	const theirs = theirCourt(team);
	out.push('', c.bold(`Their court (${theirs.length})`));
	if (theirs.length === 0) out.push(c.dim('  Nobody owes you anything right now.'));
	pushAll(
		out,
		aligned(
			theirs.map((item): Row => {
				const wait = waitLabel(item);
				return [wait.text, toneOf(c, wait.tone), `${itemWords(item.text, team.markerTags)}  ${c.dim(`← ${item.mentor} · ${item.path}:${item.line}`)}`];
			}),
		),
	);

	pushAll(out, prospectLines(team, settings, c.bold, c.dim, c.red));

	const scores = tennisScores(team);
	if (loop) pushAll(out, loopLines(loop, today, team.markerTags, c));

	out.push('', c.bold(`Team (${plural(team.mentors.filter((m) => m.lifecycle === 'active').length, 'active mentor')})`));
	if (team.mentors.length === 0) {
		out.push(c.dim('  No mentor notes yet. Add "type: mentor" to the properties of a note about a mentor.'));
	}
	for (const mentor of teamOrder(team)) {
		pushAll(out, mentorLines(mentor, today, c));
		const score = scores.get(mentor.path);
		if (score && mentor.lifecycle === 'active') pushAll(out, scoreLines(mentor, score, c.yellow, c.dim));
	}

	out.push('', c.bold(`Problems (${team.problems.length})`));
	if (team.problems.length === 0) out.push(c.dim('  None: every note was read.'));
	for (const problem of team.problems) out.push(`  ${c.yellow(problem.path)}: ${problem.message}`);
	return `${out.join('\n')}\n`;
}

function meetingNote(mentor: MentorSummary, today: CalendarDate): string {
	return lastContactLabel(mentor, today);
}

/** After the status word: " until Tue 1 Dec" for "Snoozed", ", snoozed until …" after any other. */
function snoozedWords(mentor: MentorSummary, status: string, today: CalendarDate): string {
	if (!mentor.snoozedUntil) return '';
	const until = `until ${shortDate(mentor.snoozedUntil, today)}`;
	return status === 'Snoozed' ? ` ${until}` : `, snoozed ${until}`;
}

function mentorLines(mentor: MentorSummary, today: CalendarDate, c: Palette): string[] {
	const roles = mentor.roles.length > 0 ? mentor.roles.join(', ') : 'no role';
	const status = statusLabel(mentor, today);
	const head = `  ${c.bold(mentor.name)}  ${c.dim(`[${roles}]`)}  ${toneOf(c, status.tone)(`${status.text}${snoozedWords(mentor, status.text, today)}`)}`;
	if (mentor.lifecycle !== 'active') return [head, `    ${c.dim(lastContactLabel(mentor, today))}`];
	const next = mentor.nextDue ? `Next due ${shortDate(mentor.nextDue, today)} (${relativeDay(mentor.nextDue, today)})` : 'Next due —';
	return [
		head,
		`    ${describeCadence(mentor.cadence)}${mentor.cadenceIsDefault ? ' (default)' : ''} · ${lastContactLabel(mentor, today)} · ${next}`,
		`    ${NEXT_MOVE_TERM}: ${ballWords(mentor.ball)} · ${mentor.openMine} mine · ${mentor.openTheirs} theirs open`,
	];
}
