/**
 * The benchmark's plumbing: sections and rows, timing, child processes, peak memory and
 * the printed table. Sections (bench/sections/*.ts) only measure and return rows.
 */
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BenchContext } from './context';

/** A budget a row is compared against: the value passes when it is at most `max`. */
export interface Budget {
	max: number;
	/** How the budget reads in the table, e.g. "≤ 1.5" or "< 1 ms". */
	label?: string;
}

export interface Row {
	name: string;
	/** Null when the measurement was skipped or does not apply. */
	value: number | null;
	unit: string;
	budget?: Budget;
	/** A few words: how it was measured, or why it was skipped. */
	note?: string;
}

export type RowStatus = 'PASS' | 'OVER' | '';

export interface Section {
	id: string;
	title: string;
	/** A reason to skip the whole section in this run (e.g. `--quick`), or null to run it. */
	skip?: (ctx: BenchContext) => string | null;
	run: (ctx: BenchContext) => Row[] | Promise<Row[]>;
}

/** How many times to repeat things; smaller under `--quick`. */
export interface Repetitions {
	/** Timed child-process runs of the CLI and of the floor (each). */
	childRuns: number;
	/** Child runs on the 50k vault. */
	childRunsLarge: number;
	/** Untimed in-process runs before the timed ones. */
	warmups: number;
	/** Timed in-process runs. */
	inProcessRuns: number;
	/** Index builds timed per vault. */
	indexBuilds: number;
	/** One-file updates timed with `index.set` alone. */
	updates: number;
	/** One-file updates timed with `index.set` + `index.snapshot`. */
	updatesWithSnapshot: number;
	/** A cap on any one series of timed runs, in milliseconds: slow operations get fewer runs. */
	seriesCapMs: number;
}

export type { BenchContext } from './context';

// ---------------------------------------------------------------------------------------
// Statistics.

export function median(values: readonly number[]): number {
	return percentile(values, 50);
}

/** Nearest-rank percentile: p95 of 20 values is the 19th smallest. */
export function percentile(values: readonly number[], p: number): number {
	if (values.length === 0) return Number.NaN;
	const sorted = [...values].sort((a, b) => a - b);
	if (p === 50) {
		const mid = sorted.length >> 1;
		return sorted.length % 2 === 1 ? (sorted[mid] ?? Number.NaN) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
	}
	const rank = Math.min(sorted.length, Math.max(1, Math.ceil((p / 100) * sorted.length)));
	return sorted[rank - 1] ?? Number.NaN;
}

/** Node's `gc`, present under `node --expose-gc` (as run-ts.mjs runs the benchmark). */
declare const gc: (() => void) | undefined;

export function collectGarbage(): void {
	if (typeof gc === 'function') gc();
}

/** At least this many timed runs, even past a series' time cap. */
const MIN_RUNS = 3;

/**
 * Milliseconds of `fn`, after `warmups` untimed calls; a full GC before each call. With
 * `maxMs`, stops early once the timed runs add up to that much (after at least 3 runs).
 */
export function timeRuns(fn: () => void, runs: number, warmups = 0, maxMs = Infinity): number[] {
	return timeRunsWithCpu(fn, runs, warmups, maxMs).wall;
}

export interface RunTimes {
	wall: number[];
	cpu: number[];
}

/** As {@link timeRuns}, with the CPU time (user + system) of each run as well. */
export function timeRunsWithCpu(fn: () => void, runs: number, warmups = 0, maxMs = Infinity): RunTimes {
	for (let i = 0; i < warmups; i++) fn();
	const times: RunTimes = { wall: [], cpu: [] };
	let total = 0;
	for (let i = 0; i < runs && (total < maxMs || i < MIN_RUNS); i++) {
		collectGarbage();
		const { wallMs, cpuMs } = cpuMsOf(fn);
		times.wall.push(wallMs);
		times.cpu.push(cpuMs);
		total += wallMs;
	}
	return times;
}

