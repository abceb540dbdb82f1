// Alumni to keep in touch with: the dashboard, the reminder notice and the status bar name the
// same people, by one rule in core (relationship/keep-warm.ts): the notice whoever the dashboard
// lists (within the due-soon window, as a due meeting), the status bar those due today or overdue.
import { afterEach, describe, expect, it } from 'vitest';
import type { CalendarDate } from '../../src/core/calendar-date';
import { toReportJson } from '../../src/core/report';
import { normalizeSettings } from '../../src/core/settings';
import { renderDashboard } from '../../src/obsidian/dashboard/render-dashboard';
import { ReminderService, StatusBarCount } from '../../src/obsidian/reminders';
import type { NotificationApi } from '../../src/obsidian/system-notification';
import { teamOf } from './dashboard/fixture';
import { recordingActions, section } from './dashboard/helpers';
import { FakeSource, makeStore, savedData, type TestPlugin } from './plugin-fixture';

const TODAY = '2026-11-24' as CalendarDate;
// A due-soon window other than the default: every surface must read it from the settings.
const SETTINGS = normalizeSettings({ dueSoonDays: 5, systemNotifications: true });
const alumna = (props: string) => `---\ntype: mentor\nstatus: alumni\n${props}\n---\n`;
const NOTES: Record<string, string> = {
	'Mentors/Dr. Ellen Park.md': alumna('keep_warm: every 2 months\nlast_contact: 2026-09-08'), // due 8 Nov: overdue
	'Mentors/Dr. Today.md': alumna('keep_warm: yearly\nlast_contact: 2025-11-24'), // due today
	'Mentors/Dr. Soon.md': alumna('keep_warm: yearly\nlast_contact: 2025-11-28'), // due in 4 days: within the window
	'Mentors/Dr. Later.md': alumna('keep_warm: yearly\nlast_contact: 2026-06-01'),
	'Mentors/Dr. Snoozed.md': alumna('keep_warm: monthly\nlast_contact: 2026-01-01\nsnooze_until: 2026-12-10'),
	'Mentors/Dr. Silent.md': alumna('last_contact: 2020-01-01'),
};
const team = teamOf(NOTES, TODAY, SETTINGS);

/** The system notifications shown (the reminder's words, injected instead of the in-app notice). */
function notifications(): { api: NotificationApi; bodies: string[] } {
	const bodies: string[] = [];
	class FakeNotification {
		static permission = 'granted';
		static requestPermission = () => Promise.resolve('granted');
		onclick: ((event: Event) => unknown) | null = null;
		constructor(_title: string, options?: { body?: string }) {
			bodies.push(options?.body ?? '');
		}
		close(): void {}
	}
	return { api: FakeNotification, bodies };
}

let plugin: TestPlugin | null = null;
afterEach(() => plugin?.unload());

async function reminderService(saved: unknown = { settings: { dueSoonDays: 5, systemNotifications: true } }) {
	const made = await makeStore(saved);
	plugin = made.plugin;
	const { api, bodies } = notifications();
	const service = new ReminderService({
		host: made.plugin,
		source: new FakeSource(team),
		data: made.store,
		openDashboard: () => undefined,
		now: () => new Date(2026, 10, 24, 9, 0),
		notificationApi: api,
	});
	return { service, bodies, ...made };
}

describe('keep in touch on every surface', () => {
	it('the dashboard, the notice, the status bar and the JSON count the same alumni', async () => {
		activeDocument.body.empty();
		const root = renderDashboard(activeDocument.body.createDiv(), team, SETTINGS, recordingActions());
		const dashboard = [...section(root, 'meetings').querySelectorAll('.is-keep-warm')].map((r) => r.getAttribute('data-path'));
		expect(dashboard).toEqual(['Mentors/Dr. Ellen Park.md', 'Mentors/Dr. Today.md', 'Mentors/Dr. Soon.md']);
		expect(section(root, 'meetings').textContent).toContain('Keep in touch · 3');

		const { service, bodies, store } = await reminderService();
		const shown = await service.check();
		expect(shown.filter((r) => r.kind === 'keep-warm').map((r) => r.path)).toEqual(dashboard);
		expect(bodies).toEqual(['3 things need you today: 3 people to keep in touch with']);

		const el = activeDocument.body.createDiv();
		new StatusBarCount({ el, host: plugin as TestPlugin, source: new FakeSource(team), data: store, openDashboard: () => undefined }).start();
		// Due today or overdue only, as for meetings: Dr. Soon is four days away.
		expect(el.textContent).toBe('2 due today or overdue');
		expect(el.getAttribute('aria-label')?.split('\n')).toEqual([
			'Due today or overdue:',
			'Keep in touch with Dr. Ellen Park: overdue, was due 16 days ago',
			'Keep in touch with Dr. Today: due today',
		]);

		expect(toReportJson(team, SETTINGS).keepInTouch.map((r) => r.path)).toEqual(dashboard);
	});

	it('each alumna at most once a day, remembered across a restart', async () => {
		const first = await reminderService();
		expect((await first.service.check()).map((r) => r.key)).toEqual(['keep-warm:Mentors/Dr. Ellen Park.md', 'keep-warm:Mentors/Dr. Today.md', 'keep-warm:Mentors/Dr. Soon.md']);
		expect(await first.service.check()).toEqual([]);
		const saved = await savedData(first.plugin);
		first.plugin.unload();
		const restarted = await reminderService(saved);
		expect(await restarted.service.check()).toEqual([]);
		expect(restarted.bodies).toEqual([]);
	});
});
