import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main';
import type { ReportJson } from '../../src/core/report';
import { fakeIo, fixtureVault } from '../helpers/cli';

/*
 * "Billion laughs" in a note's properties: anchors nine levels deep, each repeating the one
 * below nine times (9^9 leaves from ~450 bytes), in `role`, `tags`, `type` and a meeting's
 * `mentor`. The command line's YAML reader shares the repeats, and the core measures every
 * value before anything walks it, so the report completes, names each note, and reports the
 * ordinary mentor beside them as usual. (A behaviour test: before, it ran for minutes.)
 */

const BOMBS = ['Mentors/Bomb in role.md', 'Mentors/Bomb in tags.md', 'Mentors/Bomb in type.md', 'Meetings/Bomb in mentor.md'];

describe('the alias-bomb fixture vault', () => {
	const out = fakeIo();
	const code = runCli(['report', '--vault', fixtureVault('alias-bomb'), '--today', '2026-11-24', '--json'], out.io);
	const report = JSON.parse(out.stdout()) as ReportJson;

	it('completes, exit code 0, nothing on stderr', () => {
		expect([code, out.stderr()]).toEqual([0, '']);
	});

	it('names every note holding a bomb as a problem', () => {
		for (const path of BOMBS) {
			const messages = report.problems.filter((p) => p.path === path).map((p) => p.message);
			expect(
				messages.some((m) => m.includes('nested too deeply or repeat too much to read')),
				path,
			).toBe(true);
		}
	});

	it('reports the ordinary mentor beside them as usual', () => {
		expect(report.mentors.find((m) => m.name === 'Dr. Ordinary')).toMatchObject({ roles: ['research'], lastContact: '2026-11-20' });
		expect(report.items.map((i) => i.text)).toContain('Send Dr. Ordinary the abstract by Friday');
	});
});
