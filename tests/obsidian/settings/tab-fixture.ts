// Shared by the settings tests: the tab over a real PluginDataStore, its components reachable the
// way a user reaches them (the mock, like a user, changes them through setValue), and the
// declarative definitions walked the way Obsidian 1.13 walks them.
import { afterEach, beforeEach, vi, type Mock } from 'vitest';
import {
	Setting,
	type ButtonComponent,
	type DropdownComponent,
	type ExtraButtonComponent,
	type SettingDefinition,
	type SettingDefinitionControl,
	type SettingDefinitionGroup,
	type SettingDefinitionItem,
	type TextAreaComponent,
	type TextComponent,
	type ToggleComponent,
} from 'obsidian';
import type { PluginDataStore } from '../../../src/obsidian/plugin-data';
import { MentorRallySettingTab } from '../../../src/obsidian/settings/settings-tab';
import { makeStore, type TestPlugin } from '../plugin-fixture';

export interface Captured {
	setting: Setting;
	text: TextComponent[];
	area: TextAreaComponent[];
	toggle: ToggleComponent[];
	dropdown: DropdownComponent[];
	button: ButtonComponent[];
	extra: ExtraButtonComponent[];
}

export interface TabFixture {
	plugin: TestPlugin;
	store: PluginDataStore;
	tab: MentorRallySettingTab;
	/** Called once per saved settings change. */
	changes: Mock<() => void>;
	/** Every component the drawn tab created, by setting row. */
	captured: Captured[];
}

type AddMethod = 'addText' | 'addTextArea' | 'addToggle' | 'addDropdown' | 'addButton' | 'addExtraButton';
type Adder = (this: Setting, cb: (component: unknown) => unknown) => Setting;
type Bucket = keyof Omit<Captured, 'setting'>;

/** Wraps Setting's add* methods so each component lands in `captured`, beside its setting. */
function spyOnComponents(captured: Captured[]): void {
	const buckets: Record<AddMethod, Bucket> = { addText: 'text', addTextArea: 'area', addToggle: 'toggle', addDropdown: 'dropdown', addButton: 'button', addExtraButton: 'extra' };
	const prototype = Setting.prototype as unknown as Record<AddMethod, Adder>;
	for (const [method, bucket] of Object.entries(buckets) as [AddMethod, Bucket][]) {
		const original = Object.getOwnPropertyDescriptor(prototype, method)?.value as Adder;
		vi.spyOn(prototype, method).mockImplementation(function (this: Setting, cb) {
			return original.call(this, (component) => {
				let entry = captured.find((c) => c.setting.settingEl === this.settingEl);
				if (!entry) {
					entry = { setting: this, text: [], area: [], toggle: [], dropdown: [], button: [], extra: [] };
					captured.push(entry);
				}
				(entry[bucket] as unknown[]).push(component);
				return cb(component);
			});
		});
	}
}

/** A fresh tab (and fake timers) before each test of the calling file. */
export function useSettingsTab(): TabFixture {
	const fixture = { captured: [] as Captured[] } as TabFixture;
	beforeEach(async () => {
		vi.useFakeTimers();
		fixture.captured = [];
		spyOnComponents(fixture.captured);
		const { plugin, store } = await makeStore();
		fixture.plugin = plugin;
		fixture.store = store;
		fixture.tab = new MentorRallySettingTab(plugin.app, plugin, store);
		fixture.changes = vi.fn<() => void>();
		store.onSettingsChange(fixture.changes);
	});
	afterEach(() => {
		vi.useRealTimers();
		vi.restoreAllMocks();
	});
	return fixture;
}

/** The tab drawn the way Obsidian before 1.13 draws it. */
export function drawImperatively(fixture: TabFixture): void {
	(fixture.tab as unknown as { display(): void }).display();
}

/** The one drawn setting row with this name. */
export function row(fixture: TabFixture, name: string): Captured {
	const found = fixture.captured.filter((c) => c.setting.nameEl.textContent === name && fixture.tab.containerEl.contains(c.setting.settingEl));
	if (found.length !== 1) throw new Error(`expected one setting named "${name}", found ${found.length}`);
	return found[0] as Captured;
}

/** The problem shown under a row: Setting.errorEl (Obsidian 1.13+), where setErrorMessage puts it. */
export function errorOf(entry: Captured): string | null {
	return (entry.setting as unknown as { errorEl: HTMLElement | null }).errorEl?.textContent ?? null;
}

/** Clicks a button or an extra button as a user does. */
export function click(component: ButtonComponent | ExtraButtonComponent | undefined): void {
	(component as unknown as { simulateClick__(): void }).simulateClick__();
}

/** The groups on the tab, with a folded section's sub-page standing in as the group it holds (named after the page). */
export function groups(tab: MentorRallySettingTab): SettingDefinitionGroup[] {
	return tab.getSettingDefinitions().map((item): SettingDefinitionGroup => {
		if ('type' in item && item.type === 'page') return { type: 'group', heading: item.name, items: flatten(item.items ?? []) };
		return item as SettingDefinitionGroup;
	});
}

export function definitions(tab: MentorRallySettingTab): SettingDefinition[] {
	return groups(tab).flatMap((g) => flatten(g.items ?? []));
}

/** The settings in a list of definitions, groups and pages opened. */
function flatten(items: readonly SettingDefinitionItem[]): SettingDefinition[] {
	return items.flatMap((item): SettingDefinition[] => {
		if ('type' in item && (item.type === 'group' || item.type === 'list')) return flatten(item.items ?? []);
		if ('type' in item && item.type === 'page') return flatten(item.items ?? []);
		return [item as SettingDefinition];
	});
}

export function control(tab: MentorRallySettingTab, key: string): SettingDefinitionControl {
	const found = definitions(tab).find((d): d is SettingDefinitionControl => 'control' in d && d.control?.key === key);
	if (!found) throw new Error(`no control ${key}`);
	return found;
}

/** What the declarative control's validate callback says about a value. */
export async function validate(tab: MentorRallySettingTab, key: string, value: unknown): Promise<string | void> {
	const check = control(tab, key).control.validate as ((v: unknown) => string | void | Promise<string | void>) | undefined;
	return check?.(value);
}
