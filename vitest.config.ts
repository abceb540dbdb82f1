import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// `obsidian` ships types only; tests get our faithful fake of the parts we use instead.
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
					include: ['tests/core/**/*.test.ts', 'tests/cli/**/*.test.ts', 'tests/robustness/**/*.test.ts'],
				},
			},
			{
				extends: true,
				test: {
					name: 'plugin',
					environment: 'happy-dom',
					include: ['tests/plugin/**/*.test.ts'],
					setupFiles: ['tests/fakes/setup-dom.ts'],
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
