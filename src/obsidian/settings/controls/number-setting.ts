import type { Setting, SettingGroupItem } from 'obsidian';
import { countProblem, isCount, readCount } from '../../../core/settings-rules';
import { ValueSetting, type SettingsHost, type SettingWords } from './setting-control';
import type { FieldAccess } from '../field';

export interface NumberWords extends SettingWords<number> {
	min: number;
	max: number;
}

/** A whole number in a range; older versions draw a number box, whose text is read here. */
export class NumberSetting extends ValueSetting<number> {
	constructor(
		access: FieldAccess<number>,
		override readonly words: NumberWords,
	) {
		super(access, words);
	}

	read(given: unknown): { value: number } | { problem: string } {
		const { min, max } = this.words;
		if (typeof given === 'string') return readCount(given, min, max);
		return isCount(given, min, max) ? { value: given } : { problem: countProblem(min, max) };
	}

	describe(host: SettingsHost): SettingGroupItem[] {
		const { min, max } = this.words;
		return [{ ...this.base(), control: { type: 'number', key: this.key, min, max, step: 1, validate: this.validator(host) } }];
	}

	protected addTo(setting: Setting, host: SettingsHost): void {
		this.addInput(setting, host);
	}

	/** A number box in the row; a row may hold several (a role's at least and at most). */
	addInput(setting: Setting, host: SettingsHost, label?: string): void {
		setting.addText((text) => {
			text.inputEl.type = 'number';
			text.inputEl.min = String(this.words.min);
			text.inputEl.max = String(this.words.max);
			if (label !== undefined) text.inputEl.setAttribute('aria-label', label);
			text.setValue(String(host.shownValue(this))).onChange((value) => host.edit(setting, this, value));
		});
	}
}
