/**
 * Sections that measure the Obsidian plugin: the size of main.js (bundle.ts), onload, the index build
 * from the metadata cache, one-file updates through the plugin's event path, and the
 * dashboard's render in a real browser.
 *
 * onload, the build and the updates run in a child process (bench/plugin-main.ts, bundled
 * here with `obsidian` mapped to the one fake, tests/fakes/obsidian.ts): the plugin needs DOM globals and the
 * mocks, which must not leak into the other sections, and the child's heap is the plugin's.
 */
import { existsSync } from 'node:fs';
import { measureDashboardRender, type DashboardRenderResult } from '../dashboard-render';
import { median, percentile, type BenchContext, type Row, type Section } from '../lib';
import { beforeBuildRows } from '../before-plugin';
import { probe, type Phase, type Probe } from '../plugin-probe';
import { bundleSection } from './bundle';

const BUILD_BUDGET = { max: 150, label: '≤ 150 ms (goal 100)' };
const BLOCK_BUDGET = { max: 16, label: '≤ 16 ms' };
const UPDATE_BUDGET = { max: 1, label: '< 1 ms' };
const NO_READS = { max: 0, label: '0 reads' };
const RENDER_SMALL_BUDGET = { max: 50, label: '≤ 50 ms' };
const RENDER_LARGE_BUDGET = { max: 100, label: '≤ 100 ms' };
const CHROMIUM = '/usr/bin/chromium';

// ---------------------------------------------------------------------------------------
// The plugin in the mock app (child process).

/** onload on the 10k vault in every mode (it reads no file, so the vault's size is only the setting). */
function onloadProbe(ctx: BenchContext): Promise<Probe> {
	return ctx.quick ? probe(ctx, '10k', ['onload']) : probe(ctx, '10k', ['onload', 'build', 'update']);
}

/** The build and the updates: on the small vault under --quick, else on 10k (the same child as onload). */
function mainProbe(ctx: BenchContext): Promise<Probe> {
	return probe(ctx, ctx.mainVault, mainPhases(ctx));
}
const mainPhases = (ctx: BenchContext): Phase[] => (ctx.quick ? ['build', 'update'] : ['onload', 'build', 'update']);

function need<T>(value: T | null, what: string): T {
	if (value === null) throw new Error(`the plugin probe did not measure ${what}`);
	return value;
}

function setupNote(p: Probe): string {
	const r = p.result;
	return `${r.markdownFiles.toLocaleString('en-US')} notes loaded in the mock app in ${(r.setupMs / 1000).toFixed(1)} s (setup, not timed)`;
}

export const onloadSection: Section = {
	id: 'onload',
	title: 'Plugin onload (mock app over the 10k vault; workspace not ready yet; loadData answers at once)',
	async run(ctx) {
		const p = await onloadProbe(ctx);
		const o = need(p.result.onload, 'onload');
		const reads = o.reads.reduce((a, b) => a + b, 0);
		const runs = `median of ${o.syncMs.length} fresh plugins after the first`;
		return [
			{ name: 'onload(): until it returns its promise', value: median(o.syncMs), unit: 'ms', note: `${runs}; p95 ${percentile(o.syncMs, 95).toFixed(3)}` },
			{ name: 'onload(): until it returns, first call', value: o.firstSyncMs, unit: 'ms', note: 'cold: the first plugin in the process' },
			{ name: 'onload(): until its promise resolves', value: median(o.resolveMs), unit: 'ms', note: `${runs}; p95 ${percentile(o.resolveMs, 95).toFixed(2)}` },
			{ name: 'onload(): until it resolves, first call', value: o.firstResolveMs, unit: 'ms', note: 'cold: modules, happy-dom and the mocks used for the first time' },
			{ name: 'files read during onload', value: reads, unit: 'reads', budget: NO_READS, note: `cachedRead + read over ${o.reads.length} onloads; ${setupNote(p)}` },
		];
	},
};

export const storeBuildSection: Section = {
	id: 'store-build',
	title: 'Plugin index build from the metadata cache (TeamStore.build, default settings)',
	async run(ctx) {
		return [...buildRows(ctx, await mainProbe(ctx)), ...(await beforeBuildRows(ctx, ctx.mainVault, mainPhases(ctx)))];
	},
};

export const studentBuildSection: Section = {
	id: 'store-build-student',
	title: "Plugin index build on a student's vault (10k notes, 300 of them mentor or meeting notes)",
	skip: (ctx) => (ctx.quick ? 'not in --quick' : null),
	async run(ctx) {
		return [...buildRows(ctx, await probe(ctx, 'student', ['build'])), ...(await beforeBuildRows(ctx, 'student', ['build']))];
	},
};

