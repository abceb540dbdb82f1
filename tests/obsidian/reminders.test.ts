import { afterEach, beforeEach, describe, expect, it, vi, type Mock } from 'vitest';
import type { CalendarDate } from '../../src/core/calendar-date';
import { remindersFor } from '../../src/core/reminders';
import { DEFAULT_SETTINGS } from '../../src/core/settings';
import { PluginDataStore } from '../../src/obsidian/plugin-data';
import { REMINDER_NOTICE_DURATION_MS, ReminderService } from '../../src/obsidian/reminders';
import { REMINDER_NOTES, TODAY, TOMORROW, teamOf } from '../core/reminders-fixture';
import { shownNotices } from '../fakes/notices';
import { FakeSource, makeStore, savedData, type TestPlugin } from './plugin-fixture';

// Every Notice the code under test creates, to read and click.
const notices = shownNotices;

const MINUTE = 60_000;
const INTERVAL = 30 * MINUTE;
const DUE_SOON = DEFAULT_SETTINGS.dueSoonDays;

let plugin: TestPlugin;
let store: PluginDataStore;
let source: FakeSource;
let openDashboard: Mock<() => void>;
let now: Date;

function service(data: PluginDataStore = store): ReminderService {
	return new ReminderService({ host: plugin, source, data, openDashboard, now: () => now });
}

function noticeText(index: number): string {
	return notices[index]?.messageEl.textContent ?? '';
}

function openLink(index: number): HTMLElement {
	const link = notices[index]?.messageEl.querySelector<HTMLElement>('.mentor-rally-notice-open');
	if (!link) throw new Error(`notice ${index} has no Open button`);
	return link;
}

beforeEach(async () => {
	vi.useFakeTimers();
	notices.length = 0;
	now = new Date(2026, 10, 24, 9, 0);
	({ plugin, store } = await makeStore());
	source = new FakeSource(teamOf());
	openDashboard = vi.fn<() => void>();
});

afterEach(() => {
	plugin.unload();
	vi.useRealTimers();
	vi.restoreAllMocks();
});

