import { App, TFile } from './obsidian';
import { parseMarkdownContent } from '../../node_modules/obsidian-test-mocks/dist/lib/esm/internal/markdown-parser.mjs';
import type { App as ObsidianApp, TFile as ObsidianTFile } from 'obsidian';

export interface TestVault {
	/** The app as the plugin's code sees it (typed as Obsidian's). */
	app: ObsidianApp;
	/** The same app with the mock's extra helpers. */
	mock: App;
	read(path: string): Promise<string>;
	file(path: string): ObsidianTFile;
	/** Sets a file's creation time (the mock starts every file at 0). */
	setCreated(path: string, isoDateTime: string): void;
	/** Lets Obsidian say the workspace layout is ready. */
	layoutReady(): void;
	/**
	 * Indexes the files created with `notYetIndexed`, then says the cache is complete: sets
	 * `metadataCache.resolved` and fires its `resolved` event, as Obsidian does when its
	 * first indexing pass ends. Each file gets its `changed` event, unless `quietly` (entries
	 * that arrive without one, as when Obsidian loads them from its own store).
	 */
	finishIndexing(options?: { quietly?: boolean }): void;
	/**
	 * Writes a file of the config folder (`path` inside `vault.configDir`): on disk, read
	 * through the vault adapter, but no note (Obsidian keeps the config folder out of the
	 * vault's files), and announced with the vault's `raw` event, as Obsidian announces every
	 * change on disk.
	 */
	writeConfigFile(path: string, text: string): void;
}

export interface TestVaultOptions {
	/** Files that exist but are not in the metadata cache yet (new device, rebuilt cache, sync). */
	notYetIndexed?: readonly string[];
	/** Files of the config folder, by their path inside it (`plugins/…/data.json`): see writeConfigFile. */
	configFiles?: Record<string, string>;
}

/** Lets pending promise callbacks and zero-delay timers run (async event handlers). */
export function settle(): Promise<void> {
	return new Promise((resolve) => setTimeout(resolve, 0));
}

/** An in-memory vault with these files (folders are made as needed). */
export function createTestVault(files: Record<string, string>, options: TestVaultOptions = {}): TestVault {
	const mock = App.createConfigured__({ files });
	const app = mock as unknown as ObsidianApp;
	const metadataCache = mock.metadataCache as unknown as MockMetadataCache;
	const pending = new Set(options.notYetIndexed ?? []);
	if (pending.size > 0) {
		metadataCache.resolved = false;
		for (const path of pending) metadataCache.cache__.delete(path);
	}
	const cache = metadataCache.cache__;
	const adapter = app.vault.adapter as unknown as { writeSync__(path: string, text: string): void };
	const configPath = (path: string): string => `${app.vault.configDir}/${path}`;
	for (const [path, text] of Object.entries(options.configFiles ?? {})) adapter.writeSync__(configPath(path), text);
	return {
		app,
		mock,
		read: (path) => app.vault.read(fileAt(app, path)),
		file: (path) => fileAt(app, path),
		setCreated(path, isoDateTime) {
			fileAt(app, path).stat.ctime = new Date(isoDateTime).getTime();
		},
		layoutReady() {
			(mock.workspace as unknown as { setLayoutReady__(): void }).setLayoutReady__();
		},
		finishIndexing({ quietly = false } = {}) {
			for (const path of pending) {
				const file = app.vault.getAbstractFileByPath(path);
				if (!(file instanceof TFile)) continue;
				if (quietly) cache.set(path, parseMarkdownContent(metadataCache.app__.vault.readSync__(file)));
				else metadataCache.parseFileMetadata(file);
			}
			pending.clear();
			metadataCache.resolved = true;
			metadataCache.trigger('resolved');
		},
		writeConfigFile(path, text) {
			adapter.writeSync__(configPath(path), text);
			(app.vault as unknown as { trigger(name: string, ...data: unknown[]): void }).trigger('raw', configPath(path));
		},
	};
}

interface MockMetadataCache {
	resolved: boolean;
	cache__: Map<string, unknown>;
	app__: { vault: { readSync__(file: TFile): string } };
	parseFileMetadata(file: TFile): void;
	trigger(name: string, ...data: unknown[]): void;
}

function fileAt(app: ObsidianApp, path: string): ObsidianTFile {
	const file = app.vault.getAbstractFileByPath(path);
	if (!(file instanceof TFile)) throw new Error(`no file at ${path}`);
	return file;
}
