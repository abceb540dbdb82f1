import { addCadence } from '../cadence';
import { addDays, type CalendarDate } from '../calendar-date';
import { compareText } from '../compare-text';
import type { MentorSummary, TeamSnapshot } from '../types';

/** An alumna due a "keep in touch" message at her `keep_warm` cadence. */
export interface KeepWarmRow {
	readonly mentor: MentorSummary;
	/** One keep-warm cadence after the last contact (today when never contacted). */
	readonly due: CalendarDate;
	readonly overdue: boolean;
}

/** The keep-in-touch day of an alumna with a keep-warm cadence, or null for everyone else. */
export function keepWarmDue(mentor: MentorSummary, today: CalendarDate): CalendarDate | null {
	const cadence = mentor.relationship.keepWarm;
	if (mentor.lifecycle !== 'alumni' || cadence === null) return null;
	return mentor.lastContact ? addCadence(mentor.lastContact, cadence) : today;
}

/**
 * Alumni to get in touch with: the keep-warm day is within the due-soon window (or past)
 * and they are not snoozed. Oldest due first.
 */
export function keepWarmRows(team: TeamSnapshot, dueSoonDays: number): KeepWarmRow[] {
	const horizon = addDays(team.today, dueSoonDays);
	const rows: KeepWarmRow[] = [];
	for (const mentor of team.mentors) {
		const due = keepWarmDue(mentor, team.today);
		if (due === null || due > horizon || mentor.snoozedUntil !== null) continue;
		rows.push({ mentor, due, overdue: due < team.today });
	}
	return rows.sort((a, b) => (a.due < b.due ? -1 : a.due > b.due ? 1 : compareText(a.mentor.name, b.mentor.name)));
}

/**
 * The alumni whose keep-in-touch day is today or past (keepWarmRows with no window): what the
 * status bar counts beside the meetings due now, as dueNowMeetings is to meetingsDue.
 */
export function keepWarmDueNow(team: TeamSnapshot): KeepWarmRow[] {
	return keepWarmRows(team, 0);
}
