import { addCadence, parseCadence, type Cadence } from './cadence';
import { addDays, daysBetween, LAST_CALENDAR_DAY, maxDate, minDate, type CalendarDate } from './calendar-date';
import type { MentorRallySettings } from './settings';
import { comparePaths } from './compare-text';
import type { Ball, MeetingNote, MentorFacts, MentorStatus, MentorSummary, Problem } from './types';

/**
 * One mentor while the team is joined: its facts, the dated meeting notes that link it, and
 * the ways its name is written before a colon (see names.ts nameVariants).
 * Shared by the full derivation (team.ts) and the incremental model (team-model.ts).
 */
export interface MentorWork {
	facts: MentorFacts;
	meetings: MeetingNote[];
	variants: Set<string>;
}

/** A summary while the team is built: its item counts and ball are filled in after the items are read. */
export type SummaryDraft = { -readonly [K in keyof MentorSummary]: MentorSummary[K] };

const FALLBACK_CADENCE: Cadence = { count: 2, unit: 'week' };

export function readDefaultCadence(settings: MentorRallySettings): Cadence {
	const parsed = parseCadence(settings.defaultCadence);
	return parsed.ok ? parsed.cadence : FALLBACK_CADENCE;
}

/**
 * A mentor's summary on `today`, with no items counted yet (openMine, openTheirs and
 * overdueMine 0, ball 'none'). Problems about the mentor's dates go to `problems`.
 */
export function summarise(entry: MentorWork, settings: MentorRallySettings, defaultCadence: Cadence, today: CalendarDate, problems: Problem[]): SummaryDraft {
	const facts = entry.facts;
	const pastHeadings = facts.headingDates.filter((d) => d <= today);
	// In date then path order, so the full derivation and the incremental model agree.
	const meetingNotes = entry.meetings.filter((m) => m.date <= today).sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : comparePaths(a.path, b.path)));
	const pastMeetings = meetingNotes.map((m) => m.date);
	// A last contact in the future is a typo (or a meeting not yet held): it is not a contact.
	const recorded = facts.lastContact && facts.lastContact <= today ? facts.lastContact : null;
	if (facts.lastContact && !recorded) {
		problems.push({
			path: facts.path,
			message: `${settings.properties.lastContact} ${facts.lastContact} is in the future, so it is not counted; for a meeting ahead use ${settings.properties.nextMeeting}`,
		});
	}
	const contacts = [...new Set([...(recorded ? [recorded] : []), ...pastMeetings, ...pastHeadings])].sort();
	const lastContact = maxDate(contacts);
	const cadence = facts.cadence ?? defaultCadence;

	// The next meeting: a scheduled one (property or a meeting note dated ahead), else
	// one cadence after the last contact, else today for someone never contacted. A
	// next_meeting on or before the last contact has happened (contact logged that day).
	const booked = facts.nextMeeting;
	const scheduledDates = [booked && booked.date >= today && !(lastContact && lastContact >= booked.date) ? booked.date : null, ...entry.meetings.filter((m) => m.date > today).map((m) => m.date)];
	const scheduled = minDate(scheduledDates);
	const active = facts.lifecycle === 'active';
	const nextDue = !active ? null : (scheduled ?? (lastContact ? addCadence(lastContact, cadence) : today));
	if (nextDue === LAST_CALENDAR_DAY && !scheduled && lastContact !== null) {
		problems.push({
			path: facts.path,
			message: `the next meeting falls after ${LAST_CALENDAR_DAY}, the last day Mentor Rally can show; check ${settings.properties.lastContact} and ${settings.properties.cadence}`,
		});
	}

	let status: MentorStatus;
	if (facts.lifecycle !== 'active') status = facts.lifecycle;
	else if (nextDue && nextDue < today) status = 'overdue';
	else if (scheduled) status = 'scheduled';
	else if (nextDue && nextDue <= addDays(today, settings.dueSoonDays)) status = 'due';
	else status = 'ok';

	const nextMeeting = scheduled ? { date: scheduled, time: facts.nextMeeting?.date === scheduled ? facts.nextMeeting.time : null } : null;

	return {
		name: facts.name,
		path: facts.path,
		aliases: facts.aliases,
		roles: facts.roles,
		lifecycle: facts.lifecycle,
		status,
		cadence,
		cadenceIsDefault: facts.cadence === null,
		lastContact,
		daysSinceContact: lastContact ? daysBetween(lastContact, today) : null,
		nextDue,
		nextMeeting,
		ball: 'none',
		openMine: 0,
		openTheirs: 0,
		overdueMine: 0,
		snoozedUntil: facts.snoozeUntil && facts.snoozeUntil > today ? facts.snoozeUntil : null,
		contacts,
		meetingNotes,
		email: facts.email,
		institution: facts.institution,
		since: facts.since,
		relationship: facts.relationship,
	};
}

/** Whose court the ball is in, from the open item counts. */
export function ball(summary: Pick<MentorSummary, 'openMine' | 'openTheirs'>): Ball {
	if (summary.openMine > 0) return 'mine';
	if (summary.openTheirs > 0) return 'theirs';
	return 'none';
}
