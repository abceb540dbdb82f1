/**
 * Sections that measure the core and the command-line twin: `report --json` against the
 * floor (read every note and parse its frontmatter), one-file index updates, where the
 * time goes, and how it all grows from 10k to 50k notes.
 */
import { addDays, type CalendarDate } from '../../src/core/calendar-date';
import { toReportJson, type ReportJson } from '../../src/core/report';
import { VaultIndex } from '../../src/core/vault-index';
import { runCli } from '../../src/cli/main';
import { readVault } from '../../src/cli/read-vault';
import { loadVaultSettings } from '../../src/cli/settings-file';
import { beforeCliRows } from '../before-rows';
import { benchScript, childTimes, CLI, ensureCli, nodeStartup, reportArgs, summary } from '../cli-runs';
import { readFloor } from '../floor';
import { reportDigestRow } from '../report-digest';
import { editSequence } from '../user-edits';
import type { VaultPreset } from '../generate-vault';
import { median, percentile, runNode, timeEach, timeRuns, timeRunsWithCpu, type BenchContext, type RunTimes, type Row, type Section } from '../lib';

const RATIO_BUDGET = { max: 1.2, label: '≤ 1.2' };
const UPDATE_BUDGET = { max: 1, label: '< 1 ms' };

// ---------------------------------------------------------------------------------------
// Shared measurements, each made once per run (the scale section reuses the 10k figures;
// the child-process runs are in ../cli-runs.ts).

interface InProcessTimes {
	cli: RunTimes;
	floor: RunTimes;
}

function silentIo(): Parameters<typeof runCli>[1] {
	return {
		stdout: () => undefined,
		stderr: () => undefined,
		isTty: false,
		env: {},
		now: () => new Date(),
		exampleVault: '',
	};
}

function inProcessTimes(ctx: BenchContext, preset: VaultPreset): InProcessTimes {
	return ctx.memo(`in-process:${preset}`, () => {
		const { dir } = ctx.vault(preset);
		const argv = ['report', '--vault', dir, '--today', ctx.today, '--json'];
		ctx.log(`timing the CLI and the floor in-process on ${preset} (${ctx.reps.inProcessRuns} runs each)…`);
		const cli = timeRunsWithCpu(
			() => {
				const code = runCli(argv, silentIo());
				if (code > 1) throw new Error(`runCli exited with ${code}`);
			},
			ctx.reps.inProcessRuns,
			ctx.reps.warmups,
			ctx.reps.seriesCapMs,
		);
		const floor = timeRunsWithCpu(() => void readFloor(dir), ctx.reps.inProcessRuns, ctx.reps.warmups, ctx.reps.seriesCapMs);
		return { cli, floor };
	});
}

interface IndexFigures {
	notes: number;
	indexed: number;
	buildMs: number[];
	snapshotMs: number[];
	setMs: number[];
	setSnapshotMs: number[];
	targets: number;
}

function indexFigures(ctx: BenchContext, preset: VaultPreset): IndexFigures {
	return ctx.memo(`index:${preset}`, () => {
		const { dir } = ctx.vault(preset);
		const settings = loadVaultSettings(dir);
		const { records } = readVault(dir, settings);
		const today = ctx.today as CalendarDate;
		ctx.log(`timing index builds and one-file updates on ${preset}…`);

		const build = (): VaultIndex => {
			const index = new VaultIndex(settings);
			for (const record of records) index.set(record);
			return index;
		};
		const buildMs = timeRuns(build, ctx.reps.indexBuilds, 1, ctx.reps.seriesCapMs);
		const index = build();

		// A full derivation: alternate the day, so the snapshot cache never answers.
		const tomorrow = addDays(today, 1);
		let flip = false;
		const snapshotMs = timeRuns(
			() => {
				flip = !flip;
				index.snapshot(flip ? tomorrow : today);
			},
			ctx.reps.indexBuilds + 2,
			1,
			ctx.reps.seriesCapMs,
		);
		index.snapshot(today);

		// The notes to edit: those the core found an open item in, evenly spread. Each edit is
		// one the product makes (see user-edits.ts), read back by the command line's reader.
		const edits = editSequence(records, index, dir, settings, today);
		const nextRecord = edits.next;

		for (let i = 0; i < 50; i++) index.set(nextRecord()); // warm-up
		const cap = ctx.reps.seriesCapMs;
		const setMs = timeEach(ctx.reps.updates, () => void index.set(nextRecord()), cap);
		const setSnapshotMs = timeEach(
			ctx.reps.updatesWithSnapshot,
			() => {
				index.set(nextRecord());
				index.snapshot(today);
			},
			cap,
		);
		return { notes: records.length, indexed: index.size, buildMs, snapshotMs, setMs, setSnapshotMs, targets: edits.originals.length };
	});
}