/**
 * Milliseconds of each of `n` back-to-back calls (no GC in between: single small
 * operations are what is timed), stopping early past `maxMs` in all (after at least 10).
 */
export function timeEach(n: number, fn: () => void, maxMs = Infinity): number[] {
	const times: number[] = [];
	let total = 0;
	for (let i = 0; i < n && (total < maxMs || i < 10); i++) {
		const started = performance.now();
		fn();
		const ms = performance.now() - started;
		times.push(ms);
		total += ms;
	}
	return times;
}

// ---------------------------------------------------------------------------------------
// Child processes.

export interface ChildRun {
	/** Wall-clock milliseconds from spawn to exit, as a shell's `time` would say ("real"). */
	wallMs: number;
	/**
	 * CPU milliseconds (user + system) the child used. Far less disturbed than wall time
	 * when other work shares the machine, so ratios are given on both.
	 */
	cpuMs: number;
	/** Peak resident memory, MiB. */
	maxRssMiB: number;
	/** How CPU time and memory were read. */
	method: string;
	status: number | null;
	/** Standard output, when asked for (otherwise it went to /dev/null). */
	stdout: string;
}

const GNU_TIME = '/usr/bin/time';
let gnuTimeWorks: boolean | null = null;

/**
 * Whether `/usr/bin/time` is GNU time (BSD's, on macOS, has no `-f`). Setting
 * BENCH_NO_GNU_TIME=1 forces the fallback, to try it.
 */
function hasGnuTime(outDir: string): boolean {
	if (gnuTimeWorks === null) {
		const probe = join(outDir, `time-probe-${process.pid}.txt`);
		gnuTimeWorks = process.env.BENCH_NO_GNU_TIME !== '1' && existsSync(GNU_TIME) && spawnSync(GNU_TIME, ['-f', '%M', '-o', probe, process.execPath, '-e', '0'], { stdio: 'ignore' }).status === 0;
		rmSync(probe, { force: true });
	}
	return gnuTimeWorks;
}

/**
 * Runs `node ARGS` and measures it. Standard output goes to /dev/null (as `> /dev/null`)
 * unless `captureStdout`. CPU time and max RSS come from `/usr/bin/time -f '%U %S %M'` when
 * it is there (its own fork and exec add about a millisecond to the wall time), else from
 * the child's own `process.resourceUsage()`, written on exit by a preloaded probe.
 * Throws when the child fails: a crash is the one thing that fails the benchmark.
 */
export function runNode(args: readonly string[], options: { cwd: string; outDir: string; captureStdout?: boolean }): ChildRun {
	const scratch = join(options.outDir, `child-${process.pid}.txt`);
	rmSync(scratch, { force: true });
	const stdio: ['ignore', 'pipe' | 'ignore', 'pipe'] = ['ignore', options.captureStdout ? 'pipe' : 'ignore', 'pipe'];
	const gnuTime = hasGnuTime(options.outDir);
	let command: string;
	let argv: string[];
	let env: typeof process.env = process.env;
	if (gnuTime) {
		command = GNU_TIME;
		argv = ['-f', '%U %S %M', '-o', scratch, process.execPath, ...args];
	} else {
		const probe = join(options.outDir, 'usage-probe.cjs');
		writeFileSync(
			probe,
			"process.on('exit', () => { const u = process.resourceUsage(); require('node:fs').writeFileSync(process.env.BENCH_USAGE_FILE, `${u.userCPUTime / 1e6} ${u.systemCPUTime / 1e6} ${u.maxRSS}`); });\n",
		);
		command = process.execPath;
		argv = ['--require', probe, ...args];
		env = { ...process.env, BENCH_USAGE_FILE: scratch };
	}
	const started = performance.now();
	const result = spawnSync(command, argv, { cwd: options.cwd, stdio, encoding: 'utf8', maxBuffer: 1 << 30, env });
	const wallMs = performance.now() - started;
	assertRan(result, args);
	// GNU time prints "Command exited with non-zero status 1" first when the CLI exits 1.
	const lines = readFileSync(scratch, 'utf8').trim().split('\n');
	rmSync(scratch, { force: true });
	const [user, system, rssKiB] = (lines[lines.length - 1] ?? '').trim().split(/\s+/).map(Number);
	if (user === undefined || system === undefined || rssKiB === undefined || ![user, system, rssKiB].every(Number.isFinite)) {
		throw new Error(`could not read the CPU time and memory of node ${args.join(' ')}: ${lines.join(' / ')}`);
	}
	return {
		wallMs,
		cpuMs: (user + system) * 1000,
		maxRssMiB: rssKiB / 1024,
		method: gnuTime ? '/usr/bin/time -f %M' : 'process.resourceUsage().maxRSS',
		status: result.status,
		stdout: result.stdout ?? '',
	};
}

