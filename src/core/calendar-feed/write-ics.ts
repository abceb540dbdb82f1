import { addDays, type CalendarDate } from '../calendar-date';
import { safeFileName } from '../file-names';
import type { MentorSummary, TeamSnapshot } from '../types';
import { feedEvents, meetingEvent, type CalendarEvent, type CalendarTextOptions } from './events';
import { escapeText, icsDate, icsLocalDateTime, icsStamp, icsText, laterTime } from './ical-text';

/**
 * iCalendar files from events: one meeting for "Add to calendar", or the whole feed. Our own
 * small writer rather than a library, for the plugin and the command line alike: the `ics`
 * package bundles to about 77 KB minified (most of it a schema validator), where this is a few
 * KB, and it writes nothing volatile — DTSTAMP is a day the caller gives, so the same team
 * gives the same bytes.
 */

/** The feed's file name, in the calendar folder. */
export const FEED_FILE_NAME = 'mentor-rally.ics';
export const PRODID = '-//Mentor Rally//Mentor Rally//EN';
/** How long a subscribing app may wait before fetching the feed again (a hint; not every app reads it). */
const REFRESH = 'PT12H';
/** A booked meeting with a time lasts an hour in the calendar: the note gives a start, not an end. */
const MEETING_MINUTES = 60;

/** The lines of one VEVENT. `stamp` is DTSTAMP's day (see the module note). */
export function eventLines(event: CalendarEvent, stamp: CalendarDate): string[] {
	const lines = ['BEGIN:VEVENT', `UID:${event.uid}`, `DTSTAMP:${icsStamp(stamp)}`];
	if (event.time === null) {
		// VALUE=DATE: a day, not an instant, so no time zone can move it to the day before.
		lines.push(`DTSTART;VALUE=DATE:${icsDate(event.date)}`, `DTEND;VALUE=DATE:${icsDate(addDays(event.date, 1))}`, 'TRANSP:TRANSPARENT');
	} else {
		const end = laterTime(event.date, event.time, MEETING_MINUTES);
		lines.push(`DTSTART:${icsLocalDateTime(event.date, event.time)}`, `DTEND:${icsLocalDateTime(end.date, end.time)}`);
	}
	lines.push(`SUMMARY:${escapeText(event.summary)}`);
	if (event.description !== null) lines.push(`DESCRIPTION:${escapeText(event.description)}`);
	for (const alarm of event.alarms) {
		lines.push('BEGIN:VALARM', 'ACTION:DISPLAY', `TRIGGER:${alarm.trigger}`, `DESCRIPTION:${escapeText(alarm.description)}`, 'END:VALARM');
	}
	lines.push('END:VEVENT');
	return lines;
}

/** A file holding one event: what "Add to calendar" writes and the phone imports. */
export function singleEventIcs(event: CalendarEvent, stamp: CalendarDate): string {
	return icsText(['BEGIN:VCALENDAR', 'VERSION:2.0', `PRODID:${PRODID}`, 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH', ...eventLines(event, stamp), 'END:VCALENDAR']);
}

/** The always-current feed: every event, with a name and a refresh hint for apps that subscribe. */
export function feedIcs(events: readonly CalendarEvent[], stamp: CalendarDate): string {
	const lines = [
		'BEGIN:VCALENDAR',
		'VERSION:2.0',
		`PRODID:${PRODID}`,
		'CALSCALE:GREGORIAN',
		'METHOD:PUBLISH',
		'X-WR-CALNAME:Mentor Rally',
		`REFRESH-INTERVAL;VALUE=DURATION:${REFRESH}`,
		`X-PUBLISHED-TTL:${REFRESH}`,
	];
	for (const event of events) for (const line of eventLines(event, stamp)) lines.push(line);
	lines.push('END:VCALENDAR');
	return icsText(lines);
}

/**
 * True when two calendar texts say the same thing but for their DTSTAMPs: the feed is then not
 * rewritten, so a new day alone never makes a new file (nor a sync, nor a refresh).
 */
export function sameCalendar(a: string, b: string): boolean {
	return withoutStamps(a) === withoutStamps(b);
}

function withoutStamps(text: string): string {
	// Unfold first: a DTSTAMP line is short and never folded, but a folded line may start with one.
	return text
		.replace(/\r\n[ \t]/g, '')
		.split(/\r\n|\n/)
		.filter((line) => !line.startsWith('DTSTAMP:'))
		.join('\n');
}

/** The file for one booked meeting, or null when the mentor has none booked. Stamped with the team's today. */
export function meetingCalendar(team: TeamSnapshot, mentor: MentorSummary, options: CalendarTextOptions): string | null {
	const event = meetingEvent(team, mentor, options);
	return event ? singleEventIcs(event, team.today) : null;
}

/** The feed of the whole team, stamped with the team's today. */
export function teamCalendar(team: TeamSnapshot, options: CalendarTextOptions): string {
	return feedIcs(feedEvents(team, options), team.today);
}

/** `2026-11-26 Dr. Maya Lee.ics`: the meeting's file, named so a folder of them sorts by day. */
export function meetingFileName(mentorName: string, date: CalendarDate): string {
	return `${date} ${safeFileName(mentorName, 'Mentor')}.ics`;
}
