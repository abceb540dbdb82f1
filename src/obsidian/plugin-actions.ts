import type { App } from 'obsidian';
import { meetingAgenda } from '../core/dashboard';
import type { MentorSummary } from '../core/types';
import type { DashboardActions } from './dashboard/actions';
import { ItemModal } from './modals/item-modal';
import { MentorSuggestModal } from './modals/mentor-suggest';
import { SnoozeModal } from './modals/snooze-modal';
import type { NoteWriter } from './note-writer';
import type { TeamStore } from './team-store';
import { MeetingDateModal } from './modals/meeting-date-modal';
import { openNote } from './workspace-helpers';
import { closedSinceLastTime } from '../core/brief-items';
import { lastMeetingBefore } from '../core/meeting-brief';
import { meetingNotesOf } from './loop/meeting-notes';
import { prepareMeeting } from './loop/prepare-meeting';

/** What the dashboard's links and buttons do, wired to the vault and the workspace. */
export function createDashboardActions(app: App, store: TeamStore, writer: NoteWriter, newMentor: () => void): DashboardActions {
	const openItemModal = (mentor: MentorSummary): void =>
		new ItemModal(app, { mode: 'item', mentor, today: store.today(), settings: store.settings(), submit: (item) => writer.addItem(mentor, item) }).open();
	return {
		openItem: (item, newLeaf) => void openNote(app, item.path, item.line, newLeaf),
		completeItem: (item) => writer.completeItem(item),
		pinDueDate: (item) => writer.pinDueDate(item),
		openMentor: (mentor, newLeaf) => void openNote(app, mentor.path, null, newLeaf),
		logContact: (mentor) => writer.logContact(mentor),
		startMeeting: (mentor) => {
			const team = store.snapshot();
			if (!team) return Promise.resolve();
			const agenda = meetingAgenda(team, mentor, store.settings().askTag);
			// The default: the booked day (meetingAgenda's date), else today.
			const booked = mentor.nextMeeting && mentor.nextMeeting.date >= team.today ? mentor.nextMeeting : null;
			const defaultDay = booked?.date ?? agenda.date;
			new MeetingDateModal(app, mentor, defaultDay, team.today, store.settings(), async (day) => {
				const time = booked?.date === day ? booked.time : null;
				const lastMeeting = lastMeetingBefore(meetingNotesOf(app, mentor.path, store.settings()), day);
				const file = await writer.startMeeting(mentor, { ...agenda, date: day, time, sinceLast: closedSinceLastTime(team, mentor, day), lastMeeting });
				if (file) await openNote(app, file.path, null, false);
				return file !== null;
			}).open();
			return Promise.resolve();
		},
		prepareMeeting: (mentor) => prepareMeeting(app, store, writer, mentor),
		newMentor,
		openProblem: (problem, newLeaf) => void openNote(app, problem.path, problem.line ?? null, newLeaf),
		addItem: (mentor) => {
			if (mentor) return openItemModal(mentor);
			const team = store.snapshot();
			if (!team || team.mentors.length === 0) return newMentor();
			new MentorSuggestModal(app, team.mentors, team.today, 'An item between you and…', openItemModal).open();
		},
		captureItem: (mentor, item) => writer.addItem(mentor, item),
		// The writer records a contact without a kind today; an email is a contact all the same.
		logEmail: (mentor) => writer.logContact(mentor),
		snooze: (mentor) => new SnoozeModal(app, mentor, store.today(), store.settings(), (until) => writer.snooze(mentor, until)).open(),
	};
}