function buildRows(ctx: BenchContext, p: Probe): Row[] {
	const b = need(p.result.build, 'the build');
	const manifest = ctx.vault(p.preset).manifest;
	const expectedReads = manifest.mentorNotes + manifest.meetingNotes;
	const builds = `median of ${b.ms.length} after the first; fastest ${Math.min(...b.ms).toFixed(0)}; CPU ${median(b.cpuMs).toFixed(0)} ms`;
	// The budget is for 10k notes: not applied to the small vault of --quick.
	const tenThousand = p.preset === '10k' || p.preset === 'student';
	const budget = tenThousand ? { budget: BUILD_BUDGET } : {};
	const budgetNote = tenThousand ? '' : ` (budget ≤ 150 ms is for 10k: not applied)`;
	return [
		{ name: `TeamStore.build() @ ${p.preset}`, value: median(b.ms), unit: 'ms', ...budget, note: `${builds}${budgetNote}` },
		{ name: `TeamStore.build() @ ${p.preset}, first (cold)`, value: b.firstMs, unit: 'ms', ...budget, note: `the first build in the process, as at Obsidian's start${budgetNote}` },
		{
			name: `  longest hold on the event loop @ ${p.preset}`,
			value: median(b.longestBlockMs),
			unit: 'ms',
			budget: BLOCK_BUDGET,
			note: `CPU time between two turns of a zero-delay timer, median over the builds; max ${Math.max(...b.longestBlockMs).toFixed(1)}`,
		},
		{ name: `  longest hold on the event loop @ ${p.preset}, first build`, value: b.firstLongestBlockMs, unit: 'ms', budget: BLOCK_BUDGET, note: 'cold' },
		{
			name: `  the same in wall time @ ${p.preset}`,
			value: median(b.longestBlockWallMs),
			unit: 'ms',
			budget: BLOCK_BUDGET,
			note: `what frames wait for on a quiet machine (CPU time also counts the collector's threads); max ${Math.max(...b.longestBlockWallMs).toFixed(1)}, first build ${b.firstLongestBlockWallMs.toFixed(1)}`,
		},
		{ name: '  the mock API alone', value: median(b.apiFloorMs), unit: 'ms', note: 'getMarkdownFiles, getFileCache per note, cachedRead of the same notes; nothing indexed' },
		{ name: '  index.set (readNote) alone', value: median(b.indexOnlyMs), unit: 'ms', note: 'the same records handed to a VaultIndex: no reads, no promises; timed in turns with the builds' },
		{
			name: 'cachedRead calls in one build',
			value: b.cachedReads,
			unit: 'calls',
			note: b.cachedReads === expectedReads ? `= mentor + meeting notes (${expectedReads}), as it should; ${b.otherReads} read()` : `MISMATCH: ${expectedReads} mentor + meeting notes`,
		},
		{ name: 'heap growth over the first build', value: b.heapGrowthMiB, unit: 'MiB', note: 'heapUsed right after build() resolved (no GC) minus before' },
		{ name: 'heap kept after the build', value: b.retainedHeapMiB, unit: 'MiB', note: 'after a GC, the store alive: what the index holds' },
		{ name: 'RSS growth over the first build', value: b.rssGrowthMiB, unit: 'MiB', note: 'rss right after build() minus before' },
		{
			name: 'peak RSS of the process after the build',
			value: b.peakRssMiB,
			unit: 'MiB',
			note: `node + happy-dom + the mock app holding every note (${(p.result.memory.withApp.heapUsedMiB - p.result.memory.start.heapUsedMiB).toFixed(0)} MiB of heap) + the index; ${p.result.memory.start.rssMiB.toFixed(0)} MiB before the vault was loaded`,
		},
		{ name: 'store.snapshot() after the build', value: b.firstSnapshotMs, unit: 'ms', note: 'the first full derivation (deriveTeam), for information' },
		{
			name: 'sanity: mentors / items / problems',
			value: b.mentors,
			unit: 'mentors',
			note: `${b.items} items (${b.openItems} open), ${b.problems} problems; ${b.mentors === manifest.mentorNotes && b.items === manifest.mentorTasks && b.problems === 0 ? 'as written in the vault' : `MISMATCH: the vault has ${manifest.mentorNotes} mentors and ${manifest.mentorTasks} tasks`}`,
		},
		{
			name: 'vault',
			value: p.result.markdownFiles,
			unit: 'notes',
			note: `${p.preset}; ${setupNote(p)}; the child ran ${(p.wallMs / 1000).toFixed(0)} s, peak RSS ${p.maxRssMiB.toFixed(0)} MiB`,
		},
	];
}

