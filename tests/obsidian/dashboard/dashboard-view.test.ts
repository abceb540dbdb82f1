import { App, WorkspaceLeaf } from '../../fakes/obsidian';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DashboardView, RERENDER_DELAY_MS, VIEW_TYPE_DASHBOARD } from '../../../src/obsidian/dashboard/dashboard-view';
import { FIXTURE_NOTES, fixtureTeam, teamOf } from './fixture';
import { FakeSource, recordingActions, rows, sectionIds } from './helpers';

function makeView(source: FakeSource): DashboardView {
	const leaf = WorkspaceLeaf.create2__(App.createConfigured__());
	return new DashboardView(leaf.asOriginalType3__(), source, recordingActions());
}

/** What Obsidian does when it opens and closes a view. */
async function open(view: DashboardView): Promise<void> {
	view.load();
	await (view as unknown as { onOpen(): Promise<void> }).onOpen();
}

async function close(view: DashboardView): Promise<void> {
	await (view as unknown as { onClose(): Promise<void> }).onClose();
	view.unload();
}

beforeEach(() => {
	vi.useFakeTimers();
});

afterEach(() => {
	vi.useRealTimers();
});

describe('DashboardView', () => {
	it('names itself like a workspace view should', () => {
		const view = makeView(new FakeSource(null));
		expect(VIEW_TYPE_DASHBOARD).toBe('mentor-rally-dashboard');
		expect(view.getViewType()).toBe('mentor-rally-dashboard');
		expect(view.getDisplayText()).toBe('Mentor team');
		expect(view.getIcon()).toBe('users');
	});

	it('does no work until it is opened', () => {
		const source = new FakeSource(fixtureTeam());
		const view = makeView(source);
		expect(source.snapshotCalls).toBe(0);
		expect(source.listeners.size).toBe(0);
		expect(view.contentEl.childElementCount).toBe(0);
	});

	it('renders on open, and the reading state while the index is being built', async () => {
		const source = new FakeSource(null);
		const view = makeView(source);
		await open(view);
		expect(view.contentEl.textContent).toBe('Reading your notes…');
		expect(view.contentEl.classList.contains('mentor-rally-view')).toBe(true);
		source.change(fixtureTeam());
		vi.advanceTimersByTime(RERENDER_DELAY_MS);
		expect(sectionIds(view.contentEl)).toEqual(['coverage', 'your-court', 'meetings', 'their-court', 'team', 'problems']);
	});

	it('re-renders once after a burst of changes, not once per change', async () => {
		const source = new FakeSource(fixtureTeam());
		const view = makeView(source);
		await open(view);
		const before = source.snapshotCalls;
		for (let i = 0; i < 10; i++) {
			source.change();
			vi.advanceTimersByTime(50);
		}
		expect(source.snapshotCalls).toBe(before);
		vi.advanceTimersByTime(RERENDER_DELAY_MS);
		expect(source.snapshotCalls).toBe(before + 1);
	});

	it('shows the new team after a change, keeping the scroll position and expanded lists', async () => {
		const tasks = Array.from({ length: 40 }, (_, i) => `- [ ] Task ${i + 1} 📅 2026-12-01`).join('\n');
		const big = teamOf({ 'Mentors/Dr. Busy.md': `---\ntype: mentor\nrole: research\nlast_contact: 2026-11-20\n---\n${tasks}\n` });
		const source = new FakeSource(big);
		const view = makeView(source);
		await open(view);
		view.contentEl.querySelector<HTMLButtonElement>('[data-section="your-court"] .mentor-rally-show-all')?.click();
		expect(rows(view.contentEl, 'your-court')).toHaveLength(40);
		view.contentEl.scrollTop = 240;
		source.change(teamOf({ ...FIXTURE_NOTES, 'Mentors/Dr. Busy.md': `---\ntype: mentor\nrole: research\nlast_contact: 2026-11-20\n---\n${tasks}\n- [ ] One more\n` }));
		vi.advanceTimersByTime(RERENDER_DELAY_MS);
		expect(rows(view.contentEl, 'your-court')).toHaveLength(46);
		expect(view.contentEl.scrollTop).toBe(240);
	});

	it('stops listening when closed', async () => {
		const source = new FakeSource(fixtureTeam());
		const view = makeView(source);
		await open(view);
		expect(source.listeners.size).toBe(1);
		source.change();
		await close(view);
		expect(source.listeners.size).toBe(0);
		const calls = source.snapshotCalls;
		vi.advanceTimersByTime(RERENDER_DELAY_MS * 2);
		expect(source.snapshotCalls).toBe(calls);
		expect(view.contentEl.childElementCount).toBe(0);
	});

	it('subscribes only once when opened again', async () => {
		const source = new FakeSource(fixtureTeam());
		const view = makeView(source);
		await open(view);
		await (view as unknown as { onOpen(): Promise<void> }).onOpen();
		expect(source.listeners.size).toBe(1);
	});
});
