import { owedThanks } from './close-loop';
import type { LoopNotes } from './loop-notes';
import type { CalendarDate } from './calendar-date';
import type { MentorRallySettings } from './settings';
import type { TeamSnapshot } from './types';
import { updatesDue, type UpdateDue, type UpdateFacts } from './updates-due';

/**
 * The meeting loop's part of the report (issue 12): thank-yous owed and updates due, for the
 * command line's text and JSON, and what the notes say of it (loop-notes.ts). The JSON fields
 * are added at the end of the report object, in this order (new ones only ever at the end).
 */
export interface LoopReport extends LoopNotes {
	owedThanks: { mentor: string; path: string; line: number; text: string; due: CalendarDate | null; overdue: boolean }[];
	updatesDue: { mentor: string; path: string; lastUpdate: CalendarDate | null; due: CalendarDate; cadence: string }[];
}

const NO_NOTES: LoopNotes = { bookedMeetings: [], lastWrapUp: null, updateNotes: [] };

export function loopReport(team: TeamSnapshot, settings: Pick<MentorRallySettings, 'loopTag'>, facts: ReadonlyMap<string, UpdateFacts>, notes: LoopNotes = NO_NOTES): LoopReport {
	return {
		owedThanks: owedThanks(team, settings.loopTag).map((i) => ({ mentor: i.mentor, path: i.path, line: i.line, text: i.text, due: i.dueDate, overdue: i.overdue })),
		updatesDue: updatesDue(team, facts).map((u: UpdateDue) => ({ mentor: u.mentor, path: u.mentorPath, lastUpdate: u.lastUpdate, due: u.due, cadence: u.cadence })),
		bookedMeetings: notes.bookedMeetings,
		lastWrapUp: notes.lastWrapUp,
		updateNotes: notes.updateNotes,
	};
}
