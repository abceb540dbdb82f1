/**
 * The floor the command line is measured against: the least any reader of the vault must do.
 * Walk the folder (skipping dot-folders, as Obsidian does), read every `.md` file and parse
 * its frontmatter with gray-matter, cache off (`matter(text, {})`). Nothing else.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import matter from 'gray-matter';

export interface FloorResult {
	files: number;
	/** Notes whose frontmatter parsed to an object, so the work cannot be optimised away. */
	withFrontmatter: number;
}

export function readFloor(root: string): FloorResult {
	const result: FloorResult = { files: 0, withFrontmatter: 0 };
	walk(root, result);
	return result;
}

function walk(dir: string, result: FloorResult): void {
	for (const entry of readdirSync(dir, { withFileTypes: true })) {
		if (entry.name.startsWith('.')) continue;
		const path = join(dir, entry.name);
		if (entry.isDirectory()) walk(path, result);
		else if (entry.isFile() && entry.name.endsWith('.md')) {
			const data: unknown = matter(readFileSync(path, 'utf8'), {}).data;
			result.files++;
			if (typeof data === 'object' && data !== null && Object.keys(data).length > 0) result.withFrontmatter++;
		}
	}
}
