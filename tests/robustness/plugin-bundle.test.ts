import { execFileSync } from 'node:child_process';
import { builtinModules } from 'node:module';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

const root = resolve(__dirname, '../..');
let bundle = '';

beforeAll(() => {
	execFileSync(process.execPath, ['esbuild.config.mjs'], { cwd: root, stdio: 'pipe' });
	bundle = readFileSync(resolve(root, 'main.js'), 'utf8');
}, 60_000);

/** What the built plugin asks the host for: `require("x")` calls. */
function requires(code: string): string[] {
	return [...new Set([...code.matchAll(/require\(\s*["']([^"']+)["']\s*\)/g)].map((m) => m[1] ?? ''))];
}

describe('main.js, the plugin as users install it', () => {
	it('requires only what Obsidian provides: no Node built-in, so it runs on mobile', () => {
		expect(requires(bundle)).toEqual(['obsidian']);
		const builtins = new Set([...builtinModules, ...builtinModules.map((m) => `node:${m}`)]);
		expect(requires(bundle).filter((m) => builtins.has(m))).toEqual([]);
	});

	it("contains no gray-matter (it needs Node's Buffer; the plugin reads the metadata cache)", () => {
		expect(bundle).not.toMatch(/gray-matter|section-matter|js-yaml/);
		expect(bundle).not.toMatch(/\bBuffer\b/);
	});

	it('makes no network request', () => {
		for (const api of ['fetch(', 'requestUrl', 'request(', 'XMLHttpRequest', 'WebSocket', 'EventSource', 'sendBeacon']) {
			expect(bundle.includes(api), api).toBe(false);
		}
	});

	it('runs no code from strings and writes no HTML', () => {
		expect(bundle).not.toMatch(/\beval\s*\(|new Function\s*\(|\bFunction\s*\(\s*["'`]/);
		expect(bundle).not.toMatch(/innerHTML|outerHTML|insertAdjacentHTML|document\.write/);
	});

	it("leaves out chrono's debug lines (never shown: we do not turn its debug option on) but keeps our error reports", () => {
		expect(bundle).not.toMatch(/Removing unlikely result|Extracting timezone|adjusted .* weekday/);
		expect(bundle).toContain('console.error("Mentor Rally: could not save settings."');
	});

	it('is CommonJS that exports the plugin class', () => {
		expect(bundle).toMatch(/module\.exports\s*=|exports\.default\s*=/);
	});
});
