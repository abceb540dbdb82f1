import { cpSync, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main';
import type { ReportJson } from '../../src/core/report';
import { fakeIo, fixtureVault, REPO_ROOT } from '../helpers/cli';
import { removeTempVaults, tempVault } from '../helpers/temp-vault';

afterAll(removeTempVaults);

const TEAM = fixtureVault('team');
const TODAY = '2026-11-24'; // a Tuesday

function run(argv: string[], options: Parameters<typeof fakeIo>[0] = {}) {
	const io = fakeIo(options);
	const code = runCli(argv, io.io);
	return { code, stdout: io.stdout(), stderr: io.stderr() };
}

function json(argv: string[], options: Parameters<typeof fakeIo>[0] = {}): ReportJson {
	const result = run([...argv, '--json'], options);
	expect(result.stderr).toBe('');
	expect(result.code).toBe(0);
	return JSON.parse(result.stdout) as ReportJson;
}

/** A failure the user sees: nothing on stdout, one line on stderr, no stack trace, exit code 2. */
function expectUsageFailure(result: ReturnType<typeof run>, mentions: string | RegExp): void {
	expect(result.code).toBe(2);
	expect(result.stdout).toBe('');
	const lines = result.stderr.trimEnd().split('\n');
	expect(lines).toHaveLength(1);
	expect(lines[0]).toMatch(/^mentor-rally: /);
	expect(lines[0]).toMatch(mentions);
	expect(result.stderr).not.toMatch(/\n\s+at /);
}

describe('mentor-rally report --json on the team fixture', () => {
	const report = json(['report', '--vault', TEAM, '--today', TODAY]);

	it('gives today', () => {
		expect(report.today).toBe(TODAY);
	});

	it('gives every mentor note outside dot-folders, with what the rules derive', () => {
		// The first fields of the contract (relationship fields follow; see relationship-json.test.ts).
		const contract = report.mentors.map(({ name, path, roles, status, cadence, lastContact, nextDue, ball }) => ({ name, path, roles, status, cadence, lastContact, nextDue, ball }));
		expect(contract).toEqual([
			// Tagged mentor, "peer mentor" → support; never contacted → due today.
			{ name: 'Chloe Park', path: 'Mentors/Chloe Park.md', roles: ['support'], status: 'due', cadence: 'every 2 weeks', lastContact: null, nextDue: '2026-11-24', ball: 'none' },
			// "supporter" → support; 1 Nov + biweekly = 15 Nov, before today; owes "tomorrow" (2 Nov).
			{
				name: 'Dr. Ben Carter',
				path: 'Mentors/Dr. Ben Carter.md',
				roles: ['support'],
				status: 'overdue',
				cadence: 'every 2 weeks',
				lastContact: '2026-11-01',
				nextDue: '2026-11-15',
				ball: 'mine',
			},
			// Latest of 3 Nov (property), 10 Nov (heading), 17 Nov (meeting note); the 20 Dec heading is ahead.
			// 17 Nov + 2 weeks = 1 Dec, more than 3 days away.
			{ name: 'Dr. Maya Lee', path: 'Mentors/Dr. Maya Lee.md', roles: ['research'], status: 'ok', cadence: 'every 2 weeks', lastContact: '2026-11-17', nextDue: '2026-12-01', ball: 'mine' },
			// Alumni: kept in history, nothing due; still owes a card, so the ball is mine.
			{ name: 'Dr. Old Mentor', path: 'Mentors/Dr. Old Mentor.md', roles: ['research'], status: 'alumni', cadence: 'every 2 weeks', lastContact: '2025-06-01', nextDue: null, ball: 'mine' },
			// 31 Oct + 1 month = 30 Nov (clamped), 6 days away.
			{ name: 'Prof. Ada Okafor', path: 'Mentors/Prof. Ada Okafor.md', roles: ['sponsor'], status: 'ok', cadence: 'monthly', lastContact: '2026-10-31', nextDue: '2026-11-30', ball: 'none' },
			// Nested tag mentor/support, "resident" → support; next_meeting 26 Nov is ahead: scheduled.
			{ name: 'Sam Ortiz', path: 'Mentors/Sam Ortiz.md', roles: ['support'], status: 'scheduled', cadence: 'weekly', lastContact: '2026-11-12', nextDue: '2026-11-26', ball: 'theirs' },
		]);
	});

	it('gives every item, by file and line, with frontmatter lines counted', () => {
		const meeting = 'Meetings/2026-11-17 Dr. Lee.md';
		const lee = 'Mentors/Dr. Maya Lee.md';
		const maya = 'Dr. Maya Lee';
		expect(report.items).toEqual([
			// The meeting note links `mentor: [[Dr. Maya Lee]]` unquoted; undated items are due at her next meeting (1 Dec).
			{ mentor: maya, path: meeting, line: 6, text: 'Maya: send the de-identified dataset', owner: 'them', due: '2026-12-01', done: false, overdue: false },
			{ mentor: maya, path: meeting, line: 7, text: 'Draft the methods section 📅 2026-11-20', owner: 'me', due: '2026-11-20', done: false, overdue: true },
			{ mentor: maya, path: meeting, line: 8, text: 'Bring the poster draft by the next meeting', owner: 'me', due: '2026-12-01', done: false, overdue: false },
			{ mentor: maya, path: meeting, line: 9, text: 'Look over my CV #theirs', owner: 'them', due: '2026-12-01', done: false, overdue: false },
			// Read from the meeting's date, 17 Nov: the coming 3 December.
			{ mentor: maya, path: meeting, line: 10, text: 'Reply to the IRB coordinator by Dec 3', owner: 'me', due: '2026-12-03', done: false, overdue: false },
			// Under "### 2026-11-01 Coffee": tomorrow = 2 Nov.
			{ mentor: 'Dr. Ben Carter', path: 'Mentors/Dr. Ben Carter.md', line: 8, text: 'Ask about shadowing in clinic tomorrow', owner: 'me', due: '2026-11-02', done: false, overdue: true },
			// Under "### 2026-11-10 Meeting" (a Tuesday): by Friday = 13 Nov.
			{ mentor: maya, path: lee, line: 14, text: 'Send the revised abstract by Friday', owner: 'me', due: '2026-11-13', done: false, overdue: true },
			{ mentor: maya, path: lee, line: 15, text: 'Dr. Lee: intro to the trauma team', owner: 'them', due: '2026-12-01', done: false, overdue: false },
			{ mentor: maya, path: lee, line: 16, text: 'Read chapter 3 of the methods book', owner: 'me', due: null, done: true, overdue: false },
			{ mentor: maya, path: lee, line: 17, text: 'Draft the ethics form 📅 2026-11-01', owner: 'me', due: null, done: true, overdue: false },
			// An alumni mentor has no next meeting, so an undated item has no due date.
			{ mentor: 'Dr. Old Mentor', path: 'Mentors/Dr. Old Mentor.md', line: 7, text: 'Send a holiday card', owner: 'me', due: null, done: false, overdue: false },
			{ mentor: 'Sam Ortiz', path: 'Mentors/Sam Ortiz.md', line: 8, text: 'Sam: share the call schedule', owner: 'them', due: '2026-11-26', done: false, overdue: false },
		]);
	});

	it('gives the coverage of the active mentors and no problems', () => {
		expect(report.coverage).toEqual([
			{ role: 'research', count: 1, min: 1, max: 1, state: 'ok' },
			{ role: 'support', count: 3, min: 1, max: 2, state: 'over' },
			{ role: 'sponsor', count: 1, min: 1, max: 2, state: 'ok' },
			{ role: 'team', count: 5, min: 4, max: 5, state: 'ok' },
		]);
		expect(report.problems).toEqual([]);
	});

	it('the line numbers point at the task lines in the files', () => {
		for (const item of report.items) {
			const line = readFileSync(join(TEAM, item.path), 'utf8').split('\n')[item.line - 1] ?? '';
			expect(line).toMatch(/^\s*- \[.\] /);
			expect(line.trim().endsWith(item.text)).toBe(true);
		}
	});

	it('reads the same with --vault=DIR and --today=DAY', () => {
		expect(json(['report', `--vault=${TEAM}`, `--today=${TODAY}`])).toEqual(report);
	});
});

describe('mentor-rally report: today', () => {
	it('is the local day of the clock when --today is not given', () => {
		// Half past eleven at night, local time: still the 24th wherever the tests run.
		const report = json(['report', '--vault', TEAM], { now: () => new Date(2026, 10, 24, 23, 30) });
		expect(report.today).toBe('2026-11-24');
		const early = json(['report', '--vault', TEAM], { now: () => new Date(2026, 10, 25, 0, 5) });
		expect(early.today).toBe('2026-11-25');
	});
});

describe('mentor-rally report as text', () => {
	const text = run(['report', '--vault', TEAM, '--today', TODAY]);

	it('prints the dashboard sections in order', () => {
		expect(text.code).toBe(0);
		expect(text.stderr).toBe('');
		const headings = text.stdout.split('\n').filter((line) => /^[A-Z]/.test(line));
		expect(headings).toEqual([
			'Mentor Rally · Tue 24 Nov 2026',
			'Coverage',
			'Your court (6)',
			'Meetings due (2)',
			'Their court (4)',
			'Meeting loop',
			'Owed thanks (0)',
			'Updates due (0)',
			'Team (5 active mentors)',
			'Problems (0)',
		]);
	});

	it('lists what is in my court with the overdue items first, and where each one is', () => {
		const section = text.stdout.split('Your court (6)\n')[1]?.split('\n\n')[0]?.split('\n') ?? [];
		expect(section).toHaveLength(6);
		expect(section.slice(0, 3).every((line) => line.includes('overdue'))).toBe(true);
		expect(section[0]).toContain('Ask about shadowing in clinic tomorrow');
		expect(section[0]).toContain('Mentors/Dr. Ben Carter.md:8');
	});

	it('has no colour codes when stdout is not a terminal', () => {
		expect(text.stdout).not.toContain('\u001b[');
	});

	it('has colour with --color, on a terminal, or with FORCE_COLOR; none with --no-color, NO_COLOR or a dumb terminal', () => {
		const args = ['report', '--vault', TEAM, '--today', TODAY];
		const colored = (argv: string[], options: Parameters<typeof fakeIo>[0]) => run(argv, options).stdout.includes('\u001b[');
		expect(colored([...args, '--color'], {})).toBe(true);
		expect(colored(args, { isTty: true })).toBe(true);
		expect(colored(args, { env: { FORCE_COLOR: '1' } })).toBe(true);
		expect(colored([...args, '--no-color'], { isTty: true })).toBe(false);
		expect(colored(args, { isTty: true, env: { NO_COLOR: '1' } })).toBe(false);
		expect(colored(args, { isTty: true, env: { TERM: 'dumb' } })).toBe(false);
		expect(colored([...args, '--color'], { env: { NO_COLOR: '1' } })).toBe(true);
	});

	it('says the same things with and without colour', () => {
		const plain = text.stdout;
		// eslint-disable-next-line no-control-regex -- stripping the ANSI codes the colours add
		const stripped = run(['report', '--vault', TEAM, '--today', TODAY, '--color']).stdout.replace(/\u001b\[\d+m/g, '');
		expect(stripped).toBe(plain);
	});
});

describe('mentor-rally report: the example vault by default', () => {
	const example = join(REPO_ROOT, 'examples', 'vault');

	it.skipIf(!existsSync(example))('reads examples/vault when no --vault is given (skipped while examples/vault does not exist yet)', () => {
		const byDefault = run(['report', '--today', TODAY, '--json']);
		expect(byDefault.code).toBe(0);
		const explicit = run(['report', '--vault', example, '--today', TODAY, '--json']);
		expect(byDefault.stdout).toBe(explicit.stdout);
		expect((JSON.parse(byDefault.stdout) as ReportJson).mentors.length).toBeGreaterThan(0);
	});

	it('says so clearly when the example vault is missing', () => {
		expectUsageFailure(run(['report', '--today', TODAY], { exampleVault: join(REPO_ROOT, 'no-such-example') }), /does not exist/);
	});
});

describe('mentor-rally report reads the plugin settings of the vault', () => {
	it('a mentors folder and an owner tag from data.json change who is a mentor and whose court an item is in', () => {
		const report = json(['report', '--vault', fixtureVault('custom-settings'), '--today', TODAY]);
		expect(report.mentors.map((m) => m.name)).toEqual(['Dr. Rui Tan']);
		expect(report.items.map((i) => [i.text, i.owner])).toEqual([
			['Send the slides #owed', 'them'],
			['Review the protocol #theirs', 'me'],
		]);
		expect(report.coverage).toEqual([
			{ role: 'research', count: 1, min: 1, max: 1, state: 'ok' },
			{ role: 'team', count: 1, min: 1, max: 2, state: 'ok' },
		]);
	});

	it('without data.json the same notes are read with the defaults', () => {
		const copy = tempVault({});
		cpSync(join(fixtureVault('custom-settings'), 'People'), join(copy, 'People'), { recursive: true });
		const report = json(['report', '--vault', copy, '--today', TODAY]);
		expect(report.mentors).toEqual([]);
		expect(report.coverage.map((c) => c.role)).toEqual(['research', 'support', 'sponsor', 'team']);
	});

	it('a data.json that is not JSON stops the report with one clear line naming it, exit code 1', () => {
		const vault = tempVault({ '.obsidian/plugins/mentor-rally/data.json': '{ not json', 'M.md': '---\ntype: mentor\n---\n' });
		const result = run(['report', '--vault', vault, '--today', TODAY]);
		expect(result.code).toBe(1);
		expect(result.stdout).toBe('');
		expect(result.stderr).toMatch(/^mentor-rally: cannot use the settings in .*data\.json: it is not valid JSON \(.*\)\n$/);
	});
});

describe('mentor-rally report: bad input', () => {
	it('a missing vault', () => {
		expectUsageFailure(run(['report', '--vault', join(TEAM, 'nope'), '--today', TODAY]), /vault folder ".*nope" does not exist/);
	});

	it('a vault that is a file', () => {
		expectUsageFailure(run(['report', '--vault', join(TEAM, 'Mentors', 'Sam Ortiz.md')]), /is not a folder/);
	});

	it('a bad --today', () => {
		expectUsageFailure(run(['report', '--vault', TEAM, '--today', '24/11/2026']), /--today "24\/11\/2026" is not a date/);
		expectUsageFailure(run(['report', '--vault', TEAM, '--today', '2026-02-30']), /"2026-02-30"/);
	});

	it('an unknown option, an unknown command, no command', () => {
		expectUsageFailure(run(['report', '--vault', TEAM, '--verbose']), /unknown option "--verbose"/);
		expectUsageFailure(run(['status']), /unknown command "status"/);
		expectUsageFailure(run([]), /missing command/);
	});

	it('help and version go to stdout with exit code 0', () => {
		const help = run(['--help']);
		expect([help.code, help.stderr]).toEqual([0, '']);
		expect(help.stdout).toContain('Usage: mentor-rally report');
		const version = run(['--version']);
		expect([version.code, version.stderr]).toEqual([0, '']);
		expect(version.stdout.trim()).not.toBe('');
	});
});

describe('mentor-rally report: notes it cannot read', () => {
	const denyRead = (name: string) => (absolutePath: string) => {
		if (absolutePath.endsWith(name)) throw Object.assign(new Error(`EACCES: permission denied, open '${absolutePath}'`), { code: 'EACCES' });
		return readFileSync(absolutePath, 'utf8');
	};

	it('an unreadable file: one line on stderr, exit code 1, the rest still reported', () => {
		const result = run(['report', '--vault', TEAM, '--today', TODAY, '--json'], { readText: denyRead('Sam Ortiz.md') });
		expect(result.code).toBe(1);
		expect(result.stderr).toBe('mentor-rally: could not read Mentors/Sam Ortiz.md: permission denied\n');
		const report = JSON.parse(result.stdout) as ReportJson;
		expect(report.mentors.map((m) => m.name)).toEqual(['Chloe Park', 'Dr. Ben Carter', 'Dr. Maya Lee', 'Dr. Old Mentor', 'Prof. Ada Okafor']);
		expect(report.problems).toEqual([{ path: 'Mentors/Sam Ortiz.md', message: 'could not be read: permission denied' }]);
	});

	it('the text report lists the unreadable file under Problems', () => {
		const result = run(['report', '--vault', TEAM, '--today', TODAY], { readText: denyRead('Sam Ortiz.md') });
		expect(result.code).toBe(1);
		expect(result.stdout).toContain('Problems (1)\n  Mentors/Sam Ortiz.md: could not be read: permission denied');
	});

	it('broken notes never stop the report: each is a problem, everything else is there', () => {
		const result = run(['report', '--vault', fixtureVault('broken'), '--today', TODAY, '--json']);
		expect([result.code, result.stderr]).toEqual([0, '']);
		const report = JSON.parse(result.stdout) as ReportJson;
		expect(report.mentors.map((m) => [m.name, m.roles])).toEqual([
			['Bad Yaml', ['support']],
			['Binary', []],
			['Fine', ['research']],
			['Odd Values', ['sponsor']],
		]);
		expect(report.items.map((i) => i.text)).toEqual(['Still listed despite the broken properties', 'Send the poster 📅 2026-11-30', 'Draft the letter 📅 2026-02-30', 'Odd bytes around a task']);
		expect(report.problems.map((p) => p.path)).toEqual(['Meetings/2026-11-20 Ghost.md', 'Mentors/Bad Yaml.md', 'Mentors/Odd Values.md', 'Mentors/Odd Values.md', 'Mentors/Odd Values.md']);
		const messages = report.problems.map((p) => p.message).join('\n');
		expect(messages).toContain('"Dr. Nobody"');
		expect(messages).toContain('"every few weeks"');
		expect(messages).toContain('"sometime last week"');
		expect(messages).toContain('2026-02-30');
	});
});
