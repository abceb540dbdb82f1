import type { Writable } from 'node:stream';
import { describeFsError } from './fs-errors';

/** What runCli writes through: the process's standard output and error. */
export interface ProcessOutput {
	stdout: (text: string) => void;
	stderr: (text: string) => void;
}

/** The part of `process` the output needs (tests need not fake more). */
export interface OutputProcess {
	stdout: Writable;
	stderr: Writable;
	exitCode?: number | string | undefined;
	exit: (code?: number) => never;
}

/**
 * Standard output and error that fail the way a command-line tool should, never with a Node
 * stack trace. Node reports a failed write as an `error` event on the stream, which nothing
 * handled, so it crashed:
 * - the reader went away (`report | head -c 10`: EPIPE): nothing is wrong, nobody is listening;
 *   exit at once, quietly, with the exit code the run already had;
 * - anything else (`> /dev/full`: ENOSPC): one line on stderr, exit code 1 (or the run's own,
 *   if it already failed);
 * - stderr itself failing: there is nowhere to say so; exit non-zero.
 */
export function processOutput(proc: OutputProcess = process): ProcessOutput {
	let failed = false;
	const failedCode = (): number => {
		const code = Number(proc.exitCode ?? 0);
		return Number.isInteger(code) && code !== 0 ? code : 1;
	};
	proc.stdout.on('error', (error: Error & { code?: string }) => {
		if (failed) return;
		failed = true;
		if (error.code === 'EPIPE') proc.exit();
		try {
			proc.stderr.write(`mentor-rally: cannot write the report: ${describeFsError(error)}\n`);
		} catch {
			// stderr is gone too: the exit code says it.
		}
		proc.exit(failedCode());
	});
	proc.stderr.on('error', () => {
		if (failed) return;
		failed = true;
		proc.exit(failedCode());
	});
	return {
		stdout: (text) => {
			if (!failed) proc.stdout.write(text);
		},
		stderr: (text) => {
			if (!failed) proc.stderr.write(text);
		},
	};
}
