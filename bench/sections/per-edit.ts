/**
 * Per-edit update: what one edit to a mentor or meeting note costs the core, `index.set`
 * (reading the note) plus `index.snapshot` (the team as the surfaces see it), with the
 * incremental team model (src/core/team-model.ts) against a full deriveTeam over every note
 * (what each edit cost before the model). Both drive the real code on the same edits; the
 * "with surfaces" rows add what the plugin asks of each new snapshot at once: my court
 * sorted (yourCourt) and the status-bar count (dueNowSummary).
 */
import type { CalendarDate } from '../../src/core/calendar-date';
import { yourCourt } from '../../src/core/dashboard';
import { dueNowSummary } from '../../src/core/reminders';
import { deriveTeam, type JoinCache } from '../../src/core/team';
import type { NoteFacts } from '../../src/core/types';
import { VaultIndex } from '../../src/core/vault-index';
import { readVault } from '../../src/cli/read-vault';
import { loadVaultSettings } from '../../src/cli/settings-file';
import type { VaultPreset } from '../generate-vault';
import { median, percentile, type BenchContext, type Row, type Section } from '../lib';
import { editSequence } from '../user-edits';

const AT_10K = { max: 1, label: '≤ 1 ms at 10k' };
const AT_50K = { max: 2, label: '≤ 2 ms at 50k' };
/** The tooltip lines the status bar writes (src/obsidian/reminders.ts TOOLTIP_LINES). */
const TOOLTIP_LINES = 10;

/**
 * Milliseconds of each of `n` calls, wall and CPU (user + system: what the edit cost this
 * process, whatever else the machine was doing), stopping past `maxMs` of wall time in all.
 */
function timeEach(n: number, fn: () => void, maxMs: number): number[] & { cpu?: number[] } {
	const wall: number[] & { cpu?: number[] } = [];
	const cpu: number[] = [];
	let total = 0;
	for (let i = 0; i < n && (total < maxMs || i < 10); i++) {
		const cpuBefore = process.cpuUsage();
		const started = performance.now();
		fn();
		const ms = performance.now() - started;
		const used = process.cpuUsage(cpuBefore);
		wall.push(ms);
		cpu.push((used.user + used.system) / 1000);
		total += ms;
	}
	wall.cpu = cpu;
	return wall;
}

interface EditFigures {
	after: number[];
	afterWithSurfaces: number[];
	before: number[];
	beforeWithSurfaces: number[];
	targets: number;
	notes: number;
}

function editFigures(ctx: BenchContext, preset: VaultPreset): EditFigures {
	return ctx.memo(`per-edit:${preset}`, () => {
		const { dir } = ctx.vault(preset);
		const settings = loadVaultSettings(dir);
		const { records } = readVault(dir, settings);
		const today = ctx.today as CalendarDate;
		ctx.log(`timing per-edit updates on ${preset}…`);
		const index = new VaultIndex(settings);
		const facts = new Map<string, NoteFacts>();
		for (const record of records) {
			const read = index.set(record);
			if (index.get(record.path)) facts.set(record.path, read);
		}
		index.snapshot(today);

		// The edits: in 50 notes with an open item, evenly spread, the product's own edits.
		const edits = editSequence(records, index, dir, settings, today);
		const nextRecord = edits.next;
		const n = ctx.reps.updatesWithSnapshot;
		const cap = ctx.reps.seriesCapMs;
		const incremental = (): void => {
			index.set(nextRecord());
			index.snapshot(today);
		};
		const incrementalWithSurfaces = (): void => {
			index.set(nextRecord());
			const team = index.snapshot(today);
			yourCourt(team);
			dueNowSummary(team, TOOLTIP_LINES);
		};
		// Before the model: every edit re-derived the whole team (items re-joined only when
		// their note or mentor changed, as the join cache allowed), and the lists were sorted anew.
		const joined: JoinCache = new WeakMap();
		const full = (): ReturnType<typeof deriveTeam> => {
			const record = nextRecord();
			facts.set(record.path, index.set(record));
			return deriveTeam(facts.values(), settings, today, joined);
		};
		// Each edit goes to the index and the reference alike, so both always see the same notes.
		for (let i = 0; i < 30; i++) incremental(); // warm-up
		const after = timeEach(n, incremental, cap);
		const afterWithSurfaces = timeEach(n, incrementalWithSurfaces, cap);
		for (const original of edits.originals) facts.set(original.path, index.set(original));
		edits.restart();
		for (let i = 0; i < 5; i++) full(); // warm-up
		const before = timeEach(n, () => void full(), cap);
		const beforeWithSurfaces = timeEach(
			n,
			() => {
				const team = full();
				yourCourt(team);
				dueNowSummary(team);
			},
			cap,
		);
		return { after, afterWithSurfaces, before, beforeWithSurfaces, targets: edits.originals.length, notes: records.length };
	});
}

export const perEditSection: Section = {
	id: 'per-edit',
	title: 'Per-edit update: index.set + snapshot, incremental team model (after) against a full deriveTeam (before)',
	run(ctx) {
		const presets: VaultPreset[] = ctx.quick ? [ctx.mainVault] : ['10k', '50k'];
		const figures = presets.map((preset) => ({ preset, f: editFigures(ctx, preset) }));
		const metrics: { name: string; pick: (f: EditFigures) => number[]; budgeted: boolean }[] = [
			{ name: 'after: set + snapshot, median', pick: (f) => f.after, budgeted: true },
			{ name: 'after: set + snapshot, p95', pick: (f) => f.after, budgeted: false },
			{ name: 'after: set + snapshot, CPU, median', pick: (f) => (f.after as { cpu?: number[] }).cpu ?? [], budgeted: false },
			{ name: 'after: + yourCourt + status-bar count, median', pick: (f) => f.afterWithSurfaces, budgeted: false },
			{ name: 'before: set + deriveTeam, median', pick: (f) => f.before, budgeted: false },
			{ name: 'before: set + deriveTeam, CPU, median', pick: (f) => (f.before as { cpu?: number[] }).cpu ?? [], budgeted: false },
			{ name: 'before: + yourCourt sort + status-bar count, median', pick: (f) => f.beforeWithSurfaces, budgeted: false },
		];
		const rows: Row[] = [];
		for (const metric of metrics) {
			const values = figures.map(({ preset, f }) => {
				const times = metric.pick(f);
				const value = metric.name.endsWith('p95') ? percentile(times, 95) : median(times);
				const budget = metric.budgeted && preset === '10k' ? { budget: AT_10K } : metric.budgeted && preset === '50k' ? { budget: AT_50K } : {};
				rows.push({ name: `${metric.name} @ ${preset}`, value, unit: 'ms', ...budget, note: `${times.length} edits over ${f.targets} notes of ${f.notes.toLocaleString('en-US')}` });
				return value;
			});
			if (values.length === 2) rows.push({ name: `${metric.name}: growth`, value: (values[1] ?? NaN) / (values[0] ?? NaN), unit: '×', note: '10k → 50k: 5× the notes and items' });
		}
		return rows;
	},
};
