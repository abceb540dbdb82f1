/**
 * The plugin measured in Node against obsidian-test-mocks (an in-memory Obsidian API), as a
 * program of its own: `node --expose-gc bench/out/plugin-probe.mjs DIR [options]` loads every
 * note of DIR into the mock app, then times, in this order:
 *
 * 1. `plugin.onload()`: until it returns its promise and until that resolves (loadData
 *    answers at once), a fresh plugin each run, counting the files read meanwhile;
 * 2. `TeamStore.build()` from the metadata cache, with its cachedRead calls and memory;
 * 3. one-file updates: `vault.modify` on a mentor or meeting note, timed from the metadata
 *    cache's `changed` event to the store's change listener; then `store.snapshot()` after
 *    a change; then the same edits with the whole plugin loaded (status bar and all).
 *
 * It prints one JSON object (PluginProbeResult). bench/sections/plugin.ts bundles and runs it:
 * the bundle maps `obsidian` to the one fake (tests/fakes/obsidian.ts), and the DOM globals
 * and the mocks' patches stay out of the benchmark's own process.
 */
import { closeDom } from './plugin-dom'; // first: installs the DOM globals the mocks need
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { setup } from 'obsidian-test-mocks/setup';
import { App, Component, MetadataCache, TFile } from '../tests/fakes/obsidian';
import type { App as ObsidianApp, Component as ObsidianComponent, PluginManifest, TFile as ObsidianTFile } from 'obsidian';
import MentorRallyPlugin from '../src/main';
import type { CalendarDate } from '../src/core/calendar-date';
import { DEFAULT_SETTINGS } from '../src/core/settings';
import type { NoteRecord } from '../src/core/types';
import { VaultIndex } from '../src/core/vault-index';
import { TeamStore } from '../src/obsidian/team-store';
import { collectGarbage } from './lib';
import { editedText, hasOpenItem } from './user-edits';

export interface MemorySample {
	heapUsedMiB: number;
	rssMiB: number;
}

export interface PluginProbeResult {
	files: number;
	markdownFiles: number;
	/** Reading the notes from disk and handing them to the mock (setup, not the plugin). */
	readDiskMs: number;
	setupMs: number;
	/** Memory after a GC: before the mock app, with it, and with the first built store too. */
	memory: { start: MemorySample; withApp: MemorySample };
	onload: { syncMs: number[]; resolveMs: number[]; reads: number[]; firstSyncMs: number; firstResolveMs: number } | null;
	build: {
		/** The first build in the process (cold code), then the others. */
		firstMs: number;
		ms: number[];
		/** CPU time (user + system, GC threads included) of the same builds. */
		cpuMs: number[];
		/** The longest the build held the event loop without a pause (a zero-delay timer kept asking), first build then the others. */
		firstLongestBlockMs: number;
		longestBlockMs: number[];
		/** The same holds in wall time: what the app's frames wait for on a quiet machine (the CPU figure also counts the collector's other threads). */
		firstLongestBlockWallMs: number;
		longestBlockWallMs: number[];
		cachedReads: number;
		otherReads: number;
		/** Heap and RSS growth over the first build, read right after it (no GC: what it took) and after a GC (what the index keeps). */
		heapGrowthMiB: number;
		rssGrowthMiB: number;
		/** The process's peak RSS when the first build has resolved (the vault in the mock app included). */
		peakRssMiB: number;
		retainedHeapMiB: number;
		/** The mock's own part: getMarkdownFiles, getFileCache for each file and cachedRead of the same notes, nothing indexed. */
		apiFloorMs: number[];
		/** The index's own part: the same records handed to a VaultIndex, no reads, no promises. */
		indexOnlyMs: number[];
		/** store.snapshot() right after the build: the first full derivation. */
		firstSnapshotMs: number;
		indexedNotes: number;
		mentors: number;
		items: number;
		openItems: number;
		problems: number;
	} | null;
	update: {
		/** Notes edited in turn. */
		targets: number;
		/** Metadata cache `changed` → the store's change listener, per edit. */
		listenerMs: number[];
		/** vault.modify called → the store's change listener (the mock's write and metadata parse included). */
		modifyToListenerMs: number[];
		/** store.snapshot() after an edit: the full re-derivation. */
		snapshotMs: number[];
		/** With the whole plugin loaded: `changed` → every listener done (the status bar's count included). */
		pluginMs: number[];
		statusBar: string;
	} | null;
}

