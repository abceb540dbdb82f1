/**
 * `npm run bench -- --before=REV`: an older commit measured in the same run as the working
 * tree, so "before" and "after" share the machine's load. This module prepares the older
 * tree once per run: a detached git worktree in the system's temp folder, reused while it
 * stays at the same commit, given this checkout's node_modules and built with its own
 * `node esbuild.config.mjs` (its main.js and dist/cli.js).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, lstatSync, mkdirSync, realpathSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The older tree, ready to measure. */
export interface BeforeTree {
	/** The revision as given on the command line. */
	rev: string;
	sha: string;
	/** Its worktree's root. */
	root: string;
	/** Its `dist/cli.js`, absolute. */
	cli: string;
	/** Its `main.js`, absolute. */
	mainJs: string;
}

/** A failure to prepare the older tree, reported as one line (no stack). */
export class BeforeError extends Error {}

/** The short sha that names the revision in every "before" row's note. */
export function shortSha(before: BeforeTree): string {
	return before.sha.slice(0, 7);
}

/** Runs git in `cwd`: whether it succeeded, its trimmed output and the first line of its errors. */
function git(cwd: string, args: readonly string[]): { ok: boolean; out: string; err: string } {
	const run = spawnSync('git', args, { cwd, encoding: 'utf8' });
	return { ok: run.status === 0, out: (run.stdout ?? '').trim(), err: (run.stderr ?? '').trim().split('\n')[0] ?? '' };
}

/** The last line a failed command printed: the one that usually says why. */
function lastLine(text: string): string {
	return (
		text
			.trim()
			.split('\n')
			.filter((l) => l.trim() !== '')
			.pop() ?? ''
	);
}

export function prepareBefore(rev: string, root: string, log: (message: string) => void): BeforeTree {
	// `^{commit}` so a tag or a tree-ish that names no commit is refused here, not by worktree add.
	const resolved = git(root, ['rev-parse', '--verify', '--quiet', `${rev}^{commit}`]);
	if (!resolved.ok || !/^[0-9a-f]{40}$/.test(resolved.out)) throw new BeforeError(`--before=${rev}: not a commit git knows in ${root}`);
	const sha = resolved.out;
	const parent = join(tmpdir(), 'mentor-rally-bench');
	const dir = join(parent, `before-${sha.slice(0, 12)}`);
	mkdirSync(parent, { recursive: true });

	const head = existsSync(dir) ? git(dir, ['rev-parse', 'HEAD']) : null;
	if (head?.ok && head.out === sha) {
		log(`before: reusing ${dir} (${sha.slice(0, 7)})`);
	} else {
		if (existsSync(dir)) {
			log(`before: ${dir} is not at ${sha.slice(0, 7)}; removing it`);
			git(root, ['worktree', 'remove', '--force', dir]);
		}
		// A worktree whose folder the system's temp cleaner removed is still registered, and
		// `worktree add` refuses a registered path: prune forgets the missing ones.
		git(root, ['worktree', 'prune']);
		log(`before: git worktree add --detach ${dir} ${sha.slice(0, 7)}…`);
		const added = git(root, ['worktree', 'add', '--detach', dir, sha]);
		if (!added.ok) throw new BeforeError(`--before=${rev}: git worktree add failed: ${lastLine(added.err) || 'no message'}`);
	}

	// The same dependencies as this checkout: a symlink, not an install (offline, seconds).
	const modules = join(dir, 'node_modules');
	if (isSymlink(modules) && !existsSync(modules)) rmSync(modules); // dangling: this checkout moved
	if (!existsSync(modules)) symlinkSync(realpathSync(join(root, 'node_modules')), modules, 'dir');

	// Built every run, with the tree's own config, so its outputs never lag the esbuild in node_modules.
	log(`before: building ${sha.slice(0, 7)} (node esbuild.config.mjs)…`);
	const built = spawnSync(process.execPath, ['esbuild.config.mjs'], { cwd: dir, encoding: 'utf8' });
	const cli = join(dir, 'dist/cli.js');
	const mainJs = join(dir, 'main.js');
	if (built.status !== 0) {
		throw new BeforeError(`--before=${rev}: node esbuild.config.mjs failed in ${dir}: ${lastLine(`${built.stderr ?? ''}\n${built.stdout ?? ''}`) || `exit ${built.status ?? built.signal}`}`);
	}
	if (!existsSync(cli) || !existsSync(mainJs)) throw new BeforeError(`--before=${rev}: the build in ${dir} made no dist/cli.js or main.js`);
	return { rev, sha, root: dir, cli, mainJs };
}

function isSymlink(path: string): boolean {
	try {
		return lstatSync(path).isSymbolicLink();
	} catch {
		return false;
	}
}