// ---------------------------------------------------------------------------------------
// Sections.

export const vaultSection: Section = {
	id: 'vault',
	title: 'Synthetic vault (and a sanity check of the report)',
	run(ctx) {
		const { dir, manifest, generated } = ctx.vault(ctx.mainVault);
		const build = ensureCli(ctx);
		ctx.log(`checking the report over ${dir}…`);
		const result = runNode(reportArgs(ctx, dir), { cwd: ctx.root, outDir: ctx.outDir, captureStdout: true });
		const report = JSON.parse(result.stdout) as ReportJson;
		const open = report.items.filter((i) => !i.done).length;
		const generatedNote = generated ? `generated in ${(manifest.generationMs / 1000).toFixed(1)} s` : 'reused from disk';
		return [
			{ name: `notes (${ctx.mainVault})`, value: manifest.files, unit: 'notes', note: `${dir} (${generatedNote})` },
			{ name: 'size on disk (notes)', value: manifest.bytes / 1024 / 1024, unit: 'MiB', note: `${Math.round(manifest.bytes / manifest.files)} B per note on average` },
			{ name: 'mentor notes', value: manifest.mentorNotes, unit: 'notes' },
			{ name: 'meeting notes', value: manifest.meetingNotes, unit: 'notes' },
			{ name: 'task lines in mentor + meeting notes', value: manifest.mentorTasks, unit: 'lines', note: `${manifest.openMentorTasks} open; ${manifest.otherTasks} more in unrelated notes` },
			{ name: 'report: mentors', value: report.mentors.length, unit: 'mentors', note: report.mentors.length === manifest.mentorNotes ? 'all found' : 'MISMATCH with the vault' },
			{
				name: 'report: items',
				value: report.items.length,
				unit: 'items',
				note: report.items.length === manifest.mentorTasks ? `all found; ${open} open` : `MISMATCH with the vault (${manifest.mentorTasks} written)`,
			},
			{
				name: 'report: problems',
				value: report.problems.length,
				unit: 'problems',
				note: report.problems.length === 0 ? 'none, as written' : `first: ${report.problems[0]?.path ?? ''}: ${report.problems[0]?.message ?? ''}`,
			},
			{ name: 'report --json output', value: result.stdout.length / 1024 / 1024, unit: 'MiB', note: `${CLI}: ${build}` },
			reportDigestRow(ctx, ctx.mainVault, result.stdout),
		];
	},
};

