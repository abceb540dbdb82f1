import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../helpers/cli';

/*
 * version-bump.mjs as `npm version` runs it: in the package folder (here a temporary copy
 * of manifest.json and versions.json), with the new version in npm_package_version.
 */
const SCRIPT = join(REPO_ROOT, 'version-bump.mjs');
const made: string[] = [];

function copyOfRelease(): string {
	const dir = mkdtempSync(join(tmpdir(), 'mentor-rally-version-'));
	made.push(dir);
	for (const file of ['manifest.json', 'versions.json']) copyFileSync(join(REPO_ROOT, file), join(dir, file));
	return dir;
}

function bump(dir: string, version: string | undefined, args: string[] = []) {
	const env: Record<string, string | undefined> = { ...process.env };
	delete env.npm_package_version;
	if (version !== undefined) env.npm_package_version = version;
	const result = spawnSync(process.execPath, [SCRIPT, ...args], { cwd: dir, encoding: 'utf8', env, timeout: 30_000 });
	return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const readJson = (dir: string, file: string): Record<string, unknown> => JSON.parse(readFileSync(join(dir, file), 'utf8')) as Record<string, unknown>;

afterEach(() => {
	for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('version-bump.mjs (the npm version script)', () => {
	it('gives manifest.json the new version and maps it to minAppVersion in versions.json, keeping the older entries', () => {
		const dir = copyOfRelease();
		const manifestBefore = readJson(dir, 'manifest.json');
		const versionsBefore = readJson(dir, 'versions.json');

		const result = bump(dir, '9.8.7');

		expect(result.stderr).toBe('');
		expect(result.code).toBe(0);
		const manifest = readJson(dir, 'manifest.json');
		expect(manifest).toEqual({ ...manifestBefore, version: '9.8.7' });
		expect(readJson(dir, 'versions.json')).toEqual({ ...versionsBefore, '9.8.7': manifestBefore.minAppVersion });
		expect(result.stdout).toContain('9.8.7');
	});

	it('writes the files as they are checked in: tabs and a final newline', () => {
		const dir = copyOfRelease();
		bump(dir, '9.8.7');
		for (const file of ['manifest.json', 'versions.json']) {
			const text = readFileSync(join(dir, file), 'utf8');
			expect(text.endsWith('}\n')).toBe(true);
			expect(text).toMatch(/^\t"/m);
		}
	});

	it('takes the version as an argument when run by hand', () => {
		const dir = copyOfRelease();
		expect(bump(dir, undefined, ['1.2.3']).code).toBe(0);
		expect(readJson(dir, 'manifest.json').version).toBe('1.2.3');
	});

	it('refuses a missing or malformed version and leaves the files alone', () => {
		const dir = copyOfRelease();
		const before = ['manifest.json', 'versions.json'].map((file) => readFileSync(join(dir, file), 'utf8'));
		for (const version of [undefined, 'v1.2.3', '1.2', 'patch']) {
			const result = bump(dir, version);
			expect(result.code).toBe(2);
			expect(result.stderr).toMatch(/need a version like 1\.2\.3/);
		}
		expect(['manifest.json', 'versions.json'].map((file) => readFileSync(join(dir, file), 'utf8'))).toEqual(before);
	});
});

describe('the npm version setup', () => {
	it('runs version-bump.mjs from the version script and tags without a "v" (Obsidian looks for the bare version)', () => {
		const pkg = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
		expect(pkg.scripts.version).toContain('node version-bump.mjs');
		expect(pkg.scripts.version).toContain('git add manifest.json versions.json');
		expect(readFileSync(join(REPO_ROOT, '.npmrc'), 'utf8')).toMatch(/^tag-version-prefix=""$/m);
	});
});
