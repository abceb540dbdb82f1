import type { Setting, SettingGroupItem } from 'obsidian';
import { ValueSetting, type SettingsHost } from './setting-control';

/** On or off; saved at once. */
export class ToggleSetting extends ValueSetting<boolean> {
	override readonly savesAtOnce = true;

	read(given: unknown): { value: boolean } | { problem: string } {
		return typeof given === 'boolean' ? { value: given } : { problem: 'Choose on or off.' };
	}

	describe(): SettingGroupItem[] {
		return [{ ...this.base(), control: { type: 'toggle', key: this.key } }];
	}

	protected addTo(setting: Setting, host: SettingsHost): void {
		setting.addToggle((toggle) => toggle.setValue(host.shownValue(this)).onChange((value) => host.edit(setting, this, value)));
	}
}
