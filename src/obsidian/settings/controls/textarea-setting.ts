import type { Setting, SettingGroupItem } from 'obsidian';
import { TextSetting } from './text-setting';
import type { SettingsHost } from './setting-control';

/** Several lines of text, such as the role synonyms. */
export class TextAreaSetting extends TextSetting {
	override describe(host: SettingsHost): SettingGroupItem[] {
		return [{ ...this.base(), control: { type: 'textarea', key: this.key, placeholder: this.placeholder, validate: this.validator(host) } }];
	}

	protected override addTo(setting: Setting, host: SettingsHost): void {
		setting.addTextArea((area) => {
			area.inputEl.rows = 5;
			area.setPlaceholder(this.placeholder)
				.setValue(host.shownValue(this))
				.onChange((value) => host.edit(setting, this, value));
		});
	}
}
