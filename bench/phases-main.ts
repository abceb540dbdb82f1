/**
 * The steps of `mentor-rally report --json`, as `runCli` takes them, each timed, in a fresh
 * process (`node bench/out/phases.mjs DIR TODAY`): what a one-shot command-line run pays,
 * cold JIT included. Prints one line of JSON: wall and CPU milliseconds per step.
 */
import type { CalendarDate } from '../src/core/calendar-date';
import { toReportJson } from '../src/core/report';
import { deriveTeam } from '../src/core/team';
import { VaultIndex } from '../src/core/vault-index';
import { readVault } from '../src/cli/read-vault';
import { loadVaultSettings } from '../src/cli/settings-file';

export interface PhaseTimes {
	/** From process start to this module running: Node's own start-up and loading the modules. */
	startup: number;
	readVault: number;
	index: number;
	snapshot: number;
	toReportJson: number;
	stringify: number;
}

const [dir, today] = process.argv.slice(2);
if (!dir || !today) {
	process.stderr.write('usage: phases DIR YYYY-MM-DD\n');
	process.exit(2);
}

const wall: Partial<PhaseTimes> = { startup: performance.now() };
const cpu: Partial<PhaseTimes> = { startup: cpuMs(process.cpuUsage()) };
let lastWall = performance.now();
let lastCpu = process.cpuUsage();
function lap(name: keyof PhaseTimes): void {
	wall[name] = performance.now() - lastWall;
	cpu[name] = cpuMs(process.cpuUsage(lastCpu));
	lastWall = performance.now();
	lastCpu = process.cpuUsage();
}
function cpuMs(usage: { user: number; system: number }): number {
	return (usage.user + usage.system) / 1000;
}

const settings = loadVaultSettings(dir);
const { records } = readVault(dir, settings);
lap('readVault');
const index = new VaultIndex(settings);
for (const record of records) index.set(record);
lap('index');
const team = deriveTeam(
	records.flatMap((r) => index.get(r.path) ?? []),
	settings,
	today as CalendarDate,
);
lap('snapshot');
const json = toReportJson(team);
lap('toReportJson');
const text = JSON.stringify(json, null, 2);
lap('stringify');
process.stdout.write(`${JSON.stringify({ wall, cpu, outputChars: text.length })}\n`);
