// Reminders as a system notification on desktop (a setting), the in-app notice otherwise.
import { afterEach, beforeEach, describe, expect, it, vi, type Mock } from 'vitest';
import { Platform } from 'obsidian';
import { PluginDataStore } from '../../src/obsidian/plugin-data';
import { ReminderService } from '../../src/obsidian/reminders';
import { desktopNotificationApi, type NotificationApi } from '../../src/obsidian/system-notification';
import { teamOf } from '../core/reminders-fixture';
import { shownNotices } from '../fakes/notices';
import { FakeSource, makeStore, type TestPlugin } from './plugin-fixture';

// Every Notice shown (the fake records them).
const notices = shownNotices;

interface Shown {
	title: string;
	body: string | undefined;
	tag: string | undefined;
	onclick: ((event: Event) => unknown) | null;
	closed: boolean;
}

/** A stand-in for the browser's Notification class, with the permission the test gives. */
function fakeNotifications(permission: string): { api: NotificationApi; shown: Shown[]; asked: Mock<() => Promise<string>> } {
	const shown: Shown[] = [];
	const asked = vi.fn(() => Promise.resolve('granted'));
	class FakeNotification {
		static permission = permission;
		static requestPermission = asked;
		onclick: ((event: Event) => unknown) | null = null;
		private readonly record: Shown;
		constructor(title: string, options?: { body?: string; tag?: string }) {
			this.record = { title, body: options?.body, tag: options?.tag, onclick: null, closed: false };
			shown.push(this.record);
			// The test clicks through the record, as the system would through the object.
			Object.defineProperty(this.record, 'onclick', { get: () => this.onclick });
		}
		close(): void {
			this.record.closed = true;
		}
	}
	return { api: FakeNotification, shown, asked };
}

let plugin: TestPlugin;
let store: PluginDataStore;
let openDashboard: Mock<() => void>;

function service(api: NotificationApi | null): ReminderService {
	return new ReminderService({ host: plugin, source: new FakeSource(teamOf()), data: store, openDashboard, now: () => new Date(2026, 10, 24, 9, 0), notificationApi: api });
}

beforeEach(async () => {
	notices.length = 0;
	({ plugin, store } = await makeStore({ settings: { systemNotifications: true } }));
	openDashboard = vi.fn<() => void>();
});

afterEach(() => {
	plugin.unload();
	vi.restoreAllMocks();
});

describe('desktop notifications', () => {
	it('show the reminders as one system notification instead of the notice; a click opens the dashboard', async () => {
		const { api, shown } = fakeNotifications('granted');
		const fresh = await service(api).check();
		expect(notices).toEqual([]);
		expect(shown).toHaveLength(1);
		expect(shown[0]?.title).toBe('Mentor Rally');
		expect(shown[0]?.body).toBe(`${fresh.length} things need you today: 2 meetings due, 1 meeting today, 4 items due or overdue, 3 replies owed`);
		shown[0]?.onclick?.(new Event('click'));
		expect(openDashboard).toHaveBeenCalledTimes(1);
		expect(shown[0]?.closed).toBe(true);
	});

	it('ask for permission the first time and show the notice meanwhile', async () => {
		const { api, shown, asked } = fakeNotifications('default');
		await service(api).check();
		expect(asked).toHaveBeenCalledTimes(1);
		expect(shown).toEqual([]);
		expect(notices).toHaveLength(1);
	});

	it('fall back to the notice when the system refuses them, or the setting is off', async () => {
		const denied = fakeNotifications('denied');
		await service(denied.api).check();
		expect(denied.shown).toEqual([]);
		expect(denied.asked).not.toHaveBeenCalled();
		expect(notices).toHaveLength(1);

		notices.length = 0;
		await store.updateSettings({ systemNotifications: false });
		await store.setReminderLog({});
		const granted = fakeNotifications('granted');
		await service(granted.api).check();
		expect(granted.shown).toEqual([]);
		expect(notices).toHaveLength(1);
	});

	it('are never used on a phone or tablet, where the notice stays', () => {
		const { api } = fakeNotifications('granted');
		vi.stubGlobal('Notification', api);
		const was = { ...Platform };
		try {
			Object.assign(Platform, { isMobile: false });
			expect(desktopNotificationApi()).toBe(api);
			Object.assign(Platform, { isMobile: true });
			expect(desktopNotificationApi()).toBeNull();
		} finally {
			Object.assign(Platform, was);
			vi.unstubAllGlobals();
		}
	});
});
