import type { SettingGroupItem, TFile } from 'obsidian';
import { TextSetting } from './text-setting';
import type { SettingsHost } from './setting-control';

/** A note of the vault: Obsidian 1.13 offers a picker of markdown notes; older versions a line of text. */
export class FileSetting extends TextSetting {
	override describe(host: SettingsHost): SettingGroupItem[] {
		return [
			{
				...this.base(),
				control: { type: 'file', key: this.key, placeholder: this.placeholder, filter: (file: TFile) => file.extension === 'md', validate: this.validator(host) },
			},
		];
	}
}
