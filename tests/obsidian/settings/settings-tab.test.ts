import { afterEach, beforeEach, describe, expect, it, vi, type Mock } from 'vitest';
import {
	Setting,
	type ButtonComponent,
	type DropdownComponent,
	type ExtraButtonComponent,
	type SettingDefinition,
	type SettingDefinitionControl,
	type SettingDefinitionGroup,
	type SettingDefinitionRender,
	type TextAreaComponent,
	type TextComponent,
	type ToggleComponent,
} from 'obsidian';
import { DEFAULT_SETTINGS, normalizeSettings } from '../../../src/core/settings';
import { parseSynonyms } from '../../../src/core/role-settings';
import type { PluginDataStore } from '../../../src/obsidian/plugin-data';
import { MentorRallySettingTab } from '../../../src/obsidian/settings/settings-tab';
import { SETTING_SECTIONS } from '../../../src/obsidian/settings/schema';
import { TYPING_SAVE_DELAY_MS } from '../../../src/obsidian/settings/staging';
import { makeStore, savedData, type TestPlugin } from '../plugin-fixture';

const HEADINGS = ['Mentors', 'Properties', 'Team', 'Dates and items', 'Notes', 'Reminders'];

/** Every control key the settings need: one per leaf of MentorRallySettings (role targets have their own rows). */
function expectedKeys(): string[] {
	const keys: string[] = [];
	for (const [key, value] of Object.entries(DEFAULT_SETTINGS)) {
		if (key === 'roleTargets') continue;
		if (key === 'properties' || key === 'teamTarget') {
			for (const sub of Object.keys(value as object)) keys.push(`${key}.${sub}`);
		} else keys.push(key);
	}
	return keys.sort();
}

// --- Reaching the components display() creates (the mock, like a user, changes them through setValue).

interface Captured {
	setting: Setting;
	text: TextComponent[];
	area: TextAreaComponent[];
	toggle: ToggleComponent[];
	dropdown: DropdownComponent[];
	button: ButtonComponent[];
	extra: ExtraButtonComponent[];
}

let captured: Captured[] = [];

function capture(setting: Setting): Captured {
	let entry = captured.find((c) => c.setting.settingEl === setting.settingEl);
	if (!entry) {
		entry = { setting, text: [], area: [], toggle: [], dropdown: [], button: [], extra: [] };
		captured.push(entry);
	}
	return entry;
}

type AddMethod = 'addText' | 'addTextArea' | 'addToggle' | 'addDropdown' | 'addButton' | 'addExtraButton';
type Adder = (this: Setting, cb: (component: unknown) => unknown) => Setting;

/** Wraps Setting's add* methods so each component lands in `captured`, beside its setting. */
function spyOnComponents(): void {
	const buckets: Record<AddMethod, keyof Omit<Captured, 'setting'>> = {
		addText: 'text',
		addTextArea: 'area',
		addToggle: 'toggle',
		addDropdown: 'dropdown',
		addButton: 'button',
		addExtraButton: 'extra',
	};
	const prototype = Setting.prototype as unknown as Record<AddMethod, Adder>;
	for (const [method, bucket] of Object.entries(buckets) as [AddMethod, keyof Omit<Captured, 'setting'>][]) {
		const original = Object.getOwnPropertyDescriptor(prototype, method)?.value as Adder;
		vi.spyOn(prototype, method).mockImplementation(function (this: Setting, cb) {
			return original.call(this, (component) => {
				(capture(this)[bucket] as unknown[]).push(component);
				return cb(component);
			});
		});
	}
}

/** The tab drawn the way Obsidian before 1.13 draws it. */
function drawImperatively(): void {
	(tab as unknown as { display(): void }).display();
}

function row(name: string): Captured {
	const found = captured.filter((c) => c.setting.nameEl.textContent === name && tab.containerEl.contains(c.setting.settingEl));
	if (found.length !== 1) throw new Error(`expected one setting named "${name}", found ${found.length}`);
	return found[0] as Captured;
}

