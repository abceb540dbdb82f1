import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// `obsidian` ships types only: every project runs the plugin against the one fake,
// tests/fakes/obsidian.ts (obsidian-test-mocks with the fidelity fixes applied).
const obsidianFake = fileURLToPath(new URL('./tests/fakes/obsidian.ts', import.meta.url));

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
				},
			},
			{
				extends: true,
				test: {
					name: 'browser',
					environment: 'node',
					include: ['tests/browser/**/*.test.ts'],
					testTimeout: 60_000,
					hookTimeout: 120_000,
					// One Chromium at a time: the machine has two cores.
					fileParallelism: false,
				},
			},
		],
	},
});
