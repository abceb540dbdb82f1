/**
 * The size of main.js, the plugin as users install it, and what fills it. `npm run bench --
 * --only=bundle` runs just this (a few seconds).
 *
 * main.js is built the way `npm run build` builds it (`node esbuild.config.mjs`) and measured
 * raw and gzipped; a second, in-memory build with the same options and a metafile says which
 * folders, packages and files the minified bytes come from.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build, type Metafile } from 'esbuild';
import { pluginOptions } from '../../esbuild.config.mjs';
import { beforeBundleRows } from '../before-rows';
import type { BenchContext, Row, Section } from '../lib';

const BUNDLE_BUDGET_BYTES = 150_000;
const BUNDLE_BUDGET_KIB = 150;
/** How many of the largest source files to list. */
const TOP_FILES = 12;

interface BundleFigures {
	bytes: number;
	gzipBytes: number;
	/** Minified bytes per folder or package, largest first. */
	parts: [string, number][];
	/** Minified bytes of the largest source files, largest first. */
	files: [string, number][];
	/** Bytes of the in-memory rebuild that gave `parts` (should equal `bytes`). */
	metafileBytes: number;
	built: string;
}

/**
 * The part of the bundle a source file belongs to: its package for a dependency, else its
 * folder under src/ one level down (src/core/dates, src/obsidian/dashboard), with the files
 * directly in src/core or src/obsidian as one part each.
 */
export function bundlePart(path: string): string {
	const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(path)?.[1];
	if (pkg) return pkg;
	const parts = path.split('/');
	if (parts[0] !== 'src' || parts.length < 3) return path;
	return parts.length === 3 ? `${parts.slice(0, 2).join('/')}/*.ts` : parts.slice(0, 3).join('/');
}

/** Bytes per part and the largest files, from an esbuild metafile output. */
export function breakdown(inputs: Metafile['outputs'][string]['inputs']): { parts: [string, number][]; files: [string, number][] } {
	const groups = new Map<string, number>();
	const files: [string, number][] = [];
	for (const [path, input] of Object.entries(inputs)) {
		groups.set(bundlePart(path), (groups.get(bundlePart(path)) ?? 0) + input.bytesInOutput);
		files.push([path.replace(/^node_modules\/chrono-node\/dist\/esm\//, 'chrono-node/'), input.bytesInOutput]);
	}
	const bySize = (a: [string, number], b: [string, number]): number => b[1] - a[1];
	return { parts: [...groups].sort(bySize), files: files.sort(bySize).slice(0, TOP_FILES) };
}

/** `node esbuild.config.mjs`, then main.js measured, then the breakdown from an in-memory rebuild. */
async function bundleFigures(ctx: BenchContext): Promise<BundleFigures> {
	return ctx.memo('plugin-bundle', async () => {
		ctx.log('building main.js (node esbuild.config.mjs)…');
		const run = spawnSync(process.execPath, ['esbuild.config.mjs'], { cwd: ctx.root, stdio: ['ignore', 'inherit', 'inherit'] });
		const mainJs = join(ctx.root, 'main.js');
		if (run.status !== 0 && !existsSync(mainJs)) throw new Error(`node esbuild.config.mjs failed (${run.status ?? run.signal}) and there is no main.js`);
		const built = run.status === 0 ? 'built by node esbuild.config.mjs' : 'BUILD FAILED: an older main.js measured';
		const result = await build({ ...pluginOptions, absWorkingDir: ctx.root, write: false, metafile: true, logLevel: 'silent' });
		const output = Object.values(result.metafile.outputs)[0];
		return {
			bytes: statSync(mainJs).size,
			gzipBytes: gzipSync(readFileSync(mainJs)).length,
			...breakdown(output?.inputs ?? {}),
			metafileBytes: output?.bytes ?? NaN,
			built,
		};
	});
}

const percentOf = (bytes: number, total: number): string => `${((bytes / total) * 100).toFixed(1)} %`;

export const bundleSection: Section = {
	id: 'bundle',
	title: 'Plugin bundle: main.js, minified (node esbuild.config.mjs)',
	async run(ctx) {
		const f = await bundleFigures(ctx);
		const rows: Row[] = [
			{ name: 'main.js, bytes', value: f.bytes, unit: 'B', budget: { max: BUNDLE_BUDGET_BYTES, label: '≤ 150,000 B' }, note: `150 KB read as 150,000 bytes; ${f.built}` },
			{ name: 'main.js, KiB', value: f.bytes / 1024, unit: 'KiB', budget: { max: BUNDLE_BUDGET_KIB, label: '≤ 150 KiB' }, note: '150 KB read as 150 KiB = 153,600 bytes' },
			{ name: 'main.js, gzip', value: f.gzipBytes, unit: 'B', note: `zlib level 6, for information (${(f.gzipBytes / 1024).toFixed(1)} KiB)` },
			...beforeBundleRows(ctx, f),
		];
		for (const [part, bytes] of f.parts) rows.push({ name: `  of which ${part}`, value: bytes, unit: 'B', note: percentOf(bytes, f.metafileBytes) });
		rows.push({ name: `largest ${TOP_FILES} source files`, value: null, unit: '', note: 'minified bytes each adds to main.js' });
		for (const [file, bytes] of f.files) rows.push({ name: `  ${file}`, value: bytes, unit: 'B', note: percentOf(bytes, f.metafileBytes) });
		if (f.metafileBytes !== f.bytes) rows.push({ name: 'rebuild for the breakdown', value: f.metafileBytes, unit: 'B', note: 'DIFFERS from main.js: esbuild.config.mjs changed?' });
		return rows;
	},
};
