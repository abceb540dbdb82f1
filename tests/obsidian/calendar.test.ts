// "Add to calendar" and the always-current feed, in the plugin: files written into the (fake)
// vault, opened where Obsidian can, and the feed rewritten only when an event changed.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Plugin, TFile, type Command } from 'obsidian';
import ICAL from 'ical.js';
import type { CalendarDate } from '../../src/core/calendar-date';
import { meetingCalendar, teamCalendar } from '../../src/core/calendar-feed/write-ics';
import { normalizeSettings, type MentorRallySettings } from '../../src/core/settings';
import { addMeetingToCalendar } from '../../src/obsidian/calendar/add-to-calendar';
import { CalendarFeedKeeper } from '../../src/obsidian/calendar/feed-keeper';
import { registerCommands } from '../../src/obsidian/commands';
import { NoteWriter } from '../../src/obsidian/note-writer';
import { createDashboardActions } from '../../src/obsidian/plugin-actions';
import { TeamStore } from '../../src/obsidian/team-store';
import { CALENDAR_NOTES, calendarTeam, mentorOf } from '../core/calendar-feed/team-fixture';
import { noticeTexts } from '../fakes/notices';
import { createTestVault, settle } from '../fakes/vault';

// What the user was told through a notify function handed in (a Notice shown is in noticeTexts()).
const notices: string[] = [];

const NOW = new Date(2026, 10, 24, 9, 30);
const TODAY = '2026-11-24' as CalendarDate;
const MEETING_FILE = 'Mentor Rally/2026-11-26 Dr. Maya Lee.ics';
const FEED_FILE = 'Mentor Rally/mentor-rally.ics';

class TestPlugin extends Plugin {}

afterEach(() => {
	notices.length = 0;
	vi.restoreAllMocks();
});

async function setUp(overrides: Record<string, unknown> = {}) {
	const vault = createTestVault(CALENDAR_NOTES);
	let settings: MentorRallySettings = normalizeSettings(overrides);
	const store = new TeamStore(
		vault.app,
		() => settings,
		() => NOW,
	);
	await store.build();
	const writer = new NoteWriter(
		vault.app,
		() => settings,
		() => TODAY,
		() => undefined,
	);
	const actions = createDashboardActions(vault.app, store, writer, vi.fn());
	const plugin = new TestPlugin(vault.app, { id: 'mentor-rally', name: 'Mentor Rally', version: '0', minAppVersion: '1', author: '', description: '' });
	registerCommands(plugin, { app: vault.app, store, writer, actions, openDashboard: vi.fn(() => Promise.resolve()) });
	plugin.load();
	store.registerEvents(plugin);
	const commands = (plugin as unknown as { commands__: Map<string, Command> }).commands__;
	const command = (id: string): Command => {
		const found = commands.get(id);
		if (!found) throw new Error(`no command ${id}`);
		return found;
	};
	const change = async (next: Record<string, unknown>): Promise<void> => {
		settings = normalizeSettings({ ...settings, ...next });
		await store.build();
	};
	return { vault, store, actions, command, change, plugin };
}

describe('Add to calendar', () => {
	it('writes the booked meeting into the calendar folder and opens it in the calendar app', async () => {
		const { vault, store, actions } = await setUp();
		const opened: string[] = [];
		Object.assign(vault.app, { openWithDefaultApp: (path: string) => void opened.push(path) });
		const lee = mentorOf(calendarTeam(), 'Dr. Maya Lee');
		await actions.addToCalendar(lee);

		const team = store.snapshot();
		if (!team) throw new Error('no team');
		expect(await vault.read(MEETING_FILE)).toBe(meetingCalendar(team, lee, { itemText: false }));
		expect(opened).toEqual([MEETING_FILE]);
		expect(noticeTexts()).toEqual(['Opened the meeting with Dr. Maya Lee on Thu 26 Nov in your calendar app.']);
	});

	it('names the file where Obsidian cannot open it, and replaces it when added again', async () => {
		const { vault, store } = await setUp({ calendarFolder: 'Calendar/Mentors', calendarItemText: true });
		const team = store.snapshot();
		if (!team) throw new Error('no team');
		const settings = store.settings();
		const lee = mentorOf(team, 'Dr. Maya Lee');
		await addMeetingToCalendar(vault.app, team, lee, settings, (m) => notices.push(m));
		await addMeetingToCalendar(vault.app, team, lee, settings, (m) => notices.push(m));
		const path = 'Calendar/Mentors/2026-11-26 Dr. Maya Lee.ics';
		expect(notices).toEqual([
			`Saved the meeting with Dr. Maya Lee on Thu 26 Nov as ${path}. Open that file with your calendar app to add it.`,
			`Saved the meeting with Dr. Maya Lee on Thu 26 Nov as ${path}. Open that file with your calendar app to add it.`,
		]);
		const events = ICAL.Component.fromString(await vault.read(path)).getAllSubcomponents('vevent');
		expect(events).toHaveLength(1);
		expect(String(events[0]?.getFirstPropertyValue('description'))).toContain('- Read the registry paper');
		expect(vault.app.vault.getFiles().filter((f) => f.extension === 'ics')).toHaveLength(1);
	});

	it('says what to do for a mentor with no meeting booked, and writes nothing', async () => {
		const { vault, actions } = await setUp();
		await actions.addToCalendar(mentorOf(calendarTeam(), 'Priya Shah'));
		expect(noticeTexts()).toEqual(['No meeting is booked with Priya Shah. Set next_meeting in the mentor note first.']);
		expect(vault.app.vault.getFiles().filter((f) => f.extension === 'ics')).toEqual([]);
	});

	it('says so when a file stands where the folder should be', async () => {
		const { vault, store } = await setUp();
		await vault.app.vault.create('Mentor Rally', 'not a folder');
		const team = store.snapshot();
		if (!team) throw new Error('no team');
		expect(await addMeetingToCalendar(vault.app, team, mentorOf(team, 'Dr. Maya Lee'), store.settings(), (m) => notices.push(m))).toBeNull();
		expect(notices[0]).toMatch(/^Could not write Mentor Rally\/2026-11-26 Dr\. Maya Lee\.ics: .*Mentor Rally.*folder/);
	});

	it('is a command in a mentor note, and not in a note without one mentor', async () => {
		const { vault, command } = await setUp();
		const add = command('add-meeting-to-calendar');
		await vault.app.workspace.getLeaf(false).openFile(vault.file('Mentors/Dr. Sam Okafor.md'));
		expect(add.checkCallback?.(true)).toBe(true);
		add.checkCallback?.(false);
		await settle();
		await settle();
		expect(vault.app.vault.getAbstractFileByPath('Mentor Rally/2026-12-03 Dr. Sam Okafor.ics')).toBeInstanceOf(TFile);

		await vault.app.vault.create('Reading list.md', '# Papers\n');
		await vault.app.workspace.getLeaf(false).openFile(vault.file('Reading list.md'));
		expect(add.checkCallback?.(true)).toBe(false);
	});
});

