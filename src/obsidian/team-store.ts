import { TFile, type App, type CachedMetadata, type Component, type EventRef, type TAbstractFile } from 'obsidian';
import { localDateOf, type CalendarDate } from '../core/calendar-date';
import { creationDay } from '../core/creation-day';
import { needsContent } from '../core/note-facts';
import type { MentorRallySettings } from '../core/settings';
import { sameTaskStatuses, type TaskStatuses } from '../core/task-statuses';
import type { NoteFacts, NoteRecord, TeamSnapshot } from '../core/types';
import { VaultIndex } from '../core/vault-index';
import { BuildSlices } from './build-slices';
import { markdownFilesOf } from './vault-walk';
import type { TeamSource } from './team-source';
import { TasksStatusesReader } from './tasks-statuses-reader';
import { frontmatterError, hasFrontmatterBlock, place, type Unreadable } from './cache-records';

/**
 * The team as the plugin sees it: a VaultIndex fed from Obsidian's metadata cache.
 * Built once when the workspace is ready, then kept current one file at a time from
 * the cache's `changed` events and the vault's `rename`, `delete` and `create` events.
 * Only mentor and meeting notes are read (with cachedRead); every other note costs a
 * look at its cached properties.
 *
 * At layout-ready the cache may still be indexing (a new device, a rebuilt cache, sync):
 * then the first build sees part of the vault, and the store builds once more on the
 * cache's first `resolved` event, as the Tasks plugin does. whenComplete() says when a
 * build has seen the whole vault. Each build first reads the Tasks plugin's status settings.
 */
export class TeamStore implements TeamSource {
	private index: VaultIndex;
	private ready = false;
	private building: Promise<void> | null = null;
	/** Paths that changed while a build was reading files: the build must not overwrite them with older text. */
	private changedDuringBuild = new Set<string>();
	private readonly listeners = new Set<() => void>();
	/** Told what the index knew of a note before and after each edit (not builds, renames or deletions). */
	private readonly noteListeners = new Set<(before: NoteFacts | undefined, after: NoteFacts) => void>();
	private lastDay: CalendarDate;
	/** The metadata cache has said it indexed every file (its first `resolved` event, or its `resolved` flag). */
	private cacheResolved = false;
	private markComplete: () => void = () => undefined;
	private readonly complete = new Promise<void>((resolve) => (this.markComplete = resolve));
	private statuses: TaskStatuses | null = null;
	private readonly statusesReader: TasksStatusesReader;

	constructor(
		private readonly app: App,
		private readonly getSettings: () => MentorRallySettings,
		private readonly now: () => Date = () => new Date(),
		/** Makes each index: the plugin's remembers the day undated lines were first seen (first-seen-store.ts). */
		private readonly makeIndex: (settings: MentorRallySettings) => VaultIndex = (settings) => new VaultIndex(settings),
	) {
		this.index = makeIndex(getSettings());
		this.lastDay = localDateOf(now());
		this.statusesReader = new TasksStatusesReader(app);
	}

	/** The Tasks plugin's checkbox statuses as last read; null when its settings are not in the vault. */
	taskStatuses(): TaskStatuses | null {
		return this.statuses;
	}

	/** Reads Tasks' settings again and rebuilds if its statuses changed (only once a build has run). */
	async refreshTaskStatuses(): Promise<void> {
		if ((this.ready || this.building) && !sameTaskStatuses(await this.statusesReader.read(), this.statuses)) await this.build();
	}

	settings(): MentorRallySettings {
		return this.getSettings();
	}

	today(): CalendarDate {
		return localDateOf(this.now());
	}

	snapshot(): TeamSnapshot | null {
		return this.ready ? this.index.snapshot(this.today()) : null;
	}

	onChange(listener: () => void): () => void {
		this.listeners.add(listener);
		return () => this.listeners.delete(listener);
	}

	/** Called on each edit of a note with what the index knew of it before and after (see noteListeners). */
	onNoteChange(listener: (before: NoteFacts | undefined, after: NoteFacts) => void): () => void {
		this.noteListeners.add(listener);
		return () => this.noteListeners.delete(listener);
	}

