import { fileURLToPath } from 'node:url';
import type { CliIo } from '../../src/cli/main';

export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** A folder under tests/fixtures/vaults. */
export function fixtureVault(name: string): string {
	return fileURLToPath(new URL(`../fixtures/vaults/${name}`, import.meta.url));
}

export interface FakeIo {
	io: CliIo;
	stdout: () => string;
	stderr: () => string;
}

/** Captures what the command line prints; not a terminal unless asked. */
export function fakeIo(options: Partial<CliIo> = {}): FakeIo {
	let out = '';
	let err = '';
	const io: CliIo = {
		stdout: (text) => void (out += text),
		stderr: (text) => void (err += text),
		isTty: false,
		env: {},
		now: () => new Date(2026, 10, 24, 9, 30),
		exampleVault: fileURLToPath(new URL('../../examples/vault', import.meta.url)),
		...options,
	};
	return { io, stdout: () => out, stderr: () => err };
}