export const storeUpdateSection: Section = {
	id: 'store-update',
	title: 'Plugin one-file update (vault.modify → metadata cache "changed" → TeamStore)',
	async run(ctx) {
		const p = await mainProbe(ctx);
		const u = need(p.result.update, 'updates');
		const edits = `${u.listenerMs.length} edits over ${u.targets} mentor and meeting notes, ${p.preset}`;
		return [
			{ name: '"changed" → store listener, median', value: median(u.listenerMs), unit: 'ms', budget: UPDATE_BUDGET, note: edits },
			{ name: '"changed" → store listener, p95', value: percentile(u.listenerMs, 95), unit: 'ms', budget: UPDATE_BUDGET, note: `max ${Math.max(...u.listenerMs).toFixed(2)}` },
			{ name: 'vault.modify → store listener, median', value: median(u.modifyToListenerMs), unit: 'ms', note: "with the mock's write and metadata parse (Obsidian's own work)" },
			{ name: 'vault.modify → store listener, p95', value: percentile(u.modifyToListenerMs, 95), unit: 'ms' },
			{ name: 'store.snapshot() after a change, median', value: median(u.snapshotMs), unit: 'ms', note: `the full re-derive (deriveTeam), ${u.snapshotMs.length} edits; for information` },
			{ name: 'store.snapshot() after a change, p95', value: percentile(u.snapshotMs, 95), unit: 'ms' },
			{
				name: 'whole plugin: "changed" → all listeners, median',
				value: median(u.pluginMs),
				unit: 'ms',
				note: `${u.pluginMs.length} edits; the status-bar count re-derives the team at once on every change ("${u.statusBar}")`,
			},
			{ name: 'whole plugin: "changed" → all listeners, p95', value: percentile(u.pluginMs, 95), unit: 'ms' },
		];
	},
};

export const pluginScaleSection: Section = {
	id: 'plugin-scale',
	title: 'Plugin scale: 10k → 50k notes (linear growth would be 5×)',
	skip: (ctx) => (ctx.quick ? 'not in --quick' : null),
	async run(ctx) {
		const small = await probe(ctx, '10k', ['onload', 'build', 'update']);
		const large = await probe(ctx, '50k', ['onload', 'build', 'update']);
		const figures = (p: Probe): Record<string, number> => {
			const b = need(p.result.build, 'the build');
			const o = need(p.result.onload, 'onload');
			const u = need(p.result.update, 'updates');
			return {
				onload: median(o.resolveMs),
				build: median(b.ms),
				buildCpu: median(b.cpuMs),
				buildFirst: b.firstMs,
				longestBlock: median(b.longestBlockMs),
				apiFloor: median(b.apiFloorMs),
				indexOnly: median(b.indexOnlyMs),
				reads: b.cachedReads,
				heapGrowth: b.heapGrowthMiB,
				retained: b.retainedHeapMiB,
				rss: b.peakRssMiB,
				listener: median(u.listenerMs),
				listenerP95: percentile(u.listenerMs, 95),
				snapshot: median(u.snapshotMs),
				plugin: median(u.pluginMs),
			};
		};
		const a = figures(small);
		const b = figures(large);
		const metrics: { key: string; name: string; unit: string; budget?: Row['budget'] }[] = [
			{ key: 'onload', name: 'onload(): until it resolves', unit: 'ms' },
			{ key: 'build', name: 'TeamStore.build()', unit: 'ms', budget: BUILD_BUDGET },
			{ key: 'buildCpu', name: 'TeamStore.build(), CPU', unit: 'ms' },
			{ key: 'buildFirst', name: 'TeamStore.build(), first (cold)', unit: 'ms', budget: BUILD_BUDGET },
			{ key: 'longestBlock', name: 'TeamStore.build(), longest hold on the event loop', unit: 'ms', budget: BLOCK_BUDGET },
			{ key: 'apiFloor', name: '  the mock API alone', unit: 'ms' },
			{ key: 'indexOnly', name: '  index.set (readNote) alone', unit: 'ms' },
			{ key: 'reads', name: 'cachedRead calls in one build', unit: 'calls' },
			{ key: 'heapGrowth', name: 'heap growth over the first build', unit: 'MiB' },
			{ key: 'retained', name: 'heap kept after the build', unit: 'MiB' },
			{ key: 'rss', name: 'peak RSS of the process after the build', unit: 'MiB' },
			{ key: 'listener', name: '"changed" → store listener, median', unit: 'ms', budget: UPDATE_BUDGET },
			{ key: 'listenerP95', name: '"changed" → store listener, p95', unit: 'ms', budget: UPDATE_BUDGET },
			{ key: 'snapshot', name: 'store.snapshot() after a change, median', unit: 'ms' },
			{ key: 'plugin', name: 'whole plugin: "changed" → all listeners, median', unit: 'ms' },
		];
		const rows: Row[] = [];
		for (const metric of metrics) {
			const va = a[metric.key] ?? NaN;
			const vb = b[metric.key] ?? NaN;
			const budget = metric.budget ? { budget: metric.budget } : {};
			rows.push({ name: `${metric.name} @ 10k`, value: va, unit: metric.unit, ...budget });
			rows.push({ name: `${metric.name} @ 50k`, value: vb, unit: metric.unit, ...budget });
			rows.push({ name: `${metric.name}: growth`, value: vb / va, unit: '×' });
		}
		const describe = (p: Probe): string => {
			const m = ctx.vault(p.preset).manifest;
			return `${m.files} notes, ${m.mentorNotes + m.meetingNotes} mentor+meeting, ${m.mentorTasks} tasks`;
		};
		rows.push({ name: 'vaults', value: null, unit: '', note: `10k: ${describe(small)}; 50k: ${describe(large)}; 50k loaded in the mock in ${(large.result.setupMs / 1000).toFixed(1)} s` });
		return rows;
	},
};

