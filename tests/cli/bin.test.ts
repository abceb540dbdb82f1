import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main';
import { fakeIo, fixtureVault, REPO_ROOT } from '../helpers/cli';

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
});
