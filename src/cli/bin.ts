import { resolve } from 'node:path';
import { packageRoot, runCli } from './main';
import { processOutput } from './output';

// The executable: real process I/O around runCli, which tests drive directly.
const output = processOutput();
const code = runCli(process.argv.slice(2), {
	stdout: output.stdout,
	stderr: output.stderr,
	isTty: Boolean(process.stdout.isTTY),
	env: process.env,
	now: () => new Date(),
	exampleVault: resolve(packageRoot(import.meta.url), 'examples/vault'),
});
process.exitCode = code;
