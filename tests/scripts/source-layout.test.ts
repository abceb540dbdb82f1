import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

// A newcomer reads a file in one sitting: past 300 lines a file is doing more than one
// job and is split before it grows further (issue 11).
const LIMIT = 300;
const root = join(__dirname, '..', '..');

function sourceFiles(dir: string): string[] {
	const found: string[] = [];
	for (const entry of readdirSync(dir, { withFileTypes: true })) {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) for (const file of sourceFiles(path)) found.push(file);
		else if (entry.name.endsWith('.ts')) found.push(path);
	}
	return found;
}

describe('source layout', () => {
	it(`keeps every source file within ${LIMIT} lines`, () => {
		const files = sourceFiles(join(root, 'src'));
		expect(files.length).toBeGreaterThan(50);
		const long = files
			.map((path) => ({ path: relative(root, path), lines: readFileSync(path, 'utf8').split('\n').length }))
			.filter((file) => file.lines > LIMIT)
			.map((file) => `${file.path}: ${file.lines} lines`);
		expect(long).toEqual([]);
	});
});
