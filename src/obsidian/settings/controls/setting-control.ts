import { Setting, type SettingGroupItem } from 'obsidian';
import type { MentorRallySettings } from '../../../core/settings';
import type { FieldAccess } from '../field';

export type SettingValue = string | number | boolean;

/** What a control needs from the tab: the values to show, the checks, and where edits go. */
export interface SettingsHost {
	/** The saved settings. */
	readonly settings: MentorRallySettings;
	/** The value a control shows: the one typed but not yet saved, else the saved one. */
	shownValue<V extends SettingValue>(control: ValueSetting<V>): V;
	/** Why a value given to a control cannot be saved, or null. */
	problemOf(control: ValueSetting<SettingValue>, given: unknown): string | null;
	/** A value the user gave in a drawn control: checked, shown as a problem or kept to save. */
	edit(setting: Setting, control: ValueSetting<SettingValue>, given: unknown): void;
	addRole(setting: Setting | null, name: string): Promise<boolean>;
	removeRole(role: string): Promise<void>;
}

/**
 * One setting (or group of rows) that can both describe itself, as Obsidian 1.13's declarative
 * definitions (drawn by Obsidian and found by its settings search), and draw itself, as
 * display() does for older versions.
 */
export interface SettingControl {
	describe(host: SettingsHost): SettingGroupItem[];
	draw(containerEl: HTMLElement, host: SettingsHost): void;
}

export interface SettingWords<V> {
	name: string;
	desc: string;
	/** More words the settings search should find the setting by. */
	aliases?: string[];
	/** Why the value cannot be saved (a sentence for the user), or null when it can. */
	check?(value: V, settings: MentorRallySettings): string | null;
}

/**
 * A setting with one value: the base of every control kind (as obsidian-linter's BaseSetting in
 * src/ui/components, which also reaches its value by a key path).
 */
export abstract class ValueSetting<V extends SettingValue> implements SettingControl {
	/** True for a choice (toggle, dropdown), saved at once; typed values wait for typing to pause. */
	readonly savesAtOnce: boolean = false;

	constructor(
		readonly access: FieldAccess<V>,
		readonly words: SettingWords<V>,
	) {}

	get key(): string {
		return this.access.key;
	}

	/** A value from a control (or from Obsidian) as this setting's type, or why it is not one. */
	abstract read(given: unknown): { value: V } | { problem: string };

	/** Why the value cannot be saved next to `settings`, or null. */
	check(value: V, settings: MentorRallySettings): string | null {
		return this.words.check?.(value, settings) ?? null;
	}

	abstract describe(host: SettingsHost): SettingGroupItem[];

	/** Adds the control to a drawn setting row. */
	protected abstract addTo(setting: Setting, host: SettingsHost): void;

	draw(containerEl: HTMLElement, host: SettingsHost): void {
		this.addTo(new Setting(containerEl).setName(this.words.name).setDesc(this.words.desc), host);
	}

	/** The name, description and search words of a declarative definition. */
	protected base(): { name: string; desc: string; aliases?: string[] } {
		const { name, desc, aliases } = this.words;
		return aliases ? { name, desc, aliases } : { name, desc };
	}

	/** The validate callback of a declarative control. */
	protected validator(host: SettingsHost): (given: unknown) => string | undefined {
		return (given) => host.problemOf(this, given) ?? undefined;
	}
}

/** Text as text; nothing (an emptied control) as ''. */
export function readText(given: unknown): { value: string } | { problem: string } {
	if (typeof given === 'string') return { value: given };
	return given === null || given === undefined ? { value: '' } : { problem: 'Enter text.' };
}
