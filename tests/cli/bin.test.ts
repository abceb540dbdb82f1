import { spawnSync } from 'node:child_process';
import { closeSync, openSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main';
import { fakeIo, fixtureVault, REPO_ROOT } from '../helpers/cli';
import { removeTempVaults, tempVault } from '../helpers/temp-vault';

afterAll(removeTempVaults);

/*
 * The built command line, run as a user runs it: `node esbuild.config.mjs` builds
 * dist/cli.js (the package's `bin`), then a real Node process runs it.
 */
const CLI = join(REPO_ROOT, 'dist', 'cli.js');

function node(args: string[]) {
	// Without the colour switches the test runner itself may have set.
	const env = { ...process.env };
	delete env.FORCE_COLOR;
	delete env.NO_COLOR;
	const result = spawnSync(process.execPath, args, { cwd: REPO_ROOT, encoding: 'utf8', env, timeout: 60_000 });
	return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('the mentor-rally executable', () => {
	beforeAll(() => {
		const build = node(['esbuild.config.mjs']);
		expect(build.stderr).toBe('');
		expect(build.code).toBe(0);
	}, 120_000);

	it('is the file package.json names as the bin, with a Node shebang', () => {
		const pkg = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as { bin: Record<string, string> };
		expect(pkg.bin['mentor-rally']).toBe('dist/cli.js');
		expect(readFileSync(CLI, 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true);
	});

	it("needs no gray-matter: properties are read with js-yaml's core schema, as Obsidian reads them", () => {
		const pkg = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
		expect(Object.keys(pkg.dependencies)).not.toContain('gray-matter');
	});

	it('prints the same JSON report as the command line run in-process', () => {
		const args = ['report', '--vault', fixtureVault('team'), '--today', '2026-11-24', '--json'];
		const result = node([CLI, ...args]);
		expect(result.stderr).toBe('');
		expect(result.code).toBe(0);
		const io = fakeIo();
		expect(runCli(args, io.io)).toBe(0);
		expect(JSON.parse(result.stdout)).toEqual(JSON.parse(io.stdout()));
	});

	it('prints text without colour when its output is a pipe', () => {
		const result = node([CLI, 'report', '--vault', fixtureVault('team'), '--today', '2026-11-24']);
		expect(result.code).toBe(0);
		expect(result.stdout).toMatch(/^Mentor Rally · Tue 24 Nov 2026\n/);
		expect(result.stdout).not.toContain('\u001b[');
	});

	it('fails on bad input with one line on stderr, no stack trace, exit code 2', () => {
		const result = node([CLI, 'report', '--vault', join(REPO_ROOT, 'no-such-vault')]);
		expect(result.code).toBe(2);
		expect(result.stdout).toBe('');
		expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
		expect(result.stderr).toMatch(/^mentor-rally: vault folder ".*no-such-vault" does not exist\n$/);
	});

	it('knows its version', () => {
		const pkg = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as { version: string };
		const result = node([CLI, '--version']);
		expect([result.code, result.stdout]).toEqual([0, `${pkg.version}\n`]);
	});

	describe('when its output cannot be written', () => {
		// A report far larger than a pipe's buffer, so the writer is still writing when the reader leaves.
		const big = tempVault({ 'Mentors/Dr. Lee.md': ['---', 'type: mentor', '---', ...Array.from({ length: 5000 }, (_, i) => `- [ ] Item ${i} by Friday`), ''].join('\n') });

		function shell(script: string) {
			const env = { ...process.env, CLI, VAULT: big, NODE: process.execPath };
			const result = spawnSync('bash', ['-c', script], { cwd: REPO_ROOT, encoding: 'utf8', env, timeout: 60_000 });
			return { code: result.status, stdout: result.stdout, stderr: result.stderr };
		}

		it('stops quietly when the reader closes the pipe (report | head -c 10): no stack trace, exit 0', () => {
			for (const format of ['', '--json']) {
				const result = shell(`"$NODE" "$CLI" report --vault "$VAULT" --today 2026-11-24 ${format} | head -c 10; echo "exit \${PIPESTATUS[0]}" >&2`);
				expect(result.stdout).toHaveLength(10);
				expect(result.stderr).toBe('exit 0\n');
			}
		});

		it('says so in one line when the disk is full (> /dev/full), exit 1', () => {
			for (const format of [[], ['--json']]) {
				const full = openSync('/dev/full', 'w');
				try {
					const result = spawnSync(process.execPath, [CLI, 'report', '--vault', big, '--today', '2026-11-24', ...format], {
						stdio: ['ignore', full, 'pipe'],
						encoding: 'utf8',
						timeout: 60_000,
					});
					expect(result.stderr).toBe('mentor-rally: cannot write the report: no space left on the device\n');
					expect(result.status).toBe(1);
				} finally {
					closeSync(full);
				}
			}
		});
	});
});