function assertRan(result: SpawnSyncReturns<string>, args: readonly string[]): void {
	if (result.error) throw result.error;
	// The CLI exits 1 when some files could not be read but it still printed the report.
	if (result.status === null || result.status > 1) {
		throw new Error(`node ${args.join(' ')} exited with ${result.status ?? result.signal}: ${(result.stderr ?? '').slice(0, 2000)}`);
	}
}

/** CPU milliseconds (user + system) this process spends in `fn`: the in-process twin of ChildRun.cpuMs. */
export function cpuMsOf(fn: () => void): { wallMs: number; cpuMs: number } {
	const cpu = process.cpuUsage();
	const started = performance.now();
	fn();
	const wallMs = performance.now() - started;
	const used = process.cpuUsage(cpu);
	return { wallMs, cpuMs: (used.user + used.system) / 1000 };
}

// ---------------------------------------------------------------------------------------
// Results.

export interface SectionResult {
	id: string;
	title: string;
	skipped: string | null;
	ms: number;
	rows: (Row & { status: RowStatus })[];
}

export function statusOf(row: Row): RowStatus {
	if (!row.budget || row.value === null || !Number.isFinite(row.value)) return '';
	return row.value <= row.budget.max ? 'PASS' : 'OVER';
}

export function formatValue(value: number | null): string {
	if (value === null) return '—';
	if (!Number.isFinite(value)) return String(value);
	const abs = Math.abs(value);
	if (abs >= 1000) return Math.round(value).toLocaleString('en-US');
	if (abs >= 100) return value.toFixed(0);
	if (abs >= 10) return value.toFixed(1);
	if (abs >= 1) return value.toFixed(2);
	if (abs === 0) return '0';
	return value.toPrecision(2);
}

function budgetLabel(row: Row): string {
	if (!row.budget) return '';
	return row.budget.label ?? `≤ ${formatValue(row.budget.max)}`;
}

/** The results as a plain-text table, one block per section. */
export function renderTable(results: readonly SectionResult[]): string {
	const header = ['measurement', 'value', 'unit', 'budget', 'status', 'note'];
	const lines: string[] = [];
	for (const section of results) {
		lines.push('', `== ${section.title}${section.skipped ? ` — skipped: ${section.skipped}` : ''}`);
		if (section.skipped) continue;
		const cells = section.rows.map((row) => [row.name, formatValue(row.value), row.unit, budgetLabel(row), row.status, row.note ?? '']);
		const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => (c[i] ?? '').length)));
		const line = (c: readonly string[]): string =>
			c
				.map((text, i) => (i === 1 ? text.padStart(widths[i] ?? 0) : text.padEnd(widths[i] ?? 0)))
				.join('  ')
				.trimEnd();
		lines.push(line(header), line(widths.map((w) => '-'.repeat(w))));
		for (const c of cells) lines.push(line(c));
	}
	return `${lines.join('\n')}\n`;
}

export function ensureDir(dir: string): void {
	mkdirSync(dir, { recursive: true });
}