interface Options {
	dir: string;
	today: string;
	onloadRuns: number;
	buildRuns: number;
	updates: number;
	snapshots: number;
	capMs: number;
	phases: Set<string>;
}

const MANIFEST: PluginManifest = { id: 'mentor-rally', name: 'Mentor Rally', version: 'bench', minAppVersion: '1.7.2', author: '', description: '' };

function parseOptions(argv: readonly string[]): Options {
	const [dir] = argv;
	if (!dir || dir.startsWith('--')) {
		throw new Error('usage: plugin-probe DIR [--today=YYYY-MM-DD] [--phases=onload,build,update] [--onload-runs=N] [--build-runs=N] [--updates=N] [--snapshots=N] [--cap-ms=N]');
	}
	const value = (name: string, fallback: number): number => {
		const raw = argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
		const n = raw === undefined ? fallback : Number(raw);
		if (!Number.isFinite(n) || n < 0) throw new Error(`bad --${name}`);
		return n;
	};
	return {
		dir,
		today: argv.find((a) => a.startsWith('--today='))?.slice('--today='.length) ?? new Date().toISOString().slice(0, 10),
		onloadRuns: value('onload-runs', 7),
		buildRuns: value('build-runs', 5),
		updates: value('updates', 1000),
		snapshots: value('snapshots', 150),
		capMs: value('cap-ms', 10_000),
		phases: new Set((argv.find((a) => a.startsWith('--phases='))?.slice('--phases='.length) ?? 'onload,build,update').split(',')),
	};
}

/** Every file of the vault but dot-folders and dot-files (Obsidian's config, the bench manifest). */
function readFiles(dir: string): Record<string, string> {
	const files: Record<string, string> = {};
	const walk = (folder: string, prefix: string): void => {
		for (const entry of readdirSync(folder, { withFileTypes: true })) {
			if (entry.name.startsWith('.')) continue;
			const path = prefix ? `${prefix}/${entry.name}` : entry.name;
			if (entry.isDirectory()) walk(join(folder, entry.name), path);
			else if (entry.isFile()) files[path] = readFileSync(join(folder, entry.name), 'utf8');
		}
	};
	walk(dir, '');
	return files;
}

function memory(): MemorySample {
	const m = process.memoryUsage();
	return { heapUsedMiB: m.heapUsed / 2 ** 20, rssMiB: m.rss / 2 ** 20 };
}

const now = (): number => performance.now();

/**
 * The mock resolves every link of a parsed note by scanning all files (`getFiles()`), which
 * makes loading n notes O(n²): 44 s for the 10k vault, most of it here. Obsidian resolves
 * links with its own lookup, and the plugin never reads resolvedLinks or unresolvedLinks,
 * so the probe turns it off: loading the vault and each edit skip that bookkeeping.
 */
function skipMockLinkResolution(): void {
	(MetadataCache.prototype as unknown as { updateLinks: () => void }).updateLinks = () => undefined;
}

/** Lets pending promise callbacks and zero-delay timers run. */
function settle(): Promise<void> {
	return new Promise((resolve) => setTimeout(resolve, 0));
}

interface MockWorkspace {
	layoutReadyCallbacks: unknown[];
	setLayoutReady__(): void;
}

/** The parts of the mock plugin the probe reaches into. */
interface PluginInternals {
	loaded__: boolean;
	store: TeamStore;
	statusBarItems__: HTMLElement[];
	loadData(): Promise<unknown>;
}

function newPlugin(app: ObsidianApp): MentorRallyPlugin {
	const plugin = new MentorRallyPlugin(app, MANIFEST);
	// data.json answers at once, with nothing saved: a fresh install.
	(plugin as unknown as PluginInternals).loadData = () => Promise.resolve(null);
	return plugin;
}