describe('the calendar feed', () => {
	async function keeper(overrides: Record<string, unknown> = { calendarFeed: true }) {
		const setup = await setUp(overrides);
		const feed = new CalendarFeedKeeper(setup.vault.app, setup.store, (m) => notices.push(m));
		await feed.start(setup.plugin);
		const modify = vi.spyOn(setup.vault.app.vault, 'modify');
		return { ...setup, feed, modify };
	}

	it('is not written while its setting is off', async () => {
		const { vault } = await keeper({});
		expect(vault.app.vault.getAbstractFileByPath(FEED_FILE)).toBeNull();
	});

	it('is written on start with every booked meeting and dated item', async () => {
		const { vault, store } = await keeper();
		const team = store.snapshot();
		if (!team) throw new Error('no team');
		expect(await vault.read(FEED_FILE)).toBe(teamCalendar(team, { itemText: false }));
	});

	it('is left alone when a note changes but no event does, and rewritten when one does', async () => {
		const { vault, feed, modify } = await keeper();
		// A new line without a due date: the team changes, the feed does not.
		await vault.app.vault.process(vault.file('Mentors/Dr. Sam Okafor.md'), (text) => `${text}Met in the cafeteria.\n`);
		await settle();
		await feed.update();
		expect(modify).not.toHaveBeenCalled();

		await vault.app.vault.process(vault.file('Mentors/Dr. Sam Okafor.md'), (text) => text.replace('next_meeting: 2026-12-03', 'next_meeting: 2026-12-04 10:00'));
		await settle();
		await feed.update();
		expect(modify).toHaveBeenCalledTimes(1);
		expect(await vault.read(FEED_FILE)).toContain('DTSTART:20261204T100000\r\n');
	});

	it('is not rewritten when only the day (DTSTAMP) would change', async () => {
		const { vault, store, modify } = await keeper();
		const old = await vault.read(FEED_FILE);
		const next = new CalendarFeedKeeper(vault.app, { snapshot: () => calendarTeam('2026-11-25'), settings: () => store.settings(), onChange: () => () => undefined }, (m) => notices.push(m));
		await next.update();
		expect(modify).not.toHaveBeenCalled();
		expect(await vault.read(FEED_FILE)).toBe(old);
	});

	it('says once, not on every change, when it cannot be written', async () => {
		const vault = createTestVault({ ...CALENDAR_NOTES, 'Mentor Rally': 'a file, not a folder' });
		const settings = normalizeSettings({ calendarFeed: true });
		const store = new TeamStore(
			vault.app,
			() => settings,
			() => NOW,
		);
		await store.build();
		const feed = new CalendarFeedKeeper(vault.app, store, (m) => notices.push(m));
		await feed.update();
		await feed.update();
		expect(notices).toHaveLength(1);
		expect(notices[0]).toMatch(/^Could not write the calendar feed Mentor Rally\/mentor-rally\.ics: /);
	});

	it('is written again after it was deleted, on the next change', async () => {
		const { vault, feed } = await keeper();
		await vault.app.vault.delete(vault.file(FEED_FILE));
		await feed.update();
		expect(await vault.read(FEED_FILE)).toMatch(/^BEGIN:VCALENDAR\r\n/);
	});

	it('follows a setting turned on later', async () => {
		const { vault, change, feed } = await keeper({});
		await change({ calendarFeed: true, calendarItemText: true });
		await feed.update();
		expect(await vault.read(FEED_FILE)).toContain('DESCRIPTION:- Ask about the away elective\r\n');
	});
});
