/**
 * Mentor Rally's benchmark: `npm run bench` (10k and 50k notes) or `npm run bench -- --quick`
 * (a small vault, fewer repetitions, for CI). Prints a table and writes bench/out/results.json.
 *
 * Budgets are reported as PASS or OVER and never fail the run: these are measurements, not
 * assertions. The exit code is non-zero only when something crashed.
 *
 * To add measurements, add a Section (an id, a title and a `run` returning rows) to
 * SECTIONS below; `--only=id,id` runs just some of them. `--before=REV` builds an older commit
 * in a worktree of its own (before.ts) and adds its rows beside this tree's, from the same run.
 */
import { cpus, loadavg, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { writeFileSync } from 'node:fs';
import { BeforeError, prepareBefore, type BeforeTree } from './before';
import { beforeLabel } from './before-rows';
import { BENCH_TODAY, ensureVault, VAULT_PRESETS, type GeneratedVault, type VaultPreset } from './generate-vault';
import { ensureDir, renderTable, statusOf, type BenchContext, type Repetitions, type Section, type SectionResult } from './lib';
import { coreSections } from './sections/core';
import { hostileSection } from './sections/hostile';
import { perEditSection } from './sections/per-edit';
import { pluginSections } from './sections/plugin';

/** Every section, in the order they run and print. */
const SECTIONS: readonly Section[] = [...coreSections, perEditSection, hostileSection, ...pluginSections];

const FULL: Repetitions = {
	childRuns: 7,
	childRunsLarge: 3,
	warmups: 2,
	inProcessRuns: 7,
	indexBuilds: 5,
	updates: 1000,
	updatesWithSnapshot: 150,
	seriesCapMs: 10_000,
};
const QUICK: Repetitions = {
	childRuns: 3,
	childRunsLarge: 0,
	warmups: 1,
	inProcessRuns: 3,
	indexBuilds: 3,
	updates: 300,
	updatesWithSnapshot: 40,
	seriesCapMs: 2_000,
};

async function main(): Promise<number> {
	const args = process.argv.slice(2);
	const quick = args.includes('--quick');
	const only = args
		.find((a) => a.startsWith('--only='))
		?.slice('--only='.length)
		.split(',');
	const beforeRev = args.find((a) => a.startsWith('--before='))?.slice('--before='.length);
	const unknown = args.filter((a) => a !== '--quick' && !a.startsWith('--only=') && !a.startsWith('--before='));
	if (unknown.length > 0 || beforeRev === '') {
		process.stderr.write(
			`bench: ${beforeRev === '' ? '--before= needs a git revision' : `unknown argument ${unknown.join(' ')}`}\nusage: npm run bench [-- --quick] [-- --only=${SECTIONS.map((s) => s.id).join(',')}] [-- --before=REV]\n`,
		);
		return 2;
	}

	const root = process.cwd();
	const outDir = resolve(root, 'bench/out');
	ensureDir(outDir);
	const started = performance.now();
	const memo = new Map<string, unknown>();
	const vaults = new Map<VaultPreset, GeneratedVault>();
	const log = (message: string): void => void process.stderr.write(`  · ${message}\n`);
	let before: BeforeTree | null = null;
	try {
		before = beforeRev === undefined ? null : prepareBefore(beforeRev, root, log);
	} catch (error) {
		// Not the bench's own failure: a revision mistyped or an old tree that no longer builds.
		if (!(error instanceof BeforeError)) throw error;
		process.stderr.write(`bench: ${error.message}\n`);
		return 2;
	}
	const ctx: BenchContext = {
		quick,
		root,
		outDir,
		today: BENCH_TODAY,
		reps: quick ? QUICK : FULL,
		mainVault: quick ? 'quick' : '10k',
		vault(preset) {
			let vault = vaults.get(preset);
			if (!vault) {
				log(`vault ${preset}: looking for it on disk, generating it when absent…`);
				vault = ensureVault(VAULT_PRESETS[preset]);
				log(`vault ${preset}: ${vault.dir} (${vault.generated ? `generated in ${(vault.manifest.generationMs / 1000).toFixed(1)} s` : 'already there'})`);
				vaults.set(preset, vault);
			}
			return vault;
		},
		memo<T>(key: string, compute: () => T): T {
			if (!memo.has(key)) memo.set(key, compute());
			return memo.get(key) as T;
		},
		log,
		before,
	};

	const loadBefore = loadavg()[0] ?? 0;
	process.stderr.write(
		`Mentor Rally benchmark${quick ? ' (--quick)' : ''}${before ? `, with ${beforeLabel(before)}` : ''}: node ${process.version}, ${cpus()[0]?.model ?? 'unknown CPU'} × ${cpus().length}, load average ${loadBefore.toFixed(2)}\n`,
	);
	const results: SectionResult[] = [];
	let crashed = false;
	for (const section of SECTIONS) {
		if (only && !only.includes(section.id)) continue;
		const skipped = section.skip?.(ctx) ?? null;
		const sectionStart = performance.now();
		if (skipped) {
			results.push({ id: section.id, title: section.title, skipped, ms: 0, rows: [] });
			continue;
		}
		process.stderr.write(`${section.title}\n`);
		try {
			const rows = await section.run(ctx);
			results.push({
				id: section.id,
				title: section.title,
				skipped: null,
				ms: performance.now() - sectionStart,
				rows: rows.map((row) => ({ ...row, status: statusOf(row) })),
			});
		} catch (error) {
			crashed = true;
			const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
			process.stderr.write(`bench: section ${section.id} crashed: ${message}\n`);
			results.push({ id: section.id, title: section.title, skipped: `CRASHED: ${error instanceof Error ? error.message : String(error)}`, ms: 0, rows: [] });
		}
	}

	const durationMs = performance.now() - started;
	const loadAfter = loadavg()[0] ?? 0;
	const over = results.flatMap((s) => s.rows.filter((r) => r.status === 'OVER').map((r) => `${s.id}: ${r.name}`));
	process.stdout.write(renderTable(results));
	process.stdout.write(`\n${over.length === 0 ? 'All budgets met.' : `Over budget: ${over.join('; ')}.`} Took ${(durationMs / 1000).toFixed(1)} s.\n`);
	// Figures from a busy machine are slower and noisier; say so beside them.
	process.stdout.write(`Load average (1 min) ${loadBefore.toFixed(2)} before, ${loadAfter.toFixed(2)} after, on ${cpus().length} CPUs.\n`);

	const file = join(outDir, 'results.json');
	const json = {
		generatedAt: new Date().toISOString(),
		mode: quick ? 'quick' : 'full',
		before: before ? { rev: before.rev, sha: before.sha, root: before.root } : null,
		today: BENCH_TODAY,
		machine: {
			node: process.version,
			platform: process.platform,
			arch: process.arch,
			cpu: cpus()[0]?.model ?? null,
			cpus: cpus().length,
			memoryGiB: totalmem() / 1024 ** 3,
			loadAverage: { before: loadBefore, after: loadAfter },
		},
		repetitions: ctx.reps,
		vaults: Object.fromEntries([...vaults].map(([preset, v]) => [preset, { dir: v.dir, ...v.manifest }])),
		durationMs,
		overBudget: over,
		sections: results,
	};
	writeFileSync(file, `${JSON.stringify(json, null, 2)}\n`);
	process.stdout.write(`Results written to ${file}\n`);
	return crashed ? 1 : 0;
}

main().then(
	(code) => {
		process.exitCode = code;
	},
	(error: unknown) => {
		process.stderr.write(`bench: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
		process.exitCode = 1;
	},
);
