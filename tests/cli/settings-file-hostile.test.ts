import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main';
import { fakeIo } from '../helpers/cli';
import { removeTempVaults, tempVault } from '../helpers/temp-vault';

/*
 * The plugin's data.json is read from a regular file of sane size only. Anything else by that
 * name (a FIFO that would block forever, a link to /dev/zero that never ends, a folder, a huge
 * or unreadable file, text that is not a JSON object) stops the report with ONE line on stderr
 * naming the file and why, and exit code 1: never a hang, never silent defaults.
 */

afterAll(removeTempVaults);

const DATA = '.obsidian/plugins/mentor-rally/data.json';

function vaultWith(make: (dataPath: string) => void): string {
	const vault = tempVault({ 'Mentors/Dr. Lee.md': '---\ntype: mentor\nrole: research\n---\n' });
	const dataPath = join(vault, ...DATA.split('/'));
	mkdirSync(join(dataPath, '..'), { recursive: true });
	make(dataPath);
	return vault;
}

function expectRefused(vault: string, reason: RegExp): void {
	const out = fakeIo();
	const code = runCli(['report', '--vault', vault, '--today', '2026-11-24'], out.io);
	expect(out.stdout()).toBe('');
	expect(out.stderr().endsWith('\n')).toBe(true);
	const lines = out.stderr().trimEnd().split('\n');
	expect(lines).toHaveLength(1);
	expect(lines[0]).toContain(`mentor-rally: cannot use the settings in ${join(vault, ...DATA.split('/'))}: `);
	expect(lines[0]).toMatch(reason);
	expect(code).toBe(1);
}

describe('a data.json that is not a regular file of sane size', () => {
	it('a FIFO: refused at once (reading it would wait forever for a writer)', () => {
		const vault = vaultWith((path) => execFileSync('mkfifo', [path]));
		expectRefused(vault, /it is a named pipe \(FIFO\), not a regular file$/);
	});

	it('a link to /dev/zero: refused (it never ends)', () => {
		const vault = vaultWith((path) => symlinkSync('/dev/zero', path));
		expectRefused(vault, /it is a device, not a regular file$/);
	});

	it('a folder', () => {
		const vault = vaultWith((path) => mkdirSync(path));
		expectRefused(vault, /it is a folder, not a regular file$/);
	});

	it('a file larger than 8 MB', () => {
		const vault = vaultWith((path) => writeFileSync(path, `{"settings": {}, "pad": "${'x'.repeat(9 * 1024 * 1024)}"}`));
		expectRefused(vault, /it is 9\.0 MB; settings are never larger than 8 MB$/);
	});

	it('a broken link', () => {
		const vault = vaultWith((path) => symlinkSync('/nonexistent/mentor-rally-data.json', path));
		expectRefused(vault, /it cannot be read: no such file or folder$/);
	});

	// Root reads any file whatever its mode, so the case only exists for other users.
	it.skipIf(process.getuid?.() === 0)('an unreadable file (chmod 000)', () => {
		const vault = vaultWith((path) => {
			writeFileSync(path, '{"settings": {}}');
			chmodSync(path, 0o000);
		});
		expectRefused(vault, /it cannot be read: permission denied$/);
	});

	it('text that is not JSON, or JSON that is not an object', () => {
		expectRefused(
			vaultWith((path) => writeFileSync(path, '{ "settings": ')),
			/it is not valid JSON \(.+\)$/,
		);
		expectRefused(
			vaultWith((path) => writeFileSync(path, '')),
			/it is not valid JSON \(.+\)$/,
		);
		expectRefused(
			vaultWith((path) => writeFileSync(path, '[1, 2]')),
			/it is valid JSON but not an object of settings$/,
		);
	});

	it('a regular file reached through a link is read as usual', () => {
		const elsewhere = tempVault({ 'shared.json': JSON.stringify({ settings: { mentorsFolder: 'People' } }) });
		const vault = vaultWith((path) => symlinkSync(join(elsewhere, 'shared.json'), path));
		writeFileSync(join(vault, 'Mentors', 'Dr. Lee.md'), '# no properties\n');
		mkdirSync(join(vault, 'People'));
		writeFileSync(join(vault, 'People', 'Dr. Tan.md'), '# Dr. Tan\n');
		const out = fakeIo();
		expect(runCli(['report', '--vault', vault, '--today', '2026-11-24', '--json'], out.io)).toBe(0);
		expect((JSON.parse(out.stdout()) as { mentors: { name: string }[] }).mentors.map((m) => m.name)).toEqual(['Dr. Tan']);
	});
});
