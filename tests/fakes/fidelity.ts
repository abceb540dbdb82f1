import { App, FileManager, FuzzySuggestModal, MetadataCache, Modal, Platform, prepareFuzzySearch, Scope, SuggestModal, TFile, Vault } from 'obsidian-test-mocks/obsidian';
import { parseMarkdownContent } from '../../node_modules/obsidian-test-mocks/dist/lib/esm/internal/markdown-parser.mjs';
import { recordShownNotices } from './notices';
import { installSuggestModalKeys } from './suggest-keys';

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
 * - Keys in a modal: Obsidian's Modal binds Escape on its own scope to close it, and while a
 *   modal is open every keydown goes first to that scope; the mock's Scope forgets the
 *   handlers' functions and its Modal hears no key. Closing takes the modal off the page.
 * - Notices: Obsidian shows each one on screen; the mock keeps none. Every notice is recorded
 *   in notices.ts (`shownNotices`) for tests to read and click.
 * - Keys in a suggest modal (Enter chooses the highlighted suggestion, arrows move it) and a
 *   FuzzySuggestModal that finds its items: see suggest-keys.ts.
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
	handleModalKeys();
	recordShownNotices();
	installSuggestModalKeys({ SuggestModal, FuzzySuggestModal, prepareFuzzySearch });
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

type KeyListener = (evt: KeyboardEvent, ctx: { modifiers: string | null; key: string | null; vkey: string }) => unknown;
interface KeyHandler {
	key: string | null;
	modifiers: string | null;
}

/** What each scope handler runs (the mock keeps only the key and the modifiers). */
const keyListeners = new WeakMap<object, KeyListener>();

/** The modifiers held during `evt`, named as Scope.register names them (Mod is ⌘ on macOS, Ctrl elsewhere). */
function heldModifiers(evt: KeyboardEvent): string[] {
	const held: string[] = [];
	if (Platform.isMacOS ? evt.metaKey : evt.ctrlKey) held.push('Mod');
	if (Platform.isMacOS && evt.ctrlKey) held.push('Ctrl');
	if (!Platform.isMacOS && evt.metaKey) held.push('Meta');
	if (evt.altKey) held.push('Alt');
	if (evt.shiftKey) held.push('Shift');
	return held.sort();
}

/** Obsidian's keymap: the first handler of the scope for this key and exactly these modifiers runs; `false` stops the default. */
function dispatchKey(scope: { handlers: KeyHandler[] }, evt: KeyboardEvent): void {
	const held = heldModifiers(evt).join(',');
	for (const handler of scope.handlers) {
		if (handler.key !== null && handler.key.toLowerCase() !== evt.key.toLowerCase()) continue;
		const wanted = handler.modifiers === null ? held : handler.modifiers.split(',').filter(Boolean).map(asMod).sort().join(',');
		if (wanted !== held) continue;
		const run = keyListeners.get(handler);
		if (!run) continue;
		if (run(evt, { modifiers: handler.modifiers, key: handler.key, vkey: evt.key }) === false) evt.preventDefault();
		return;
	}
}

/** "Ctrl" on Windows and Linux, "Meta" on macOS: the same key as "Mod". */
function asMod(modifier: string): string {
	return (Platform.isMacOS ? modifier === 'Meta' : modifier === 'Ctrl') ? 'Mod' : modifier;
}

function handleModalKeys(): void {
	type Register = (this: unknown, modifiers: string[] | null, key: string | null, func: KeyListener) => KeyHandler;
	const scopeProto = Scope.prototype as unknown as { register: Register };
	const register = scopeProto.register;
	scopeProto.register = function registerWithListener(modifiers, key, func) {
		const handler = register.call(this, modifiers, key, func);
		keyListeners.set(handler, func);
		return handler;
	};
	interface MockModal {
		containerEl: HTMLElement;
		scope: { handlers: KeyHandler[]; register: Register };
		close(): void;
	}
	const modalProto = Modal.prototype as unknown as { constructor__: (this: MockModal, app: unknown) => void; close: (this: MockModal) => void };
	const construct = modalProto.constructor__;
	modalProto.constructor__ = function constructWithKeys(this: MockModal, app) {
		construct.call(this, app);
		this.scope.register([], 'Escape', () => {
			this.close();
			return false;
		});
		// Obsidian's keymap hears keys on the window, in the capture phase, and hands them to
		// the open modal's scope before any element does; the container stands in for the window.
		this.containerEl.addEventListener('keydown', (evt) => dispatchKey(this.scope, evt), { capture: true });
	};
	const close = modalProto.close;
	modalProto.close = function closeAndRemove(this: MockModal) {
		close.call(this);
		this.containerEl.remove();
	};
}
