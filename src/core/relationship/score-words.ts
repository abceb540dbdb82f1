import { describeCadence } from '../cadence';
import { plural } from '../format';
import type { MentorSummary } from '../types';
import type { MeetingsHeld, TennisScore } from './tennis-score';

/** One fact of the score, as a term and a value in plain words: the card and the command line share them. */
export interface ScoreFact {
	readonly term: string;
	readonly value: string;
	/** Worth a look: the rhythm is slipping, or more late than on time. */
	readonly warn: boolean;
}

const days = (n: number): string => (n === 0 ? 'same day' : plural(n, 'day'));

/** The score in small plain words; facts with nothing to go by are left out. */
export function scoreFacts(mentor: MentorSummary, score: TennisScore): ScoreFact[] {
	const facts: ScoreFact[] = [];
	if (score.drifting) facts.push({ term: 'Drifting', value: `the last 3 gaps were each longer than ${describeCadence(mentor.cadence)}`, warn: true });
	const judged = score.onTime + score.late;
	if (judged > 0) facts.push({ term: 'Brought back', value: `${score.onTime} of ${judged} on time`, warn: score.late > score.onTime });
	if (score.medianReplyDays !== null) facts.push({ term: 'Replies', value: `${days(score.medianReplyDays)} (median of ${score.replies})`, warn: false });
	if (score.delivered > 0 || score.waitingOn > 0) {
		const waited = score.medianWaitDays === null ? '' : `, waited ${days(score.medianWaitDays)} (median)`;
		const delivered = score.delivered > 0 ? `${score.delivered}${waited}` : 'nothing yet';
		facts.push({ term: 'They delivered', value: `${delivered}${score.waitingOn > 0 ? ` · ${score.waitingOn} open` : ''}`, warn: false });
	}
	// A window that starts with the relationship says the same as the shorter one before it: left out.
	const windows = score.meetings.filter((m, i) => (m.expected > 0 || m.held > 0) && !(i > 0 && score.meetings[i - 1]?.held === m.held && score.meetings[i - 1]?.expected === m.expected));
	if (windows.length > 0) {
		facts.push({ term: 'Met', value: meetingsWords(windows), warn: false });
	}
	return facts;
}

/**
 * The meetings held against the cadence, window by window, in words a student reads at a glance:
 * "2 of 3 planned meetings in 3 months, 5 of 6 in 6 months". The unit is said once, at the first
 * window the cadence planned anything in; a window it planned nothing in yet says so.
 */
export function meetingsWords(windows: readonly MeetingsHeld[]): string {
	let unitSaid = false;
	const parts = windows.map((m) => {
		const months = plural(m.months, 'month');
		if (m.expected === 0) return `${plural(m.held, 'meeting')} in ${months} (none planned yet)`;
		const planned = unitSaid ? String(m.expected) : plural(m.expected, 'planned meeting');
		unitSaid = true;
		return `${m.held} of ${planned} in ${months}`;
	});
	return parts.join(', ');
}
