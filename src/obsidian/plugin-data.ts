import { isRecord, setOwn } from '../core/collections';
import { isCalendarDate } from '../core/calendar-date';
import { capFirstSeen, firstSeenJson, mergeFirstSeen, readFirstSeen, type FirstSeenDays } from '../core/first-seen';
import type { ReminderLog } from '../core/reminders';
import { draftOf, normalizeSettings, settingsFromSavedData, type MentorRallySettings, type SettingsDraft } from '../core/settings';

/**
 * What the plugin keeps in `<config folder>/plugins/mentor-rally/data.json`. The command-line
 * twin reads the same file, so the settings stay under the key `settings`.
 */
export interface PluginData {
	settings: MentorRallySettings;
	/** Reminder key → the day (`YYYY-MM-DD`) it was last shown: "each thing at most once a day". */
	reminderLog: ReminderLog;
	/** The day each line of an undated section was first seen (see core/first-seen.ts). */
	firstSeen: FirstSeenDays;
}

/**
 * Plugin data from whatever `loadData()` gave back: nothing (a fresh install), the flat settings
 * object of an early version, the current shape, or something broken by hand. Never throws;
 * every missing or mistyped part takes its default.
 */
export function readPluginData(raw: unknown): PluginData {
	// The settings are read by the core, as the command line reads them from the same file.
	if (!isRecord(raw)) return { settings: settingsFromSavedData(raw), reminderLog: {}, firstSeen: new Map() };
	return { settings: settingsFromSavedData(raw), reminderLog: readReminderLog(raw.reminderLog), firstSeen: readFirstSeen(raw.firstSeen) };
}

function readReminderLog(value: unknown): ReminderLog {
	const log: ReminderLog = {};
	if (!isRecord(value)) return log;
	for (const [key, day] of Object.entries(value)) {
		if (key !== '' && isCalendarDate(day)) setOwn(log, key, day);
	}
	return log;
}

/** The part of a Plugin the store needs (tests pass a stand-in). */
export interface DataHost {
	loadData(): Promise<unknown>;
	saveData(data: unknown): Promise<void>;
}

export type SettingsListener = (settings: MentorRallySettings, previous: MentorRallySettings) => void;

/**
 * The one owner of data.json in the plugin: every part reads settings here and changes them
 * through `updateSettings`, which saves, then tells every listener (the team store rebuilds its
 * index, the reminders re-arm their timer, the status bar shows or hides).
 */
export class PluginDataStore {
	private data: PluginData;
	/** Top-level keys a newer version may have written: kept, so a downgrade does not lose them. */
	private extra: Record<string, unknown>;
	private readonly listeners = new Set<SettingsListener>();
	private saving: Promise<void> = Promise.resolve();

	private constructor(
		private readonly host: DataHost,
		raw: unknown,
	) {
		this.data = readPluginData(raw);
		this.extra = extraKeys(raw);
	}

	/** Reads data.json through the host (`plugin.loadData()`). */
	static async load(host: DataHost): Promise<PluginDataStore> {
		let raw: unknown = null;
		try {
			raw = await host.loadData();
		} catch (error) {
			console.error('Mentor Rally: could not read its saved data; using the defaults.', error);
		}
		return new PluginDataStore(host, raw);
	}

	/** The settings in force (read-only; change them with `updateSettings`). */
	get settings(): MentorRallySettings {
		return this.data.settings;
	}

	/**
	 * Changes settings, saves, then notifies listeners. Takes a partial object (merged at the top
	 * level) or a function that edits a copy. The result goes through normalizeSettings, so a bad
	 * value falls back to its default instead of being saved, and the saved settings share nothing
	 * with the caller's objects. Nothing happens when nothing changed.
	 */
	async updateSettings(change: Partial<MentorRallySettings> | ((draft: SettingsDraft) => void)): Promise<void> {
		const previous = this.data.settings;
		let next: MentorRallySettings;
		if (typeof change === 'function') {
			const draft = draftOf(previous);
			change(draft);
			next = normalizeSettings(draft);
		} else next = normalizeSettings({ ...previous, ...change });
		if (JSON.stringify(next) === JSON.stringify(previous)) return;
		this.data = { ...this.data, settings: next };
		await this.save();
		for (const listener of [...this.listeners]) {
			try {
				listener(next, previous);
			} catch (error) {
				console.error('Mentor Rally: a settings listener failed.', error);
			}
		}
	}

	/** Calls `listener` after every saved settings change. Returns an unsubscribe function. */
	onSettingsChange(listener: SettingsListener): () => void {
		this.listeners.add(listener);
		return () => {
			this.listeners.delete(listener);
		};
	}

	get reminderLog(): Readonly<ReminderLog> {
		return this.data.reminderLog;
	}

	async setReminderLog(log: ReminderLog): Promise<void> {
		this.data = { ...this.data, reminderLog: readReminderLog(log) };
		await this.save();
	}

	/**
	 * The remembered first-seen days, changed in place by the first-seen store, which then
	 * calls `saveFirstSeen`.
	 */
	get firstSeen(): FirstSeenDays {
		return this.data.firstSeen;
	}

	/** Saves the first-seen days (at most FIRST_SEEN_LIMIT of them). */
	async saveFirstSeen(): Promise<void> {
		capFirstSeen(this.data.firstSeen);
		await this.save();
	}

	/**
	 * Reads data.json again (call it from `Plugin.onExternalSettingsChange`, when a sync tool
	 * changed the file) and notifies listeners when the settings differ. First-seen days from
	 * both copies are kept (the earlier day of each line), so a sync loses none.
	 */
	async reload(): Promise<void> {
		const raw = await this.host.loadData();
		const previous = this.data.settings;
		const seenHere = this.data.firstSeen;
		this.data = readPluginData(raw);
		mergeFirstSeen(this.data.firstSeen, seenHere);
		this.extra = extraKeys(raw);
		if (JSON.stringify(this.data.settings) === JSON.stringify(previous)) return;
		for (const listener of [...this.listeners]) listener(this.data.settings, previous);
	}

	/** What `saveData` writes: the current shape, plus any keys a newer version added. */
	toJSON(): Record<string, unknown> {
		return { ...this.extra, settings: this.data.settings, reminderLog: { ...this.data.reminderLog }, firstSeen: firstSeenJson(this.data.firstSeen) };
	}

	/** Saves are queued, so two quick changes reach the disk in order, the last one last. */
	private save(): Promise<void> {
		const run = this.saving.then(() => this.host.saveData(this.toJSON()));
		this.saving = run.catch(() => undefined);
		return run;
	}
}

function extraKeys(raw: unknown): Record<string, unknown> {
	if (!isRecord(raw) || !isRecord(raw.settings)) return {};
	const extra: Record<string, unknown> = {};
	for (const [key, value] of Object.entries(raw)) {
		if (key !== 'settings' && key !== 'reminderLog' && key !== 'firstSeen') setOwn(extra, key, value);
	}
	return extra;
}
