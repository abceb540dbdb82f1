import type { App } from 'obsidian';
import type { CalendarDate } from '../../core/calendar-date';
import { bookedDay, lastMeetingBefore, meetingBrief } from '../../core/meeting-brief';
import type { MentorSummary } from '../../core/types';
import { MeetingDateModal } from '../modals/meeting-date-modal';
import type { NoteWriter } from '../note-writer';
import type { TeamStore } from '../team-store';
import { openNote } from '../workspace-helpers';
import { meetingNotesOf } from './meeting-notes';

/**
 * "Prepare for meeting": opens the note of the booked meeting, or creates it with the brief
 * (since last time, bring back, waiting on, questions, the last meeting linked). With no
 * meeting booked it asks the day first, as "Start meeting note" does.
 */
export async function prepareMeeting(app: App, store: TeamStore, writer: NoteWriter, mentor: MentorSummary): Promise<void> {
	const team = store.snapshot();
	if (!team) return;
	const settings = store.settings();
	const make = async (day: CalendarDate, time: string | null): Promise<boolean> => {
		const lastMeeting = lastMeetingBefore(meetingNotesOf(app, mentor.path, settings), day);
		const file = await writer.startMeeting(mentor, meetingBrief(team, mentor, day, time, { askTag: settings.askTag, lastMeeting }));
		if (file) await openNote(app, file.path, null, false);
		return file !== null;
	};
	const booked = bookedDay(mentor, team.today);
	if (booked) {
		await make(booked.date, booked.time);
		return;
	}
	new MeetingDateModal(app, mentor, team.today, team.today, settings, (day) => make(day, null)).open();
}
