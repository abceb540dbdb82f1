import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { normalizeSettings, type MentorRallySettings } from '../core/settings';

/** Obsidian's configuration folder unless the user renamed it. */
const DEFAULT_CONFIG_DIR = '.obsidian';
const DATA_FILE = 'plugins/mentor-rally/data.json';

/**
 * Where the plugin saved its data in this vault: `<config folder>/plugins/mentor-rally/data.json`.
 * Obsidian lets users rename the config folder, so every dot-folder at the vault's root
 * is tried, the default name first. Null when the plugin has saved nothing.
 */
export function findPluginData(vault: string): string | null {
	let folders: string[];
	try {
		folders = readdirSync(vault, { withFileTypes: true })
			.filter((entry) => entry.isDirectory() && entry.name.startsWith('.'))
			.map((entry) => entry.name)
			.sort((a, b) => Number(b === DEFAULT_CONFIG_DIR) - Number(a === DEFAULT_CONFIG_DIR) || (a < b ? -1 : 1));
	} catch {
		return null;
	}
	for (const folder of folders) {
		const path = join(vault, folder, DATA_FILE);
		try {
			readFileSync(path);
			return path;
		} catch {
			// not in this folder
		}
	}
	return null;
}

/**
 * The plugin's saved settings for a vault, so the command line reads notes the same way
 * the plugin does. No file: the defaults. A file that is not valid JSON: an error the
 * caller reports (guessing would print a team that differs from the plugin's).
 */
export function loadVaultSettings(vault: string): MentorRallySettings {
	const path = findPluginData(vault);
	if (path === null) return normalizeSettings({});
	let data: unknown;
	try {
		data = JSON.parse(readFileSync(path, 'utf8'));
	} catch (error) {
		throw new SettingsError(`${path} is not valid JSON (${error instanceof Error ? error.message : String(error)})`);
	}
	const saved = typeof data === 'object' && data !== null && 'settings' in data ? data.settings : data;
	return normalizeSettings(saved);
}

export class SettingsError extends Error {}
