import { describeCadence } from './cadence';
import type { CalendarDate } from './calendar-date';
import type { CoverageState, MentorStatus, Owner, TeamSnapshot, Ball } from './types';
import { DEFAULT_SETTINGS, type MentorRallySettings } from './settings';
import { keepInTouchJson, mentorRelationshipJson, prospectsJson, type KeepInTouchJson, type MentorRelationshipJson, type ProspectJson } from './relationship/report-json';
import { tennisScores } from './relationship/tennis-score';

/**
 * The command line's `--json` output: a stable contract (see the README). Add fields
 * only at the end of an object, never rename or remove one.
 */
export interface ReportJson {
	today: CalendarDate;
	mentors: ({
		name: string;
		path: string;
		roles: string[];
		status: MentorStatus;
		cadence: string;
		lastContact: CalendarDate | null;
		nextDue: CalendarDate | null;
		ball: Ball;
	} & MentorRelationshipJson)[];
	items: {
		mentor: string;
		path: string;
		line: number;
		text: string;
		owner: Owner;
		due: CalendarDate | null;
		done: boolean;
		overdue: boolean;
	}[];
	coverage: { role: string; count: number; min: number; max: number; state: CoverageState }[];
	problems: { path: string; message: string }[];
	/** People being reached out to (status prospect): the last outreach, their answer, the follow-up day. */
	prospects: ProspectJson[];
	/** Alumni due a keep-in-touch message at their keep-warm cadence. */
	keepInTouch: KeepInTouchJson[];
}

export function toReportJson(team: TeamSnapshot, settings: MentorRallySettings = DEFAULT_SETTINGS): ReportJson {
	const scores = tennisScores(team);
	return {
		today: team.today,
		mentors: team.mentors.map((m) => ({
			name: m.name,
			path: m.path,
			roles: [...m.roles],
			status: m.status,
			cadence: describeCadence(m.cadence),
			lastContact: m.lastContact,
			nextDue: m.nextDue,
			ball: m.ball,
			...mentorRelationshipJson(m, scores.get(m.path) as NonNullable<ReturnType<typeof scores.get>>, team.today),
		})),
		items: team.items.map((i) => ({
			mentor: i.mentor,
			path: i.path,
			line: i.line,
			text: i.text,
			owner: i.owner,
			due: i.dueDate,
			done: !i.open,
			overdue: i.overdue,
		})),
		coverage: team.coverage.map((c) => ({ role: c.role, count: c.count, min: c.min, max: c.max, state: c.state })),
		problems: team.problems.map((p) => ({ path: p.path, message: p.message })),
		prospects: prospectsJson(team, settings),
		keepInTouch: keepInTouchJson(team, settings),
	};
}
