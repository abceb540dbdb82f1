import { addDays, parseCalendarDate, type CalendarDate } from '../calendar-date';
import { PRODID } from './write-ics';

/**
 * "Add to calendar" writes one file per booked meeting (`2026-11-26 Dr. Maya Lee.ics`, see
 * meetingFileName) and the calendar app imports it: once the meeting is over, the file is of
 * no more use. These say which files in the calendar folder are such files of ours, and old
 * enough to go. A file is ours only when its name has our shape AND its text is what
 * singleEventIcs writes for that day: our PRODID, one event, whose UID is a meeting's UID
 * (see eventUid) for the day in the name. Anything else is the user's, and stays.
 */

/** Days after the meeting its file is kept (a meeting moved back a few days keeps its file). */
export const KEEP_MEETING_FILE_DAYS = 7;

const MEETING_FILE_NAME = /^(\d{4}-\d{2}-\d{2}) [^/\\]+\.ics$/;
const MEETING_UID = /^UID:meeting-(\d{8})-[0-9a-f]{16}@mentor-rally$/;

/** The meeting day in the name of a file "Add to calendar" may have written; null for any other name. */
export function meetingFileDay(name: string): CalendarDate | null {
	const match = MEETING_FILE_NAME.exec(name);
	return match ? parseCalendarDate(match[1]) : null;
}

/** The name says a meeting more than KEEP_MEETING_FILE_DAYS days before today (worth reading the file). */
export function isOldMeetingFileName(name: string, today: CalendarDate): boolean {
	const day = meetingFileDay(name);
	return day !== null && day < addDays(today, -KEEP_MEETING_FILE_DAYS);
}

/** The file's text is the one event "Add to calendar" wrote for the day in its name. */
export function isOwnMeetingFile(name: string, text: string): boolean {
	const day = meetingFileDay(name);
	if (day === null) return false;
	// Unfolded (a long line continues on the next, after a blank), without a closing empty line.
	const lines = text
		.replace(/\r\n[ \t]/g, '')
		.split(/\r\n|\n/)
		.filter((line, at, all) => line !== '' || at !== all.length - 1);
	if (lines[0] !== 'BEGIN:VCALENDAR' || lines[lines.length - 1] !== 'END:VCALENDAR' || !lines.includes(`PRODID:${PRODID}`)) return false;
	if (lines.filter((line) => line === 'BEGIN:VEVENT').length !== 1 || lines.some((line) => line.startsWith('X-WR-CALNAME'))) return false;
	const uids = lines.filter((line) => line.startsWith('UID:'));
	const uid = uids.length === 1 ? MEETING_UID.exec(uids[0] ?? '') : null;
	return uid !== null && uid[1] === day.replace(/-/g, '');
}
