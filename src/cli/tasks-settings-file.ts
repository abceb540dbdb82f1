import { readTasksStatusSettings, TASKS_PLUGIN_ID, type TaskStatuses } from '../core/task-statuses';
import { findPluginData, readDataFile, SettingsError } from './settings-file';

export interface TasksStatusesReading {
	/** The Tasks plugin's checkbox statuses; null when its settings are not in the vault or cannot be used. */
	statuses: TaskStatuses | null;
	/** Why a settings file that is there was not used, for one line on stderr. */
	warning: string | null;
}

/**
 * The Tasks plugin's status settings in this vault (`<config folder>/plugins/obsidian-tasks-plugin/
 * data.json`), read with the same rules as the plugin's own settings (a regular file of at
 * most 8 MB, see readDataFile) and the core's parser, so `[d]` or `[?]` read here as on the
 * dashboard. Tasks' file is not ours: one that cannot be used is passed over with a warning,
 * and checkboxes read with Tasks' defaults.
 */
export function loadTasksStatuses(vault: string): TasksStatusesReading {
	const path = findPluginData(vault, TASKS_PLUGIN_ID);
	if (path === null) return { statuses: null, warning: null };
	const ignored = (reason: string): TasksStatusesReading => ({
		statuses: null,
		warning: `ignored the Tasks plugin's settings in ${path}: ${reason}; checkboxes are read with Tasks' defaults`,
	});
	let text: string;
	try {
		text = readDataFile(path);
	} catch (error) {
		return ignored(error instanceof SettingsError ? error.reason : String(error));
	}
	let data: unknown;
	try {
		data = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
	} catch {
		return ignored('it is not JSON');
	}
	return { statuses: readTasksStatusSettings(data), warning: null };
}
