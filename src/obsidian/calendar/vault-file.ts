import { normalizePath, TFile, TFolder, type App } from 'obsidian';
import { FolderIsFileError } from '../../core/write-errors';

export type FileWrite = 'created' | 'updated' | 'unchanged';

/**
 * Writes a whole non-note file (an .ics) in the vault, making its folder first. With `same`,
 * a file whose text `same` accepts is left as it is: no write, no sync, no "modified" event.
 */
export async function writeVaultFile(app: App, path: string, text: string, same?: (old: string) => boolean): Promise<FileWrite> {
	const existing = app.vault.getAbstractFileByPath(path);
	if (existing instanceof TFile) {
		if (same && same(await app.vault.read(existing))) return 'unchanged';
		await app.vault.modify(existing, text);
		return 'updated';
	}
	if (existing) throw new FolderIsFileError(path);
	await ensureFolder(app, path.includes('/') ? path.slice(0, path.lastIndexOf('/')) : '');
	await app.vault.create(path, text);
	return 'created';
}

/** Makes the folder (and its parents) unless it exists; a file in the way is named. */
async function ensureFolder(app: App, folder: string): Promise<void> {
	if (folder === '') return;
	const path = normalizePath(folder);
	if (path === '/' || app.vault.getAbstractFileByPath(path) instanceof TFolder) return;
	const parts = path.split('/');
	for (let depth = 1; depth <= parts.length; depth++) {
		const prefix = parts.slice(0, depth).join('/');
		const existing = app.vault.getAbstractFileByPath(prefix);
		if (existing && !(existing instanceof TFolder)) throw new FolderIsFileError(prefix);
	}
	await app.vault.createFolder(path);
}

/** What the desktop apps (and, for attachments, the mobile ones) have, though the API typings do not. */
interface AppWithDefaultApp {
	openWithDefaultApp?: (path: string) => unknown;
}

/**
 * Opens a vault file in the system's app for its type (an .ics in the calendar app), where
 * Obsidian offers it. Feature-detected: it is not in the public API, so it may be missing or
 * change; false when it is missing or fails.
 */
export async function openWithDefaultApp(app: App, path: string): Promise<boolean> {
	const open = (app as unknown as AppWithDefaultApp).openWithDefaultApp;
	if (typeof open !== 'function') return false;
	try {
		await open.call(app, path);
		return true;
	} catch (error) {
		console.error('Mentor Rally: could not open the calendar file.', error);
		return false;
	}
}
