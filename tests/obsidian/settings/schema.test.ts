import { describe, expect, it } from 'vitest';
import type { SettingDefinitionControl, SettingDefinitionPage, SettingDefinitionRender } from 'obsidian';
import { DEFAULT_SETTINGS } from '../../../src/core/settings';
import { SETTING_SECTIONS } from '../../../src/obsidian/settings/schema';
import { click, control, definitions, drawImperatively, groups, row, useSettingsTab } from './tab-fixture';

// Essentials first (where notes live, reminders, the team); the property names, rarely changed, last and folded.
const HEADINGS = ['Folders', 'Reminders', 'Calendar', 'Team', 'Tags and dates', 'Prospects and alumni', 'Meeting loop', 'Property names'];

/** Every control key the settings need: one per leaf of MentorRallySettings (role targets have their own rows). */
function expectedKeys(): string[] {
	const keys: string[] = [];
	for (const [key, value] of Object.entries(DEFAULT_SETTINGS)) {
		if (key === 'roleTargets') continue;
		if (key === 'properties' || key === 'teamTarget' || key === 'relationships') {
			for (const sub of Object.keys(value as object)) keys.push(`${key}.${sub}`);
		} else keys.push(key);
	}
	return keys.sort();
}

const t = useSettingsTab();

describe('the settings, defined once', () => {
	it('has a control for every setting in the declarative definitions, under its headings', () => {
		expect(groups(t.tab).map((g) => g.heading)).toEqual(HEADINGS);
		const keys = definitions(t.tab)
			.filter((d): d is SettingDefinitionControl => 'control' in d && d.control !== undefined)
			.map((d) => d.control.key)
			.sort();
		expect(keys).toEqual(expectedKeys());
		// Role targets: a row per role, and a row to add one.
		const rendered = definitions(t.tab)
			.filter((d): d is SettingDefinitionRender => 'render' in d && d.render !== undefined)
			.map((d) => d.name);
		expect(rendered).toEqual(['Research', 'Support', 'Sponsor', 'Add a role']);
	});

	it('draws the same settings, in the same order, in display()', () => {
		drawImperatively(t);
		// A heading's text, less the description a folded section shows under its name.
		const headings = [...t.tab.containerEl.querySelectorAll('.setting-item-heading')].map((el) => {
			const desc = SETTING_SECTIONS.find((s) => el.textContent?.startsWith(s.heading))?.desc ?? '';
			return el.textContent?.replace(desc, '');
		});
		expect(headings).toEqual(HEADINGS);
		const drawn = t.captured.filter((c) => !c.setting.settingEl.hasClass('setting-item-heading')).map((c) => c.setting.nameEl.textContent);
		expect(drawn).toEqual(definitions(t.tab).map((d) => d.name));
		// Every drawn row has something to change.
		for (const entry of t.captured) {
			const controls = entry.text.length + entry.area.length + entry.toggle.length + entry.dropdown.length + entry.button.length + entry.extra.length;
			expect(controls, entry.setting.nameEl.textContent ?? '').toBeGreaterThan(0);
		}
	});

	it('describes every setting in plain words, names in sentence case', () => {
		for (const definition of definitions(t.tab)) {
			expect(definition.name).toMatch(/^[A-Z][^A-Z]*$/);
			expect(typeof definition.desc === 'string' && definition.desc.length > 10).toBe(true);
		}
		for (const section of SETTING_SECTIONS) expect(section.heading).toMatch(/^[A-Z][^A-Z]*$/);
	});

	it('shows the current values in both ways of drawing', async () => {
		await t.store.updateSettings({ mentorsFolder: 'People', remindersEnabled: false, dateOrder: 'day-first', roleSynonyms: { registrar: 'support' } });
		expect(t.tab.getControlValue('mentorsFolder')).toBe('People');
		expect(t.tab.getControlValue('properties.lastContact')).toBe('last_contact');
		expect(t.tab.getControlValue('teamTarget.max')).toBe(5);
		expect(t.tab.getControlValue('remindersEnabled')).toBe(false);
		expect(t.tab.getControlValue('roleSynonyms')).toBe('registrar = support');
		expect(t.tab.getControlValue('roleTargets.support.max')).toBe(2);
		expect(t.tab.getControlValue('nonsense')).toBeUndefined();

		drawImperatively(t);
		expect(row(t, 'Mentors folder').text[0]?.getValue()).toBe('People');
		expect(row(t, 'Reminders').toggle[0]?.getValue()).toBe(false);
		expect(row(t, 'Date order').dropdown[0]?.getValue()).toBe('day-first');
		expect(row(t, 'Support').text.map((c) => c.getValue())).toEqual(['1', '2']);
	});

	it('explains how 3/12 reads in each date order', () => {
		const options = (control(t.tab, 'dateOrder').control as { options: Record<string, string> }).options;
		expect(options['month-first']).toContain('3/12 is 12 March');
		expect(options['day-first']).toContain('3/12 is 3 December');
	});

	it('folds the property names away: a sub-page on Obsidian 1.13, a closed group before', () => {
		const top = t.tab.getSettingDefinitions();
		const last = top[top.length - 1] as SettingDefinitionPage;
		expect(last.type).toBe('page');
		expect(last.name).toBe('Property names');
		expect(top.slice(0, -1).every((item) => 'type' in item && item.type === 'group')).toBe(true);

		drawImperatively(t);
		const lastContact = row(t, 'Last contact property');
		const heading = t.captured.find((c) => c.setting.nameEl.textContent === 'Property names');
		const toggle = heading?.extra[0];
		expect(toggle?.extraSettingsEl.getAttribute('aria-expanded')).toBe('false');
		expect(lastContact.setting.settingEl.parentElement?.style.display).toBe('none');
		click(toggle);
		expect(toggle?.extraSettingsEl.getAttribute('aria-expanded')).toBe('true');
		expect(lastContact.setting.settingEl.parentElement?.style.display).not.toBe('none');
		click(toggle);
		expect(lastContact.setting.settingEl.parentElement?.style.display).toBe('none');
	});

	it('shows no placeholder that reads as a value: empty, or an example marked "e.g."', () => {
		const placeholders = definitions(t.tab)
			.filter((d): d is SettingDefinitionControl => 'control' in d && d.control !== undefined)
			.map((d) => [d.control.key, (d.control as { placeholder?: string }).placeholder ?? ''] as const);
		expect(placeholders.length).toBeGreaterThan(10);
		for (const [key, placeholder] of placeholders) {
			if (placeholder !== '') expect(placeholder, key).toMatch(/^e\.g\. /);
		}
		expect(placeholders.find(([key]) => key === 'mentorsFolder')?.[1]).toBe('e.g. Mentors');
	});
});
