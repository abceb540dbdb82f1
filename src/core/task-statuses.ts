/**
 * Checkbox characters read as the Tasks plugin reads them. Tasks gives every status symbol
 * a type (its StatusConfiguration): TODO and IN_PROGRESS are open, DONE is done, CANCELLED
 * is cancelled, and NON_TASK is not a task at all (a `[?]` question, a `[i]` note in a
 * custom status set). Without Tasks' settings: `[x]`/`[X]` done, `[-]` cancelled, any
 * other character open, as Tasks' default statuses (and its reading of unknown symbols).
 */
export type StatusKind = 'open' | 'done' | 'cancelled' | 'not-a-task';

export type TaskStatuses = ReadonlyMap<string, StatusKind>;

const DEFAULTS: TaskStatuses = new Map<string, StatusKind>([
	['x', 'done'],
	['X', 'done'],
	['-', 'cancelled'],
]);

const KIND_OF_TYPE = new Map<string, StatusKind>([
	['TODO', 'open'],
	['IN_PROGRESS', 'open'],
	['DONE', 'done'],
	['CANCELLED', 'cancelled'],
	['NON_TASK', 'not-a-task'],
]);

/** What the checkbox character means; `statuses` from {@link readTasksStatusSettings}. */
export function statusKind(symbol: string, statuses: TaskStatuses | null = null): StatusKind {
	return statuses?.get(symbol) ?? DEFAULTS.get(symbol) ?? 'open';
}

/**
 * The statuses configured in Tasks' data.json (`.obsidian/plugins/obsidian-tasks-plugin/
 * data.json`, its `statusSettings.coreStatuses` and `customStatuses`). Anything malformed
 * is skipped: a status Tasks itself could not use changes nothing here.
 */
export function readTasksStatusSettings(data: unknown): TaskStatuses {
	const statuses = new Map<string, StatusKind>(DEFAULTS);
	const settings = field(data, 'statusSettings');
	for (const list of [field(settings, 'coreStatuses'), field(settings, 'customStatuses')]) {
		if (!Array.isArray(list)) continue;
		for (const entry of list as unknown[]) {
			const symbol = field(entry, 'symbol');
			const type = field(entry, 'type');
			if (typeof symbol !== 'string' || [...symbol].length !== 1 || typeof type !== 'string') continue;
			const kind = KIND_OF_TYPE.get(type);
			if (kind) statuses.set(symbol, kind);
		}
	}
	return statuses;
}

function field(value: unknown, name: string): unknown {
	if (typeof value !== 'object' || value === null || !Object.prototype.hasOwnProperty.call(value, name)) return undefined;
	return (value as Record<string, unknown>)[name];
}
