import { readdirSync, realpathSync, statSync, type Dirent } from 'node:fs';
import { join, sep } from 'node:path';
import { describeFsError } from './fs-errors';

/** A path in the vault (relative, with `/`) and why it was not read. */
export interface PathNote {
	path: string;
	message: string;
}

export interface NoteFileList {
	/** Markdown notes, relative to the vault with `/`, in a stable order. */
	notes: string[];
	/** Folders that exist but could not be listed. */
	unreadable: PathNote[];
	/** What was deliberately not followed or read (a link Obsidian ignores, a FIFO named `.md`), and why. */
	skipped: PathNote[];
}

const IS_NOTE = /\.md$/i;

/**
 * The notes of a vault as Obsidian lists them. Dot-files and dot-folders (`.obsidian`, `.trash`,
 * `.git`) are not notes. Links are followed as Obsidian's help ("Symbolic links and junctions")
 * describes: a link to a folder outside the vault is part of the vault; a link whose target is
 * inside the vault or holds it, or overlaps another followed link's target, is ignored (no note
 * may appear twice, and no walk may loop). Everything not followed is named in `skipped`, so the
 * report never claims to have read a note it did not see.
 */
export function listNoteFiles(root: string): NoteFileList {
	const walk: Walk = { root, rootReal: realpathSync(root), targets: [], list: { notes: [], unreadable: [], skipped: [] } };
	listFolder(walk, '');
	return walk.list;
}

interface Walk {
	root: string;
	rootReal: string;
	/** Real paths of the folders outside the vault that links brought in. */
	targets: string[];
	list: NoteFileList;
}

function listFolder(walk: Walk, dir: string): void {
	let entries: Dirent[];
	try {
		entries = readdirSync(join(walk.root, dir), { withFileTypes: true });
	} catch (error) {
		if (dir === '') throw error;
		walk.list.unreadable.push({ path: dir, message: describeFsError(error) });
		return;
	}
	entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
	for (const entry of entries) {
		if (entry.name.startsWith('.')) continue;
		const path = dir === '' ? entry.name : `${dir}/${entry.name}`;
		if (entry.isDirectory()) listFolder(walk, path);
		else if (entry.isSymbolicLink()) followLink(walk, path);
		else if (!IS_NOTE.test(entry.name)) continue;
		else if (entry.isFile()) walk.list.notes.push(path);
		else walk.list.skipped.push({ path, message: 'skipped: not a regular file (a pipe, socket or device is never read)' });
	}
}

function followLink(walk: Walk, path: string): void {
	const full = join(walk.root, path);
	let target;
	try {
		target = statSync(full);
	} catch (error) {
		const code = (error as { code?: string }).code;
		walk.list.skipped.push({ path, message: code === 'ENOENT' ? 'skipped: a link to something that does not exist' : `skipped: a link that cannot be followed (${describeFsError(error)})` });
		return;
	}
	if (target.isFile()) {
		if (IS_NOTE.test(path)) walk.list.notes.push(path);
		return;
	}
	if (!target.isDirectory()) {
		if (IS_NOTE.test(path)) walk.list.skipped.push({ path, message: 'skipped: a link to something that is not a regular file' });
		return;
	}
	let real: string;
	try {
		real = realpathSync(full);
	} catch (error) {
		walk.list.skipped.push({ path, message: `skipped: a link that cannot be followed (${describeFsError(error)})` });
		return;
	}
	const refusal = folderLinkRefusal(walk, real);
	if (refusal !== null) {
		walk.list.skipped.push({ path, message: `skipped: ${refusal}` });
		return;
	}
	walk.targets.push(real);
	listFolder(walk, path);
}

/** Why Obsidian ignores a link to this folder (by its real path), or null when it follows it. */
function folderLinkRefusal(walk: Walk, real: string): string | null {
	if (real === walk.rootReal || isInside(walk.rootReal, real)) return 'a link to a folder that holds the vault (following it would go round in a loop)';
	if (isInside(real, walk.rootReal)) return 'a link to a folder inside the vault (Obsidian ignores such links, so that no note appears twice)';
	if (walk.targets.some((other) => other === real || isInside(real, other) || isInside(other, real))) {
		return 'a link to a folder that another link already brings into the vault (Obsidian ignores such links, so that no note appears twice)';
	}
	return null;
}

/** Whether `path` lies below `folder` (both real, absolute). */
function isInside(path: string, folder: string): boolean {
	return path.startsWith(folder.endsWith(sep) ? folder : `${folder}${sep}`);
}
