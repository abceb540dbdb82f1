// `npm test`: the unit and plugin suites under several time zones (a date that shifts
// by a day anywhere fails somewhere), then the real-browser suite once.
import { spawnSync } from 'node:child_process';

const ZONES = ['UTC', 'America/Los_Angeles', 'Pacific/Auckland', 'Asia/Kolkata'];
const extra = process.argv.slice(2);
const vitest = (args, env) =>
	spawnSync(process.execPath, ['node_modules/vitest/vitest.mjs', 'run', ...args, ...extra], {
		stdio: 'inherit',
		env: { ...process.env, ...env },
	}).status ?? 1;

const failures = [];
for (const zone of ZONES) {
	console.log(`\n━━ unit and plugin tests, TZ=${zone} ━━`);
	if (vitest(['--project', 'unit', '--project', 'obsidian'], { TZ: zone }) !== 0) failures.push(`TZ=${zone}`);
}
console.log('\n━━ hostile input at scale ━━');
if (vitest(['--project', 'scale'], {}) !== 0) failures.push('scale');
console.log('\n━━ browser tests (Chromium) ━━');
if (vitest(['--project', 'browser'], {}) !== 0) failures.push('browser');

if (failures.length > 0) {
	console.error(`\nFailed: ${failures.join(', ')}`);
	process.exit(1);
}
console.log(`\nAll suites passed (time zones: ${ZONES.join(', ')}; browser).`);