async function main(): Promise<void> {
	const options = parseOptions(process.argv.slice(2));
	setup();
	skipMockLinkResolution();

	let started = now();
	const files = readFiles(options.dir);
	const readDiskMs = now() - started;
	collectGarbage();
	const start = memory();
	started = now();
	const mock = App.createConfigured__({ files });
	const setupMs = now() - started;
	const app = mock as unknown as ObsidianApp;
	collectGarbage();
	const withApp = memory();
	const { vault } = app;
	const workspace = app.workspace as unknown as MockWorkspace;

	// Count every read: cachedRead (what the store uses) and read.
	let cachedReads = 0;
	let otherReads = 0;
	let readPaths: Set<string> | null = null;
	const cachedRead = vault.cachedRead.bind(vault);
	const read = vault.read.bind(vault);
	vault.cachedRead = (file: ObsidianTFile): Promise<string> => {
		cachedReads++;
		readPaths?.add(file.path);
		return cachedRead(file);
	};
	vault.read = (file: ObsidianTFile): Promise<string> => {
		otherReads++;
		return read(file);
	};
	const reads = (): number => cachedReads + otherReads;

	// 1. onload, a fresh plugin each run; the workspace is not ready yet, as at Obsidian's start.
	let onload: PluginProbeResult['onload'] = null;
	if (options.phases.has('onload')) {
		const syncMs: number[] = [];
		const resolveMs: number[] = [];
		const readCounts: number[] = [];
		for (let i = 0; i <= options.onloadRuns; i++) {
			const plugin = newPlugin(app);
			collectGarbage();
			const before = reads();
			const t0 = now();
			const loading = plugin.onload();
			const t1 = now();
			await loading;
			const t2 = now();
			syncMs.push(t1 - t0);
			resolveMs.push(t2 - t0);
			readCounts.push(reads() - before);
			// Forget this plugin: its layout-ready callback (the build) and everything it registered.
			workspace.layoutReadyCallbacks.length = 0;
			(plugin as unknown as PluginInternals).loaded__ = true;
			plugin.unload();
		}
		onload = {
			firstSyncMs: syncMs.shift() ?? NaN,
			firstResolveMs: resolveMs.shift() ?? NaN,
			syncMs,
			resolveMs,
			reads: readCounts,
		};
	}

	const result: PluginProbeResult = {
		files: Object.keys(files).length,
		markdownFiles: vault.getMarkdownFiles().length,
		readDiskMs,
		setupMs,
		memory: { start, withApp },
		onload,
		build: null,
		update: null,
	};
	if (options.phases.has('build') || options.phases.has('update')) {
		const counters = {
			cached: () => cachedReads,
			other: () => otherReads,
			track: (paths: Set<string> | null) => void (readPaths = paths),
		};
		const built = await builds(app, files, options, counters, cachedRead);
		result.build = built.figures;
		if (options.phases.has('update')) result.update = await updates(app, built.store, built, files, options);
	}
	process.stdout.write(`${JSON.stringify(result)}\n`);
}

interface ReadCounters {
	cached(): number;
	other(): number;
	/** Collect the paths cachedRead is called for into this set (null: stop). */
	track(paths: Set<string> | null): void;
}

