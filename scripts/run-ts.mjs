// Runs a TypeScript entry point (benchmarks, tools) by bundling it with esbuild first:
// `node scripts/run-ts.mjs bench/bench.ts --quick`.
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { basename } from 'node:path';
import esbuild from 'esbuild';
import { nodeScriptOptions } from '../esbuild.config.mjs';

const [entry, ...args] = process.argv.slice(2);
if (!entry) {
	console.error('usage: node scripts/run-ts.mjs FILE.ts [args…]');
	process.exit(2);
}
mkdirSync('bench/out', { recursive: true });
const outfile = `bench/out/${basename(entry, '.ts')}.mjs`;
await esbuild.build({ ...nodeScriptOptions, entryPoints: [entry], outfile });
const result = spawnSync(process.execPath, ['--expose-gc', outfile, ...args], { stdio: 'inherit' });
process.exit(result.status ?? 1);
