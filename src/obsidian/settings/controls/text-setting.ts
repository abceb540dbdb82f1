import type { Setting, SettingGroupItem } from 'obsidian';
import { readText, ValueSetting, type SettingsHost, type SettingWords } from './setting-control';
import type { FieldAccess } from '../field';

export interface TextWords extends SettingWords<string> {
	placeholder?: string;
}

/** A line of text. */
export class TextSetting extends ValueSetting<string> {
	constructor(
		access: FieldAccess<string>,
		override readonly words: TextWords,
	) {
		super(access, words);
	}

	read(given: unknown): { value: string } | { problem: string } {
		return readText(given);
	}

	describe(host: SettingsHost): SettingGroupItem[] {
		return [{ ...this.base(), control: { type: 'text', key: this.key, placeholder: this.placeholder, validate: this.validator(host) } }];
	}

	protected get placeholder(): string {
		return this.words.placeholder ?? '';
	}

	protected addTo(setting: Setting, host: SettingsHost): void {
		setting.addText((text) =>
			text
				.setPlaceholder(this.placeholder)
				.setValue(host.shownValue(this))
				.onChange((value) => host.edit(setting, this, value)),
		);
	}
}