/** Index builds from the metadata cache; the first one is measured for memory too. */
async function builds(
	app: ObsidianApp,
	files: Record<string, string>,
	options: Options,
	counters: ReadCounters,
	cachedRead: (file: ObsidianTFile) => Promise<string>,
): Promise<{ figures: NonNullable<PluginProbeResult['build']>; store: TeamStore; notesRead: string[]; records: NoteRecord[] }> {
	const { vault, metadataCache } = app;
	const todayNoon = new Date(`${options.today}T12:00:00`);
	const newStore = (): TeamStore =>
		new TeamStore(
			app,
			() => DEFAULT_SETTINGS,
			() => todayNoon,
		);
	let store = newStore();
	collectGarbage();
	const beforeBuild = memory();
	const readsBefore = { cached: counters.cached(), other: counters.other() };
	const readPaths = new Set<string>();
	counters.track(readPaths);
	let started = now();
	const firstBlocks = watchBlocks();
	await store.build();
	const firstMs = now() - started;
	const firstHold = firstBlocks.stop();
	const afterBuild = memory();
	// Peak RSS so far (the mock app, the onloads, this build): later phases leave garbage behind.
	const peakRssMiB = process.resourceUsage().maxRSS / 1024;
	counters.track(null);
	const buildReads = { cached: counters.cached() - readsBefore.cached, other: counters.other() - readsBefore.other };
	const notesRead = [...readPaths];
	collectGarbage();
	const retained = memory();
	started = now();
	const team = store.snapshot();
	const firstSnapshotMs = now() - started;
	if (!team) throw new Error('the store has no team after build()');

	// The records the store hands its index, taken from an untimed build: for timing the index alone.
	const records = await recordsIndexedBy(() => newStore().build());
	/** The mock API alone: the store's walk and reads, nothing indexed. */
	const apiAlone = async (): Promise<void> => {
		const pending: Promise<string>[] = [];
		let sink = 0;
		for (const file of vault.getMarkdownFiles()) {
			const cache = metadataCache.getFileCache(file);
			sink += file.stat.ctime + (cache?.frontmatter ? 1 : 0);
			if (readPaths.has(file.path)) pending.push(cachedRead(file));
		}
		await Promise.all(pending);
		if (sink < 0) throw new Error('unreachable');
	};
	/** The index alone: the same records handed to a VaultIndex at once. */
	const indexAlone = (): void => {
		const index = new VaultIndex(DEFAULT_SETTINGS);
		for (const record of records) index.set(record);
	};
	const timed = async (fn: () => unknown): Promise<{ wall: number; cpu: number }> => {
		collectGarbage();
		const cpu = process.cpuUsage();
		const t0 = now();
		await fn();
		const wall = now() - t0;
		const used = process.cpuUsage(cpu);
		return { wall, cpu: (used.user + used.system) / 1000 };
	};

	// Timed in turns (a build, the API alone, the index alone), so drift on a busy machine hits all three alike.
	const buildMs: number[] = [];
	const buildCpuMs: number[] = [];
	const apiFloorMs: number[] = [];
	const indexOnlyMs: number[] = [];
	const longestBlockMs: number[] = [];
	const longestBlockWallMs: number[] = [];
	for (let i = 0, total = 0; i < options.buildRuns && (total < options.capMs || i < 3); i++) {
		const fresh = newStore();
		let blocks: { stop: () => Hold } | null = null;
		// Watched from inside the timed run: the garbage collection before it is not the build's.
		const run = await timed(() => {
			blocks = watchBlocks();
			return fresh.build();
		});
		const hold = (blocks as { stop: () => Hold } | null)?.stop() ?? { cpu: NaN, wall: NaN };
		longestBlockMs.push(hold.cpu);
		longestBlockWallMs.push(hold.wall);
		store = fresh;
		buildMs.push(run.wall);
		buildCpuMs.push(run.cpu);
		apiFloorMs.push((await timed(apiAlone)).wall);
		indexOnlyMs.push((await timed(indexAlone)).wall);
		total += run.wall;
	}

	const figures: NonNullable<PluginProbeResult['build']> = {
		firstMs,
		ms: buildMs,
		cpuMs: buildCpuMs,
		firstLongestBlockMs: firstHold.cpu,
		longestBlockMs,
		firstLongestBlockWallMs: firstHold.wall,
		longestBlockWallMs,
		cachedReads: buildReads.cached,
		otherReads: buildReads.other,
		heapGrowthMiB: afterBuild.heapUsedMiB - beforeBuild.heapUsedMiB,
		rssGrowthMiB: afterBuild.rssMiB - beforeBuild.rssMiB,
		peakRssMiB,
		retainedHeapMiB: retained.heapUsedMiB - beforeBuild.heapUsedMiB,
		apiFloorMs,
		indexOnlyMs,
		firstSnapshotMs,
		indexedNotes: notesRead.length,
		mentors: team.mentors.length,
		items: team.items.length,
		openItems: team.items.filter((item) => item.open).length,
		problems: team.problems.length,
	};
	return { figures, store, notesRead, records };
}