function errorOf(entry: Captured): string | null {
	// Setting.errorEl (Obsidian 1.13+), where setErrorMessage puts the message.
	return (entry.setting as unknown as { errorEl: HTMLElement | null }).errorEl?.textContent ?? null;
}

// --- Walking the declarative definitions

function groups(tab: MentorRallySettingTab): SettingDefinitionGroup[] {
	return tab.getSettingDefinitions() as SettingDefinitionGroup[];
}

function definitions(tab: MentorRallySettingTab): SettingDefinition[] {
	return groups(tab).flatMap((g) => (g.items ?? []) as SettingDefinition[]);
}

function control(tab: MentorRallySettingTab, key: string): SettingDefinitionControl {
	const found = definitions(tab).find((d): d is SettingDefinitionControl => 'control' in d && d.control?.key === key);
	if (!found) throw new Error(`no control ${key}`);
	return found;
}

async function validate(tab: MentorRallySettingTab, key: string, value: unknown): Promise<string | void> {
	const check = control(tab, key).control.validate as ((v: unknown) => string | void | Promise<string | void>) | undefined;
	return check?.(value);
}

let plugin: TestPlugin;
let store: PluginDataStore;
let tab: MentorRallySettingTab;
let changes: Mock<() => void>;

beforeEach(async () => {
	vi.useFakeTimers();
	captured = [];
	spyOnComponents();
	({ plugin, store } = await makeStore());
	tab = new MentorRallySettingTab(plugin.app, plugin, store);
	changes = vi.fn<() => void>();
	store.onSettingsChange(changes);
});

afterEach(() => {
	vi.useRealTimers();
	vi.restoreAllMocks();
});

describe('the settings, defined once', () => {
	it('has a control for every setting in the declarative definitions, under the six headings', () => {
		expect(groups(tab).map((g) => g.heading)).toEqual(HEADINGS);
		const keys = definitions(tab)
			.filter((d): d is SettingDefinitionControl => 'control' in d && d.control !== undefined)
			.map((d) => d.control.key)
			.sort();
		expect(keys).toEqual(expectedKeys());
		// Role targets: a row per role, and a row to add one.
		const rendered = definitions(tab).filter((d): d is SettingDefinitionRender => 'render' in d && d.render !== undefined).map((d) => d.name);
		expect(rendered).toEqual(['Research', 'Support', 'Sponsor', 'Add a role']);
	});

	it('draws the same settings, in the same order, in display()', () => {
		drawImperatively();
		const headings = [...tab.containerEl.querySelectorAll('.setting-item-heading')].map((el) => el.textContent);
		expect(headings).toEqual(HEADINGS);
		const drawn = captured.filter((c) => !c.setting.settingEl.hasClass('setting-item-heading')).map((c) => c.setting.nameEl.textContent);
		expect(drawn).toEqual(definitions(tab).map((d) => d.name));
		// Every drawn row has something to change.
		for (const entry of captured) {
			const controls = entry.text.length + entry.area.length + entry.toggle.length + entry.dropdown.length + entry.button.length;
			expect(controls, entry.setting.nameEl.textContent ?? '').toBeGreaterThan(0);
		}
	});

	it('describes every setting in plain words, names in sentence case', () => {
		for (const definition of definitions(tab)) {
			expect(definition.name).toMatch(/^[A-Z][^A-Z]*$/);
			expect(typeof definition.desc === 'string' && definition.desc.length > 10).toBe(true);
		}
		for (const section of SETTING_SECTIONS) expect(section.heading).toMatch(/^[A-Z][^A-Z]*$/);
	});

	it('shows the current values in both ways of drawing', async () => {
		await store.updateSettings({ mentorsFolder: 'People', remindersEnabled: false, dateOrder: 'day-first', roleSynonyms: { registrar: 'support' } });
		expect(tab.getControlValue('mentorsFolder')).toBe('People');
		expect(tab.getControlValue('properties.lastContact')).toBe('last_contact');
		expect(tab.getControlValue('teamTarget.max')).toBe(5);
		expect(tab.getControlValue('remindersEnabled')).toBe(false);
		expect(tab.getControlValue('roleSynonyms')).toBe('registrar = support');
		expect(tab.getControlValue('roleTargets.support.max')).toBe(2);
		expect(tab.getControlValue('nonsense')).toBeUndefined();

		drawImperatively();
		expect(row('Mentors folder').text[0]?.getValue()).toBe('People');
		expect(row('Reminders').toggle[0]?.getValue()).toBe(false);
		expect(row('Date order').dropdown[0]?.getValue()).toBe('day-first');
		expect(row('Support').text.map((t) => t.getValue())).toEqual(['1', '2']);
	});

	it('explains how 3/12 reads in each date order', () => {
		const options = (control(tab, 'dateOrder').control as { options: Record<string, string> }).options;
		expect(options['month-first']).toContain('3/12 is 12 March');
		expect(options['day-first']).toContain('3/12 is 3 December');
	});
});