export const reportSection: Section = {
	id: 'report',
	title: 'report --json against the floor (read every note + gray-matter, cache off)',
	run(ctx) {
		const preset = ctx.mainVault;
		const child = childTimes(ctx, preset);
		const cli = summary(child.cli);
		const floor = summary(child.floor);
		const inProcess = inProcessTimes(ctx, preset);
		const startup = nodeStartup(ctx);
		const cliIn = median(inProcess.cli.wall);
		const floorIn = median(inProcess.floor.wall);
		const files = ctx.vault(preset).manifest.files;
		const runs = `median of ${child.cli.length}`;
		return [
			{ name: 'CLI report --json, child process', value: cli.wall, unit: 'ms', note: `${runs}; fastest ${cli.fastest.toFixed(0)}` },
			{ name: 'floor, child process', value: floor.wall, unit: 'ms', note: `${runs}; fastest ${floor.fastest.toFixed(0)}` },
			{ name: 'ratio CLI / floor, child process', value: cli.wall / floor.wall, unit: '×', budget: RATIO_BUDGET, note: `wall time; fastest runs: ${(cli.fastest / floor.fastest).toFixed(2)}` },
			{ name: 'CLI report --json, child process, CPU', value: cli.cpu, unit: 'ms', note: `user + system, ${runs}` },
			{ name: 'floor, child process, CPU', value: floor.cpu, unit: 'ms', note: `user + system, ${runs}` },
			{ name: 'ratio CLI / floor, child process, CPU', value: cli.cpu / floor.cpu, unit: '×', budget: RATIO_BUDGET, note: 'CPU time: steadier on a busy machine' },
			{ name: 'node startup (node -e 0)', value: startup.wall, unit: 'ms', note: `in both child figures; CPU ${startup.cpu.toFixed(0)} ms` },
			{
				name: 'CLI report --json, in-process (runCli)',
				value: cliIn,
				unit: 'ms',
				note: `median of ${inProcess.cli.wall.length} after ${ctx.reps.warmups} warm-up; fastest ${Math.min(...inProcess.cli.wall).toFixed(0)}`,
			},
			{ name: 'floor, in-process', value: floorIn, unit: 'ms', note: `median of ${inProcess.floor.wall.length}; ${((floorIn * 1000) / files).toFixed(1)} µs per note` },
			{
				name: 'ratio CLI / floor, in-process',
				value: cliIn / floorIn,
				unit: '×',
				budget: RATIO_BUDGET,
				note: `wall time; CPU time: ${(median(inProcess.cli.cpu) / median(inProcess.floor.cpu)).toFixed(2)}`,
			},
			{ name: 'peak memory, CLI', value: cli.rss, unit: 'MiB', note: `max RSS over the runs, ${cli.method}` },
			{ name: 'peak memory, floor', value: floor.rss, unit: 'MiB' },
			...beforeCliRows(ctx, child),
		];
	},
};

export const updateSection: Section = {
	id: 'update',
	title: 'Index: build, full snapshot and one-file update',
	run(ctx) {
		const figures = indexFigures(ctx, ctx.mainVault);
		return [
			{
				name: 'index build (index.set for every note)',
				value: median(figures.buildMs),
				unit: 'ms',
				note: `${figures.notes} notes, ${figures.indexed} kept; median of ${figures.buildMs.length}`,
			},
			{ name: 'full snapshot (deriveTeam)', value: median(figures.snapshotMs), unit: 'ms', note: `median of ${figures.snapshotMs.length}` },
			{ name: 'one-file update: index.set, median', value: median(figures.setMs), unit: 'ms', budget: UPDATE_BUDGET, note: `${figures.setMs.length} edits over ${figures.targets} notes` },
			{ name: 'one-file update: index.set, p95', value: percentile(figures.setMs, 95), unit: 'ms' },
			{ name: 'one-file update: set + snapshot, median', value: median(figures.setSnapshotMs), unit: 'ms', budget: UPDATE_BUDGET, note: `${figures.setSnapshotMs.length} edits` },
			{ name: 'one-file update: set + snapshot, p95', value: percentile(figures.setSnapshotMs, 95), unit: 'ms' },
		];
	},
};

const PHASES = [
	['startup', 'start-up: node + loading the modules'],
	['readVault', 'readVault: list, read, YAML (core schema), records'],
	['index', 'index build: readNote per note'],
	['snapshot', 'snapshot: deriveTeam'],
	['toReportJson', 'toReportJson'],
	['stringify', 'JSON.stringify (indented)'],
] as const;
type Phase = (typeof PHASES)[number][0];
type PhaseRecord = Record<Phase, number>;