/** The longest the work held the event loop, in CPU time and in wall time. */
interface Hold {
	cpu: number;
	wall: number;
}

/**
 * Watches the event loop while something runs: a zero-delay timer asks again and again, and
 * the most time that passed between two of its turns is the longest the work held the loop
 * (what an app's frames would wait for). Both clocks: CPU time, which on a shared machine
 * does not count the time other processes had the CPU, but does count the garbage
 * collector's helper threads; and wall time, the frames' own clock, exact on a quiet machine.
 * `stop()` gives both in milliseconds.
 */
function watchBlocks(): { stop: () => Hold } {
	const cpuNow = (): number => {
		const used = process.cpuUsage();
		return (used.user + used.system) / 1000;
	};
	let last = { cpu: cpuNow(), wall: now() };
	const longest: Hold = { cpu: 0, wall: 0 };
	let running = true;
	const beat = (): void => {
		const at = { cpu: cpuNow(), wall: now() };
		longest.cpu = Math.max(longest.cpu, at.cpu - last.cpu);
		longest.wall = Math.max(longest.wall, at.wall - last.wall);
		last = at;
		if (running) setTimeout(beat, 0);
	};
	setTimeout(beat, 0);
	return {
		stop: () => {
			running = false;
			return { cpu: Math.max(longest.cpu, cpuNow() - last.cpu), wall: Math.max(longest.wall, now() - last.wall) };
		},
	};
}

/**
 * Runs `build` while keeping the last record each note gave `VaultIndex.set`: the records
 * exactly as the real store makes them from the metadata cache and its reads.
 */
async function recordsIndexedBy(build: () => Promise<void>): Promise<NoteRecord[]> {
	const proto = VaultIndex.prototype;
	const ownSet = Object.getOwnPropertyDescriptor(proto, 'set');
	const set = ownSet?.value as VaultIndex['set'] | undefined;
	if (!ownSet || !set) throw new Error('VaultIndex.prototype.set is not a method');
	const byPath = new Map<string, NoteRecord>();
	Object.defineProperty(proto, 'set', {
		...ownSet,
		value: function setAndKeep(this: VaultIndex, record: NoteRecord) {
			byPath.set(record.path, record);
			return set.call(this, record);
		},
	});
	try {
		await build();
	} finally {
		Object.defineProperty(proto, 'set', ownSet);
	}
	return [...byPath.values()];
}

/**
 * The edits: in 50 mentor and meeting notes with an open item, evenly spread, the product's
 * own edit (user-edits.ts), found from what the core read of each note.
 */
function makeEdits(paths: readonly string[], files: Record<string, string>, records: readonly NoteRecord[], today: CalendarDate): { path: string; texts: [string, string] }[] {
	const index = new VaultIndex(DEFAULT_SETTINGS);
	for (const record of records) index.set(record);
	const candidates = paths.filter((path) => hasOpenItem(index.get(path))).sort();
	const count = Math.min(50, candidates.length);
	const step = candidates.length / count;
	const edits: { path: string; texts: [string, string] }[] = [];
	for (let i = 0; i < count; i++) {
		const path = candidates[Math.floor(i * step)];
		const original = path === undefined ? undefined : files[path];
		const facts = path === undefined ? undefined : index.get(path);
		if (path === undefined || original === undefined || facts === undefined) continue;
		const edited = editedText(original, facts, i, today);
		if (edited === null) throw new Error(`nothing to edit in ${path}`);
		edits.push({ path, texts: [edited, original] });
	}
	if (edits.length === 0) throw new Error('no mentor or meeting note with an open item to edit');
	return edits;
}

