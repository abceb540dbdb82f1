/**
 * The command line and the floor as child processes, the way a user runs them: dist/cli.js
 * built when stale, the floor bundled into bench/out, and both timed in turns (with the
 * older tree's CLI too under `--before=REV`). Shared by the report, phases and scale sections.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { buildSync } from 'esbuild';
import { nodeScriptOptions } from '../esbuild.config.mjs';
import type { VaultPreset } from './generate-vault';
import { median, runNode, type BenchContext, type ChildRun } from './lib';

export const CLI = 'dist/cli.js';

/** dist/cli.js, built when missing or older than the sources it is built from. */
export function ensureCli(ctx: BenchContext): string {
	return ctx.memo('cli-built', () => {
		const cli = join(ctx.root, CLI);
		const stale = existsSync(cli) && newestMtime(join(ctx.root, 'src')) > statSync(cli).mtimeMs;
		if (existsSync(cli) && !stale) return 'dist/cli.js up to date';
		ctx.log(`${stale ? 'rebuilding stale' : 'building missing'} ${CLI} (node esbuild.config.mjs)…`);
		const built = spawnSync(process.execPath, ['esbuild.config.mjs'], { cwd: ctx.root, stdio: 'inherit' });
		if (built.status !== 0) {
			if (!existsSync(cli)) throw new Error(`node esbuild.config.mjs failed (${built.status ?? built.signal}) and there is no ${CLI}`);
			ctx.log(`warning: the build failed; measuring the existing ${CLI}`);
			return 'build failed: stale dist/cli.js measured';
		}
		return stale ? 'rebuilt (was older than src/)' : 'built (was missing)';
	});
}

function newestMtime(dir: string): number {
	let newest = 0;
	for (const entry of readdirSync(dir, { withFileTypes: true })) {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) newest = Math.max(newest, newestMtime(path));
		else if (entry.isFile()) newest = Math.max(newest, statSync(path).mtimeMs);
	}
	return newest;
}

/** A bench entry bundled into bench/out (like run-ts.mjs does), to run as a child process. */
export function benchScript(ctx: BenchContext, entry: string, name: string): string {
	return ctx.memo(`script:${name}`, () => {
		const outfile = join(ctx.outDir, name);
		buildSync({ ...nodeScriptOptions, entryPoints: [join(ctx.root, 'bench', entry)], outfile });
		return outfile;
	});
}

/** bench/out/floor.mjs: the floor as a program of its own. */
export function floorScript(ctx: BenchContext): string {
	return benchScript(ctx, 'floor-main.ts', 'floor.mjs');
}

export function reportArgs(ctx: BenchContext, dir: string): string[] {
	return [CLI, 'report', '--vault', dir, '--today', ctx.today, '--json'];
}

export interface ChildTimes {
	cli: ChildRun[];
	floor: ChildRun[];
	/** The older tree's dist/cli.js under `--before=REV`, timed in the same turns; else empty. */
	before: ChildRun[];
}

/**
 * `node dist/cli.js report --json > /dev/null` and `node bench/out/floor.mjs DIR` (and the
 * older tree's CLI under `--before`), timed in turns whose order rotates (so drift on the
 * machine hits them all alike) after one untimed run of each. Every run also gives CPU time
 * and peak memory.
 */
export function childTimes(ctx: BenchContext, preset: VaultPreset): ChildTimes {
	return ctx.memo(`child:${preset}`, () => {
		ensureCli(ctx);
		const floor = floorScript(ctx);
		const { dir } = ctx.vault(preset);
		const runs = preset === '50k' ? ctx.reps.childRunsLarge : ctx.reps.childRuns;
		const before = ctx.before;
		ctx.log(`timing the CLI${before ? `, the CLI of ${before.sha.slice(0, 7)}` : ''} and the floor as child processes on ${preset} (${runs} runs each)…`);
		const options = { cwd: ctx.root, outDir: ctx.outDir };
		const times: ChildTimes = { cli: [], floor: [], before: [] };
		const turns: [ChildRun[], () => ChildRun][] = [
			[times.cli, () => runNode(reportArgs(ctx, dir), options)],
			[times.floor, () => runNode([floor, dir], options)],
		];
		// The same arguments as ours; run from its own tree, so nothing of this one is in its way.
		if (before) turns.push([times.before, () => runNode([before.cli, ...reportArgs(ctx, dir).slice(1)], { ...options, cwd: before.root })]);
		for (const [, run] of turns) run();
		for (let i = 0; i < runs; i++) {
			for (let k = 0; k < turns.length; k++) {
				const turn = turns[(i + k) % turns.length];
				turn?.[0].push(turn[1]());
			}
		}
		return times;
	});
}

/** The median wall time, median CPU time, fastest wall time and peak memory of some child runs. */
export function summary(runs: readonly ChildRun[]): { wall: number; cpu: number; fastest: number; rss: number; method: string } {
	return {
		wall: median(runs.map((r) => r.wallMs)),
		cpu: median(runs.map((r) => r.cpuMs)),
		fastest: Math.min(...runs.map((r) => r.wallMs)),
		rss: Math.max(...runs.map((r) => r.maxRssMiB)),
		method: runs[0]?.method ?? '',
	};
}

/** `node -e 0`: what every child run pays before it does anything. */
export function nodeStartup(ctx: BenchContext): { wall: number; cpu: number } {
	return ctx.memo('node-startup', () => {
		const runs: ChildRun[] = [];
		for (let i = 0; i <= ctx.reps.childRuns; i++) runs.push(runNode(['-e', '0'], { cwd: ctx.root, outDir: ctx.outDir }));
		const timed = runs.slice(1);
		return { wall: median(timed.map((r) => r.wallMs)), cpu: median(timed.map((r) => r.cpuMs)) };
	});
}