/** `node bench/out/phases.mjs DIR TODAY`, a few times: the CLI's steps timed in fresh processes. */
function coldPhases(ctx: BenchContext, preset: VaultPreset): { wall: PhaseRecord[]; cpu: PhaseRecord[] } {
	return ctx.memo(`cold-phases:${preset}`, () => {
		const script = benchScript(ctx, 'phases-main.ts', 'phases.mjs');
		const { dir } = ctx.vault(preset);
		ctx.log(`timing the report's steps in fresh processes on ${preset} (${ctx.reps.childRuns} runs)…`);
		const wall: PhaseRecord[] = [];
		const cpu: PhaseRecord[] = [];
		for (let i = 0; i <= ctx.reps.childRuns; i++) {
			const run = runNode([script, dir, ctx.today], { cwd: ctx.root, outDir: ctx.outDir, captureStdout: true });
			const parsed = JSON.parse(run.stdout) as { wall: PhaseRecord; cpu: PhaseRecord };
			if (i === 0) continue; // the first run warms the file cache
			wall.push(parsed.wall);
			cpu.push(parsed.cpu);
		}
		return { wall, cpu };
	});
}

/** The same steps in this (warm) process: what a long-running plugin pays on a rebuild. */
function warmPhases(ctx: BenchContext, preset: VaultPreset): PhaseRecord {
	return ctx.memo(`warm-phases:${preset}`, () => {
		const { dir } = ctx.vault(preset);
		const settings = loadVaultSettings(dir);
		const today = ctx.today as CalendarDate;
		const runs = Math.min(5, ctx.reps.inProcessRuns);
		const cap = ctx.reps.seriesCapMs;
		ctx.log(`timing the report's steps in-process on ${preset}…`);
		const readVaultMs = timeRuns(() => void readVault(dir, settings), runs, 1, cap);
		const { records } = readVault(dir, settings);
		const indexMs = timeRuns(
			() => {
				const fresh = new VaultIndex(settings);
				for (const record of records) fresh.set(record);
			},
			runs,
			1,
			cap,
		);
		const index = new VaultIndex(settings);
		for (const record of records) index.set(record);
		const team = index.snapshot(today);
		let flip = false;
		const tomorrow = addDays(today, 1);
		const snapshotMs = timeRuns(
			() => {
				flip = !flip;
				index.snapshot(flip ? tomorrow : today);
			},
			runs,
			1,
			cap,
		);
		const toJsonMs = timeRuns(() => void toReportJson(team), runs, 1, cap);
		const json = toReportJson(team);
		const stringifyMs = timeRuns(() => void JSON.stringify(json, null, 2), runs, 1, cap);
		return {
			startup: 0,
			readVault: median(readVaultMs),
			index: median(indexMs),
			snapshot: median(snapshotMs),
			toReportJson: median(toJsonMs),
			stringify: median(stringifyMs),
		};
	});
}

/**
 * The report taken apart: the steps `runCli` takes, each timed, cold (fresh processes,
 * as a command-line run pays them) and warm (in-process, after warm-up).
 */
export const phasesSection: Section = {
	id: 'phases',
	title: 'Where the time of one report goes (cold: a fresh process each run; warm: in-process)',
	run(ctx) {
		const preset = ctx.mainVault;
		const cold = coldPhases(ctx, preset);
		const warm = warmPhases(ctx, preset);
		const floor = summary(childTimes(ctx, preset).floor);
		const rows: Row[] = [];
		let totalWall = 0;
		let totalCpu = 0;
		for (const [phase, name] of PHASES) {
			const wall = median(cold.wall.map((r) => r[phase]));
			const cpu = median(cold.cpu.map((r) => r[phase]));
			totalWall += wall;
			totalCpu += cpu;
			rows.push({
				name,
				value: wall,
				unit: 'ms',
				note: `cold; CPU ${cpu.toFixed(0)} ms${phase === 'startup' ? '' : `; warm in-process ${warm[phase].toFixed(1)} ms`}`,
			});
		}
		rows.push({ name: 'sum of the steps, cold', value: totalWall, unit: 'ms', note: `CPU ${totalCpu.toFixed(0)} ms; median of ${cold.wall.length} runs per step` });
		rows.push({ name: 'floor, child process (whole)', value: floor.wall, unit: 'ms', note: `CPU ${floor.cpu.toFixed(0)} ms, start-up included` });
		return rows;
	},
};

