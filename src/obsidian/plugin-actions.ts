import type { App } from 'obsidian';
import { addDays } from '../core/calendar-date';
import { theirCourt, yourCourt } from '../core/dashboard';
import type { MeetingAgenda } from '../core/note-templates';
import type { MentorSummary, TeamSnapshot } from '../core/types';
import type { DashboardActions } from './dashboard/actions';
import type { NoteWriter } from './note-writer';
import type { TeamStore } from './team-store';
import { openNote } from './workspace-helpers';

/** What the dashboard's links and buttons do, wired to the vault and the workspace. */
export function createDashboardActions(app: App, store: TeamStore, writer: NoteWriter, newMentor: () => void): DashboardActions {
	return {
		openItem: (item, newLeaf) => void openNote(app, item.path, item.line, newLeaf),
		completeItem: (item) => writer.completeItem(item),
		openMentor: (mentor, newLeaf) => void openNote(app, mentor.path, null, newLeaf),
		logContact: (mentor) => writer.logContact(mentor),
		startMeeting: async (mentor) => {
			const team = store.snapshot();
			if (!team) return;
			const file = await writer.startMeeting(mentor, meetingAgenda(team, mentor));
			if (file) await openNote(app, file.path, null, false);
		},
		newMentor,
		openProblem: (problem, newLeaf) => void openNote(app, problem.path, problem.line ?? null, newLeaf),
	};
}

/**
 * The agenda for the next meeting with a mentor: on the day already booked (when it is
 * within a week), else today; what I bring back first, then what I am waiting on.
 */
export function meetingAgenda(team: TeamSnapshot, mentor: MentorSummary): MeetingAgenda {
	const booked = mentor.nextMeeting && mentor.nextMeeting.date >= team.today && mentor.nextMeeting.date <= addDays(team.today, 7) ? mentor.nextMeeting : null;
	return {
		mentor: mentor.name,
		date: booked?.date ?? team.today,
		time: booked?.time ?? null,
		today: team.today,
		bringBack: yourCourt(team).filter((i) => i.mentorPath === mentor.path),
		waitingOn: theirCourt(team).filter((i) => i.mentorPath === mentor.path),
	};
}
