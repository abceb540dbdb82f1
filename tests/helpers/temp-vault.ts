import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

const made: string[] = [];

/**
 * A throw-away vault folder with these files (paths relative to the vault, with `/`),
 * for cases a checked-in fixture cannot hold: line endings, broken settings, odd folders.
 */
export function tempVault(files: Record<string, string | Buffer>): string {
	const root = mkdtempSync(join(tmpdir(), 'mentor-rally-test-'));
	made.push(root);
	for (const [path, content] of Object.entries(files)) {
		const full = join(root, ...path.split('/'));
		mkdirSync(dirname(full), { recursive: true });
		writeFileSync(full, content);
	}
	return root;
}

/** Removes every vault tempVault made (call from afterAll). */
export function removeTempVaults(): void {
	for (const root of made.splice(0)) rmSync(root, { recursive: true, force: true });
}
