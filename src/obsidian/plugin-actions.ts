import type { App } from 'obsidian';
import { meetingAgenda } from '../core/dashboard';
import type { MentorSummary } from '../core/types';
import { addMeetingToCalendar } from './calendar/add-to-calendar';
import type { DashboardActions } from './dashboard/actions';
import { ItemModal } from './modals/item-modal';
import { MentorSuggestModal } from './modals/mentor-suggest';
import { SnoozeModal } from './modals/snooze-modal';
import type { NoteWriter } from './note-writer';
import type { TeamStore } from './team-store';
import { MeetingDateModal } from './modals/meeting-date-modal';
import { showNotice } from './undo';
import { openNote } from './workspace-helpers';
import { closedSinceLastTime } from '../core/brief-items';
import { lastMeetingBefore } from '../core/meeting-brief';
import { meetingNotesOf } from './loop/meeting-notes';
import { prepareMeeting } from './loop/prepare-meeting';
import { LoopWriter } from './loop/loop-writer';
import { showOffer, type Offer } from './loop/action-notice';
import { CloseTheLoop } from './loop/close-the-loop';
import { openDraftUpdate } from './loop/loop-commands';
import { updatesDueIn } from './loop/updates';

/** What the dashboard's links and buttons do, wired to the vault and the workspace. */
/** The meeting loop's writer and how it offers a next step (a notice with a button; tests capture it). */
export interface LoopWiring {
	writer: LoopWriter;
	offer: Offer;
	/** Offers the thank-you once per item, however it was ticked (the plugin's also watches the editor). */
	closeTheLoop?: CloseTheLoop;
}

export function createDashboardActions(app: App, store: TeamStore, writer: NoteWriter, newMentor: () => void, loop?: LoopWiring): DashboardActions {
	const { writer: loopWriter, offer } = loop ?? {
		writer: new LoopWriter(
			app,
			() => store.settings(),
			() => store.today(),
			showNotice,
		),
		offer: showOffer,
	};
	const closeTheLoop = loop?.closeTheLoop ?? new CloseTheLoop(store, loopWriter, offer);
	const openItemModal = (mentor: MentorSummary, theirs = false): void =>
		new ItemModal(app, { mode: 'item', mentor, theirs, today: store.today(), settings: store.settings(), submit: (item) => writer.addItem(mentor, item) }).open();
	return {
		openItem: (item, newLeaf) => void openNote(app, item.path, item.line, newLeaf),
		completeItem: async (item) => {
			const done = await writer.completeItem(item);
			// Close the loop: they delivered; one click adds the thank-you under it.
			if (done) closeTheLoop.ticked(item, store.today());
			return done;
		},
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
		draftUpdate: (mentor) => {
			openDraftUpdate(app, store, loopWriter, mentor.path);
			return Promise.resolve();
		},
		updatesDue: (team) => updatesDueIn(app, team, store.settings()),
		newMentor,
		openProblem: (problem, newLeaf) => void openNote(app, problem.path, problem.line ?? null, newLeaf),
		addItem: (mentor, options) => {
			const theirs = options?.theirs === true;
			if (mentor) return openItemModal(mentor, theirs);
			const team = store.snapshot();
			if (!team || team.mentors.length === 0) return newMentor();
			const question = theirs ? 'An item owed to you by…' : 'An item between you and…';
			new MentorSuggestModal(app, team.mentors, team.today, question, (chosen) => openItemModal(chosen, theirs)).open();
		},
		captureItem: (mentor, item) => writer.addItem(mentor, item),
		// An email sent to the mentor: a contact today, and the notice says it was an email.
		logEmail: (mentor) => writer.logContact(mentor, 'email'),
		snooze: (mentor) => new SnoozeModal(app, mentor, store.today(), store.settings(), (until) => writer.snooze(mentor, until)).open(),
		addToCalendar: async (mentor) => {
			const team = store.snapshot();
			if (team) await addMeetingToCalendar(app, team, mentor, store.settings(), showNotice);
		},
	};
}
