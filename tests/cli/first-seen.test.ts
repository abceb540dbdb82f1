import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main';
import type { ReportJson } from '../../src/core/report';
import { taskKey } from '../../src/core/task-key';
import { fakeIo, fixtureVault } from '../helpers/cli';

/**
 * The fixture's data.json remembers that the plugin first saw "Send CV by Friday" (typed
 * under Open items, an undated section) on Tue 24 Nov: the command line reads the phrase
 * from that day, as the dashboard does, not from the day the file was created.
 */
const VAULT = fixtureVault('first-seen');
const DATA = join(VAULT, '.obsidian/plugins/mentor-rally/data.json');

function report(today: string): ReportJson {
	const io = fakeIo();
	expect(runCli(['report', '--vault', VAULT, '--today', today, '--json'], io.io)).toBe(0);
	expect(io.stderr()).toBe('');
	return JSON.parse(io.stdout()) as ReportJson;
}

describe('report on a vault whose data.json remembers first-seen days', () => {
	it('the fixture is keyed by the same fingerprint the plugin writes', () => {
		const saved = JSON.parse(readFileSync(DATA, 'utf8')) as { firstSeen: Record<string, Record<string, string>> };
		expect(Object.keys(saved.firstSeen['Mentors/Dr. Maya Lee.md'] ?? {})).toEqual([taskKey('Send CV by Friday')]);
	});

	it('reads "by Friday" from the remembered day, whatever day the file was created', () => {
		const items = report('2026-11-30').items.map((i) => ({ text: i.text, due: i.due, overdue: i.overdue }));
		expect(items).toEqual([
			{ text: 'Send CV by Friday', due: '2026-11-27', overdue: true },
			{ text: 'Email the IRB 📅 2026-12-01', due: '2026-12-01', overdue: false },
		]);
	});

	it('only reads data.json: the file is left exactly as it was', () => {
		const before = { text: readFileSync(DATA, 'utf8'), mtime: statSync(DATA).mtimeMs };
		report('2026-11-24');
		expect({ text: readFileSync(DATA, 'utf8'), mtime: statSync(DATA).mtimeMs }).toEqual(before);
	});
});
