import { App, FileManager, MetadataCache, TFile, Vault } from 'obsidian-test-mocks/obsidian';
import { parseMarkdownContent } from '../../node_modules/obsidian-test-mocks/dist/lib/esm/internal/markdown-parser.mjs';

/**
 * Where obsidian-test-mocks differs from Obsidian in ways our tests depend on, mended
 * here, in one place:
 * - Broken YAML: Obsidian indexes the note anyway, leaving `frontmatter` out while keeping
 *   `frontmatterPosition` and a `yaml` section; the mock throws from inside `vault.create`.
 * - `metadataCache.resolved`: Obsidian's flag (not in its typings) for "every file is
 *   indexed"; the mock has none and throws when it is read. Here it starts true (a warm
 *   cache); createTestVault's `notYetIndexed` sets it false until finishIndexing().
 * - Rename: Obsidian moves a file's cached metadata with it; the mock keeps it under the
 *   old path. Moved by a `rename` listener each new cache registers on its vault before
 *   any plugin can, as Obsidian's own bookkeeping runs first.
 * - An API Obsidian has only on some platforms or keeps out of its typings
 *   (`App.openWithDefaultApp`): Obsidian's own object answers `undefined` where it is absent,
 *   which is how a plugin feature-detects it; the mock's strict proxy throws instead. Absent
 *   here, as on a platform without it; a test assigns one to play the desktop app.
 * - `Vault.process` and `FileManager.processFrontMatter`: Obsidian runs them one after
 *   another per file, each reading what the previous one wrote; the mock reads, awaits,
 *   then writes, so two at once both read the old text and the second write loses the first.
 * - `app.plugins`: Obsidian's plugin manager (not in its typings), where other plugins are
 *   found (`app.plugins.plugins['obsidian-tasks-plugin']`); the mock has none and throws when
 *   it is read. Here every app has one with no other plugin loaded; a test loads one by
 *   putting it in `plugins.plugins` (and its id in `enabledPlugins`).
 */
export function installMockFidelityFixes(): void {
	const proto = MetadataCache.prototype as unknown as Record<string, unknown>;
	if (proto.__mentorRallyFixed) return;
	proto.__mentorRallyFixed = true;
	proto.resolved = true;
	(App.prototype as unknown as Record<string, unknown>).openWithDefaultApp = undefined;
	moveCacheOnRename();
	serialiseFileEdits();
	giveEveryAppAPluginManager();
	const original = proto.parseFileMetadata as (this: MockCache, file: unknown) => void;
	proto.parseFileMetadata = function parseFileMetadata(this: MockCache, file: unknown): void {
		try {
			original.call(this, file);
		} catch (error) {
			if (!(file instanceof TFile)) throw error;
			const content = this.app__.vault.readSync__(file);
			this.cache__.set(file.path, cacheWithBrokenYaml(content));
			this.trigger('changed', file, content, this.cache__.get(file.path));
		}
	};
}

interface MockCache {
	app__: { vault: { readSync__(file: TFile): string } };
	cache__: Map<string, unknown>;
	trigger(name: string, ...data: unknown[]): void;
}

/** The cache Obsidian makes for a note whose YAML does not parse: everything but `frontmatter`. */
function cacheWithBrokenYaml(content: string): unknown {
	// Parse with the YAML lines emptied (same line count, same offsets after the block),
	// then drop the empty frontmatter the mock reports for them.
	const match = /^---\r?\n([\s\S]*?)\r?\n---(\r?\n|$)/.exec(content);
	if (!match) return parseMarkdownContent(content);
	const yaml = match[1] ?? '';
	const blanked = `---\n${yaml.replace(/[^\r\n]/g, ' ')}\n---${match[2] ?? ''}${content.slice(match[0].length)}`;
	const cache = parseMarkdownContent(blanked) as { frontmatter?: unknown };
	delete cache.frontmatter;
	return cache;
}

/** Edits waiting on each file, per vault: the tail of the queue. */
const pendingEdits = new WeakMap<object, Map<string, Promise<unknown>>>();

/** Runs `edit` once every earlier edit of the same file in the same vault has finished. */
function queueEdit<T>(vault: object, path: string, edit: () => Promise<T>): Promise<T> {
	let queues = pendingEdits.get(vault);
	if (!queues) {
		queues = new Map<string, Promise<unknown>>();
		pendingEdits.set(vault, queues);
	}
	const previous = queues.get(path) ?? Promise.resolve();
	const run = previous.then(edit, edit);
	const tail = run.catch(() => undefined);
	queues.set(path, tail);
	void tail.then(() => {
		if (queues.get(path) === tail) queues.delete(path);
	});
	return run;
}

type Edit<This> = (this: This, file: TFile, fn: unknown, options?: unknown) => Promise<unknown>;

function serialiseFileEdits(): void {
	const vaultProto = Vault.prototype as unknown as { process: Edit<object> };
	const process = vaultProto.process;
	vaultProto.process = function serialisedProcess(file, fn, options) {
		return queueEdit(this, file.path, () => process.call(this, file, fn, options));
	};
	const managerProto = FileManager.prototype as unknown as { processFrontMatter: Edit<{ app: { vault: object } }> };
	const processFrontMatter = managerProto.processFrontMatter;
	managerProto.processFrontMatter = function serialisedProcessFrontMatter(file, fn, options) {
		return queueEdit(this.app.vault, file.path, () => processFrontMatter.call(this, file, fn, options));
	};
}

interface RenameSource {
	on(name: 'rename', callback: (file: { path: string }, oldPath: string) => unknown): unknown;
}

function moveCacheOnRename(): void {
	const factory = MetadataCache as unknown as { create2__(app: unknown, vault: RenameSource): MockCache };
	const create = factory.create2__.bind(factory);
	factory.create2__ = (app, vault) => {
		const metadataCache = create(app, vault);
		vault.on('rename', (file, oldPath) => {
			const cache = metadataCache.cache__;
			if (!cache.has(oldPath)) return;
			cache.set(file.path, cache.get(oldPath));
			cache.delete(oldPath);
		});
		return metadataCache;
	};
}

/** The part of Obsidian's plugin manager that plugins read to find one another. */
export interface MockPluginManager {
	plugins: Record<string, unknown>;
	enabledPlugins: Set<string>;
}

function giveEveryAppAPluginManager(): void {
	const factory = App as unknown as { create__(adapter: unknown, appId: string): { plugins?: MockPluginManager } };
	const create = factory.create__.bind(factory);
	factory.create__ = (adapter, appId) => {
		const app = create(adapter, appId);
		app.plugins = { plugins: {}, enabledPlugins: new Set() };
		return app;
	};
}