describe('changing a setting (Obsidian 1.13+, declarative)', () => {
	it('saves a toggle at once and notifies', async () => {
		await tab.setControlValue('remindersEnabled', false);
		expect(store.settings.remindersEnabled).toBe(false);
		expect((await savedData(plugin)).settings).toMatchObject({ remindersEnabled: false });
		expect(changes).toHaveBeenCalledTimes(1);
	});

	it('saves typed text once typing pauses, in one change', async () => {
		await tab.setControlValue('mentorsFolder', 'Pe');
		await tab.setControlValue('mentorsFolder', 'People/');
		await tab.setControlValue('properties.role', 'kind');
		expect(changes).not.toHaveBeenCalled();
		expect(tab.getControlValue('mentorsFolder')).toBe('People/');
		await vi.advanceTimersByTimeAsync(TYPING_SAVE_DELAY_MS);
		expect(changes).toHaveBeenCalledTimes(1);
		expect(store.settings.mentorsFolder).toBe('People');
		expect(store.settings.properties.role).toBe('kind');
	});

	it('refuses a cadence it cannot read, with a message, and saves nothing', async () => {
		expect(await validate(tab, 'defaultCadence', 'whenever')).toMatch(/^Cadence "whenever" is not understood/);
		expect(await validate(tab, 'defaultCadence', 'monthly')).toBeFalsy();
		await tab.setControlValue('defaultCadence', 'whenever');
		await tab.flush();
		expect(store.settings.defaultCadence).toBe('every 2 weeks');
		expect(changes).not.toHaveBeenCalled();
		await tab.setControlValue('defaultCadence', 'P3W');
		await tab.flush();
		expect(store.settings.defaultCadence).toBe('P3W');
	});

	it('refuses numbers out of range and team sizes that contradict each other', async () => {
		expect(await validate(tab, 'reminderIntervalMinutes', 0)).toBe('Enter a whole number from 1 to 1440.');
		expect(await validate(tab, 'reminderIntervalMinutes', 2.5)).toBe('Enter a whole number from 1 to 1440.');
		expect(await validate(tab, 'teamTarget.min', 6)).toBe('Must not be more than the largest team (5).');
		expect(await validate(tab, 'teamTarget.max', 3)).toBe('Must not be less than the smallest complete team (4).');
		await tab.setControlValue('reminderIntervalMinutes', 0);
		await tab.setControlValue('teamTarget.min', 6);
		await tab.setControlValue('dueSoonDays', 'soon');
		await tab.flush();
		expect(store.settings).toEqual(normalizeSettings({}));
		await tab.setControlValue('reminderIntervalMinutes', 5);
		await tab.flush();
		expect(store.settings.reminderIntervalMinutes).toBe(5);
	});

	it('refuses tags with spaces, empty or duplicate property names, bad folders and bad synonyms', async () => {
		expect(await validate(tab, 'mentorTag', 'my mentor')).toMatch(/cannot contain spaces/);
		expect(await validate(tab, 'mentorTag', '#people/mentor')).toBeFalsy();
		expect(await validate(tab, 'replyTag', '')).toBe('A tag is needed.');
		expect(await validate(tab, 'properties.role', ' ')).toBe('A property name is needed.');
		expect(await validate(tab, 'properties.role', 'status')).toBe('The status property already uses this name.');
		expect(await validate(tab, 'mentorsFolder', '../Outside')).toMatch(/without \. or \.\. parts/);
		expect(await validate(tab, 'mentorsFolder', '')).toBeFalsy();
		expect(await validate(tab, 'meetingTemplate', 'Templates/')).toBe('This is a folder; choose a note.');
		expect(await validate(tab, 'roleSynonyms', 'registrar = support\njust words')).toMatch(/^Line 2 /);
		await tab.setControlValue('mentorTag', '#people');
		await tab.flush();
		expect(store.settings.mentorTag).toBe('people');
	});

	it('saves role synonyms from lines of text', async () => {
		await tab.setControlValue('roleSynonyms', 'Registrar = Support\n\nresearch advisor: research\nchief -> sponsor');
		await tab.flush();
		expect(store.settings.roleSynonyms).toEqual({ registrar: 'support', 'research advisor': 'research', chief: 'sponsor' });
		expect(parseSynonyms('').map).toEqual({});
	});

	it('reads a synonym line of a megabyte at once, with or without a separator', () => {
		expect(parseSynonyms(`chief${' '.repeat(1_000_000)}x`).problem).toMatch(/^Line 1 needs/);
		expect(parseSynonyms(`chief${' '.repeat(1_000_000)}= sponsor`).map).toEqual({ chief: 'sponsor' });
	});

	it('changes a role target, refusing at least above at most', async () => {
		await tab.setControlValue('roleTargets.support.max', 3);
		await tab.setControlValue('roleTargets.research.min', 2);
		await tab.flush();
		expect(store.settings.roleTargets.find((t) => t.role === 'support')).toEqual({ role: 'support', min: 1, max: 3 });
		expect(store.settings.roleTargets.find((t) => t.role === 'research')).toEqual({ role: 'research', min: 1, max: 1 });
	});

	it('adds and removes a custom role, and redraws the rows', async () => {
		const update = vi.spyOn(tab, 'update');
		expect(await tab.addRole(null, '  Clinical ')).toBe(true);
		expect(store.settings.roleTargets.at(-1)).toEqual({ role: 'clinical', min: 1, max: 1 });
		expect(update).toHaveBeenCalled();
		expect(definitions(tab).map((d) => d.name)).toContain('Clinical');
		expect(await tab.addRole(null, 'clinical')).toBe(false);
		expect(await tab.addRole(null, 'team')).toBe(false);
		expect(await tab.addRole(null, '')).toBe(false);

		await tab.removeRole('research');
		expect(store.settings.roleTargets.map((t) => t.role)).toContain('research');
		await tab.removeRole('clinical');
		expect(store.settings.roleTargets.map((t) => t.role)).toEqual(['research', 'support', 'sponsor']);
	});

	it('saves what is still waiting when the tab closes', async () => {
		await tab.setControlValue('meetingsFolder', 'Calls');
		tab.hide();
		await vi.runAllTimersAsync();
		expect(store.settings.meetingsFolder).toBe('Calls');
	});
});

