import { closeSync, constants, fstatSync, lstatSync, openSync, readdirSync, readSync, statSync, type Stats } from 'node:fs';
import { join } from 'node:path';
import type { FirstSeenDays } from '../core/first-seen';
import { normalizeSettings, settingsFromSavedText, type MentorRallySettings } from '../core/settings';
import { describeFsError } from './fs-errors';

/** Obsidian's configuration folder unless the user renamed it. */
const DEFAULT_CONFIG_DIR = '.obsidian';
const PLUGIN_ID = 'mentor-rally';

/** Saved settings are a few kilobytes; anything this large is not the plugin's file. */
export const MAX_DATA_BYTES = 8 * 1024 * 1024;

/**
 * Where a plugin (this one unless told) saved its data in this vault:
 * `<config folder>/plugins/<plugin id>/data.json`.
 * Obsidian lets users rename the config folder, so every dot-folder at the vault's root
 * is tried, the default name first; a config folder that is a link to a folder counts (people
 * share one between vaults). Null when the plugin has saved nothing. Only looks: opening
 * happens in {@link loadVaultSettings}, which refuses what is not a plain file.
 */
export function findPluginData(vault: string, plugin = PLUGIN_ID): string | null {
	let folders: string[];
	try {
		folders = readdirSync(vault, { withFileTypes: true })
			.filter((entry) => entry.name.startsWith('.') && (entry.isDirectory() || (entry.isSymbolicLink() && isFolder(join(vault, entry.name)))))
			.map((entry) => entry.name)
			.sort((a, b) => Number(b === DEFAULT_CONFIG_DIR) - Number(a === DEFAULT_CONFIG_DIR) || (a < b ? -1 : 1));
	} catch {
		return null;
	}
	for (const folder of folders) {
		const path = join(vault, folder, 'plugins', plugin, 'data.json');
		// lstat: anything by that name is the plugin's file, even a FIFO or a broken link,
		// so it is named and refused rather than passed over for another folder's.
		if (lstatSync(path, { throwIfNoEntry: false }) !== undefined) return path;
	}
	return null;
}

function isFolder(path: string): boolean {
	try {
		return statSync(path).isDirectory();
	} catch {
		return false;
	}
}

/**
 * The plugin's saved settings for a vault, so the command line reads notes the same way
 * the plugin does. No file: the defaults. A file that cannot be used (not a regular file,
 * too large, unreadable, not JSON): an error naming it (guessing would print a team that
 * differs from the plugin's).
 */
export function loadVaultSettings(vault: string): MentorRallySettings {
	return loadVaultData(vault).settings;
}

/**
 * The settings and the days the plugin first saw each line of an undated section (so a
 * "by Friday" reads from the same day here as on the dashboard). Read only: the command
 * line never writes data.json. Fails as {@link loadVaultSettings} does.
 */
export function loadVaultData(vault: string): { settings: MentorRallySettings; firstSeen: FirstSeenDays } {
	const path = findPluginData(vault);
	if (path === null) return { settings: normalizeSettings({}), firstSeen: new Map() };
	const reading = settingsFromSavedText(readDataFile(path));
	if (reading.problem !== null) throw new SettingsError(path, reading.problem);
	return { settings: reading.settings, firstSeen: reading.firstSeen };
}

/**
 * The file's text, read only from a regular file of at most {@link MAX_DATA_BYTES}. Opened
 * without blocking (a FIFO would wait forever for a writer) and checked on the open file,
 * so nothing can be swapped in between the check and the read; the read stops at the limit
 * whatever the size claims (`/dev/zero` has no end).
 */
export function readDataFile(path: string): string {
	let fd: number;
	try {
		fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
	} catch (error) {
		throw new SettingsError(path, `it cannot be read: ${describeFsError(error)}`);
	}
	try {
		const stat = fstatSync(fd);
		if (!stat.isFile()) throw new SettingsError(path, `it is ${kindOf(stat)}, not a regular file`);
		if (stat.size > MAX_DATA_BYTES) throw new SettingsError(path, `it is ${megabytes(stat.size)}; settings are never larger than 8 MB`);
		const chunks: Buffer[] = [];
		let total = 0;
		for (;;) {
			const chunk = Buffer.allocUnsafe(64 * 1024);
			const read = readSync(fd, chunk, 0, chunk.length, null);
			if (read === 0) break;
			total += read;
			// The size is checked again as it is read: the file may have grown since the stat.
			if (total > MAX_DATA_BYTES) throw new SettingsError(path, 'it is larger than 8 MB; settings are never that large');
			chunks.push(chunk.subarray(0, read));
		}
		return Buffer.concat(chunks, total).toString('utf8');
	} catch (error) {
		if (error instanceof SettingsError) throw error;
		throw new SettingsError(path, `it cannot be read: ${describeFsError(error)}`);
	} finally {
		closeSync(fd);
	}
}

function kindOf(stat: Stats): string {
	if (stat.isDirectory()) return 'a folder';
	if (stat.isFIFO()) return 'a named pipe (FIFO)';
	if (stat.isCharacterDevice() || stat.isBlockDevice()) return 'a device';
	if (stat.isSocket()) return 'a socket';
	return 'something else';
}

function megabytes(bytes: number): string {
	return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/** The plugin's data file exists but cannot be used: one line naming it and why. Exit code 1. */
export class SettingsError extends Error {
	constructor(
		readonly path: string,
		readonly reason: string,
	) {
		super(`cannot use the settings in ${path}: ${reason}`);
	}
}
