import { resolve } from 'node:path';
import { packageRoot, runCli } from './main';

// The executable: real process I/O around runCli, which tests drive directly.
const code = runCli(process.argv.slice(2), {
	stdout: (text) => process.stdout.write(text),
	stderr: (text) => process.stderr.write(text),
	isTty: Boolean(process.stdout.isTTY),
	env: process.env,
	now: () => new Date(),
	exampleVault: resolve(packageRoot(import.meta.url), 'examples/vault'),
});
process.exitCode = code;
