import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as obsidian from 'obsidian';
import { describe, expect, it } from 'vitest';
import * as fake from '../fakes/obsidian';

/** Issue 11: one Obsidian fake, the same in every run, with every fidelity fix applied. */

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

function sourceFiles(dir: string): string[] {
	return readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) return entry.name === 'out' || entry.name === 'node_modules' ? [] : sourceFiles(path);
		return /\.(?:ts|mts|mjs)$/.test(entry.name) ? [path] : [];
	});
}

describe('the Obsidian fake', () => {
	it('is what `obsidian` stands for, with the fixes in', () => {
		expect(obsidian.Vault).toBe(fake.Vault);
		expect(obsidian.MetadataCache).toBe(fake.MetadataCache);
		expect((fake.MetadataCache.prototype as unknown as { resolved: unknown }).resolved).toBe(true);
	});

	it("gives every app Obsidian's plugin manager, with no other plugin loaded (reading it no longer throws)", () => {
		const app = fake.App.createConfigured__({}) as unknown as { plugins: { plugins: Record<string, unknown>; enabledPlugins: Set<string> } };
		expect(app.plugins.plugins).toEqual({});
		expect(app.plugins.enabledPlugins.size).toBe(0);
	});

	it('is the only way tests and the benchmark reach obsidian-test-mocks', () => {
		const direct = [...sourceFiles('tests'), ...sourceFiles('bench'), 'vitest.config.ts']
			.filter((path) => /['"]obsidian-test-mocks\/obsidian['"]|obsidian-test-mocks\/dist\/lib\/esm\/obsidian\//.test(readFileSync(join(ROOT, path), 'utf8')))
			.map((path) => relative(ROOT, join(ROOT, path)).split('\\').join('/'))
			.sort();
		// The fake itself and the fixes it applies; everything else imports `obsidian` or tests/fakes/obsidian.ts.
		expect(direct).toEqual(['tests/fakes/fidelity.ts', 'tests/fakes/notices.ts', 'tests/fakes/obsidian.ts']);
	});
});