// ---------------------------------------------------------------------------------------
// The dashboard in Chromium.

const SMALL = { mentors: 50, openItems: 1_000 };
const LARGE = { mentors: 500, openItems: 10_000 };

function renderRows(label: string, r: DashboardRenderResult, runs: number, budgetOn: 'median' | 'first'): Row[] {
	const budget = budgetOn === 'median' ? RENDER_SMALL_BUDGET : RENDER_LARGE_BUDGET;
	return [
		{
			name: `${label}: render, median`,
			value: r.medianMs,
			unit: 'ms',
			...(budgetOn === 'median' ? { budget } : {}),
			note: `${runs} renders in one page; build ${r.buildMedianMs} + layout ${r.layoutMedianMs} ms`,
		},
		{ name: `${label}: render, p95`, value: r.p95Ms, unit: 'ms' },
		{ name: `${label}: first render in a fresh page`, value: r.firstMs, unit: 'ms', ...(budgetOn === 'first' ? { budget } : {}), note: 'median of 3 fresh pages' },
		{ name: `${label}: elements in the page`, value: r.nodes, unit: 'elements', note: 'lists stop at their "Show all" limit' },
	];
}

export const dashboardSection: Section = {
	id: 'dashboard',
	title: 'Dashboard render in Chromium (renderDashboard + forced layout, timed in the page)',
	async run(ctx) {
		const small = `${SMALL.mentors} mentors / ${SMALL.openItems.toLocaleString('en-US')} open items`;
		const large = `${LARGE.mentors} mentors / ${LARGE.openItems.toLocaleString('en-US')} open items`;
		if (!existsSync(CHROMIUM)) {
			const note = `skipped: ${CHROMIUM} is missing (apt-get install chromium)`;
			return [
				{ name: `${small}: render, median`, value: null, unit: 'ms', budget: RENDER_SMALL_BUDGET, note },
				{ name: `${large}: first render`, value: null, unit: 'ms', budget: RENDER_LARGE_BUDGET, note: ctx.quick ? 'not in --quick' : note },
			];
		}
		const runs = ctx.quick ? 10 : 30;
		ctx.log(`rendering the dashboard in Chromium: ${small}…`);
		const rows = renderRows(small, await measureDashboardRender({ ...SMALL, runs }), runs, 'median');
		if (ctx.quick) {
			rows.push({ name: `${large}: first render`, value: null, unit: 'ms', budget: RENDER_LARGE_BUDGET, note: 'not in --quick' });
		} else {
			ctx.log(`rendering the dashboard in Chromium: ${large}…`);
			rows.push(...renderRows(large, await measureDashboardRender({ ...LARGE, runs: 10 }), 10, 'first'));
		}
		return rows;
	},
};

export const pluginSections: readonly Section[] = [bundleSection, onloadSection, storeBuildSection, studentBuildSection, storeUpdateSection, pluginScaleSection, dashboardSection];
