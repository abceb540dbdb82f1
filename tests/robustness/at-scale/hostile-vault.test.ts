import { execFileSync } from 'node:child_process';
import { symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../../../src/cli/main';
import { fakeIo } from '../../helpers/cli';
import { removeTempVaults, tempVault } from '../../helpers/temp-vault';
import { HOSTILE_LINES } from '../../fixtures/hostile-lines';

/*
 * One vault holding every attack family issue 7 listed, each at a size that hung or crashed
 * before: alias bombs nine levels deep, megabyte lines, 100k blank lines in broken
 * frontmatter, 150k problems in one note, 125k items, words named like Object members,
 * impossible dates and cadences. The command line reads it all (the same core the plugin
 * uses); the report completes, every hostile note is named, and the ordinary mentor beside
 * them is reported as usual. A behaviour test: it asserts what the report says, not how fast.
 */

/** "Billion laughs": nine levels, each repeating the one below nine times (9^9 leaves). */
function aliasBomb(property: string): string {
	const lines = ['a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]'];
	for (let i = 1; i < 9; i++) {
		const name = String.fromCharCode(97 + i);
		lines.push(
			`${name}: &${name} [${Array<string>(9)
				.fill(`*${String.fromCharCode(96 + i)}`)
				.join(', ')}]`,
		);
	}
	return ['---', property === 'type' ? 'tags: [mentor]' : 'type: mentor', ...lines, `${property}: *i`, '---', '- [ ] Still read by Friday', ''].join('\n');
}

const ORDINARY = ['---', 'type: mentor', 'role: research', 'last_contact: 2026-11-20', '---', '- [ ] Send Dr. Ordinary the abstract by Friday', ''].join('\n');

function hostileFiles(): Record<string, string> {
	const files: Record<string, string> = { 'Mentors/Dr. Ordinary.md': ORDINARY };
	for (const property of ['role', 'tags', 'type', 'mentor']) files[`Mentors/Bomb in ${property}.md`] = aliasBomb(property);
	files['Mentors/Long lines.md'] = ['---', 'type: mentor', '---', ...HOSTILE_LINES.map((h) => `- [ ] ${h.line}`), ''].join('\n');
	files['Mentors/Blank frontmatter.md'] = `---\ntype: mentor\n${'\n'.repeat(100_000)}role: [research\n---\n- [ ] Read anyway\n`;
	files['Mentors/Many problems.md'] = ['---', 'type: mentor', '---', ...Array.from({ length: 150_000 }, (_, i) => `- [ ] Task ${i} 📅 2026-02-30`), ''].join('\n');
	files['Mentors/Many items.md'] = ['---', 'type: mentor', '---', ...Array.from({ length: 125_000 }, (_, i) => `- [ ] Item ${i} by Friday`), ''].join('\n');
	files['Mentors/constructor.md'] = ['---', 'type: mentor', 'role: constructor', 'status: __proto__', 'cadence: toString', '---', '- [ ] constructor: hasOwnProperty #valueOf', ''].join('\n');
	files['Mentors/Far future.md'] = ['---', 'type: [mentor, {x: 1}]', 'cadence: every -2 weeks', 'last_contact: 10000-01-01', '---', ''].join('\n');
	// Terminal injection: escape sequences in a file name and an item, a bidi override in a role.
	files['Mentors/Dr. \u001b]0;pwned\u0007Title.md'] = ['---', 'type: mentor', 'role: "sup\u202eport"', '---', '- [ ] Clear \u001b[2Jthe screen by Friday', ''].join('\n');
	return files;
}

afterAll(removeTempVaults);

describe('a vault of every attack at once', () => {
	const vault = tempVault(hostileFiles());
	// A link back to the vault (a loop) and a FIFO named like a note (a read that never ends).
	symlinkSync(vault, join(vault, 'Mentors', 'Loop'));
	execFileSync('mkfifo', [join(vault, 'Mentors', 'Pipe.md')]);

	it('reports it completely, naming every hostile note', () => {
		const out = fakeIo();
		const code = runCli(['report', '--vault', vault, '--today', '2026-12-01', '--json'], out.io);
		expect(out.stderr()).toBe('');
		expect(code).toBe(0);
		const report = JSON.parse(out.stdout()) as { mentors: { name: string }[]; problems: { path: string; message: string }[] };
		const problemPaths = new Set(report.problems.map((p) => p.path));
		for (const property of ['role', 'tags', 'type', 'mentor']) expect(problemPaths, property).toContain(`Mentors/Bomb in ${property}.md`);
		for (const path of ['Mentors/Blank frontmatter.md', 'Mentors/Many problems.md', 'Mentors/constructor.md', 'Mentors/Far future.md']) expect(problemPaths).toContain(path);
		expect(report.problems.filter((p) => p.path === 'Mentors/Many problems.md')).toHaveLength(150_000);
		const farFuture = report.problems.filter((p) => p.path === 'Mentors/Far future.md').map((p) => p.message);
		expect(farFuture).toEqual(expect.arrayContaining([expect.stringMatching(/^type .* not a word/), expect.stringMatching(/negative/), expect.stringMatching(/10000-01-01/)]));
		expect(report.problems.filter((p) => p.path === 'Mentors/Loop' || p.path === 'Mentors/Pipe.md').map((p) => p.message)).toEqual([
			expect.stringMatching(/^skipped: a link to a folder that holds the vault/),
			expect.stringMatching(/^skipped: not a regular file/),
		]);
		// Every mentor note is on the team, the ordinary one among them.
		expect(report.mentors.map((m) => m.name).sort()).toEqual(
			Object.keys(hostileFiles())
				.map((p) => p.slice('Mentors/'.length, -3))
				.sort(),
		);
	});

	it('prints the text report with 125k items and the ordinary mentor in it', () => {
		const out = fakeIo();
		expect(runCli(['report', '--vault', vault, '--today', '2026-12-01'], out.io)).toBe(0);
		const text = out.stdout();
		expect(text).toContain('Send Dr. Ordinary the abstract');
		expect(text).toContain('Item 124999');
		expect(text).not.toMatch(/function |\[object /);
		expect(text).toContain('Clear \\x1b[2Jthe screen');
		expect(text.replace(/\n/g, '')).not.toMatch(/[\p{Cc}\u202e]/u);
	});
});
