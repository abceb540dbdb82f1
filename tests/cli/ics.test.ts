// `mentor-rally ics`: the calendar feed from a vault folder, printed or written to a file that
// is rewritten only when an event changed.
import { readFileSync, statSync, utimesSync } from 'node:fs';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main';
import { fakeIo, fixtureVault } from '../helpers/cli';
import { removeTempVaults, tempVault } from '../helpers/temp-vault';

afterAll(removeTempVaults);

const VAULT = fixtureVault('calendar');
const TODAY = '2026-11-24';
const OKAFOR = fixtureVault('calendar/Mentors/Dr. Sam Okafor.md');

function run(argv: string[]) {
	const io = fakeIo();
	const code = runCli(argv, io.io);
	return { code, stdout: io.stdout(), stderr: io.stderr() };
}

const lines = (...l: string[]): string => l.map((line) => `${line}\r\n`).join('');

const FEED = lines(
	'BEGIN:VCALENDAR',
	'VERSION:2.0',
	'PRODID:-//Mentor Rally//Mentor Rally//EN',
	'CALSCALE:GREGORIAN',
	'METHOD:PUBLISH',
	'X-WR-CALNAME:Mentor Rally',
	'REFRESH-INTERVAL;VALUE=DURATION:PT12H',
	'X-PUBLISHED-TTL:PT12H',
	'BEGIN:VEVENT',
	'UID:items-mine-20261203-f8ad35ecca3d5946@mentor-rally',
	'DTSTAMP:20261124T000000Z',
	'DTSTART;VALUE=DATE:20261203',
	'DTEND;VALUE=DATE:20261204',
	'TRANSP:TRANSPARENT',
	'SUMMARY:1 item due for Dr. Sam Okafor',
	'BEGIN:VALARM',
	'ACTION:DISPLAY',
	'TRIGGER:-PT15H',
	'DESCRIPTION:1 item due for Dr. Sam Okafor tomorrow',
	'END:VALARM',
	'END:VEVENT',
	'BEGIN:VEVENT',
	'UID:meeting-20261203-f8ad35ecca3d5946@mentor-rally',
	'DTSTAMP:20261124T000000Z',
	'DTSTART;VALUE=DATE:20261203',
	'DTEND;VALUE=DATE:20261204',
	'TRANSP:TRANSPARENT',
	'SUMMARY:Meeting: Dr. Sam Okafor',
	'DESCRIPTION:Bring back: 1 item.',
	'BEGIN:VALARM',
	'ACTION:DISPLAY',
	'TRIGGER:-PT15H',
	'DESCRIPTION:Meeting with Dr. Sam Okafor tomorrow',
	'END:VALARM',
	'BEGIN:VALARM',
	'ACTION:DISPLAY',
	'TRIGGER:PT8H',
	'DESCRIPTION:Meeting with Dr. Sam Okafor today',
	'END:VALARM',
	'END:VEVENT',
	'END:VCALENDAR',
);

describe('mentor-rally ics', () => {
	it('prints the feed of the vault, exactly these bytes (the paused mentor left out)', () => {
		const result = run(['ics', '--vault', VAULT, '--today', TODAY]);
		expect(result).toEqual({ code: 0, stdout: FEED, stderr: '' });
	});

	it('prints a feed a calendar library reads back, with the meeting on its day', () => {
		const calendar = ICAL.Component.fromString(run(['ics', '--vault', VAULT, '--today', TODAY]).stdout);
		const events = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
		expect(events.map((e) => [e.summary, e.startDate.isDate, e.startDate.toString()])).toEqual([
			['1 item due for Dr. Sam Okafor', true, '2026-12-03'],
			['Meeting: Dr. Sam Okafor', true, '2026-12-03'],
		]);
	});

	it('writes --out, then leaves it alone while only the day changes', () => {
		const out = join(tempVault({}), 'mentor-rally.ics');
		expect(run(['ics', '--vault', VAULT, '--today', TODAY, '--out', out])).toEqual({ code: 0, stdout: `Wrote ${out} (2 events).\n`, stderr: '' });
		expect(readFileSync(out, 'utf8')).toBe(FEED);
		utimesSync(out, new Date(2026, 0, 1), new Date(2026, 0, 1));
		const before = statSync(out).mtimeMs;

		// The next day: only DTSTAMP would differ, so the file (and a sync, a calendar's refresh) is spared.
		expect(run(['ics', '--vault', VAULT, '--today', '2026-11-25', '--out', out]).stdout).toBe(`${out} is up to date (2 events).\n`);
		expect(statSync(out).mtimeMs).toBe(before);
		expect(readFileSync(out, 'utf8')).toBe(FEED);
	});

	it('rewrites --out when an event changed', () => {
		const vault = tempVault({ 'Mentors/Dr. Sam Okafor.md': readFileSync(OKAFOR, 'utf8') });
		const out = join(vault, 'feed.ics');
		run(['ics', '--vault', vault, '--today', TODAY, '--out', out]);
		const moved = tempVault({ 'Mentors/Dr. Sam Okafor.md': readFileSync(OKAFOR, 'utf8').replace('next_meeting: 2026-12-03', 'next_meeting: 2026-12-04 09:30') });
		expect(run(['ics', '--vault', moved, '--today', TODAY, '--out', out]).stdout).toBe(`Wrote ${out} (2 events).\n`);
		expect(readFileSync(out, 'utf8')).toContain('DTSTART:20261204T093000\r\n');
	});

	it("follows the plugin's item text setting", () => {
		const vault = tempVault({
			'Mentors/Dr. Sam Okafor.md': readFileSync(OKAFOR, 'utf8'),
			'.obsidian/plugins/mentor-rally/data.json': JSON.stringify({ settings: { calendarItemText: true } }),
		});
		const feed = run(['ics', '--vault', vault, '--today', TODAY]).stdout;
		expect(feed).toContain('DESCRIPTION:- Ask about the away elective\r\n');
		expect(run(['ics', '--vault', VAULT, '--today', TODAY]).stdout).not.toContain('elective');
	});

	it('says in one line why --out cannot be written, and exits 2', () => {
		const result = run(['ics', '--vault', VAULT, '--today', TODAY, '--out', join(tempVault({}), 'no-such-folder', 'feed.ics')]);
		expect(result.code).toBe(2);
		expect(result.stdout).toBe('');
		expect(result.stderr).toMatch(/^mentor-rally: cannot write .*feed\.ics: .+\n$/);
	});

	it('asks for the vault, and refuses options of the other command', () => {
		expect(run(['ics', '--today', TODAY])).toMatchObject({ code: 2, stdout: '', stderr: 'mentor-rally: ics needs --vault DIR, the vault to read\n' });
		expect(run(['ics', '--vault', VAULT, '--json']).stderr).toBe('mentor-rally: --json is an option of "mentor-rally report"; see "mentor-rally --help"\n');
		expect(run(['report', '--out', 'x.ics']).stderr).toBe('mentor-rally: --out is an option of "mentor-rally ics"; see "mentor-rally --help"\n');
	});
});
