import { describe, expect, it, vi } from 'vitest';
import { normalizeSettings } from '../../../../src/core/settings';
import { TYPING_SAVE_DELAY_MS } from '../../../../src/obsidian/settings/staging';
import { drawImperatively, errorOf, row, useSettingsTab, validate } from '../tab-fixture';

const t = useSettingsTab();

describe('a number setting', () => {
	it('refuses numbers out of range and team sizes that contradict each other (declarative)', async () => {
		expect(await validate(t.tab, 'reminderIntervalMinutes', 0)).toBe('Enter a whole number from 1 to 1440.');
		expect(await validate(t.tab, 'reminderIntervalMinutes', 2.5)).toBe('Enter a whole number from 1 to 1440.');
		expect(await validate(t.tab, 'teamTarget.min', 6)).toBe('Must not be more than the largest team (5).');
		expect(await validate(t.tab, 'teamTarget.max', 3)).toBe('Must not be less than the smallest complete team (4).');
		await t.tab.setControlValue('reminderIntervalMinutes', 0);
		await t.tab.setControlValue('teamTarget.min', 6);
		await t.tab.setControlValue('dueSoonDays', 'soon');
		await t.tab.flush();
		expect(t.store.settings).toEqual(normalizeSettings({}));
		await t.tab.setControlValue('reminderIntervalMinutes', 5);
		await t.tab.flush();
		expect(t.store.settings.reminderIntervalMinutes).toBe(5);
	});

	it('refuses typed text that is not a whole number in range (drawn)', async () => {
		drawImperatively(t);
		const interval = row(t, 'Check every (minutes)');
		for (const typed of ['0', '-3', '1.5', 'ten', '', '100000']) {
			interval.text[0]?.setValue(typed);
			expect(errorOf(interval), typed).toBe('Enter a whole number from 1 to 1440.');
		}
		await vi.advanceTimersByTimeAsync(TYPING_SAVE_DELAY_MS);
		expect(t.store.settings.reminderIntervalMinutes).toBe(30);
		interval.text[0]?.setValue(' 15 ');
		await vi.advanceTimersByTimeAsync(TYPING_SAVE_DELAY_MS);
		expect(t.store.settings.reminderIntervalMinutes).toBe(15);
	});
});
