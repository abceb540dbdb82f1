import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

// The unit and plugin passes share one module graph per worker across test files
// (vitest.config.ts: no isolation). A module replaced with vi.mock in one file would stay
// replaced for the files after it, so tests reach what they need through the fakes instead
// (tests/fakes/notices.ts records every Notice; services take their clock and notify).
const root = join(__dirname, '..', '..');
const SHARED = ['tests/core', 'tests/cli', 'tests/obsidian', 'tests/robustness', 'tests/scripts', 'tests/fakes', 'tests/helpers'];

function testSources(dir: string): string[] {
	const found: string[] = [];
	for (const entry of readdirSync(dir, { withFileTypes: true })) {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) for (const file of testSources(path)) found.push(file);
		else if (entry.name.endsWith('.ts')) found.push(path);
	}
	return found;
}

describe('test conventions', () => {
	it('replaces no module with vi.mock where test files share their modules', () => {
		const files = SHARED.flatMap((dir) => testSources(join(root, dir)));
		expect(files.length).toBeGreaterThan(100);
		// Spelled in two pieces so that this file does not find itself.
		const call = ['vi', '.mock('].join('');
		const mocking = files.filter((path) => readFileSync(path, 'utf8').includes(call)).map((path) => relative(root, path));
		expect(mocking).toEqual([]);
	});
});
