import { describe, expect, it, vi } from 'vitest';
import { TYPING_SAVE_DELAY_MS } from '../../../src/obsidian/settings/staging';
import { drawImperatively, errorOf, row, useSettingsTab, validate } from './tab-fixture';

const t = useSettingsTab();

describe('values typed but not yet saved', () => {
	it('are saved once typing pauses, all in one change', async () => {
		await t.tab.setControlValue('mentorsFolder', 'Pe');
		await t.tab.setControlValue('mentorsFolder', 'People/');
		await t.tab.setControlValue('properties.role', 'kind');
		expect(t.changes).not.toHaveBeenCalled();
		expect(t.tab.getControlValue('mentorsFolder')).toBe('People/');
		await vi.advanceTimersByTimeAsync(TYPING_SAVE_DELAY_MS);
		expect(t.changes).toHaveBeenCalledTimes(1);
		expect(t.store.settings.mentorsFolder).toBe('People');
		expect(t.store.settings.properties.role).toBe('kind');
	});

	it('are not saved when typed on the way to a value that is refused', async () => {
		drawImperatively(t);
		const cadence = row(t, 'Default cadence');
		cadence.text[0]?.setValue('month');
		cadence.text[0]?.setValue('monthx');
		await vi.advanceTimersByTimeAsync(TYPING_SAVE_DELAY_MS * 2);
		expect(errorOf(cadence)).not.toBeNull();
		expect(t.store.settings.defaultCadence).toBe('every 2 weeks');
		expect(t.changes).not.toHaveBeenCalled();
	});

	it('are saved when the tab closes', async () => {
		await t.tab.setControlValue('meetingsFolder', 'Calls');
		t.tab.hide();
		await vi.runAllTimersAsync();
		expect(t.store.settings.meetingsFolder).toBe('Calls');
	});

	it('are what a check compares against: the smallest team typed, not yet saved, bounds the largest', async () => {
		await t.tab.setControlValue('teamTarget.min', 2);
		expect(await validate(t.tab, 'teamTarget.max', 1)).toBe('Must not be less than the smallest complete team (2).');
		expect(t.store.settings.teamTarget.min).toBe(4);
	});
});
