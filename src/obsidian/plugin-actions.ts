import type { App } from 'obsidian';
import { meetingAgenda } from '../core/dashboard';
import type { DashboardActions } from './dashboard/actions';
import type { NoteWriter } from './note-writer';
import type { TeamStore } from './team-store';
import { MeetingDateModal } from './modals/meeting-date-modal';
import { openNote } from './workspace-helpers';

/** What the dashboard's links and buttons do, wired to the vault and the workspace. */
export function createDashboardActions(app: App, store: TeamStore, writer: NoteWriter, newMentor: () => void): DashboardActions {
	return {
		openItem: (item, newLeaf) => void openNote(app, item.path, item.line, newLeaf),
		completeItem: (item) => writer.completeItem(item),
		openMentor: (mentor, newLeaf) => void openNote(app, mentor.path, null, newLeaf),
		logContact: (mentor) => writer.logContact(mentor),
		startMeeting: (mentor) => {
			const team = store.snapshot();
			if (!team) return Promise.resolve();
			const agenda = meetingAgenda(team, mentor);
			// The default: the booked day (meetingAgenda's date), else today.
			const booked = mentor.nextMeeting && mentor.nextMeeting.date >= team.today ? mentor.nextMeeting : null;
			const defaultDay = booked?.date ?? agenda.date;
			new MeetingDateModal(app, mentor, defaultDay, team.today, store.settings(), async (day) => {
				const time = booked?.date === day ? booked.time : null;
				const file = await writer.startMeeting(mentor, { ...agenda, date: day, time });
				if (file) await openNote(app, file.path, null, false);
				return file !== null;
			}).open();
			return Promise.resolve();
		},
		newMentor,
		openProblem: (problem, newLeaf) => void openNote(app, problem.path, problem.line ?? null, newLeaf),
	};
}