async function updates(
	app: ObsidianApp,
	store: TeamStore,
	built: { notesRead: readonly string[]; records: readonly NoteRecord[] },
	files: Record<string, string>,
	options: Options,
): Promise<NonNullable<PluginProbeResult['update']>> {
	const { vault, metadataCache } = app;
	const edits = makeEdits(built.notesRead, files, built.records, options.today as CalendarDate);
	let counter = 0;
	let target = '';
	/** The next edit: each note is edited, then put back, then edited again… so every write changes it. */
	const nextEdit = async (): Promise<number> => {
		const edit = edits[counter % edits.length];
		const text = edit?.texts[Math.floor(counter / edits.length) % 2];
		counter++;
		if (!edit || text === undefined) throw new Error('no edit');
		const file = vault.getAbstractFileByPath(edit.path);
		if (!(file instanceof TFile)) throw new Error(`no file at ${edit.path}`);
		target = edit.path;
		const started = now();
		await vault.modify(file, text);
		return started;
	};

	// The store alone: a listener on `changed` registered before the store's marks the start.
	let changedAt = NaN;
	let notifiedAt = NaN;
	const first = metadataCache.on('changed', (file) => {
		if (file.path === target) changedAt = now();
	});
	const component = new Component();
	component.load();
	store.registerEvents(component as unknown as ObsidianComponent);
	const unsubscribe = store.onChange(() => {
		notifiedAt = now();
	});
	const timedEdit = async (): Promise<{ listener: number; total: number }> => {
		changedAt = NaN;
		notifiedAt = NaN;
		const started = await nextEdit();
		if (!(notifiedAt >= changedAt)) throw new Error(`the store did not tell its listeners about ${target}`);
		return { listener: notifiedAt - changedAt, total: notifiedAt - started };
	};
	for (let i = 0; i < Math.min(100, options.updates); i++) await timedEdit(); // warm-up
	const listenerMs: number[] = [];
	const modifyToListenerMs: number[] = [];
	let total = 0;
	for (let i = 0; i < options.updates && (total < options.capMs || i < 10); i++) {
		const t = await timedEdit();
		listenerMs.push(t.listener);
		modifyToListenerMs.push(t.total);
		total += t.total;
	}
	const snapshotMs: number[] = [];
	total = 0;
	for (let i = 0; i < options.snapshots && (total < options.capMs || i < 10); i++) {
		await timedEdit();
		const started = now();
		if (!store.snapshot()) throw new Error('no team');
		const ms = now() - started;
		snapshotMs.push(ms);
		total += ms;
	}
	unsubscribe();
	component.unload();
	metadataCache.offref(first);

	// The whole plugin: onload, layout ready, first build; then the same edits, timed from the
	// first `changed` listener to one registered after the plugin's (so after all it does at once).
	let startAt = NaN;
	let doneAt = NaN;
	const before = metadataCache.on('changed', (file) => {
		if (file.path === target) startAt = now();
	});
	const plugin = newPlugin(app);
	await plugin.onload();
	(app.workspace as unknown as MockWorkspace).setLayoutReady__();
	const internals = plugin as unknown as PluginInternals;
	for (let i = 0; i < 10_000 && !internals.store.snapshot(); i++) await settle();
	if (!internals.store.snapshot()) throw new Error('the plugin never built its index');
	const after = metadataCache.on('changed', (file) => {
		if (file.path === target) doneAt = now();
	});
	for (let i = 0; i < 20; i++) await nextEdit(); // warm-up
	const pluginMs: number[] = [];
	total = 0;
	for (let i = 0; i < options.snapshots && (total < options.capMs || i < 10); i++) {
		startAt = NaN;
		doneAt = NaN;
		await nextEdit();
		if (!(doneAt >= startAt)) throw new Error('the changed event did not reach both listeners');
		pluginMs.push(doneAt - startAt);
		total += doneAt - startAt;
	}
	const statusBar = internals.statusBarItems__[0]?.textContent ?? '';
	metadataCache.offref(before);
	metadataCache.offref(after);
	internals.loaded__ = true;
	plugin.unload();
	return { targets: edits.length, listenerMs, modifyToListenerMs, snapshotMs, pluginMs, statusBar };
}

main().then(
	async () => {
		await closeDom();
		process.exit(0);
	},
	(error: unknown) => {
		process.stderr.write(`plugin probe: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
		process.exit(3); // not 1: runNode takes 1 for a report that ran with problems
	},
);
