import { afterEach, beforeEach, describe, expect, it, vi, type Mock } from 'vitest';
import { dueNowSummary } from '../../src/core/reminders';
import type { PluginDataStore } from '../../src/obsidian/plugin-data';
import { StatusBarCount, TOOLTIP_LINES } from '../../src/obsidian/reminders';
import { REMINDER_NOTES, teamOf } from '../core/reminders-fixture';
import { FakeSource, makeStore, type TestPlugin } from './plugin-fixture';

let plugin: TestPlugin;
let store: PluginDataStore;
let source: FakeSource;
let openDashboard: Mock<() => void>;
let el: HTMLElement;

function shown(): boolean {
	return el.style.display !== 'none';
}

beforeEach(async () => {
	({ plugin, store } = await makeStore());
	source = new FakeSource(teamOf());
	openDashboard = vi.fn<() => void>();
	el = plugin.addStatusBarItem();
	new StatusBarCount({ el, host: plugin, source, data: store, openDashboard }).start();
});

afterEach(() => {
	plugin.unload();
});

describe('StatusBarCount', () => {
	it('counts meetings and items in my court due today or overdue, with the list in its tooltip', () => {
		expect(shown()).toBe(true);
		// It says what it counts: 2 meetings and 5 items, 2 of them due today.
		expect(el.textContent).toBe('7 due today or overdue');
		const tooltip = el.getAttribute('aria-label') ?? '';
		expect(tooltip.split('\n')).toEqual(['Due today or overdue:', ...dueNowSummary(teamOf()).lines]);
		// A snoozed mentor's meeting is not counted, but what I owe her is; paused and alumni mentors are quiet.
		expect(tooltip).not.toContain('Meeting with Dr. Elena Rossi');
		expect(tooltip).toContain('Send my CV (Dr. Elena Rossi');
		expect(tooltip).not.toContain('atlas');
	});

	it('opens the dashboard when clicked', () => {
		el.click();
		expect(openDashboard).toHaveBeenCalledTimes(1);
	});

	it('follows the team as it changes, and hides at zero', () => {
		const moreNotes = { ...REMINDER_NOTES, 'Mentors/Dr. Sam Okafor.md': `${REMINDER_NOTES['Mentors/Dr. Sam Okafor.md'] ?? ''}- [ ] Send the budget 📅 2026-11-24\n` };
		source.set(teamOf(moreNotes));
		expect(el.textContent).toBe('8 due today or overdue');

		source.set(teamOf({}));
		expect(shown()).toBe(false);
		expect(el.textContent).toBe('');
		expect(el.hasAttribute('aria-label')).toBe(false);

		source.set(teamOf());
		expect(shown()).toBe(true);
		expect(el.textContent).toBe('7 due today or overdue');
	});

	it('hides while the team is not indexed yet', () => {
		source.set(null);
		expect(shown()).toBe(false);
	});

	it('hides when the setting is off and comes back when it is on', async () => {
		await store.updateSettings({ showStatusBar: false });
		expect(shown()).toBe(false);
		source.set(teamOf());
		expect(shown()).toBe(false);
		await store.updateSettings({ showStatusBar: true });
		expect(shown()).toBe(true);
		expect(el.textContent).toBe('7 due today or overdue');
	});

	it('shortens a long tooltip', () => {
		const notes: Record<string, string> = {};
		for (let i = 1; i <= TOOLTIP_LINES + 3; i++) {
			notes[`Mentors/Mentor ${i}.md`] = `---\ntype: mentor\nrole: support\nlast_contact: 2026-11-01\n---\n`;
		}
		source.set(teamOf(notes));
		expect(el.textContent).toBe(`${TOOLTIP_LINES + 3} overdue`);
		const tooltip = (el.getAttribute('aria-label') ?? '').split('\n');
		expect(tooltip).toHaveLength(TOOLTIP_LINES + 2);
		expect(tooltip.at(-1)).toBe('and 3 more');
	});

	it('stops following the team when the plugin unloads', () => {
		expect(source.listenerCount).toBe(1);
		plugin.unload();
		expect(source.listenerCount).toBe(0);
		el.click();
		expect(openDashboard).not.toHaveBeenCalled();
	});
});
