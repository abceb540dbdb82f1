import { addDays, compareDueDates } from './calendar-date';
import { closedSinceLastTime, openQuestions } from './brief-items';
import { comparePaths, compareText } from './compare-text';
import type { MeetingAgenda } from './note-templates';
import type { Item, MentorSummary, TeamSnapshot } from './types';

/**
 * The dashboard's sections, as plain lists: the plugin's view, the embedded block and the
 * command line all show the same things in the same order.
 */

/** Open items I owe: overdue first, then by due date (undated last), then by mentor. */
export function yourCourt(team: TeamSnapshot): Item[] {
	return sortedOnce(team, 'mine', () => {
		const rank = mentorRanks(team);
		return team.items.filter((i) => i.open && i.owner === 'me').sort((a, b) => Number(b.overdue) - Number(a.overdue) || compareDueDates(a.dueDate, b.dueDate) || byMentorThenPlace(rank, a, b));
	});
}

/** Open items mentors owe me, longest wait first. */
export function theirCourt(team: TeamSnapshot): Item[] {
	return sortedOnce(team, 'theirs', () => {
		const rank = mentorRanks(team);
		return team.items.filter((i) => i.open && i.owner === 'them').sort((a, b) => (b.age ?? -1) - (a.age ?? -1) || byMentorThenPlace(rank, a, b));
	});
}

/**
 * A snapshot never changes, and several surfaces (dashboard, block, status bar, pickers)
 * ask for the same lists: each is sorted once per snapshot. Callers get their own copy.
 */
const sortedLists = new WeakMap<TeamSnapshot, Map<string, Item[]>>();

function sortedOnce(team: TeamSnapshot, key: string, sort: () => Item[]): Item[] {
	let lists = sortedLists.get(team);
	if (!lists) sortedLists.set(team, (lists = new Map<string, Item[]>()));
	let list = lists.get(key);
	if (!list) lists.set(key, (list = sort()));
	return list.slice();
}

/**
 * Mentors' places in name order. The snapshot lists mentors sorted by name already, so
 * comparing these numbers orders items by mentor without running the collator per pair.
 */
function mentorRanks(team: TeamSnapshot): Map<string, number> {
	return new Map(team.mentors.map((m, index) => [m.path, index]));
}

function byMentorThenPlace(rank: ReadonlyMap<string, number>, a: Item, b: Item): number {
	return (rank.get(a.mentorPath) ?? 0) - (rank.get(b.mentorPath) ?? 0) || comparePaths(a.path, b.path) || a.line - b.line;
}

/**
 * Active mentors whose meeting is overdue or due soon, soonest first. A snoozed mentor is
 * not here: snoozing pauses the meeting cadence (meetingsSnoozed lists them apart).
 */
export function meetingsDue(team: TeamSnapshot): MentorSummary[] {
	return team.mentors.filter((m) => (m.status === 'overdue' || m.status === 'due') && m.snoozedUntil === null).sort((a, b) => compareDueDates(a.nextDue, b.nextDue) || compareText(a.name, b.name));
}

/** Meetings already scheduled within the due-soon window (to show beside the ones to book). */
export function meetingsScheduledSoon(team: TeamSnapshot, dueSoonDays: number): MentorSummary[] {
	const horizon = addDays(team.today, dueSoonDays);
	return team.mentors.filter((m) => m.status === 'scheduled' && m.nextDue !== null && m.nextDue <= horizon).sort((a, b) => compareDueDates(a.nextDue, b.nextDue) || compareText(a.name, b.name));
}

/** Active mentors whose meetings are snoozed, the snooze ending soonest first. */
export function meetingsSnoozed(team: TeamSnapshot): MentorSummary[] {
	return team.mentors.filter((m) => m.lifecycle === 'active' && m.snoozedUntil !== null).sort((a, b) => compareDueDates(a.snoozedUntil, b.snoozedUntil) || compareText(a.name, b.name));
}

/** Active mentors first (by name), then paused, then alumni: the order of the team cards. */
export function teamOrder(team: TeamSnapshot): MentorSummary[] {
	const rank = { active: 0, paused: 1, alumni: 2 } as const;
	return [...team.mentors].sort((a, b) => rank[a.lifecycle] - rank[b.lifecycle] || compareText(a.name, b.name));
}

/**
 * Things in my court that are overdue or due today: meetings of active mentors who are not
 * snoozed, and my items for active mentors (a snooze pauses meetings, not what I owe).
 * The status-bar count.
 */
export function dueNowInMyCourt(team: TeamSnapshot): { meetings: MentorSummary[]; items: Item[] } {
	const quiet = quietMentors(team);
	const noMeetings = mentorsWithoutMeetings(team);
	return {
		meetings: team.mentors.filter((m) => !noMeetings.has(m.path) && m.nextDue !== null && m.nextDue <= team.today),
		items: team.items.filter((i) => i.open && i.owner === 'me' && !quiet.has(i.mentorPath) && i.dueDate !== null && i.dueDate <= team.today),
	};
}

/** Mentors whose items must not remind: paused or alumni. */
export function quietMentors(team: TeamSnapshot): Set<string> {
	return new Set(team.mentors.filter((m) => m.lifecycle !== 'active').map((m) => m.path));
}

/** Mentors whose meetings must not remind: snoozed, paused or alumni. */
export function mentorsWithoutMeetings(team: TeamSnapshot): Set<string> {
	return new Set(team.mentors.filter((m) => m.snoozedUntil !== null || m.lifecycle !== 'active').map((m) => m.path));
}

/**
 * The agenda for the next meeting with a mentor: on the day already booked (when it is
 * within a week), else today; what I bring back first, then what I am waiting on, what
 * was done since the last contact and the open questions (items tagged `askTag`).
 */
export function meetingAgenda(team: TeamSnapshot, mentor: MentorSummary, askTag = 'ask'): MeetingAgenda {
	const booked = mentor.nextMeeting && mentor.nextMeeting.date >= team.today && mentor.nextMeeting.date <= addDays(team.today, 7) ? mentor.nextMeeting : null;
	return {
		mentor: mentor.name,
		date: booked?.date ?? team.today,
		time: booked?.time ?? null,
		today: team.today,
		bringBack: yourCourt(team).filter((i) => i.mentorPath === mentor.path),
		waitingOn: theirCourt(team).filter((i) => i.mentorPath === mentor.path),
		sinceLast: closedSinceLastTime(team, mentor, booked?.date ?? team.today),
		questions: openQuestions(team, mentor, askTag),
	};
}
