import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// `obsidian` ships types only: every project runs the plugin against the one fake,
// tests/fakes/obsidian.ts (obsidian-test-mocks with the fidelity fixes applied).
const obsidianFake = fileURLToPath(new URL('./tests/fakes/obsidian.ts', import.meta.url));

// Test files run one after another in a worker that keeps its loaded modules (no isolation):
// a fresh module graph per file made start-up three quarters of the unit and plugin passes.
// What one file could leave behind for the next is undone after every test: stubbed globals
// and environment variables here, notices in tests/fakes/setup.ts; no test replaces a module
// with vi.mock, whose stand-in would outlive its file (tests/scripts/test-conventions.test.ts).
// The time limit guards against a hang, not for speed (speed is measured in bench/): these
// passes run at a low priority beside Chromium (scripts/test.mjs), and a test that starts the
// command line as a process can wait seconds for a core on a busy machine.
const SHARED_WORKERS = { isolate: false, unstubGlobals: true, unstubEnvs: true, testTimeout: 30_000 } as const;

export default defineConfig({
	resolve: { alias: { obsidian: obsidianFake } },
	test: {
		projects: [
			{
				extends: true,
				test: {
					name: 'unit',
					environment: 'node',
					include: ['tests/core/**/*.test.ts', 'tests/cli/**/*.test.ts', 'tests/scripts/**/*.test.ts', 'tests/robustness/**/*.test.ts'],
					exclude: ['tests/robustness/at-scale/**'],
					setupFiles: ['tests/helpers/fast-check-seed.ts'],
					...SHARED_WORKERS,
				},
			},
			{
				extends: true,
				test: {
					// Hostile input at a size that once hung: slow by design, and the same in every
					// time zone, so `npm test` runs it once.
					name: 'scale',
					environment: 'node',
					include: ['tests/robustness/at-scale/**/*.test.ts'],
					testTimeout: 180_000,
				},
			},
			{
				extends: true,
				test: {
					name: 'obsidian',
					environment: 'happy-dom',
					include: ['tests/obsidian/**/*.test.ts'],
					setupFiles: ['tests/helpers/fast-check-seed.ts', 'tests/fakes/setup.ts'],
					...SHARED_WORKERS,
				},
			},
			{
				extends: true,
				test: {
					name: 'browser',
					environment: 'node',
					include: ['tests/browser/**/*.test.ts'],
					globalSetup: ['tests/browser/shared-chromium.ts'],
					testTimeout: 60_000,
					hookTimeout: 120_000,
					// One retry, reported as such: once in about ten full runs on a loaded machine one
					// flow test hung until its time limit (2 Dec, add-item at 1200 px dark; every
					// other test took 1–2 s). Not reproduced yet; a test that fails twice still fails.
					retry: 1,
					// One test file at a time: Chromium's processes already share two cores with the
					// Node passes (scripts/test.mjs), and two files at once made `npm test` slower.
					fileParallelism: false,
				},
			},
		],
	},
});
