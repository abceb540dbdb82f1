// `npm test`: every suite once in UTC; the suites that turn clock times into calendar days
// again under time zones either side of the date line (a date that shifts by a day anywhere
// fails somewhere); the hostile vault at scale; and the real-browser suite. All at once.
import { spawn } from 'node:child_process';
import { setPriority } from 'node:os';

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

// Everything runs at once on two cores, which keeps both busy to the end (measured: no idle
// time). The Node passes run at a lower priority, so Chromium is never starved: its tests wait
// on what a user would see, and a starved browser made them slow enough to time out. Worker
// processes inherit the priority.
const LOWER = 10;

/** Runs one vitest pass; its output is streamed (the pass a developer watches) or held to print whole. */
const pass = (title, args, env, { stream = false, priority = 0 } = {}) =>
	new Promise((resolve) => {
		if (stream) console.log(`\n━━ ${title} ━━`);
		const child = spawn(process.execPath, vitestArgs(args), {
			stdio: stream ? 'inherit' : 'pipe',
			env: { ...process.env, ...env, ...(stream ? {} : { FORCE_COLOR: process.stdout.isTTY ? '1' : '0' }) },
		});
		if (priority !== 0 && child.pid !== undefined) {
			try {
				setPriority(child.pid, priority);
			} catch {
				// Not allowed here: the passes still run, only less politely.
			}
		}
		const chunks = [];
		child.stdout?.on('data', (c) => chunks.push(c));
		child.stderr?.on('data', (c) => chunks.push(c));
		child.on('close', (code) => resolve({ title, code: code ?? 1, output: stream ? '' : Buffer.concat(chunks).toString() }));
	});

const started = Date.now();
const browser = pass('browser tests (Chromium)', ['--project', 'browser'], { TZ: HOME_ZONE });
// Every Node pass starts at once: whenever one waits (start-up, a child process, its tail),
// another has work for the core. Only the first streams its output.
const nodePasses = [
	pass(`all unit and plugin tests, TZ=${HOME_ZONE}`, ['--project', 'unit', '--project', 'obsidian'], { TZ: HOME_ZONE }, { stream: true, priority: LOWER }),
	...OTHER_ZONES.map((zone) =>
		pass(`time-zone-sensitive tests, TZ=${zone}`, ['--project', 'unit', '--project', 'obsidian', ...ZONE_SENSITIVE], { TZ: zone, MENTOR_RALLY_ZONE_PASS: 'extra' }, { priority: LOWER }),
	),
	pass('hostile input at scale', ['--project', 'scale'], { TZ: HOME_ZONE }, { priority: LOWER }),
];
const passes = await Promise.all(nodePasses);
passes.push(await browser);

const failures = [];
for (const done of passes) {
	if (done.output) console.log(`\n━━ ${done.title} ━━\n${done.output}`);
	if (done.code !== 0) failures.push(done.title);
}

const minutes = ((Date.now() - started) / 60_000).toFixed(1);
if (failures.length > 0) {
	console.error(`\nFailed: ${failures.join(', ')} (${minutes} min)`);
	process.exit(1);
}
console.log(`\nAll suites passed in ${minutes} min (everything in ${HOME_ZONE}; dates also in ${OTHER_ZONES.join(', ')}; browser).`);
