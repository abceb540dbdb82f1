import { addDays, compareDueDates } from './calendar-date';
import { closedSinceLastTime, openQuestions } from './brief-items';
import { compareText } from './compare-text';
import { byMentorRank, dueNowOrder, inTheirCourt, inYourCourt, isDueNow, keptLists, theirCourtOrder, yourCourtOrder } from './court-order';
import type { MeetingAgenda } from './note-templates';
import type { Item, MentorSummary, TeamSnapshot } from './types';
import { itemsStayQuiet } from './lifecycle';

/**
 * The dashboard's sections, as plain lists: the plugin's view, the embedded block and the
 * command line all show the same things in the same order.
 */

/** Open items I owe: overdue first, then by due date (undated last), then by mentor. */
export function yourCourt(team: TeamSnapshot): Item[] {
	return sortedOnce(team, 'mine', () => keptLists(team)?.mine.toArray() ?? team.items.filter(inYourCourt).sort(yourCourtOrder(byMentorRank(team.mentors))));
}

/** Open items mentors owe me, longest wait first. */
export function theirCourt(team: TeamSnapshot): Item[] {
	return sortedOnce(team, 'theirs', () => keptLists(team)?.theirs.toArray() ?? team.items.filter(inTheirCourt).sort(theirCourtOrder(byMentorRank(team.mentors))));
}

/**
 * A snapshot never changes, and several surfaces (dashboard, block, status bar, pickers)
 * ask for the same lists: each is sorted once per snapshot, or comes kept sorted from the
 * incremental team model (team-model.ts). Callers get their own copy.
 */
const sortedLists = new WeakMap<TeamSnapshot, Map<string, readonly Item[]>>();

function sortedOnce(team: TeamSnapshot, key: string, sort: () => readonly Item[]): Item[] {
	let lists = sortedLists.get(team);
	if (!lists) sortedLists.set(team, (lists = new Map<string, readonly Item[]>()));
	let list = lists.get(key);
	if (!list) lists.set(key, (list = sort()));
	return list.slice();
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

/** Active mentors first (by name), then prospects, paused, then alumni: the order of the team cards. */
export function teamOrder(team: TeamSnapshot): MentorSummary[] {
	const rank = { active: 0, prospect: 1, paused: 2, alumni: 3 } as const;
	return [...team.mentors].sort((a, b) => rank[a.lifecycle] - rank[b.lifecycle] || compareText(a.name, b.name));
}

/**
 * Things in my court that are overdue or due today: meetings of active mentors who are not
 * snoozed, and my items for active mentors (a snooze pauses meetings, not what I owe).
 * The status-bar count.
 */
export function dueNowInMyCourt(team: TeamSnapshot): { meetings: MentorSummary[]; items: Item[] } {
	const quiet = quietMentors(team);
	return {
		meetings: dueNowMeetings(team),
		items: team.items.filter((i) => isDueNow(i, team.today) && !quiet.has(i.mentorPath)),
	};
}

/** The meetings of dueNowInMyCourt. */
export function dueNowMeetings(team: TeamSnapshot): MentorSummary[] {
	const noMeetings = mentorsWithoutMeetings(team);
	return team.mentors.filter((m) => !noMeetings.has(m.path) && m.nextDue !== null && m.nextDue <= team.today);
}

/** The items of dueNowInMyCourt, oldest due date first (then in file order): kept sorted by the incremental model. */
export function dueNowItemsByDate(team: TeamSnapshot): Item[] {
	return sortedOnce(team, 'due-now', () => keptLists(team)?.dueNow.toArray() ?? dueNowInMyCourt(team).items.sort(dueNowOrder));
}

/** Mentors whose items must not remind: paused or alumni (a prospect's reply owed is the fastest reminder of all). */
export function quietMentors(team: TeamSnapshot): Set<string> {
	return new Set(team.mentors.filter((m) => itemsStayQuiet(m.lifecycle)).map((m) => m.path));
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
