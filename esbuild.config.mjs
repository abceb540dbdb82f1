// Builds the Obsidian plugin (main.js) and the command-line twin (dist/cli.js).
// `node esbuild.config.mjs` builds once; `--watch` rebuilds the plugin on change.
import { readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import esbuild from 'esbuild';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));
const watch = process.argv.includes('--watch');

/** @type {import('esbuild').BuildOptions} */
const plugin = {
	entryPoints: ['src/main.ts'],
	outfile: 'main.js',
	bundle: true,
	format: 'cjs',
	// 'browser' makes any Node built-in a build error: the plugin must run on mobile.
	platform: 'browser',
	target: 'es2020',
	minify: !watch,
	sourcemap: watch ? 'inline' : false,
	treeShaking: true,
	legalComments: 'none',
	logLevel: 'warning',
	external: ['obsidian', 'electron', '@codemirror/*', '@lezer/*'],
	define: { MENTOR_RALLY_VERSION: JSON.stringify(pkg.version) },
};

/** @type {import('esbuild').BuildOptions} */
const cli = {
	entryPoints: ['src/cli/bin.ts'],
	outfile: 'dist/cli.js',
	bundle: true,
	format: 'esm',
	platform: 'node',
	target: 'node18',
	// Dependencies are bundled in: loading chrono-node's 267 modules from node_modules cost
	// more start-up time than reading a small vault. gray-matter is CommonJS and requires
	// Node built-ins, which an ES module can only do through createRequire.
	external: builtinModules,
	banner: { js: "#!/usr/bin/env node\nimport { createRequire as __mentorRallyRequire } from 'node:module';\nconst require = __mentorRallyRequire(import.meta.url);" },
	legalComments: 'none',
	logLevel: 'warning',
	define: { MENTOR_RALLY_VERSION: JSON.stringify(pkg.version) },
};

if (watch) {
	const context = await esbuild.context(plugin);
	await context.watch();
} else {
	await Promise.all([esbuild.build(plugin), esbuild.build(cli)]);
}
