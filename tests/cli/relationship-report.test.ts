import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main';
import type { ReportJson } from '../../src/core/report';
import { fakeIo } from '../helpers/cli';

/** The example vault (the default) on the demo day. */
function run(...argv: string[]) {
	const io = fakeIo({});
	const code = runCli(['report', '--today', '2026-11-24', ...argv], io.io);
	return { code, stdout: io.stdout(), stderr: io.stderr() };
}

describe('report on the example vault: relationships over time', () => {
	it('lists the prospect, whether she answered and when to reply, apart from the team', () => {
		const { stdout } = run();
		expect(stdout).toContain('\nProspects (1)\n  Dr. Priya Raman  They answered: your reply is owed · reply by Tue 24 Nov  last contact Mon 23 Nov\n');
		// Not counted: the team is still five.
		expect(stdout).toContain('Team (5 active mentors)');
	});

	it('puts the alumna with a keep-warm cadence among the meetings, as "Keep in touch"', () => {
		expect(run().stdout).toMatch(/\n {2}Keep in touch +Dr\. Ellen Park {2}every 2 months · due Sun 8 Nov\n/);
	});

	it('shows the score under each active mentor, and flags the drifting one', () => {
		const { stdout } = run();
		expect(stdout).toContain('    Drifting: the last 3 gaps were each longer than every 10 days · Brought back: 1 of 1 on time');
		expect(stdout).toContain('    Brought back: 5 of 8 on time · They delivered: 1, waited 1 day (median) · 2 open · Met: 5 of 6 planned meetings in 3 months, 5 of 12 in 6 months');
	});

	it('adds the relationship fields to the JSON, keeping the contract fields first', () => {
		const json = JSON.parse(run('--json').stdout) as ReportJson;
		const reyes = json.mentors.find((m) => m.name === 'Jordan Reyes');
		expect(Object.keys(reyes ?? {}).slice(0, 8)).toEqual(['name', 'path', 'roles', 'status', 'cadence', 'lastContact', 'nextDue', 'ball']);
		expect(reyes).toMatchObject({ drifting: true, since: '2026-07-15', score: { onTime: 1, late: 0, onTimeRate: 1, delivered: 3, medianWaitDays: 5, waitingOn: 2 } });
		expect(json.prospects).toEqual([{ name: 'Dr. Priya Raman', path: 'Mentors/Dr. Priya Raman.md', lastContact: '2026-11-23', answer: 'reply-owed', followUp: '2026-11-24' }]);
		expect(json.keepInTouch).toEqual([{ name: 'Dr. Ellen Park', path: 'Mentors/Dr. Ellen Park.md', keepWarm: 'every 2 months', lastContact: '2026-09-08', due: '2026-11-08' }]);
		expect(json.mentors.find((m) => m.name === 'Dr. Ellen Park')?.changes).toEqual([
			{ date: '2024-08-01', kind: 'role', value: 'research, sponsor' },
			{ date: '2026-06-01', kind: 'status', value: 'alumni (handed over to Dr. Marsh)' },
			{ date: '2026-06-01', kind: 'role', value: 'research' },
		]);
	});
});

describe('report --mentor NAME', () => {
	it('shows one mentor over the whole relationship: the score, contacts per month by year, the timeline', () => {
		const { code, stdout, stderr } = run('--mentor', 'dr. park');
		expect([code, stderr]).toEqual([0, '']);
		const lines = stdout.split('\n');
		expect(lines[0]).toBe('Dr. Ellen Park · Mentors/Dr. Ellen Park.md');
		// Six years of months, from her first year (since 2021) to today's.
		expect(lines.filter((l) => /^ {2}20\d\d {2}/.test(l)).map((l) => l.slice(2, 6))).toEqual(['2021', '2022', '2023', '2024', '2025', '2026']);
		expect(stdout).toContain('  2024-08-01  Role: research, sponsor');
		expect(stdout).toContain('  2024-11-20  They delivered: Dr. Park: feedback on my personal statement');
		expect(stdout).toContain('  2026-06-01  Status: alumni (handed over to Dr. Marsh)');
		// Oldest first.
		const dates = lines.filter((l) => /^ {2}\d{4}-\d\d-\d\d {2}/.test(l)).map((l) => l.slice(2, 12));
		expect(dates).toEqual([...dates].sort());
	});

	it('as JSON: the mentor fields, the timeline and the contacts per month', () => {
		const json = JSON.parse(run('--mentor', 'Jordan', '--json').stdout) as {
			mentor: { name: string; drifting: boolean };
			timeline: { date: string; kind: string }[];
			contactsByMonth: { month: string; count: number }[];
		};
		expect(json.mentor).toMatchObject({ name: 'Jordan Reyes', drifting: true });
		expect(json.timeline[0]).toEqual({ date: '2026-07-15', kind: 'start', text: 'Mentor since' });
		// A meeting carries its note's path.
		expect(json.timeline.find((e) => e.kind === 'meeting')).toEqual({
			date: '2026-10-08',
			kind: 'meeting',
			text: 'Meeting: 2026-10-08 Jordan - shelf study plan',
			path: 'Meetings/2026-10-08 Jordan - shelf study plan.md',
		});
		expect(json.contactsByMonth).toHaveLength(12);
		expect(json.contactsByMonth.find((m) => m.month === '2026-10')).toEqual({ month: '2026-10', count: 2 });
	});

	it('an unknown name is one clear line naming the mentors, exit code 2', () => {
		const { code, stdout, stderr } = run('--mentor', 'Dr. Nobody');
		expect(code).toBe(2);
		expect(stdout).toBe('');
		expect(stderr).toMatch(/^mentor-rally: no mentor named "Dr\. Nobody"; the mentors are: Dr\. Ellen Park, .*Jordan Reyes\n$/);
	});
});
