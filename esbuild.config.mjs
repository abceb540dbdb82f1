// Builds the Obsidian plugin (main.js) and the command-line twin (dist/cli.js).
// `node esbuild.config.mjs` builds once; `--watch` rebuilds the plugin on change.
// The option sets are exported, so tools (the benchmark, scripts/run-ts.mjs) build exactly
// what ships rather than a copy that drifts.
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { builtinModules } from 'node:module';
import { fileURLToPath } from 'node:url';
import esbuild from 'esbuild';

// Like the entry points below, relative to the folder builds run from (the repository root):
// the benchmark bundles this file, so its own location is not a guide.
const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const version = { MENTOR_RALLY_VERSION: JSON.stringify(pkg.version) };

/** The plugin, as users install it. @type {import('esbuild').BuildOptions} */
export const pluginOptions = {
	entryPoints: ['src/main.ts'],
	outfile: 'main.js',
	bundle: true,
	format: 'cjs',
	// 'browser' makes any Node built-in a build error: the plugin must run on mobile.
	platform: 'browser',
	target: 'es2020',
	// Class fields as written (Chrome 72, Safari 14.1), not rewritten into a helper call per
	// field: 1.2 KB less, with the same define semantics. Everything else stays es2020. This
	// asks no newer engine than main.js already needs: its regular expressions use lookbehind
	// (src/core/dates/rewrite-rules.ts), which Safari parses only from 16.4.
	supported: { 'class-field': true },
	minify: true,
	// chrono-node's debug lines (`context.debug(() => { console.log(...) })`, 16 of them) run
	// only with its `debug` option, which we never pass: 652 B. The plugin itself reports with
	// console.error, which stays.
	pure: ['console.log'],
	treeShaking: true,
	legalComments: 'none',
	logLevel: 'warning',
	external: ['obsidian', 'electron', '@codemirror/*', '@lezer/*'],
	define: version,
};

/** The command line, `dist/cli.js`. @type {import('esbuild').BuildOptions} */
export const cliOptions = {
	entryPoints: ['src/cli/bin.ts'],
	outfile: 'dist/cli.js',
	bundle: true,
	format: 'esm',
	platform: 'node',
	target: 'node18',
	// Dependencies are bundled in: loading chrono-node's 267 modules from node_modules cost
	// more start-up time than reading a small vault. Node built-ins stay imports.
	external: builtinModules,
	banner: { js: '#!/usr/bin/env node' },
	legalComments: 'none',
	logLevel: 'warning',
	define: version,
};

/** Node scripts of our own (benchmarks, tools): dependencies stay in node_modules. @type {import('esbuild').BuildOptions} */
export const nodeScriptOptions = {
	bundle: true,
	format: 'esm',
	platform: 'node',
	target: 'node18',
	packages: 'external',
	logLevel: 'warning',
	define: { MENTOR_RALLY_VERSION: '"bench"' },
};

/**
 * Builds, then puts each output in place whole: written beside it under a name of its own and
 * renamed over it. A process that runs dist/cli.js or loads main.js while another build runs
 * (the test passes run side by side, and two of them build) sees the old file or the new one,
 * never half of one.
 * @param {import('esbuild').BuildOptions} options
 */
async function buildWhole(options) {
	const result = await esbuild.build({ ...options, write: false });
	for (const file of result.outputFiles) {
		mkdirSync(dirname(file.path), { recursive: true });
		const temporary = `${file.path}.${process.pid}.tmp`;
		writeFileSync(temporary, file.contents);
		renameSync(temporary, file.path);
	}
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
	if (process.argv.includes('--watch')) {
		const context = await esbuild.context({ ...pluginOptions, minify: false, sourcemap: 'inline' });
		await context.watch();
	} else {
		await Promise.all([buildWhole(pluginOptions), buildWhole(cliOptions)]);
	}
}
