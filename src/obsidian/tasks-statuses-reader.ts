import { normalizePath, type App } from 'obsidian';
import { readTasksStatusSettings, TASKS_PLUGIN_ID, type TaskStatuses } from '../core/task-statuses';

/** Tasks' data.json is a few kilobytes; a file larger than this is not read (as the command line's limit). */
const MAX_DATA_BYTES = 8 * 1024 * 1024;

/** The parts of the vault adapter this reads, each checked before use (an adapter may lack one). */
interface ConfigFileAccess {
	read?: (path: string) => Promise<string>;
	stat?: (path: string) => Promise<{ type: string; size: number } | null>;
}

/**
 * The Tasks plugin's status settings, read from `<config folder>/plugins/obsidian-tasks-plugin/
 * data.json` through the vault adapter (the config folder is not part of the vault's files).
 * No file, a file that is not JSON or larger than 8 MB, an adapter that cannot read: null,
 * and checkboxes read with Tasks' defaults. Reading it again costs a few kilobytes of JSON,
 * so it is simply read again whenever it may have changed.
 */
export class TasksStatusesReader {
	constructor(private readonly app: App) {}

	/** Where Tasks keeps its settings in this vault. */
	path(): string {
		return normalizePath(`${this.app.vault.configDir}/plugins/${TASKS_PLUGIN_ID}/data.json`);
	}

	async read(): Promise<TaskStatuses | null> {
		try {
			const adapter = this.app.vault.adapter as unknown as ConfigFileAccess | undefined;
			if (typeof adapter?.read !== 'function') return null;
			const path = this.path();
			if (typeof adapter.stat === 'function') {
				const stat = await adapter.stat(path);
				if (!stat || stat.type !== 'file' || stat.size > MAX_DATA_BYTES) return null;
			}
			const text = await adapter.read(path);
			if (text.length > MAX_DATA_BYTES) return null;
			return readTasksStatusSettings(JSON.parse(text) as unknown);
		} catch {
			// Missing (an adapter without stat), unreadable or not JSON: Tasks' defaults.
			return null;
		}
	}
}
