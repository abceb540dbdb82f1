import { normalizePath, type App } from 'obsidian';
import { meetingEvent } from '../../core/calendar-feed/events';
import { meetingFileName, singleEventIcs } from '../../core/calendar-feed/write-ics';
import { shortDate } from '../../core/format';
import { DEFAULT_SETTINGS, type MentorRallySettings } from '../../core/settings';
import type { MentorSummary, TeamSnapshot } from '../../core/types';
import { plainWriteError } from '../../core/write-errors';
import { openWithDefaultApp, writeVaultFile } from './vault-file';

/** The folder the calendar files go in (an emptied setting means the default, not the vault's root). */
export function calendarFolder(settings: MentorRallySettings): string {
	return normalizePath(settings.calendarFolder.trim() || DEFAULT_SETTINGS.calendarFolder);
}

/**
 * "Add to calendar": writes the booked meeting as a one-event .ics in the calendar folder and
 * hands it to the system's calendar app (which asks to add it; the same meeting added again
 * updates its event, the UID being the same). Where Obsidian cannot open it, the notice names
 * the file. Resolves with the file's path, or null when nothing was written.
 */
export async function addMeetingToCalendar(app: App, team: TeamSnapshot, mentor: MentorSummary, settings: MentorRallySettings, notify: (message: string) => void): Promise<string | null> {
	const event = meetingEvent(team, mentor, { itemText: settings.calendarItemText });
	if (!event) {
		notify(`No meeting is booked with ${mentor.name}. Set ${settings.properties.nextMeeting} in the mentor note first.`);
		return null;
	}
	const path = normalizePath(`${calendarFolder(settings)}/${meetingFileName(mentor.name, event.date)}`);
	try {
		await writeVaultFile(app, path, singleEventIcs(event, team.today));
	} catch (error) {
		notify(`Could not write ${path}: ${plainWriteError(error)}.`);
		return null;
	}
	const day = shortDate(event.date, team.today);
	if (await openWithDefaultApp(app, path)) notify(`Opened the meeting with ${mentor.name} on ${day} in your calendar app.`);
	else notify(`Saved the meeting with ${mentor.name} on ${day} as ${path}. Open that file with your calendar app to add it.`);
	return path;
}
