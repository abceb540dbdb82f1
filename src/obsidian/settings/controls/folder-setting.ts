import type { SettingGroupItem } from 'obsidian';
import { TextSetting } from './text-setting';
import type { SettingsHost } from './setting-control';

/** A folder of the vault: Obsidian 1.13 offers a folder picker; older versions a line of text. */
export class FolderSetting extends TextSetting {
	override describe(host: SettingsHost): SettingGroupItem[] {
		return [{ ...this.base(), control: { type: 'folder', key: this.key, placeholder: this.placeholder, includeRoot: false, validate: this.validator(host) } }];
	}
}
