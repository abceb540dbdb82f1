/**
 * The plugin probe (bench/plugin-main.ts) bundled and run as a child process: onload, the
 * index build and the updates in obsidian-test-mocks. The root is a parameter so that
 * `--before=REV` can bundle the older tree's own probe against its own sources and fakes.
 */
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { build } from 'esbuild';
import { nodeScriptOptions } from '../esbuild.config.mjs';
import type { VaultPreset } from './generate-vault';
import { runNode, type BenchContext } from './lib';
import type { PluginProbeResult } from './plugin-main';

const MOCKS = 'node_modules/obsidian-test-mocks/dist/lib/esm';

export type Phase = 'onload' | 'build' | 'update';

export interface Probe {
	result: PluginProbeResult;
	/** Peak RSS of the whole child (the vault in the mock app, the plugin and its index). */
	maxRssMiB: number;
	wallMs: number;
	preset: VaultPreset;
}

/**
 * `ROOT/bench/plugin-main.ts` bundled into `outfile`, with `obsidian` standing for the mocks.
 * The options are this tree's nodeScriptOptions (an older tree's would differ only in ways
 * a probe does not notice: its dependencies stay in the shared node_modules).
 */
export async function buildProbeScript(root: string, outfile: string): Promise<void> {
	const mock = (path: string): string => join(root, MOCKS, path);
	mkdirSync(dirname(outfile), { recursive: true });
	await build({
		...nodeScriptOptions,
		absWorkingDir: root,
		entryPoints: ['bench/plugin-main.ts'],
		outfile,
		plugins: [
			{
				// `obsidian` is the one fake (tests/fakes/obsidian.ts: the mocks with the fidelity
				// fixes), bundled in after the DOM set-up; the mocks themselves, one copy.
				name: 'obsidian-is-the-fake',
				setup(b) {
					b.onResolve({ filter: /^obsidian$/ }, () => ({ path: join(root, 'tests/fakes/obsidian.ts') }));
					b.onResolve({ filter: /^obsidian-test-mocks\/obsidian$/ }, () => ({ path: mock('obsidian/index.mjs') }));
					b.onResolve({ filter: /^obsidian-test-mocks\/setup$/ }, () => ({ path: mock('globals/setup.mjs') }));
				},
			},
		],
	});
}

/** bench/out/plugin-probe.mjs: this tree's probe, bundled once per run. */
function probeScript(ctx: BenchContext): Promise<string> {
	return ctx.memo('script:plugin-probe', async () => {
		const outfile = join(ctx.outDir, 'plugin-probe.mjs');
		await buildProbeScript(ctx.root, outfile);
		return outfile;
	});
}

/** The probe's command line: the run's repetitions, the same for every tree. */
export function probeArgs(ctx: BenchContext, script: string, dir: string, phases: readonly Phase[]): string[] {
	const { reps } = ctx;
	return [
		'--expose-gc',
		script,
		dir,
		`--today=${ctx.today}`,
		`--phases=${phases.join(',')}`,
		`--onload-runs=${reps.inProcessRuns}`,
		`--build-runs=${reps.indexBuilds}`,
		`--updates=${reps.updates}`,
		`--snapshots=${reps.updatesWithSnapshot}`,
		`--cap-ms=${reps.seriesCapMs}`,
	];
}

/** This tree's plugin on a vault, once per run for each set of phases. */
export function probe(ctx: BenchContext, preset: VaultPreset, phases: readonly Phase[]): Promise<Probe> {
	return ctx.memo(`plugin-probe:${preset}:${phases.join(',')}`, async () => {
		const script = await probeScript(ctx);
		const { dir } = ctx.vault(preset);
		ctx.log(`running the plugin against obsidian-test-mocks on ${preset} (${phases.join(', ')})…`);
		const run = runNode(probeArgs(ctx, script, dir, phases), { cwd: ctx.root, outDir: ctx.outDir, captureStdout: true });
		const result = JSON.parse(run.stdout) as PluginProbeResult;
		return { result, maxRssMiB: run.maxRssMiB, wallMs: run.wallMs, preset };
	});
}
