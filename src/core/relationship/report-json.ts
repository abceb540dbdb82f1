import { describeCadence } from '../cadence';
import type { CalendarDate } from '../calendar-date';
import type { MentorRallySettings } from '../settings';
import type { MentorSummary, TeamSnapshot } from '../types';
import { keepWarmDue, keepWarmRows } from './keep-warm';
import { prospectRows, type ProspectAnswer } from './prospects';
import type { TennisScore } from './tennis-score';

/** The relationship fields added to each mentor of the JSON report (the contract only grows). */
export interface MentorRelationshipJson {
	since: string | null;
	score: {
		onTime: number;
		late: number;
		onTimeRate: number | null;
		replies: number;
		medianReplyDays: number | null;
		delivered: number;
		medianWaitDays: number | null;
		waitingOn: number;
		meetings: { months: number; held: number; expected: number }[];
	};
	drifting: boolean;
	keepWarm: string | null;
	keepWarmDue: CalendarDate | null;
	changes: { date: CalendarDate; kind: 'role' | 'status'; value: string }[];
}

export interface ProspectJson {
	name: string;
	path: string;
	lastContact: CalendarDate | null;
	answer: ProspectAnswer;
	followUp: CalendarDate | null;
}

export interface KeepInTouchJson {
	name: string;
	path: string;
	keepWarm: string;
	lastContact: CalendarDate | null;
	due: CalendarDate;
}

export function mentorRelationshipJson(mentor: MentorSummary, score: TennisScore, today: CalendarDate): MentorRelationshipJson {
	const keepWarm = mentor.relationship.keepWarm;
	return {
		since: mentor.since,
		score: {
			onTime: score.onTime,
			late: score.late,
			onTimeRate: score.onTimeRate === null ? null : Math.round(score.onTimeRate * 100) / 100,
			replies: score.replies,
			medianReplyDays: score.medianReplyDays,
			delivered: score.delivered,
			medianWaitDays: score.medianWaitDays,
			waitingOn: score.waitingOn,
			meetings: score.meetings.map((m) => ({ months: m.months, held: m.held, expected: m.expected })),
		},
		drifting: score.drifting,
		keepWarm: keepWarm ? describeCadence(keepWarm) : null,
		keepWarmDue: keepWarmDue(mentor, today),
		changes: mentor.relationship.changes.map((c) => ({ date: c.date, kind: c.kind, value: c.value })),
	};
}

export function prospectsJson(team: TeamSnapshot, settings: MentorRallySettings): ProspectJson[] {
	return prospectRows(team, settings).map((r) => ({ name: r.mentor.name, path: r.mentor.path, lastContact: r.lastContact, answer: r.answer, followUp: r.followUp }));
}

export function keepInTouchJson(team: TeamSnapshot, settings: MentorRallySettings): KeepInTouchJson[] {
	return keepWarmRows(team, settings.dueSoonDays).map((r) => ({
		name: r.mentor.name,
		path: r.mentor.path,
		keepWarm: r.mentor.relationship.keepWarm ? describeCadence(r.mentor.relationship.keepWarm) : '',
		lastContact: r.mentor.lastContact,
		due: r.due,
	}));
}
