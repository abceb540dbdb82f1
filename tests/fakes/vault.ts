import { App, TFile } from 'obsidian-test-mocks/obsidian';
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
}

/** Lets pending promise callbacks and zero-delay timers run (async event handlers). */
export function settle(): Promise<void> {
	return new Promise((resolve) => setTimeout(resolve, 0));
}

/** An in-memory vault with these files (folders are made as needed). */
export function createTestVault(files: Record<string, string>): TestVault {
	const mock = App.createConfigured__({ files });
	const app = mock as unknown as ObsidianApp;
	// Obsidian moves a file's cached metadata with it on rename; the mock keeps it under
	// the old path. Registered before any plugin listener, as Obsidian's own bookkeeping is.
	const cache = (mock.metadataCache as unknown as { cache__: Map<string, unknown> }).cache__;
	app.vault.on('rename', (file, oldPath) => {
		cache.set(file.path, cache.get(oldPath));
		cache.delete(oldPath);
	});
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
	};
}

function fileAt(app: ObsidianApp, path: string): ObsidianTFile {
	const file = app.vault.getAbstractFileByPath(path);
	if (!(file instanceof TFile)) throw new Error(`no file at ${path}`);
	return file;
}
