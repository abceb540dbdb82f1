import { describeCadence } from '../core/cadence';
import type { CalendarDate } from '../core/calendar-date';
import { plural, shortDate } from '../core/format';
import { nameKey } from '../core/names';
import { keepWarmRows } from '../core/relationship/keep-warm';
import { prospectRows, prospectWords } from '../core/relationship/prospects';
import { mentorRelationshipJson } from '../core/relationship/report-json';
import { scoreFacts } from '../core/relationship/score-words';
import { tennisScore, type TennisScore } from '../core/relationship/tennis-score';
import { contactsByMonth, mentorTimeline } from '../core/relationship/timeline';
import type { MentorRallySettings } from '../core/settings';
import type { MentorSummary, TeamSnapshot } from '../core/types';

/** Paints a text (bold, dim, red…): plain without colour. */
export type Paint = (text: string) => string;

/** The Prospects section: whether each one answered and when to follow up. Empty when there are none. */
export function prospectLines(team: TeamSnapshot, settings: MentorRallySettings, bold: Paint, dim: Paint, red: Paint): string[] {
	const rows = prospectRows(team, settings);
	if (rows.length === 0) return [];
	const out = ['', bold(`Prospects (${rows.length})`)];
	for (const row of rows) {
		const outreach = row.lastContact ? `last contact ${shortDate(row.lastContact, team.today)}` : 'no contact yet';
		const follow = row.followUp ? ` · ${row.answer === 'reply-owed' ? 'reply by' : 'follow up'} ${shortDate(row.followUp, team.today)}` : '';
		const words = `${prospectWords(row)}${follow}`;
		out.push(`  ${row.mentor.name}  ${row.overdue || row.answer === 'reply-owed' ? red(words) : words}  ${dim(outreach)}`);
	}
	return out;
}

/** "Keep in touch" rows for alumni with a keep-warm cadence: [label, rest]. */
export function keepInTouchRows(team: TeamSnapshot, settings: MentorRallySettings): [string, string][] {
	return keepWarmRows(team, settings.dueSoonDays).map((row) => [
		'Keep in touch',
		`${row.mentor.name}  ${describeCadence(row.mentor.relationship.keepWarm ?? row.mentor.cadence)} · due ${shortDate(row.due, team.today)}`,
	]);
}

/** The score under a mentor's lines in the team list. */
export function scoreLines(mentor: MentorSummary, score: TennisScore, warn: Paint, dim: Paint): string[] {
	const facts = scoreFacts(mentor, score);
	if (facts.length === 0) return [];
	return [`    ${facts.map((f) => (f.warn ? warn(`${f.term}: ${f.value}`) : dim(`${f.term}: ${f.value}`))).join(' · ')}`];
}

/** The mentor a `--mentor NAME` means: the note's name or an alias, case and accents aside. */
export function findMentor(team: TeamSnapshot, name: string): MentorSummary | null {
	const key = nameKey(name);
	return team.mentors.find((m) => nameKey(m.name) === key) ?? team.mentors.find((m) => m.aliases.some((a) => nameKey(a) === key)) ?? null;
}

const BARS = ' ▁▂▃▄▅▆▇█';

/** One mentor over the whole relationship: the score, the timeline, contacts per month by year. */
export function mentorReportText(team: TeamSnapshot, mentor: MentorSummary, bold: Paint, dim: Paint, warn: Paint): string {
	const today = team.today;
	const score = tennisScore(
		mentor,
		team.items.filter((i) => i.mentorPath === mentor.path),
		today,
	);
	const out = [bold(`${mentor.name} · ${mentor.path}`)];
	out.push(`  ${mentor.roles.join(', ') || 'no role'} · ${mentor.lifecycle} · ${describeCadence(mentor.cadence)}${mentor.since ? ` · since ${mentor.since}` : ''}`);
	for (const fact of scoreFacts(mentor, score)) out.push(`  ${fact.warn ? warn(`${fact.term}: ${fact.value}`) : `${fact.term}: ${fact.value}`}`);

	out.push('', bold('Contacts per month'));
	const months = contactsByMonth(mentor, today);
	const max = months.reduce((m, x) => Math.max(m, x.count), 1);
	for (let i = 0; i < months.length; i += 12) {
		const year = months.slice(i, i + 12);
		const bars = year.map((m) => (m.count === 0 ? '·' : (BARS[Math.max(1, Math.round((m.count / max) * 8))] ?? '█'))).join('');
		const total = year.reduce((sum, m) => sum + m.count, 0);
		out.push(`  ${year[0]?.year ?? ''}  ${bars}  ${dim(plural(total, 'contact'))}`);
	}

	const timeline = mentorTimeline(team, mentor);
	out.push('', bold(`Timeline (${timeline.length})`));
	if (timeline.length === 0) out.push(dim('  Nothing recorded yet.'));
	for (const entry of timeline) out.push(`  ${entry.date}  ${entry.text}`);
	return `${out.join('\n')}\n`;
}

/** `--mentor NAME --json`: the mentor's report fields, the timeline and the contacts per month. */
export function mentorReportJson(team: TeamSnapshot, mentor: MentorSummary): { today: CalendarDate; mentor: object; timeline: object[]; contactsByMonth: object[] } {
	const score = tennisScore(
		mentor,
		team.items.filter((i) => i.mentorPath === mentor.path),
		team.today,
	);
	return {
		today: team.today,
		mentor: {
			name: mentor.name,
			path: mentor.path,
			roles: [...mentor.roles],
			status: mentor.status,
			cadence: describeCadence(mentor.cadence),
			lastContact: mentor.lastContact,
			...mentorRelationshipJson(mentor, score, team.today),
		},
		timeline: mentorTimeline(team, mentor).map((e) => ({ date: e.date, kind: e.kind, text: e.text, ...(e.path === undefined ? {} : { path: e.path }) })),
		contactsByMonth: contactsByMonth(mentor, team.today).map((m) => ({ month: `${m.year}-${String(m.month).padStart(2, '0')}`, count: m.count })),
	};
}
