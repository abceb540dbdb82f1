import { describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../src/core/settings';
import { TYPING_SAVE_DELAY_MS } from '../../../src/obsidian/settings/staging';
import { savedData } from '../plugin-fixture';
import { drawImperatively, errorOf, row, useSettingsTab, validate } from './tab-fixture';

const t = useSettingsTab();

describe('changing a setting (Obsidian 1.13+, declarative)', () => {
	it('saves a toggle at once and notifies', async () => {
		await t.tab.setControlValue('remindersEnabled', false);
		expect(t.store.settings.remindersEnabled).toBe(false);
		expect((await savedData(t.plugin)).settings).toMatchObject({ remindersEnabled: false });
		expect(t.changes).toHaveBeenCalledTimes(1);
	});

	it('refuses a cadence it cannot read, with a message, and saves nothing', async () => {
		expect(await validate(t.tab, 'defaultCadence', 'whenever')).toMatch(/^Cadence "whenever" is not understood/);
		expect(await validate(t.tab, 'defaultCadence', 'monthly')).toBeFalsy();
		await t.tab.setControlValue('defaultCadence', 'whenever');
		await t.tab.flush();
		expect(t.store.settings.defaultCadence).toBe('every 2 weeks');
		expect(t.changes).not.toHaveBeenCalled();
		await t.tab.setControlValue('defaultCadence', 'P3W');
		await t.tab.flush();
		expect(t.store.settings.defaultCadence).toBe('P3W');
	});

	it('refuses tags with spaces, empty or duplicate property names, bad folders and bad synonyms', async () => {
		expect(await validate(t.tab, 'mentorTag', 'my mentor')).toMatch(/cannot contain spaces/);
		expect(await validate(t.tab, 'mentorTag', '#people/mentor')).toBeFalsy();
		expect(await validate(t.tab, 'replyTag', '')).toBe('A tag is needed.');
		expect(await validate(t.tab, 'properties.role', ' ')).toBe('A property name is needed.');
		expect(await validate(t.tab, 'properties.role', 'status')).toBe('The status property already uses this name.');
		expect(await validate(t.tab, 'mentorsFolder', '../Outside')).toMatch(/without \. or \.\. parts/);
		expect(await validate(t.tab, 'mentorsFolder', '')).toBeFalsy();
		expect(await validate(t.tab, 'meetingTemplate', 'Templates/')).toBe('This is a folder; choose a note.');
		expect(await validate(t.tab, 'roleSynonyms', 'registrar = support\njust words')).toMatch(/^Line 2 /);
		await t.tab.setControlValue('mentorTag', '#people');
		await t.tab.flush();
		expect(t.store.settings.mentorTag).toBe('people');
	});

	it('saves role synonyms from lines of text, keyed as roles are read', async () => {
		await t.tab.setControlValue('roleSynonyms', 'Registrar = Support\n\nresearch advisor: research\nchief -> sponsor\nward-buddy = clinical_skills');
		await t.tab.flush();
		expect(t.store.settings.roleSynonyms).toEqual({ registrar: 'support', 'research advisor': 'research', chief: 'sponsor', 'ward buddy': 'clinical skills' });
	});
});

describe('changing a setting (before Obsidian 1.13, display())', () => {
	it('saves a toggle and a choice at once', async () => {
		drawImperatively(t);
		row(t, 'Status bar count').toggle[0]?.setValue(false);
		row(t, 'Date order').dropdown[0]?.setValue('day-first');
		await vi.advanceTimersByTimeAsync(0);
		expect(t.store.settings.showStatusBar).toBe(false);
		expect(t.store.settings.dateOrder).toBe('day-first');
		expect((await savedData(t.plugin)).settings).toMatchObject({ showStatusBar: false, dateOrder: 'day-first' });
	});

	it('shows a cadence it cannot read under the setting, saves nothing, and clears the message once it can', async () => {
		drawImperatively(t);
		const cadence = row(t, 'Default cadence');
		cadence.text[0]?.setValue('every now and then');
		await vi.advanceTimersByTimeAsync(TYPING_SAVE_DELAY_MS * 2);
		expect(errorOf(cadence)).toMatch(/^Cadence "every now and then" is not understood; write for example/);
		expect(cadence.setting.settingEl.hasClass('is-invalid')).toBe(true);
		expect(t.store.settings.defaultCadence).toBe('every 2 weeks');
		expect(t.changes).not.toHaveBeenCalled();

		cadence.text[0]?.setValue('monthly');
		expect(errorOf(cadence)).toBeNull();
		await vi.advanceTimersByTimeAsync(TYPING_SAVE_DELAY_MS);
		expect(t.store.settings.defaultCadence).toBe('monthly');
		expect(t.changes).toHaveBeenCalledTimes(1);
	});

	it('refuses bad role synonyms with the line that is wrong', async () => {
		drawImperatively(t);
		const synonyms = row(t, 'Role synonyms');
		synonyms.area[0]?.setValue('registrar = support\nregistrar');
		expect(errorOf(synonyms)).toMatch(/^Line 2 /);
		await vi.advanceTimersByTimeAsync(TYPING_SAVE_DELAY_MS);
		expect(t.store.settings.roleSynonyms).toEqual(DEFAULT_SETTINGS.roleSynonyms);
	});
});