describe('ReminderService', () => {
	it('shows one short line on start that hides itself; the details are in the dashboard', async () => {
		await service().start();
		expect(notices).toHaveLength(1);
		expect(REMINDER_NOTICE_DURATION_MS).toBeGreaterThan(0);
		expect(notices[0]?.duration).toBe(REMINDER_NOTICE_DURATION_MS);
		const all = remindersFor(teamOf(), DUE_SOON);
		expect(noticeText(0)).toBe(`${all.length} things need you today — Open`);
		expect(notices[0]?.messageEl.querySelector('li')).toBeNull();
		expect(notices[0]?.messageEl.querySelector('.mentor-rally-notice')?.getAttribute('title')).toBe('Mentor Rally: 2 meetings due, 1 meeting today, 4 items due or overdue, 3 replies owed');
	});

	it('writes every reminded thing to the reminder log in data.json', async () => {
		await service().start();
		const log = (await savedData(plugin)).reminderLog as Record<string, string>;
		expect(Object.keys(log).sort()).toEqual(
			remindersFor(teamOf(), DUE_SOON)
				.map((r) => r.key)
				.sort(),
		);
		expect(new Set(Object.values(log))).toEqual(new Set([TODAY]));
	});

	it('does not repeat anything the same day, on the interval or on a direct check', async () => {
		const reminders = service();
		await reminders.start();
		await vi.advanceTimersByTimeAsync(3 * INTERVAL);
		expect(await reminders.check()).toEqual([]);
		expect(notices).toHaveLength(1);
	});

	it('shows only what is new since the last check', async () => {
		await service().start();
		const notes = { ...REMINDER_NOTES, 'Mentors/Dr. Sam Okafor.md': `${REMINDER_NOTES['Mentors/Dr. Sam Okafor.md'] ?? ''}- [ ] Send the budget 📅 2026-11-24\n` };
		source.set(teamOf(notes));
		await vi.advanceTimersByTimeAsync(INTERVAL);
		expect(notices).toHaveLength(2);
		expect(noticeText(1)).toBe('1 thing needs you today — Open');
	});

	it('reminds again the next day', async () => {
		await service().start();
		now = new Date(2026, 10, 25, 0, 10);
		source.set(teamOf(REMINDER_NOTES, TOMORROW));
		await vi.advanceTimersByTimeAsync(INTERVAL);
		expect(notices).toHaveLength(2);
		expect(noticeText(1)).toMatch(/^\d+ things need you today — Open$/);
		const log = (await savedData(plugin)).reminderLog as Record<string, string>;
		expect(log['meeting-due:Mentors/Dr. Maya Lee.md']).toBe(TOMORROW);
	});

	it('remembers across a restart: a new service over the saved data shows nothing the same day', async () => {
		await service().start();
		plugin.unload();

		// Obsidian starts again: the plugin loads its data.json afresh.
		const restarted = await PluginDataStore.load(plugin);
		await service(restarted).start();
		expect(notices).toHaveLength(1);

		// ... and the next morning, everything is reminded again.
		now = new Date(2026, 10, 25, 8, 0);
		source.set(teamOf(REMINDER_NOTES, TOMORROW));
		const later = await PluginDataStore.load(plugin);
		await service(later).start();
		expect(notices).toHaveLength(2);
	});

	it('opens the dashboard when "Open" is clicked', async () => {
		await service().start();
		expect(openDashboard).not.toHaveBeenCalled();
		openLink(0).click();
		expect(openDashboard).toHaveBeenCalledTimes(1);
	});

	it('does not open the dashboard when the notice is dismissed by a click elsewhere on it', async () => {
		await service().start();
		notices[0]?.messageEl.click();
		notices[0]?.messageEl.querySelector<HTMLElement>('.mentor-rally-notice-text')?.click();
		expect(openDashboard).not.toHaveBeenCalled();
	});

	it('never puts note text in the notice, so none can turn into HTML', async () => {
		source.set(
			teamOf({
				'Mentors/Dr. Mallory.md': '---\ntype: mentor\nlast_contact: 2026-11-20\n---\n- [ ] <img src=x onerror="alert(1)"> now 📅 2026-11-21\n',
			}),
		);
		await service().start();
		expect(notices[0]?.messageEl.querySelector('img')).toBeNull();
		expect(notices[0]?.messageEl.outerHTML).not.toContain('onerror');
		expect(noticeText(0)).toMatch(/need(s)? you today — Open$/);
	});

	it('shows nothing and sets no timer while reminders are off; turning them on checks at once', async () => {
		await store.updateSettings({ remindersEnabled: false });
		const setInterval = vi.spyOn(window, 'setInterval');
		const reminders = service();
		await reminders.start();
		await vi.advanceTimersByTimeAsync(3 * INTERVAL);
		expect(notices).toHaveLength(0);
		expect(setInterval).not.toHaveBeenCalled();
		expect(await reminders.check()).toEqual([]);
		expect((await savedData(plugin)).reminderLog).toEqual({});

		await store.updateSettings({ remindersEnabled: true });
		await vi.advanceTimersByTimeAsync(0);
		expect(notices).toHaveLength(1);
		expect(setInterval).toHaveBeenCalledTimes(1);
	});

	it('stops checking when reminders are turned off', async () => {
		await service().start();
		await store.updateSettings({ remindersEnabled: false });
		now = new Date(2026, 10, 25, 9, 0);
		source.set(teamOf(REMINDER_NOTES, TOMORROW));
		await vi.advanceTimersByTimeAsync(3 * INTERVAL);
		expect(notices).toHaveLength(1);
	});

	it('re-arms the timer when the interval setting changes', async () => {
		await service().start();
		await store.updateSettings({ reminderIntervalMinutes: 5 });
		now = new Date(2026, 10, 25, 9, 0);
		source.set(teamOf(REMINDER_NOTES, TOMORROW));
		await vi.advanceTimersByTimeAsync(4 * MINUTE);
		expect(notices).toHaveLength(1);
		await vi.advanceTimersByTimeAsync(MINUTE);
		expect(notices).toHaveLength(2);
	});

	it('stops when the plugin unloads', async () => {
		await service().start();
		plugin.unload();
		now = new Date(2026, 10, 25, 9, 0);
		source.set(teamOf(REMINDER_NOTES, TOMORROW));
		await vi.advanceTimersByTimeAsync(3 * INTERVAL);
		expect(notices).toHaveLength(1);
	});

	it('waits quietly while the team is not indexed yet', async () => {
		source.set(null);
		const reminders = service();
		await reminders.start();
		expect(notices).toHaveLength(0);
		source.set(teamOf());
		await vi.advanceTimersByTimeAsync(INTERVAL);
		expect(notices).toHaveLength(1);
	});

	it('shows nothing when there is nothing to remind of', async () => {
		source.set(teamOf({}, '2026-11-24' as CalendarDate));
		await service().start();
		expect(notices).toHaveLength(0);
	});

	it('never runs two checks at once', async () => {
		const reminders = service();
		const [a, b] = await Promise.all([reminders.check(), reminders.check()]);
		expect(a.length).toBeGreaterThan(0);
		expect(b).toEqual([]);
		expect(notices).toHaveLength(1);
	});
});
