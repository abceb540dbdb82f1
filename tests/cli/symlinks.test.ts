import { execFileSync } from 'node:child_process';
import { mkdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main';
import type { ReportJson } from '../../src/core/report';
import { fakeIo } from '../helpers/cli';
import { removeTempVaults, tempVault } from '../helpers/temp-vault';

/*
 * Links in a vault, read as Obsidian reads them (help: "Symbolic links and junctions"): a link
 * to a folder outside the vault is part of the vault; a link into the vault, to a folder that
 * holds the vault, or to a folder another link already brought in is ignored (no note twice, no
 * loop). Before, every link was passed over in silence: a linked `.obsidian` lost the settings, a
 * linked Mentors folder lost the mentors, and the report said every note was read.
 */

afterAll(removeTempVaults);

const mentor = (role: string) => `---\ntype: mentor\nrole: ${role}\n---\n- [ ] Send the abstract by Friday\n`;

function report(vault: string): { code: number; json: ReportJson; stderr: string } {
	const out = fakeIo();
	const code = runCli(['report', '--vault', vault, '--today', '2026-11-24', '--json'], out.io);
	return { code, json: JSON.parse(out.stdout()) as ReportJson, stderr: out.stderr() };
}

function link(vault: string, path: string, target: string): void {
	mkdirSync(join(vault, path, '..'), { recursive: true });
	symlinkSync(target, join(vault, path));
}

describe('links in a vault', () => {
	it("a linked .obsidian folder (shared between vaults) still gives the plugin's settings", () => {
		const shared = tempVault({ 'plugins/mentor-rally/data.json': JSON.stringify({ settings: { mentorsFolder: 'People' } }) });
		const vault = tempVault({ 'People/Dr. Tan.md': '# Dr. Tan\n' });
		link(vault, '.obsidian', shared);
		const { code, json } = report(vault);
		expect(code).toBe(0);
		expect(json.mentors.map((m) => m.name)).toEqual(['Dr. Tan']);
	});

	it("a linked notes folder outside the vault is read, its notes under the link's path", () => {
		const outside = tempVault({ 'Dr. Lee.md': mentor('research'), 'Deeper/Dr. Park.md': mentor('support') });
		const vault = tempVault({ 'Home.md': '# Home\n' });
		link(vault, 'Mentors', outside);
		link(vault, 'Notes/Linked note.md', join(outside, 'Dr. Lee.md'));
		const { code, json } = report(vault);
		expect(code).toBe(0);
		expect(json.mentors.map((m) => m.path).sort()).toEqual(['Mentors/Deeper/Dr. Park.md', 'Mentors/Dr. Lee.md', 'Notes/Linked note.md']);
		expect(json.problems).toEqual([]);
	});

	it('links Obsidian ignores are named under problems, never passed over in silence; nothing loops', () => {
		const outside = tempVault({ 'Dr. Okafor.md': mentor('sponsor') });
		const vault = tempVault({ 'Mentors/Dr. Lee.md': mentor('research') });
		link(vault, 'Alias of Mentors', join(vault, 'Mentors'));
		link(vault, 'Mentors/Loop', vault);
		link(vault, 'Up', join(vault, '..'));
		link(vault, 'Gone', '/nonexistent/mentor-rally-folder');
		link(vault, 'Shared', outside);
		link(vault, 'Shared again', outside);
		link(outside, 'Back home', vault);
		const { code, json, stderr } = report(vault);
		expect([code, stderr]).toEqual([0, '']);
		// Each note once, under the first path that brought it in.
		expect(json.mentors.map((m) => m.path).sort()).toEqual(['Mentors/Dr. Lee.md', 'Shared/Dr. Okafor.md']);
		expect(json.problems.map((p) => [p.path, p.message.replace(/ \(.*\)$/, '')]).sort()).toEqual([
			['Alias of Mentors', 'skipped: a link to a folder inside the vault'],
			['Gone', 'skipped: a link to something that does not exist'],
			['Mentors/Loop', 'skipped: a link to a folder that holds the vault'],
			['Shared again', 'skipped: a link to a folder that another link already brings into the vault'],
			['Shared/Back home', 'skipped: a link to a folder that holds the vault'],
			['Up', 'skipped: a link to a folder that holds the vault'],
		]);
	});

	it('a FIFO named like a note is named, not read (reading would wait forever)', () => {
		const vault = tempVault({ 'Mentors/Dr. Lee.md': mentor('research') });
		execFileSync('mkfifo', [join(vault, 'Mentors', 'Pipe.md')]);
		const { json } = report(vault);
		expect(json.problems).toEqual([{ path: 'Mentors/Pipe.md', message: 'skipped: not a regular file (a pipe, socket or device is never read)' }]);
	});

	it('the text report lists what was skipped instead of saying every note was read', () => {
		const vault = tempVault({ 'Mentors/Dr. Lee.md': mentor('research') });
		link(vault, 'Alias', join(vault, 'Mentors'));
		const out = fakeIo();
		runCli(['report', '--vault', vault, '--today', '2026-11-24', '--no-color'], out.io);
		expect(out.stdout()).toContain('Problems (1)\n  Alias: skipped: a link to a folder inside the vault');
		expect(out.stdout()).not.toContain('every note was read');
	});
});
