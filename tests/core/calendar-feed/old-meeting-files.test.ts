import { describe, expect, it } from 'vitest';
import type { CalendarDate } from '../../../src/core/calendar-date';
import { isOldMeetingFileName, isOwnMeetingFile } from '../../../src/core/calendar-feed/old-meeting-files';
import { meetingCalendar, teamCalendar } from '../../../src/core/calendar-feed/write-ics';
import { calendarTeam, mentorOf } from './team-fixture';

const TODAY = '2026-11-24' as CalendarDate;

describe('which calendar files are the plugin’s own old meeting files', () => {
	const team = calendarTeam();
	const own = meetingCalendar(team, mentorOf(team, 'Dr. Maya Lee'), { itemText: false })!;

	it('reads the meeting day from the name, and keeps a week after it', () => {
		expect(isOldMeetingFileName('2026-11-16 Dr. Maya Lee.ics', TODAY)).toBe(true);
		expect(isOldMeetingFileName('2026-11-17 Dr. Maya Lee.ics', TODAY)).toBe(false);
		expect(isOldMeetingFileName('2026-02-30 Dr. Maya Lee.ics', TODAY)).toBe(false);
		expect(isOldMeetingFileName('mentor-rally.ics', TODAY)).toBe(false);
		expect(isOldMeetingFileName('2026-11-01 Dr. Maya Lee.ics.md', TODAY)).toBe(false);
	});

	it('is ours only when the text is the one event written for the day in the name', () => {
		expect(isOwnMeetingFile('2026-11-26 Dr. Maya Lee.ics', own)).toBe(true);
		expect(isOwnMeetingFile('2026-11-26 Dr. Maya Lee.ics', own.replace(/\r\n/g, '\n'))).toBe(true);
		expect(isOwnMeetingFile('2026-11-27 Dr. Maya Lee.ics', own)).toBe(false);
		expect(isOwnMeetingFile('2026-11-26 Dr. Maya Lee.ics', own.replace('@mentor-rally', '@example.org'))).toBe(false);
		expect(isOwnMeetingFile('2026-11-26 Dr. Maya Lee.ics', own.replace('PRODID:-//Mentor Rally', 'PRODID:-//Someone'))).toBe(false);
		// The feed (every event, a calendar name) is never one meeting's file.
		expect(isOwnMeetingFile('2026-11-26 Dr. Maya Lee.ics', teamCalendar(team, { itemText: false }))).toBe(false);
	});
});
