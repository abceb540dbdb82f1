import { TFile, TFolder, type App, type Component, type TAbstractFile } from 'obsidian';
import { dateFromParts, type CalendarDate } from '../core/calendar-date';
import { rememberNote, renameFirstSeen, type FirstSeenDays, type FirstSeenLookup } from '../core/first-seen';
import type { MentorRallySettings } from '../core/settings';
import type { NoteFacts, NoteRecord } from '../core/types';
import { VaultIndex } from '../core/vault-index';

/** Where the days live and how they are saved: the PluginDataStore (tests pass a stand-in). */
export interface FirstSeenData {
	readonly firstSeen: FirstSeenDays;
	saveFirstSeen(): Promise<void>;
}

/** Edits come in bursts (the cache reports a line as it is typed): one save for the burst. */
export const FIRST_SEEN_SAVE_DELAY_MS = 2000;

/**
 * Remembers the day the plugin first saw each line of an undated section (see
 * core/first-seen.ts), so "by Friday" is read from the day it was written. The team store's
 * index reads through {@link lookup}; every note it reads is passed to {@link noted}, which
 * records the new lines and forgets those that left the note, then saves data.json a little
 * later. Saving touches no note, so it never triggers another read: no write loop.
 */
export class FirstSeenStore {
	private timer: number | null = null;

	constructor(
		private readonly app: App,
		private readonly data: FirstSeenData,
		private readonly today: () => CalendarDate,
		private readonly saveDelayMs = FIRST_SEEN_SAVE_DELAY_MS,
	) {}

	/**
	 * The remembered day of a line; for a line not seen before, the day it is being seen:
	 * today, or the day its note was last changed when that was earlier (a note edited on
	 * another device while the plugin was not running).
	 */
	readonly lookup: FirstSeenLookup = (path, key) => this.data.firstSeen.get(path)?.get(key) ?? this.newLineDay(path);

	/** An index that reads through the lookup and remembers what it reads: for the TeamStore. */
	readonly makeIndex = (settings: MentorRallySettings): VaultIndex => new RememberingIndex(settings, this.lookup, (facts) => this.noted(facts));

	/** A note was read: remember its new undated lines, forget the ones it no longer has. */
	noted(facts: NoteFacts): void {
		if (rememberNote(this.data.firstSeen, facts)) this.scheduleSave();
	}

	/**
	 * Keeps the days with a renamed or moved note, and drops them with a deleted one.
	 * Register before the team store's events, so a renamed note is read with its days.
	 */
	registerEvents(component: Component): void {
		const { vault } = this.app;
		component.registerEvent(vault.on('rename', (file, oldPath) => this.renamed(file, oldPath)));
		component.registerEvent(vault.on('delete', (file) => this.deleted(file)));
		component.register(() => void this.flush());
	}

	/** Saves now if anything is waiting to be saved (the plugin unloads, or a test asks). */
	flush(): Promise<void> {
		if (this.timer === null) return Promise.resolve();
		window.clearTimeout(this.timer);
		this.timer = null;
		this.forgetMissingNotes();
		return this.data.saveFirstSeen().catch((error: unknown) => {
			console.error('Mentor Rally: could not save the days task lines were first seen.', error);
		});
	}

	private renamed(file: TAbstractFile, oldPath: string): void {
		let moved = false;
		if (file instanceof TFolder) {
			for (const path of [...this.data.firstSeen.keys()]) {
				if (path.startsWith(`${oldPath}/`)) moved = renameFirstSeen(this.data.firstSeen, path, file.path + path.slice(oldPath.length)) || moved;
			}
		} else moved = renameFirstSeen(this.data.firstSeen, oldPath, file.path);
		if (moved) this.scheduleSave();
	}

	private deleted(file: TAbstractFile): void {
		let dropped = false;
		for (const path of [...this.data.firstSeen.keys()]) {
			if (path === file.path || (file instanceof TFolder && path.startsWith(`${file.path}/`))) dropped = this.data.firstSeen.delete(path) || dropped;
		}
		if (dropped) this.scheduleSave();
	}

	/** Notes deleted while the plugin was not running keep no days. */
	private forgetMissingNotes(): void {
		for (const path of [...this.data.firstSeen.keys()]) {
			if (!(this.app.vault.getAbstractFileByPath(path) instanceof TFile)) this.data.firstSeen.delete(path);
		}
	}

	/** Debounced: each change restarts the wait, so a burst of edits is one save after it. */
	private scheduleSave(): void {
		if (this.timer !== null) window.clearTimeout(this.timer);
		this.timer = window.setTimeout(() => void this.flush(), this.saveDelayMs);
	}

	private newLineDay(path: string): CalendarDate {
		const today = this.today();
		const file = this.app.vault.getAbstractFileByPath(path);
		const modified = file instanceof TFile ? (file.stat as Partial<TFile['stat']> | undefined)?.mtime : undefined;
		if (typeof modified !== 'number' || !Number.isFinite(modified) || modified <= 0) return today;
		const instant = new Date(modified);
		const day = dateFromParts(instant.getFullYear(), instant.getMonth() + 1, instant.getDate());
		return day !== null && day < today ? day : today;
	}
}

/** The core's index, telling the store about every note it reads. */
class RememberingIndex extends VaultIndex {
	constructor(
		settings: MentorRallySettings,
		lookup: FirstSeenLookup,
		private readonly read: (facts: NoteFacts) => void,
	) {
		super(settings, lookup);
	}

	override set(record: NoteRecord): NoteFacts {
		const facts = super.set(record);
		this.read(facts);
		return facts;
	}
}