export const scaleSection: Section = {
	id: 'scale',
	title: 'Scale: 10k → 50k notes (linear growth would be 5×)',
	skip: (ctx) => (ctx.quick ? 'not in --quick' : null),
	run(ctx) {
		const presets = ['10k', '50k'] as const;
		const rows: Row[] = [];
		const figures = presets.map((preset) => {
			const child = childTimes(ctx, preset);
			const cli = summary(child.cli);
			const floor = summary(child.floor);
			const index = indexFigures(ctx, preset);
			return {
				preset,
				manifest: ctx.vault(preset).manifest,
				cli: cli.wall,
				cliCpu: cli.cpu,
				floor: floor.wall,
				floorCpu: floor.cpu,
				build: median(index.buildMs),
				snapshot: median(index.snapshotMs),
				memory: cli.rss,
				set: median(index.setMs),
				setSnapshot: median(index.setSnapshotMs),
			};
		});
		const [small, large] = figures;
		if (!small || !large) return rows;
		const metrics: { key: keyof typeof small; name: string; unit: string; budget?: Row['budget'] }[] = [
			{ key: 'cli', name: 'CLI report --json, child process', unit: 'ms' },
			{ key: 'cliCpu', name: 'CLI report --json, child process, CPU', unit: 'ms' },
			{ key: 'floor', name: 'floor, child process', unit: 'ms' },
			{ key: 'floorCpu', name: 'floor, child process, CPU', unit: 'ms' },
			{ key: 'build', name: 'index build', unit: 'ms' },
			{ key: 'snapshot', name: 'full snapshot (deriveTeam)', unit: 'ms' },
			{ key: 'memory', name: 'peak memory, CLI', unit: 'MiB' },
			{ key: 'set', name: 'one-file update: index.set, median', unit: 'ms', budget: UPDATE_BUDGET },
			{ key: 'setSnapshot', name: 'one-file update: set + snapshot, median', unit: 'ms', budget: UPDATE_BUDGET },
		];
		const describe = (f: typeof small): string => `${f.manifest.files} notes, ${f.manifest.mentorNotes + f.manifest.meetingNotes} mentor+meeting, ${f.manifest.mentorTasks} tasks`;
		for (const metric of metrics) {
			const a = small[metric.key] as number;
			const b = large[metric.key] as number;
			rows.push({ name: `${metric.name} @ 10k`, value: a, unit: metric.unit, ...(metric.budget ? { budget: metric.budget } : {}) });
			rows.push({ name: `${metric.name} @ 50k`, value: b, unit: metric.unit, ...(metric.budget ? { budget: metric.budget } : {}) });
			rows.push({ name: `${metric.name}: growth`, value: b / a, unit: '×' });
		}
		rows.push({ name: 'ratio CLI / floor, child process @ 50k', value: large.cli / large.floor, unit: '×', budget: RATIO_BUDGET, note: 'wall time' });
		rows.push({ name: 'ratio CLI / floor, child process, CPU @ 50k', value: large.cliCpu / large.floorCpu, unit: '×', budget: RATIO_BUDGET });
		rows.push(...beforeCliRows(ctx, childTimes(ctx, '10k'), ' @ 10k'), ...beforeCliRows(ctx, childTimes(ctx, '50k'), ' @ 50k'));
		rows.push({ name: 'vaults', value: null, unit: '', note: `10k: ${describe(small)}; 50k: ${describe(large)}` });
		const largeReport = runNode(reportArgs(ctx, ctx.vault('50k').dir), { cwd: ctx.root, outDir: ctx.outDir, captureStdout: true });
		rows.push(reportDigestRow(ctx, '50k', largeReport.stdout));
		return rows;
	},
};

export const coreSections: readonly Section[] = [vaultSection, reportSection, updateSection, phasesSection, scaleSection];
