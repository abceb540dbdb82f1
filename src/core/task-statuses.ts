/**
 * Checkbox characters read as the Tasks plugin reads them. Tasks gives every status symbol
 * a type (its StatusConfiguration): TODO and IN_PROGRESS are open, DONE is done, CANCELLED
 * is cancelled, and NON_TASK is not a task at all (a `[?]` question, a `[i]` note in a
 * custom status set). Without Tasks' settings: `[x]`/`[X]` done, `[-]` cancelled, any
 * other character open, as Tasks' default statuses (and its reading of unknown symbols).
 */
export type StatusKind = 'open' | 'done' | 'cancelled' | 'not-a-task';

/** The Tasks plugin's id: its settings are `<config folder>/plugins/obsidian-tasks-plugin/data.json`. */
export const TASKS_PLUGIN_ID = 'obsidian-tasks-plugin';

/** The status table: what each symbol means, and where Tasks moves it when it is clicked. */
export interface TaskStatuses {
	readonly kinds: ReadonlyMap<string, StatusKind>;
	/** Symbol → its `nextStatusSymbol` in Tasks' settings (only the symbols Tasks' settings name). */
	readonly next: ReadonlyMap<string, string>;
}

const DEFAULT_KINDS: ReadonlyMap<string, StatusKind> = new Map<string, StatusKind>([
	['x', 'done'],
	['X', 'done'],
	['-', 'cancelled'],
]);

/** The table without Tasks' settings: Tasks' defaults (` ` → `x` → ` `). */
export const DEFAULT_TASK_STATUSES: TaskStatuses = { kinds: DEFAULT_KINDS, next: new Map() };

const KIND_OF_TYPE = new Map<string, StatusKind>([
	['TODO', 'open'],
	['IN_PROGRESS', 'open'],
	['DONE', 'done'],
	['CANCELLED', 'cancelled'],
	['NON_TASK', 'not-a-task'],
]);

/** Tasks ships a few dozen statuses; a list far longer than any real one is read only this far. */
const MAX_STATUSES = 1000;

/** What the checkbox character means; `statuses` from {@link readTasksStatusSettings}. */
export function statusKind(symbol: string, statuses: TaskStatuses | null = null): StatusKind {
	return statuses?.kinds.get(symbol) ?? DEFAULT_KINDS.get(symbol) ?? 'open';
}

/**
 * The symbol a task with status `symbol` gets when it is ticked done, as Tasks would:
 * follow each status's `nextStatusSymbol` (` ` → `/` → `x` in a setup with an in-progress
 * step) to the first DONE status; failing that, the first DONE status Tasks' settings
 * name; failing that, `x`.
 */
export function doneSymbol(symbol: string, statuses: TaskStatuses | null = null): string {
	const table = statuses ?? DEFAULT_TASK_STATUSES;
	const seen = new Set<string>();
	for (let at = table.next.get(symbol); at !== undefined && !seen.has(at); at = table.next.get(at)) {
		if (statusKind(at, table) === 'done') return at;
		seen.add(at);
	}
	for (const [candidate, kind] of table.kinds) if (kind === 'done' && table.next.has(candidate)) return candidate;
	return 'x';
}

/**
 * The symbol of the next occurrence of a recurring task ticked with `done`: the status
 * after the DONE one when that is open (Tasks' own rule), else ` `.
 */
export function recurrenceSymbol(done: string, statuses: TaskStatuses | null = null): string {
	const after = statuses?.next.get(done);
	return after !== undefined && statusKind(after, statuses) === 'open' ? after : ' ';
}

/**
 * The statuses configured in Tasks' data.json (`.obsidian/plugins/obsidian-tasks-plugin/
 * data.json`, its `statusSettings.coreStatuses` and `customStatuses`), the one parser the
 * plugin and the command line share. Anything malformed is skipped: a status Tasks itself
 * could not use changes nothing here. A symbol named twice keeps its first status, as in
 * Tasks ("Duplicate symbol: this status will be ignored"). Symbols the settings do not
 * name keep the defaults above.
 */
export function readTasksStatusSettings(data: unknown): TaskStatuses {
	const kinds = new Map<string, StatusKind>(DEFAULT_KINDS);
	const next = new Map<string, string>();
	const named = new Set<string>();
	const settings = field(data, 'statusSettings');
	let read = 0;
	for (const list of [field(settings, 'coreStatuses'), field(settings, 'customStatuses')]) {
		if (!Array.isArray(list)) continue;
		for (let i = 0; i < list.length && read < MAX_STATUSES; i++, read++) {
			const entry: unknown = list[i];
			const symbol = field(entry, 'symbol');
			const kind = KIND_OF_TYPE.get(stringOr(field(entry, 'type'), ''));
			if (!isOneCharacter(symbol) || kind === undefined || named.has(symbol)) continue;
			named.add(symbol);
			kinds.set(symbol, kind);
			const after = field(entry, 'nextStatusSymbol');
			if (isOneCharacter(after)) next.set(symbol, after);
		}
	}
	return { kinds, next };
}

/** Whether two tables read every symbol alike (so a re-read that changed nothing rebuilds nothing). */
export function sameTaskStatuses(a: TaskStatuses | null, b: TaskStatuses | null): boolean {
	if (a === b) return true;
	if (a === null || b === null) return false;
	return sameMap(a.kinds, b.kinds) && sameMap(a.next, b.next);
}

function sameMap<V>(a: ReadonlyMap<string, V>, b: ReadonlyMap<string, V>): boolean {
	if (a.size !== b.size) return false;
	for (const [key, value] of a) if (b.get(key) !== value) return false;
	return true;
}

function isOneCharacter(value: unknown): value is string {
	return typeof value === 'string' && value.length > 0 && value.length <= 2 && [...value].length === 1;
}

function stringOr(value: unknown, fallback: string): string {
	return typeof value === 'string' ? value : fallback;
}

function field(value: unknown, name: string): unknown {
	if (typeof value !== 'object' || value === null || !Object.prototype.hasOwnProperty.call(value, name)) return undefined;
	return (value as Record<string, unknown>)[name];
}
