// "Add to calendar" leaves one .ics per meeting in the calendar folder: a week after the
// meeting the plugin's own ones go to the trash, and nothing else does.
import { describe, expect, it } from 'vitest';
import type { CalendarDate } from '../../../src/core/calendar-date';
import { meetingCalendar, meetingFileName } from '../../../src/core/calendar-feed/write-ics';
import { normalizeSettings } from '../../../src/core/settings';
import { CalendarFeedKeeper } from '../../../src/obsidian/calendar/feed-keeper';
import { TeamStore } from '../../../src/obsidian/team-store';
import { md, note, team } from '../../helpers/notes';
import { createTestVault } from '../../fakes/vault';

const LEE = 'Mentors/Dr. Maya Lee.md';
const LEE_TEXT = md('---', 'type: mentor', 'last_contact: 2026-11-20', '---', '# Dr. Maya Lee', '');

/** The file "Add to calendar" wrote on `booked` for the meeting on `day`, as it wrote it. */
function written(day: string, booked: string): [string, string] {
	const then = team([note(LEE, md('---', 'type: mentor', `next_meeting: ${day} 15:00`, '---'))], booked);
	const mentor = then.mentors[0]!;
	return [`Mentor Rally/${meetingFileName(mentor.name, day as CalendarDate)}`, meetingCalendar(then, mentor, { itemText: false })!];
}

describe('old meeting files in the calendar folder', () => {
	it('puts the plugin’s own files of meetings over a week past in the trash, and keeps the rest', async () => {
		const [old, oldText] = written('2026-11-10', '2026-11-03');
		const [eightDays, eightDaysText] = written('2026-11-16', '2026-11-09');
		const [sevenDays, sevenDaysText] = written('2026-11-17', '2026-11-10');
		const [recent, recentText] = written('2026-11-20', '2026-11-13');
		const users = {
			// The name has our shape, the text is not ours: an export of the user's own calendar.
			'Mentor Rally/2026-11-01 Dr. Maya Lee.ics': oldText.replace('PRODID:-//Mentor Rally//Mentor Rally//EN', 'PRODID:-//Apple Inc.//macOS 15//EN'),
			// Our PRODID, but a day in the name that is not the event's: not a file we wrote.
			'Mentor Rally/2026-11-02 Dr. Maya Lee.ics': oldText,
			// An old file of ours outside the calendar folder: moved there by the user.
			'Archive/2026-11-10 Dr. Maya Lee.ics': oldText,
			'Mentor Rally/2026-11-01 Notes.md': '# Notes\n',
		};
		const vault = createTestVault({ [LEE]: LEE_TEXT, [old]: oldText, [eightDays]: eightDaysText, [sevenDays]: sevenDaysText, [recent]: recentText, ...users });
		const settings = normalizeSettings({});
		const store = new TeamStore(
			vault.app,
			() => settings,
			() => new Date(2026, 10, 24, 9, 30),
		);
		await store.build();
		const cleanups: (() => unknown)[] = [];
		await new CalendarFeedKeeper(vault.app, store, () => undefined).start({ register: (c) => void cleanups.push(c) });
		const exists = (path: string): boolean => vault.app.vault.getAbstractFileByPath(path) !== null;
		expect([old, eightDays].filter(exists)).toEqual([]);
		expect([sevenDays, recent, ...Object.keys(users)].filter(exists)).toEqual([sevenDays, recent, ...Object.keys(users)]);
		for (const cleanup of cleanups) cleanup();
	});
});
