// `npm test`: every suite once in UTC, then the suites that turn clock times into calendar
// days again under time zones either side of the date line (a date that shifts by a day
// anywhere fails somewhere), then the hostile vault at scale and the real-browser suite.
import { spawn, spawnSync } from 'node:child_process';

const HOME_ZONE = 'UTC';
// Los Angeles is behind UTC and has daylight saving; Auckland is ahead across the date line
// and has it on the other half of the year.
const OTHER_ZONES = ['America/Los_Angeles', 'Pacific/Auckland'];
// Where a clock time becomes a calendar day: chrono and the date readers, YAML dates,
// cadence, the command line's "today", the calendar files (tests/core/calendar-feed and the
// plugin's calendar test: an all-day event must not move a day), reminders, the status bar's midnight, the store's
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
	'tests/obsidian/calendar.test.ts',
	'tests/obsidian/desktop-notifications.test.ts',
	// Relationships over time: "since today" and History lines are written on the local day.
	'tests/obsidian/relationship-actions.test.ts',
];

const extra = process.argv.slice(2);
const vitestArgs = (args) => ['node_modules/vitest/vitest.mjs', 'run', ...args, ...extra];

// The first pass streams its output (it is the one a developer watches). The passes after it
// run two at a time: on two cores one pass's start-up and tail leave a core idle, which the
// other fills. Their output is held and printed whole, one pass after another.
const streamed = (title, args, env) => {
	console.log(`\n━━ ${title} ━━`);
	return spawnSync(process.execPath, vitestArgs(args), { stdio: 'inherit', env: { ...process.env, ...env } }).status ?? 1;
};
const buffered = (title, args, env) =>
	new Promise((resolve) => {
		const child = spawn(process.execPath, vitestArgs(args), { env: { ...process.env, ...env, FORCE_COLOR: process.stdout.isTTY ? '1' : '0' } });
		const chunks = [];
		child.stdout.on('data', (c) => chunks.push(c));
		child.stderr.on('data', (c) => chunks.push(c));
		child.on('close', (code) => resolve({ title, code: code ?? 1, output: Buffer.concat(chunks).toString() }));
	});

const started = Date.now();
const failures = [];

if (streamed(`all unit and plugin tests, TZ=${HOME_ZONE}`, ['--project', 'unit', '--project', 'obsidian'], { TZ: HOME_ZONE }) !== 0) failures.push(`TZ=${HOME_ZONE}`);
// The browser pass clicks and waits on a real Chromium: it shares the machine only with the
// scale pass (mostly one core), never with the zone passes, which would starve its timing.
const zonePasses = await Promise.all(
	OTHER_ZONES.map((zone) => buffered(`time-zone-sensitive tests, TZ=${zone}`, ['--project', 'unit', '--project', 'obsidian', ...ZONE_SENSITIVE], { TZ: zone, MENTOR_RALLY_ZONE_PASS: 'extra' })),
);
const lastPasses = await Promise.all([
	buffered('hostile input at scale', ['--project', 'scale'], { TZ: HOME_ZONE }),
	buffered('browser tests (Chromium)', ['--project', 'browser'], { TZ: HOME_ZONE }),
]);
const passes = zonePasses.concat(lastPasses);
for (const pass of passes) {
	console.log(`\n━━ ${pass.title} ━━\n${pass.output}`);
	if (pass.code !== 0) failures.push(pass.title);
}

const minutes = ((Date.now() - started) / 60_000).toFixed(1);
if (failures.length > 0) {
	console.error(`\nFailed: ${failures.join(', ')} (${minutes} min)`);
	process.exit(1);
}
console.log(`\nAll suites passed in ${minutes} min (everything in ${HOME_ZONE}; dates also in ${OTHER_ZONES.join(', ')}; browser).`);
