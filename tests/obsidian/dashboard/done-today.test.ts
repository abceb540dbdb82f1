// Done today: items ticked today stay in sight, struck through, under Your court until the day turns.
import { beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../src/core/settings';
import type { CalendarDate } from '../../../src/core/calendar-date';
import { renderDashboard } from '../../../src/obsidian/dashboard/render-dashboard';
import { FIXTURE_NOTES, TODAY, teamOf } from './fixture';
import { click, count, prettyHtml, recordingActions, section, type RecordingActions } from './helpers';

let container: HTMLElement;
let actions: RecordingActions;

const MAYA = 'Mentors/Dr. Maya Lee.md';
const notes = (): Record<string, string> => ({
	...FIXTURE_NOTES,
	[MAYA]: `${FIXTURE_NOTES[MAYA] ?? ''}- [x] Send the ethics form 📅 2026-11-20 ✅ ${TODAY}\n- [x] Dr. Lee: the reference letter #theirs ✅ ${TODAY}\n`,
});

beforeEach(() => {
	activeDocument.body.empty();
	container = activeDocument.body.createDiv();
	actions = recordingActions();
});

function yourCourt(today: CalendarDate = TODAY): HTMLElement {
	return section(renderDashboard(container, teamOf(notes(), today), DEFAULT_SETTINGS, actions), 'your-court');
}

describe('Done today', () => {
	it('lists what was ticked today, struck through, under Your court; the count stays what is open', () => {
		const before = count(renderDashboard(container, teamOf(FIXTURE_NOTES), DEFAULT_SETTINGS, actions), 'your-court');
		const body = yourCourt();
		expect(count(body.closest('.mentor-rally-dashboard') ?? body, 'your-court')).toBe(before);
		const strip = body.querySelector('.mentor-rally-done-today');
		expect(strip?.querySelector('h4')?.textContent).toBe('Done today · 2');
		const rows = [...(strip?.querySelectorAll('.mentor-rally-done-row') ?? [])];
		expect(rows.map((r) => `${r.querySelector('s')?.textContent} | ${r.querySelector('.mentor-rally-row-mentor')?.textContent}`)).toEqual([
			'Send the ethics form | Dr. Maya Lee',
			'Dr. Lee: the reference letter | Dr. Maya Lee',
		]);
		// The strip sits after the open items.
		const list = body.querySelector(':scope > .mentor-rally-section-body > ul, :scope ul.mentor-rally-list');
		expect(list && strip && list.compareDocumentPosition(strip) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
	});

	it('opens the note at the line on click', () => {
		const row = yourCourt().querySelector('.mentor-rally-done-row');
		if (!row) throw new Error('no done row');
		click(row);
		expect(actions.calls).toEqual([{ action: 'openItem', target: `${MAYA}:${row.getAttribute('data-line')}`, newLeaf: false }]);
	});

	it('is gone when the day turns, and absent when nothing was ticked today', () => {
		expect(yourCourt('2026-11-25' as CalendarDate).querySelector('.mentor-rally-done-today')).toBeNull();
		const plain = section(renderDashboard(container, teamOf(FIXTURE_NOTES), DEFAULT_SETTINGS, actions), 'your-court');
		expect(plain.querySelector('.mentor-rally-done-today')).toBeNull();
	});

	it('approved HTML', async () => {
		await expect(prettyHtml(yourCourt().querySelector('.mentor-rally-done-today') ?? activeDocument.body)).toMatchFileSnapshot('__snapshots__/done-today.html');
	});
});
