import type { Setting, SettingGroupItem } from 'obsidian';
import { readText, ValueSetting, type SettingsHost, type SettingWords } from './setting-control';
import type { FieldAccess } from '../field';

export interface DropdownWords extends SettingWords<string> {
	/** Saved value → the words shown for it. */
	options: Record<string, string>;
}

/** One of a few choices; saved at once. */
export class DropdownSetting extends ValueSetting<string> {
	override readonly savesAtOnce = true;

	constructor(
		access: FieldAccess<string>,
		override readonly words: DropdownWords,
	) {
		super(access, words);
	}

	read(given: unknown): { value: string } | { problem: string } {
		return readText(given);
	}

	describe(host: SettingsHost): SettingGroupItem[] {
		return [{ ...this.base(), control: { type: 'dropdown', key: this.key, options: this.words.options, validate: this.validator(host) } }];
	}

	protected addTo(setting: Setting, host: SettingsHost): void {
		setting.addDropdown((dropdown) =>
			dropdown
				.addOptions(this.words.options)
				.setValue(host.shownValue(this))
				.onChange((value) => host.edit(setting, this, value)),
		);
	}
}
