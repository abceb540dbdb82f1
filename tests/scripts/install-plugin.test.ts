import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../helpers/cli';

/*
 * scripts/install-plugin.mjs, run as `npm run install-plugin -- <vault>` runs it, from a
 * temporary copy of the repository's release files (so no build is needed and the real
 * main.js is never touched) into a temporary vault.
 */
const made: string[] = [];

function tempDir(prefix: string): string {
	const dir = mkdtempSync(join(tmpdir(), prefix));
	made.push(dir);
	return dir;
}

/** A repository with the script, a manifest and stand-ins for the built files. */
function fakeRepo(files: Record<string, string> = { 'main.js': '// built plugin\n', 'styles.css': '.mentor-rally {}\n' }): string {
	const repo = tempDir('mentor-rally-repo-');
	mkdirSync(join(repo, 'scripts'));
	copyFileSync(join(REPO_ROOT, 'scripts', 'install-plugin.mjs'), join(repo, 'scripts', 'install-plugin.mjs'));
	copyFileSync(join(REPO_ROOT, 'manifest.json'), join(repo, 'manifest.json'));
	for (const [name, text] of Object.entries(files)) writeFileSync(join(repo, name), text);
	return repo;
}

/** As npm runs it: in the package folder, with the folder the user typed the command in as INIT_CWD. */
function install(repo: string, args: string[], userCwd = tmpdir()) {
	const env = { ...process.env, INIT_CWD: userCwd };
	const result = spawnSync(process.execPath, [join(repo, 'scripts', 'install-plugin.mjs'), ...args], { cwd: repo, encoding: 'utf8', env, timeout: 30_000 });
	return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const PLUGIN_ID = (JSON.parse(readFileSync(join(REPO_ROOT, 'manifest.json'), 'utf8')) as { id: string }).id;

afterEach(() => {
	for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('npm run install-plugin -- <vault>', () => {
	it("copies main.js, manifest.json and styles.css into the vault's plugin folder and says where", () => {
		const repo = fakeRepo();
		const vault = tempDir('mentor-rally-vault-');
		mkdirSync(join(vault, '.obsidian'));

		const result = install(repo, [vault]);

		expect(result.stderr).toBe('');
		expect(result.code).toBe(0);
		const target = join(vault, '.obsidian', 'plugins', PLUGIN_ID);
		for (const file of ['main.js', 'manifest.json', 'styles.css']) {
			expect(readFileSync(join(target, file), 'utf8')).toBe(readFileSync(join(repo, file), 'utf8'));
			expect(result.stdout).toContain(`copied ${file}`);
		}
		expect(result.stdout).toContain(target);
		expect(result.stdout).not.toContain('had no Obsidian configuration folder');
	});

	it("replaces an older build and keeps the plugin's settings (data.json)", () => {
		const repo = fakeRepo();
		const vault = tempDir('mentor-rally-vault-');
		const target = join(vault, '.obsidian', 'plugins', PLUGIN_ID);
		mkdirSync(target, { recursive: true });
		writeFileSync(join(target, 'main.js'), '// old build\n');
		writeFileSync(join(target, 'data.json'), '{"defaultCadence":"weekly"}\n');

		expect(install(repo, [vault]).code).toBe(0);

		expect(readFileSync(join(target, 'main.js'), 'utf8')).toBe('// built plugin\n');
		expect(readFileSync(join(target, 'data.json'), 'utf8')).toBe('{"defaultCadence":"weekly"}\n');
	});

	it('finds a renamed configuration folder by the files Obsidian keeps in it', () => {
		const vault = tempDir('mentor-rally-vault-');
		mkdirSync(join(vault, '.git'));
		mkdirSync(join(vault, '.config-obsidian'));
		writeFileSync(join(vault, '.config-obsidian', 'app.json'), '{}\n');

		const result = install(fakeRepo(), [vault]);

		expect(result.code).toBe(0);
		expect(existsSync(join(vault, '.config-obsidian', 'plugins', PLUGIN_ID, 'main.js'))).toBe(true);
		expect(existsSync(join(vault, '.obsidian'))).toBe(false);
		expect(existsSync(join(vault, '.git', 'plugins'))).toBe(false);
	});

	it('says so when the folder had no configuration folder yet, and makes .obsidian', () => {
		const vault = tempDir('mentor-rally-vault-');
		const result = install(fakeRepo(), [vault]);
		expect(result.code).toBe(0);
		expect(result.stdout).toContain('had no Obsidian configuration folder');
		expect(existsSync(join(vault, '.obsidian', 'plugins', PLUGIN_ID, 'main.js'))).toBe(true);
	});

	it('refuses a path that is a file, not a folder, and one that does not exist', () => {
		const repo = fakeRepo();
		const file = join(tempDir('mentor-rally-vault-'), 'note.md');
		writeFileSync(file, '# not a vault\n');

		const onFile = install(repo, [file]);
		expect(onFile.code).toBe(1);
		expect(onFile.stderr).toContain('is not a folder');
		expect(existsSync(join(file, '.obsidian'))).toBe(false);

		const nowhere = install(repo, [join(tmpdir(), 'mentor-rally-no-such-vault-xyz')]);
		expect(nowhere.code).toBe(1);
		expect(nowhere.stderr).toContain('does not exist');
	});

	it('asks for a build first when main.js is missing, and copies nothing', () => {
		const repo = fakeRepo({ 'styles.css': '.mentor-rally {}\n' });
		const vault = tempDir('mentor-rally-vault-');
		const result = install(repo, [vault]);
		expect(result.code).toBe(1);
		expect(result.stderr).toContain('npm run build');
		expect(existsSync(join(vault, '.obsidian'))).toBe(false);
	});

	it('reads a relative vault path from the folder npm was run in, not the package folder', () => {
		const home = tempDir('mentor-rally-home-');
		mkdirSync(join(home, 'My vault', '.obsidian'), { recursive: true });

		const result = install(fakeRepo(), ['My vault'], home);

		expect(result.code).toBe(0);
		expect(existsSync(join(home, 'My vault', '.obsidian', 'plugins', PLUGIN_ID, 'manifest.json'))).toBe(true);
	});

	it('prints its usage without a vault', () => {
		const result = install(fakeRepo(), []);
		expect(result.code).toBe(2);
		expect(result.stderr).toContain('usage: npm run install-plugin -- <path to your vault>');
	});
});
