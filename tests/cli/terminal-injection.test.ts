import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main';
import type { ReportJson } from '../../src/core/report';
import { fakeIo } from '../helpers/cli';
import { removeTempVaults, tempVault } from '../helpers/temp-vault';

/*
 * Notes are written by anyone (shared vaults, imported files): an escape sequence in a file
 * name, an item, a role or a value quoted in a problem must be shown, never obeyed by the
 * terminal. Every line the command line prints (text report and stderr) shows such characters
 * as escapes; the report's own colours stay.
 */

afterAll(removeTempVaults);

const ESC = '\u001b';
const OSC_TITLE = `${ESC}]0;pwned\u0007`; // retitles the terminal window
const CLEAR = `${ESC}[2J`; // clears the screen
const BLINK = `${ESC}[5m`; // not a colour the report uses itself
const RLO = '\u202e'; // right-to-left override: "evil\u202egnp.md" reads as "evilmd.png"
const CSI_C1 = '\u009b2J'; // the one-character CSI some terminals obey
const MENTOR = `Mentors/Dr. ${OSC_TITLE}Evil${RLO}gnp.md`;

const vault = tempVault({
	[MENTOR]: [
		'---',
		'type: mentor',
		`role: "${BLINK}research"`,
		`cadence: "every ${CLEAR}fortnight"`,
		'---',
		`- [ ] Send the ${CLEAR}abstract${CSI_C1} by Friday`,
		`- [ ] Ask about the grant\u007f\u0008\u0008 #theirs`,
		'',
	].join('\n'),
	[`Mentors/Dr. Plain.md`]: ['---', 'type: mentor', 'role: support', '---', '- [ ] Plain item by Friday', ''].join('\n'),
});

/** Characters a terminal acts on; `allowed` are the ones the command line prints itself. */
function hiddenIn(text: string): string[] {
	const found = new Set<string>();
	for (const char of text) {
		const code = char.charCodeAt(0);
		const hidden =
			(code < 0x20 && code !== 0x0a) || (code >= 0x7f && code <= 0x9f) || (code >= 0x202a && code <= 0x202e) || (code >= 0x2066 && code <= 0x2069) || code === 0x2028 || code === 0x2029;
		if (hidden) found.add(`U+${code.toString(16).padStart(4, '0')}`);
	}
	return [...found];
}

function report(args: string[], options: Parameters<typeof fakeIo>[0] = {}) {
	const out = fakeIo(options);
	const code = runCli(['report', '--vault', vault, '--today', '2026-11-24', ...args], out.io);
	return { code, stdout: out.stdout(), stderr: out.stderr() };
}

describe('control characters from notes in what the command line prints', () => {
	it('the text report without colour has none; they show as escapes', () => {
		const { stdout, code } = report(['--no-color']);
		expect(code).toBe(0);
		expect(hiddenIn(stdout)).toEqual([]);
		expect(stdout).toContain('Dr. \\x1b]0;pwned\\x07Evil\\u202egnp');
		expect(stdout).toContain('Send the \\x1b[2Jabstract\\x9b2J');
		expect(stdout).toContain('\\x1b[5mresearch');
		expect(stdout).toContain('Ask about the grant\\x7f\\x08\\x08');
		expect(stdout).toContain('Plain item');
	});

	it('the text report with colour keeps its own colours and nothing else', () => {
		const { stdout } = report(['--color']);
		expect(stdout).toContain(`${ESC}[1mCoverage${ESC}[22m`);
		expect(
			hiddenIn(
				stdout
					.split(ESC)
					.map((part, i) => (i === 0 ? part : part.replace(/^\[[0-9;]*m/, '')))
					.join(''),
			),
		).toEqual([]);
		expect(stdout).not.toContain(CLEAR);
		expect(stdout).not.toContain(BLINK);
		expect(stdout).toContain('\\x1b[2J');
	});

	it('stderr shows them too (a file that could not be read, a vault path)', () => {
		const deny = (absolutePath: string) => {
			if (absolutePath.includes('Evil')) throw Object.assign(new Error(`EACCES: permission denied, open '${absolutePath}'`), { code: 'EACCES' });
			return readFileSync(absolutePath, 'utf8');
		};
		const unreadable = report(['--no-color'], { readText: deny });
		expect(unreadable.code).toBe(1);
		expect(unreadable.stderr).toBe('mentor-rally: could not read Mentors/Dr. \\x1b]0;pwned\\x07Evil\\u202egnp.md: permission denied\n');

		const out = fakeIo();
		expect(runCli(['report', '--vault', `${vault}/no${CLEAR}such`], out.io)).toBe(2);
		expect(hiddenIn(out.stderr())).toEqual([]);
		expect(out.stderr()).toContain('no\\x1b[2Jsuch');
	});

	it('JSON escapes them as \\u sequences and still gives back the exact text', () => {
		const { stdout } = report(['--json']);
		expect(hiddenIn(stdout.replace(/\n/g, ''))).toEqual([]);
		const json = JSON.parse(stdout) as ReportJson;
		expect(json.mentors.map((m) => m.path)).toContain(MENTOR);
		expect(json.items.map((i) => i.text)).toContain(`Send the ${CLEAR}abstract${CSI_C1} by Friday`);
	});
});