	/** Listens for edits, renames and deletions. Call from onload: they are ignored until the first build. */
	registerEvents(component: Component): void {
		const { metadataCache, vault } = this.app;
		component.registerEvent(metadataCache.on('changed', (file, data, cache) => this.fileChanged(file, data, cache)));
		component.registerEvent(vault.on('rename', (file, oldPath) => void this.fileRenamed(file, oldPath)));
		component.registerEvent(vault.on('delete', (file) => this.fileDeleted(file)));
		component.registerEvent(metadataCache.on('resolved', () => this.metadataResolved()));
		// Obsidian's `raw` event (not typed) names every file changed on disk, config files too.
		const raw = vault as unknown as { on(name: 'raw', callback: (path: unknown) => unknown): EventRef };
		component.registerEvent(raw.on('raw', (path) => void (path === this.statusesReader.path() ? this.refreshTaskStatuses() : undefined)));
	}

	/** Resolves once a build has read the vault with the metadata cache fully indexed. */
	whenComplete(): Promise<void> {
		return this.complete;
	}

	/**
	 * Obsidian announces every existing file as "created" while it loads the vault, so
	 * this listener is registered only once the layout is ready.
	 */
	registerCreate(component: Component): void {
		component.registerEvent(this.app.vault.on('create', (file) => void this.fileCreated(file)));
	}

	/** Tells listeners when the day turns, so "due today" moves on at midnight. */
	checkDay(): void {
		const today = this.today();
		if (today !== this.lastDay) {
			this.lastDay = today;
			this.emit();
		}
	}

	/** (Re)builds the index from the metadata cache: at start-up and when settings change. Builds run one after another. */
	build(): Promise<void> {
		const run = (this.building ?? Promise.resolve()).catch(() => undefined).then(() => this.runBuild());
		this.building = run;
		return run.finally(() => {
			if (this.building === run) this.building = null;
		});
	}

	private async runBuild(): Promise<void> {
		if (this.metadataCacheSaysResolved()) this.cacheResolved = true;
		const sawWholeVault = this.cacheResolved;
		this.statuses = await this.statusesReader.read(); // before any note: all read checkboxes alike
		const index = this.makeIndex(this.getSettings());
		this.changedDuringBuild = new Set();
		// The work is cut into slices of a few milliseconds with a pause between them, so the
		// app can draw and answer input: no frame waits on the build, on a phone either.
		const slices = new BuildSlices(
			() => index.settle(this.today()),
			() => void index.snapshot(this.today()),
		);
		const toRead: { file: TFile; record: NoteRecord }[] = [];
		// File by file, not listed at once: listing 10,000 files is longer than a frame.
		for (const file of markdownFilesOf(this.app.vault)) {
			if (slices.due()) await slices.pause();
			try {
				const record = this.recordFromCache(file);
				if (needsContent(record, index.settings)) toRead.push({ file, record });
				else index.set(record);
			} catch (error) {
				index.setUnreadable(file.path, error);
			}
		}
		// Mentor and meeting notes are read in batches, and read into the index a slice at a time.
		for (let start = 0; start < toRead.length; start += BUILD_BATCH) {
			// Asking for a batch's text and taking the answers in is work of its own.
			if (slices.due()) await slices.pause();
			const batch = await Promise.all(toRead.slice(start, start + BUILD_BATCH).map(({ file, record }) => this.readRecord(file, record)));
			for (const read of batch) {
				if (slices.due()) await slices.pause();
				if (this.changedDuringBuild.has(read.path)) continue;
				// A mentor note joins every meeting read before it that links it (a few
				// milliseconds when they came first): joined at once, not piled up over a slice.
				if (place(index, read).kind === 'mentor') await slices.settleSoon();
			}
		}
		// Files that changed while we read were put in the old index; bring them over.
		for (const path of this.changedDuringBuild) {
			const file = this.app.vault.getAbstractFileByPath(path);
			if (file instanceof TFile && file.extension === 'md') place(index, await this.readFromCache(file));
			else index.delete(path);
		}
		// The team joined before it is shown (most of it already, slice by slice).
		index.snapshot(this.today());
		this.index = index;
		this.ready = true;
		this.emit();
		if (sawWholeVault) this.markComplete();
	}

	/**
	 * The cache's first `resolved` event (it fires again after every later change). A build
	 * that started before it may have seen only part of the vault: build once more.
	 */
	private metadataResolved(): void {
		if (this.cacheResolved) return;
		this.cacheResolved = true;
		if (this.ready || this.building) void this.build();
	}

