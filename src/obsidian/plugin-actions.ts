import type { App } from 'obsidian';
import { meetingAgenda } from '../core/dashboard';
import type { DashboardActions } from './dashboard/actions';
import type { NoteWriter } from './note-writer';
import type { TeamStore } from './team-store';
import { openNote } from './workspace-helpers';

/** What the dashboard's links and buttons do, wired to the vault and the workspace. */
export function createDashboardActions(app: App, store: TeamStore, writer: NoteWriter, newMentor: () => void): DashboardActions {
	return {
		openItem: (item, newLeaf) => void openNote(app, item.path, item.line, newLeaf),
		completeItem: (item) => writer.completeItem(item),
		pinDueDate: (item) => writer.pinDueDate(item),
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
