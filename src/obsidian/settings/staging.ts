import { Notice } from 'obsidian';
import { draftOf, type MentorRallySettings, type SettingsDraft } from '../../core/settings';
import type { PluginDataStore } from '../plugin-data';
import type { SettingValue, ValueSetting } from './controls/setting-control';

/** How long typing pauses before a text value is saved (and the team re-read). */
export const TYPING_SAVE_DELAY_MS = 400;

interface Staged {
	control: ValueSetting<SettingValue>;
	value: SettingValue;
}

/**
 * The values typed but not yet saved. A valid value waits here until typing pauses (a choice
 * goes at once); then every waiting value is saved in one change: one save, one rebuild of the
 * team. Checks compare against the saved settings with these values applied.
 */
export class SettingsStaging {
	private readonly staged = new Map<string, Staged>();
	private timer: number | null = null;

	constructor(private readonly data: PluginDataStore) {}

	get saved(): MentorRallySettings {
		return this.data.settings;
	}

	/** The value a control shows: the one waiting, else the saved one. */
	shownValue<V extends SettingValue>(control: ValueSetting<V>): V {
		const waiting = this.staged.get(control.key);
		return waiting ? (waiting.value as V) : control.access.get(this.saved);
	}

	/** The saved settings with every waiting value applied. */
	draft(): SettingsDraft {
		const draft = draftOf(this.saved);
		for (const { control, value } of this.staged.values()) control.access.set(draft, value);
		return draft;
	}

	/** Keeps a valid value; typed values are saved when typing pauses, choices at once. */
	async stage(control: ValueSetting<SettingValue>, value: SettingValue): Promise<void> {
		this.staged.set(control.key, { control, value });
		this.stopTimer();
		if (control.savesAtOnce) {
			await this.flush();
			return;
		}
		this.timer = window.setTimeout(() => {
			this.timer = null;
			void this.flush();
		}, TYPING_SAVE_DELAY_MS);
	}

	/**
	 * Forgets the waiting values whose keys match, such as a value typed on the way to one that
	 * is refused ("month" before "monthx"): what is saved stays the last value the user left valid.
	 */
	discard(matches: (key: string) => boolean): void {
		for (const key of [...this.staged.keys()]) if (matches(key)) this.staged.delete(key);
	}

	/** Saves every value still waiting, in one change. */
	async flush(): Promise<void> {
		this.stopTimer();
		if (this.staged.size === 0) return;
		const changes = [...this.staged.values()];
		this.staged.clear();
		await this.save((draft) => {
			for (const { control, value } of changes) control.access.set(draft, value);
		});
	}

	/** Saves a change; a failure is told to the user, never thrown at the settings tab. */
	async save(change: (draft: SettingsDraft) => void): Promise<void> {
		try {
			await this.data.updateSettings(change);
		} catch (error) {
			console.error('Mentor Rally: could not save settings.', error);
			new Notice('Your settings could not be saved. See the developer console for details.');
		}
	}

	private stopTimer(): void {
		if (this.timer !== null) window.clearTimeout(this.timer);
		this.timer = null;
	}
}