	/** Obsidian's `metadataCache.resolved` flag: not in the published typings, so read with care. */
	private metadataCacheSaysResolved(): boolean {
		return (this.app.metadataCache as unknown as { resolved?: unknown }).resolved === true;
	}

	private fileChanged(file: TFile, data: string, cache: CachedMetadata): void {
		if (!this.ready && !this.building) return;
		if (this.building) this.changedDuringBuild.add(file.path);
		const before = this.index.get(file.path);
		let after: NoteFacts;
		try {
			const record = this.recordFrom(file, cache);
			if (needsContent(record, this.index.settings)) {
				record.content = data;
				record.frontmatterError = frontmatterError(cache, data);
			}
			after = this.index.set(record);
		} catch (error) {
			after = this.index.setUnreadable(file.path, error);
		}
		// Most changed files are unrelated notes: stay quiet unless the team could have changed.
		if (before !== undefined || after.kind !== 'other' || after.problems.length > 0) this.emit();
		for (const listener of [...this.noteListeners]) listener(before, after);
	}

	private async fileRenamed(file: TAbstractFile, oldPath: string): Promise<void> {
		if (!(file instanceof TFile) || (!this.ready && !this.building)) return;
		if (this.building) this.changedDuringBuild.add(file.path).add(oldPath);
		// The old path goes first, whatever the new name: `x.md` renamed to `x.txt` is no longer a note.
		const hadOld = this.index.get(oldPath) !== undefined;
		this.index.delete(oldPath);
		const after = file.extension === 'md' ? place(this.index, await this.readFromCache(file)) : null;
		if (hadOld || (after && (after.kind !== 'other' || after.problems.length > 0))) this.emit();
	}

	private fileDeleted(file: TAbstractFile): void {
		if (!(file instanceof TFile) || (!this.ready && !this.building)) return;
		if (this.building) this.changedDuringBuild.add(file.path);
		if (this.index.get(file.path) === undefined) return;
		this.index.delete(file.path);
		this.emit();
	}

	private async fileCreated(file: TAbstractFile): Promise<void> {
		// The cache's `changed` event follows once Obsidian has parsed the new file;
		// a file that is already cached (created by a plugin, say) is indexed now.
		if (!(file instanceof TFile) || file.extension !== 'md' || !this.ready) return;
		const cache = this.app.metadataCache.getFileCache(file);
		if (!cache) return;
		place(this.index, await this.readFromCache(file));
		this.emit();
	}

	/** What the cache says of a file, plus its text when the index needs it; a failure instead of throwing. */
	private async readFromCache(file: TFile): Promise<NoteRecord | Unreadable> {
		let record: NoteRecord;
		try {
			record = this.recordFromCache(file);
			if (!needsContent(record, this.index.settings)) return record;
		} catch (error) {
			return { path: file.path, error };
		}
		return this.readRecord(file, record);
	}

	private recordFromCache(file: TFile): NoteRecord {
		return this.recordFrom(file, this.app.metadataCache.getFileCache(file));
	}

	private recordFrom(file: TFile, cache: CachedMetadata | null): NoteRecord {
		// Typed as always there, but an adapter can leave it out.
		const stat = file.stat as Partial<TFile['stat']> | undefined;
		const record: NoteRecord = {
			path: file.path,
			frontmatter: cache?.frontmatter ?? null,
			created: creationDay(stat?.ctime, stat?.mtime),
		};
		if (this.statuses) record.taskStatuses = this.statuses;
		// Obsidian leaves `frontmatter` out when the YAML is broken; the text must be read to say why.
		if (cache && !cache.frontmatter && hasFrontmatterBlock(cache)) record.frontmatterError = 'unknown';
		return record;
	}

	/** The record with the note's text; a note whose text cannot be read is a failure, not an empty note. */
	private async readRecord(file: TFile, record: NoteRecord): Promise<NoteRecord | Unreadable> {
		try {
			const content = await this.app.vault.cachedRead(file);
			const cache = this.app.metadataCache.getFileCache(file);
			return { ...record, content, frontmatterError: cache ? frontmatterError(cache, content) : null };
		} catch (error) {
			return { path: file.path, error };
		}
	}

	private emit(): void {
		for (const listener of [...this.listeners]) listener();
	}
}

/** Notes read at once (their text requested together), during a build. */
const BUILD_BATCH = 250;
