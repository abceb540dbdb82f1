/**
 * The rows `--before=REV` adds beside the working tree's: the older CLI against the floor
 * (timed in the same turns, see cli-runs.ts) and the older main.js. Before rows carry no
 * budget (the budgets are the working tree's) and each note names the revision.
 */
import { readFileSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { shortSha, type BeforeTree } from './before';
import { summary, type ChildTimes } from './cli-runs';
import type { BenchContext, Row } from './lib';

/** "before 4420357": the start of every before row's note. */
export function beforeLabel(before: BeforeTree): string {
	return before.rev.startsWith(shortSha(before)) ? `before ${shortSha(before)}` : `before ${shortSha(before)} (${before.rev})`;
}

/**
 * The older CLI's `report --json`, wall and CPU, and its ratios to the floor measured in the
 * same turns. `at` names the vault in the row names ("" for the section's own, " @ 50k").
 */
export function beforeCliRows(ctx: BenchContext, child: ChildTimes, at = ''): Row[] {
	const before = ctx.before;
	if (!before) return [];
	const label = beforeLabel(before);
	if (child.before.length === 0) return [{ name: `before: CLI report --json${at}`, value: null, unit: 'ms', note: `${label}: no timed runs in this mode` }];
	const old = summary(child.before);
	const floor = summary(child.floor);
	const runs = `median of ${child.before.length}, in turns with the CLI and the floor`;
	return [
		{ name: `before: CLI report --json, child process${at}`, value: old.wall, unit: 'ms', note: `${label}; ${runs}; fastest ${old.fastest.toFixed(0)}` },
		{ name: `before: CLI report --json, child process, CPU${at}`, value: old.cpu, unit: 'ms', note: `${label}; user + system` },
		{ name: `before: ratio CLI / floor, child process${at}`, value: old.wall / floor.wall, unit: '×', note: `${label}; wall time; no budget (the budget is the current tree's)` },
		{ name: `before: ratio CLI / floor, child process, CPU${at}`, value: old.cpu / floor.cpu, unit: '×', note: `${label}; CPU time` },
		{ name: `before: peak memory, CLI${at}`, value: old.rss, unit: 'MiB', note: label },
	];
}

/** The older main.js as its own `node esbuild.config.mjs` built it (before.ts), raw and gzipped. */
export function beforeBundleRows(ctx: BenchContext, current: { bytes: number; gzipBytes: number }): Row[] {
	const before = ctx.before;
	if (!before) return [];
	const label = beforeLabel(before);
	const bytes = statSync(before.mainJs).size;
	const gzipBytes = gzipSync(readFileSync(before.mainJs)).length;
	const change = (now: number, then: number): string => `now ${now > then ? '+' : ''}${(((now - then) / then) * 100).toFixed(1)} %`;
	return [
		{ name: 'before: main.js, bytes', value: bytes, unit: 'B', note: `${label}, built by its own esbuild.config.mjs; ${change(current.bytes, bytes)}` },
		{ name: 'before: main.js, gzip', value: gzipBytes, unit: 'B', note: `${label}; zlib level 6; ${change(current.gzipBytes, gzipBytes)}` },
	];
}
