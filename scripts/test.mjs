// `npm test`: every suite once in UTC, then the suites that turn clock times into calendar
// days again under time zones either side of the date line (a date that shifts by a day
// anywhere fails somewhere), then the hostile vault at scale and the real-browser suite.
import { spawnSync } from 'node:child_process';

const HOME_ZONE = 'UTC';
// Los Angeles is behind UTC and has daylight saving; Auckland is ahead across the date line
// and has it on the other half of the year.
const OTHER_ZONES = ['America/Los_Angeles', 'Pacific/Auckland'];
// Where a clock time becomes a calendar day: chrono and the date readers, YAML dates,
// cadence, the command line's "today", reminders, the status bar's midnight, the store's
// timers, and the property tests that build whole vaults. The rest (rendering, write
// safety, hostile input) does not depend on the zone and runs once.
const ZONE_SENSITIVE = [
	'tests/core/',
	'tests/cli/',
	'tests/robustness/time-zones.test.ts',
	'tests/robustness/whole-vault.property.test.ts',
	'tests/obsidian/reminders.test.ts',
	'tests/obsidian/status-bar.test.ts',
	'tests/obsidian/team-store.test.ts',
	'tests/obsidian/plugin-data.test.ts',
	'tests/obsidian/commands.test.ts',
	'tests/obsidian/note-writer.test.ts',
	// Relationships over time: "since today" and History lines are written on the local day.
	'tests/obsidian/relationship-actions.test.ts',
];

const extra = process.argv.slice(2);
const vitest = (args, env) =>
	spawnSync(process.execPath, ['node_modules/vitest/vitest.mjs', 'run', ...args, ...extra], {
		stdio: 'inherit',
		env: { ...process.env, ...env },
	}).status ?? 1;

const started = Date.now();
const failures = [];
const step = (title, args, env, name) => {
	console.log(`\n━━ ${title} ━━`);
	if (vitest(args, env) !== 0) failures.push(name);
};

step(`all unit and plugin tests, TZ=${HOME_ZONE}`, ['--project', 'unit', '--project', 'obsidian'], { TZ: HOME_ZONE }, `TZ=${HOME_ZONE}`);
for (const zone of OTHER_ZONES) {
	step(`time-zone-sensitive tests, TZ=${zone}`, ['--project', 'unit', '--project', 'obsidian', ...ZONE_SENSITIVE], { TZ: zone }, `TZ=${zone}`);
}
step('hostile input at scale', ['--project', 'scale'], { TZ: HOME_ZONE }, 'scale');
step('browser tests (Chromium)', ['--project', 'browser'], { TZ: HOME_ZONE }, 'browser');

const minutes = ((Date.now() - started) / 60_000).toFixed(1);
if (failures.length > 0) {
	console.error(`\nFailed: ${failures.join(', ')} (${minutes} min)`);
	process.exit(1);
}
console.log(`\nAll suites passed in ${minutes} min (everything in ${HOME_ZONE}; dates also in ${OTHER_ZONES.join(', ')}; browser).`);
