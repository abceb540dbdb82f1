/**
 * `--before=REV` for the plugin's index build: the older tree's own probe (its
 * bench/plugin-main.ts, its sources, its fakes), bundled in its worktree and run on the same
 * vault with the same arguments, right after this tree's. An older probe may lack fields (the
 * longest hold came later) or fail to run: its rows then say so, and the bench goes on.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { beforeLabel } from './before-rows';
import type { VaultPreset } from './generate-vault';
import { median, runNode, type BenchContext, type Row } from './lib';
import { buildProbeScript, probeArgs, type Phase } from './plugin-probe';

const NOT_MEASURED = 'not measured by this revision’s probe';

/** The numbers of a series, or null when an older probe did not write that field. */
function series(value: unknown): number[] | null {
	if (!Array.isArray(value)) return null;
	const numbers = value.filter((v): v is number => typeof v === 'number' && Number.isFinite(v));
	return numbers.length > 0 ? numbers : null;
}

function single(value: unknown): number | null {
	return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

/** The older probe's `build` object as it printed it, or why there is none. */
function beforeBuild(ctx: BenchContext, preset: VaultPreset, phases: readonly Phase[]): Promise<Record<string, unknown> | string> {
	return ctx.memo(`before-probe:${preset}:${phases.join(',')}`, async () => {
		const before = ctx.before;
		if (!before) return 'no --before';
		if (!existsSync(join(before.root, 'bench/plugin-main.ts'))) return 'this revision has no bench/plugin-main.ts (no plugin probe yet)';
		try {
			const script = join(before.root, 'bench/out/plugin-probe.mjs');
			await ctx.memo('script:before-plugin-probe', () => buildProbeScript(before.root, script));
			ctx.log(`running the plugin of ${before.sha.slice(0, 7)} against obsidian-test-mocks on ${preset} (${phases.join(', ')})…`);
			const run = runNode(probeArgs(ctx, script, ctx.vault(preset).dir, phases), { cwd: before.root, outDir: ctx.outDir, captureStdout: true });
			const parsed = JSON.parse(run.stdout) as { build?: unknown };
			return typeof parsed.build === 'object' && parsed.build !== null ? (parsed.build as Record<string, unknown>) : 'its probe printed no build figures';
		} catch (error) {
			return `its probe could not run: ${oneLine(error)}`;
		}
	});
}

/** Why a build or a run failed, in one line: esbuild's first error, or the message's first line. */
function oneLine(error: unknown): string {
	const first = (error as { errors?: { text?: unknown; location?: { file?: unknown } | null }[] } | null)?.errors?.[0];
	if (typeof first?.text === 'string') return typeof first.location?.file === 'string' ? `${first.location.file}: ${first.text}` : first.text;
	const message = error instanceof Error ? error.message : String(error);
	return message.split('\n').find((line) => line.trim() !== '') ?? 'no message';
}

/**
 * Rows for the older tree's build on `preset`: wall and CPU medians, the first (cold) build
 * and the longest hold on the event loop. `phases` are this tree's probe's: the older probe
 * runs the same ones up to the build (onload warms the code a cold build then meets), not the
 * updates, which come after the build and do not change its figures.
 */
export async function beforeBuildRows(ctx: BenchContext, preset: VaultPreset, phases: readonly Phase[]): Promise<Row[]> {
	const before = ctx.before;
	if (!before) return [];
	const label = beforeLabel(before);
	const own = phases.filter((p) => p !== 'update');
	const b = await beforeBuild(ctx, preset, own);
	const name = (what: string): string => `before: ${what} @ ${preset}`;
	if (typeof b === 'string') return [{ name: name('TeamStore.build()'), value: null, unit: 'ms', note: `${label}: ${b}` }];
	const ms = series(b.ms);
	const cpu = series(b.cpuMs);
	const holds = series(b.longestBlockMs);
	const firstHold = single(b.firstLongestBlockMs);
	const runs = ms ? `median of ${ms.length} after the first, same vault and repetitions; phases ${own.join(',')}` : NOT_MEASURED;
	return [
		{ name: name('TeamStore.build()'), value: ms ? median(ms) : null, unit: 'ms', note: `${label}; ${runs}` },
		{ name: name('TeamStore.build(), CPU'), value: cpu ? median(cpu) : null, unit: 'ms', note: `${label}; ${cpu ? 'user + system, median' : NOT_MEASURED}` },
		{ name: name('TeamStore.build(), first (cold)'), value: single(b.firstMs), unit: 'ms', note: `${label}; ${single(b.firstMs) === null ? NOT_MEASURED : 'the first build in its process'}` },
		{ name: name('longest hold on the event loop'), value: holds ? median(holds) : null, unit: 'ms', note: `${label}; ${holds ? `median; max ${Math.max(...holds).toFixed(1)}` : NOT_MEASURED}` },
		{ name: name('longest hold on the event loop, first build'), value: firstHold, unit: 'ms', note: `${label}; ${firstHold === null ? NOT_MEASURED : 'cold'}` },
	];
}