describe('changing a setting (before Obsidian 1.13, display())', () => {
	beforeEach(() => {
		drawImperatively();
	});

	it('saves a toggle and a choice at once', async () => {
		row('Status bar count').toggle[0]?.setValue(false);
		row('Date order').dropdown[0]?.setValue('day-first');
		await vi.advanceTimersByTimeAsync(0);
		expect(store.settings.showStatusBar).toBe(false);
		expect(store.settings.dateOrder).toBe('day-first');
		expect((await savedData(plugin)).settings).toMatchObject({ showStatusBar: false, dateOrder: 'day-first' });
	});

	it('shows a cadence it cannot read under the setting, saves nothing, and clears the message once it can', async () => {
		const cadence = row('Default cadence');
		cadence.text[0]?.setValue('every now and then');
		await vi.advanceTimersByTimeAsync(TYPING_SAVE_DELAY_MS * 2);
		expect(errorOf(cadence)).toMatch(/^Cadence "every now and then" is not understood; write for example/);
		expect(cadence.setting.settingEl.hasClass('is-invalid')).toBe(true);
		expect(store.settings.defaultCadence).toBe('every 2 weeks');
		expect(changes).not.toHaveBeenCalled();

		cadence.text[0]?.setValue('monthly');
		expect(errorOf(cadence)).toBeNull();
		await vi.advanceTimersByTimeAsync(TYPING_SAVE_DELAY_MS);
		expect(store.settings.defaultCadence).toBe('monthly');
		expect(changes).toHaveBeenCalledTimes(1);
	});

	it('does not save a value typed on the way to one that is refused', async () => {
		const cadence = row('Default cadence');
		cadence.text[0]?.setValue('month');
		cadence.text[0]?.setValue('monthx');
		await vi.advanceTimersByTimeAsync(TYPING_SAVE_DELAY_MS * 2);
		expect(errorOf(cadence)).not.toBeNull();
		expect(store.settings.defaultCadence).toBe('every 2 weeks');
		expect(changes).not.toHaveBeenCalled();
	});

	it('refuses a number that is not a whole number in range', async () => {
		const interval = row('Check every (minutes)');
		for (const typed of ['0', '-3', '1.5', 'ten', '', '100000']) {
			interval.text[0]?.setValue(typed);
			expect(errorOf(interval), typed).toBe('Enter a whole number from 1 to 1440.');
		}
		await vi.advanceTimersByTimeAsync(TYPING_SAVE_DELAY_MS);
		expect(store.settings.reminderIntervalMinutes).toBe(30);
		interval.text[0]?.setValue(' 15 ');
		await vi.advanceTimersByTimeAsync(TYPING_SAVE_DELAY_MS);
		expect(store.settings.reminderIntervalMinutes).toBe(15);
	});

	it('edits role targets in their rows; built-in roles cannot be removed', async () => {
		const support = row('Support');
		support.text[1]?.setValue('0');
		expect(errorOf(support)).toBe('At most must not be less than at least (1).');
		support.text[1]?.setValue('3');
		expect(errorOf(support)).toBeNull();
		await vi.advanceTimersByTimeAsync(TYPING_SAVE_DELAY_MS);
		expect(store.settings.roleTargets.find((t) => t.role === 'support')?.max).toBe(3);
		expect(row('Research').extra).toHaveLength(0);
	});

	it('adds a role from the add row, then removes it with its button', async () => {
		const add = row('Add a role');
		add.text[0]?.setValue('Research');
		expect(errorOf(add)).toBe('There is already a research role.');
		add.text[0]?.setValue('Clinical');
		expect(errorOf(add)).toBeNull();
		(add.button[0] as unknown as { simulateClick__(): void }).simulateClick__();
		await vi.advanceTimersByTimeAsync(0);
		expect(store.settings.roleTargets.map((t) => t.role)).toEqual(['research', 'support', 'sponsor', 'clinical']);

		const clinical = row('Clinical');
		expect(clinical.text.map((t) => t.getValue())).toEqual(['1', '1']);
		(clinical.extra[0] as unknown as { simulateClick__(): void }).simulateClick__();
		await vi.advanceTimersByTimeAsync(0);
		expect(store.settings.roleTargets.map((t) => t.role)).toEqual(['research', 'support', 'sponsor']);
		expect(() => row('Clinical')).toThrow();
	});

	it('refuses bad role synonyms with the line that is wrong', async () => {
		const synonyms = row('Role synonyms');
		synonyms.area[0]?.setValue('registrar = support\nregistrar');
		expect(errorOf(synonyms)).toMatch(/^Line 2 /);
		await vi.advanceTimersByTimeAsync(TYPING_SAVE_DELAY_MS);
		expect(store.settings.roleSynonyms).toEqual(DEFAULT_SETTINGS.roleSynonyms);
	});
});
