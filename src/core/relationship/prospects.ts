import { addCadence } from '../cadence';
import type { CalendarDate } from '../calendar-date';
import { compareText } from '../compare-text';
import type { MentorRallySettings } from '../settings';
import type { Item, MentorSummary, TeamSnapshot } from '../types';

/**
 * Where things stand with someone I am reaching out to:
 * - `reply-owed`: they answered and I owe a reply (an open `#reply` item): my move, now;
 * - `answered`: they answered since my last outreach and I replied: time to meet, or to convert;
 * - `waiting`: no answer since my last outreach: follow up on the follow-up day;
 * - `not-contacted`: no outreach yet.
 */
export type ProspectAnswer = 'reply-owed' | 'answered' | 'waiting' | 'not-contacted';

export interface ProspectRow {
	readonly mentor: MentorSummary;
	/** The last contact: my outreach or their answer. */
	readonly lastContact: CalendarDate | null;
	readonly answer: ProspectAnswer;
	/** When to act: the reply's due day, or the follow-up day after an outreach without answer; null otherwise. */
	readonly followUp: CalendarDate | null;
	/** The follow-up day has passed. */
	readonly overdue: boolean;
}

/** Every prospect, the most urgent first (a reply owed, then the earliest follow-up), then by name. */
export function prospectRows(team: TeamSnapshot, settings: MentorRallySettings): ProspectRow[] {
	const prospects = team.mentors.filter((m) => m.lifecycle === 'prospect');
	if (prospects.length === 0) return [];
	const replies = new Map<string, Item[]>();
	for (const item of team.items) {
		if (!item.reply || item.owner !== 'me') continue;
		let list = replies.get(item.mentorPath);
		if (!list) replies.set(item.mentorPath, (list = []));
		list.push(item);
	}
	const rows = prospects.map((m) => prospectRow(m, replies.get(m.path) ?? [], team.today, settings.relationships.followUpDays));
	const rank: Record<ProspectAnswer, number> = { 'reply-owed': 0, waiting: 1, 'not-contacted': 2, answered: 3 };
	return rows.sort((a, b) => rank[a.answer] - rank[b.answer] || compareFollowUp(a.followUp, b.followUp) || compareText(a.mentor.name, b.mentor.name));
}

/** One prospect's row from their `#reply` items (mine, any state). */
export function prospectRow(mentor: MentorSummary, replies: readonly Item[], today: CalendarDate, followUpDays: number): ProspectRow {
	const lastContact = mentor.lastContact;
	const owed = replies.filter((i) => i.open);
	if (owed.length > 0) {
		const due = owed.reduce<CalendarDate | null>((soonest, i) => (i.dueDate !== null && (soonest === null || i.dueDate < soonest) ? i.dueDate : soonest), null) ?? today;
		return { mentor, lastContact, answer: 'reply-owed', followUp: due, overdue: due < today };
	}
	if (lastContact === null) return { mentor, lastContact, answer: 'not-contacted', followUp: null, overdue: false };
	const answered = replies.some((i) => (i.referenceDate !== null && i.referenceDate >= lastContact) || (i.doneDate !== null && i.doneDate >= lastContact));
	if (answered) return { mentor, lastContact, answer: 'answered', followUp: null, overdue: false };
	const followUp = addCadence(lastContact, { count: followUpDays, unit: 'day' });
	return { mentor, lastContact, answer: 'waiting', followUp, overdue: followUp < today };
}

function compareFollowUp(a: CalendarDate | null, b: CalendarDate | null): number {
	if (a === b) return 0;
	if (a === null) return 1;
	if (b === null) return -1;
	return a < b ? -1 : 1;
}

/** The row in words: "Replied: your reply is owed", "No answer yet: follow up Tue 1 Dec". */
export function prospectWords(row: ProspectRow): string {
	switch (row.answer) {
		case 'reply-owed':
			return 'They answered: your reply is owed';
		case 'answered':
			return 'They answered: suggest a meeting';
		case 'waiting':
			return 'No answer yet';
		case 'not-contacted':
			return 'Not contacted yet';
	}
}
