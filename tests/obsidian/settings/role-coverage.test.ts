// From the settings tab to the dashboard: a role and a synonym typed with hyphens in the tab
// count the mentors whose notes write them, in the coverage tiles and on the team cards.
import { describe, expect, it, vi } from 'vitest';
import { renderDashboard } from '../../../src/obsidian/dashboard/render-dashboard';
import { TYPING_SAVE_DELAY_MS } from '../../../src/obsidian/settings/staging';
import { teamOf, TODAY } from '../dashboard/fixture';
import { recordingActions } from '../dashboard/helpers';
import { click, drawImperatively, errorOf, row, useSettingsTab } from './tab-fixture';

const NOTES: Record<string, string> = {
	'Mentors/Dr. Ada Ncube.md': '---\ntype: mentor\nrole: clinical-skills\nlast_contact: 2026-11-20\n---\n',
	'Mentors/Ben Osei.md': '---\ntype: mentor\nrole: [ward-buddy]\nlast_contact: 2026-11-20\n---\n',
	'Mentors/Dr. Cy Park.md': '---\ntype: mentor\nrole: research\nlast_contact: 2026-11-20\n---\n',
};

const t = useSettingsTab();

describe('a hyphenated role and synonym typed in the settings tab', () => {
	it('count the mentors who have them on the dashboard', async () => {
		drawImperatively(t);
		const add = row(t, 'Add a role');
		add.text[0]?.setValue('clinical-skills');
		expect(errorOf(add)).toBeNull();
		click(add.button[0]);
		await vi.advanceTimersByTimeAsync(0);

		const synonyms = row(t, 'Role synonyms');
		synonyms.area[0]?.setValue(`${synonyms.area[0].getValue()}\nward-buddy = clinical-skills`);
		row(t, 'Clinical skills').text[1]?.setValue('2');
		await vi.advanceTimersByTimeAsync(TYPING_SAVE_DELAY_MS);

		const settings = t.store.settings;
		const root = renderDashboard(activeDocument.body.createDiv(), teamOf(NOTES, TODAY, settings), settings, recordingActions(), {});
		const tile = root.querySelector('[data-role="clinical skills"]');
		expect(tile?.querySelector('.mentor-rally-tile-role')?.textContent).toBe('Clinical skills');
		expect(tile?.querySelector('.mentor-rally-tile-number')?.textContent).toBe('2');
		expect(tile?.querySelector('.mentor-rally-tile-names')?.textContent).toBe('Ben Osei, Dr. Ada Ncube');
		expect(tile?.classList.contains('mentor-rally-state-ok')).toBe(true);
		const chips = [...root.querySelectorAll('.mentor-rally-role')].map((chip) => chip.textContent);
		expect(chips.filter((chip) => chip === 'Clinical skills')).toHaveLength(2);
	});
});
