import type { App } from 'obsidian';
import type { CalendarDate } from '../../core/calendar-date';
import { completeTaskLine, taskSymbolOf, withTaskSymbol } from '../../core/edits';
import { shortDate, truncate } from '../../core/format';
import { nextOccurrence, occurrenceDate, recurrenceRule } from '../../core/recurrence';
import { doneSymbol, recurrenceSymbol, statusKind, TASKS_PLUGIN_ID, type TaskStatuses } from '../../core/task-statuses';
import type { Item } from '../../core/types';

/** What ticking an item writes in place of its line, and what to say about it. */
export interface Completion {
	/** The lines that replace the item's line: the done line, and the next occurrence of a recurring item. */
	lines: string[];
	/** The next occurrence, when one was written, and whether it went above the done line. */
	next: { line: string; above: boolean } | null;
	/** A repeat rule Mentor Rally cannot follow (only when it wrote the tick itself). */
	unknownRule: string | null;
}

/**
 * How to tick `item`, as the Tasks plugin would. When Tasks is enabled and offers its API,
 * Tasks itself toggles the line, so its own settings apply (where the next occurrence goes,
 * its done date format, its global filter); its answer is used only when it is the item
 * ticked done (a status cycle that only moves the line on to "in progress" is not). Else
 * the line is ticked here: the DONE symbol Tasks' statuses lead to, ` ✅ today`, and the
 * next occurrence of a recurring item above it. Null when the item is already closed.
 */
export function planCompletion(app: App, item: Item, today: CalendarDate, statuses: TaskStatuses | null): Completion | null {
	const done = completeTaskLine(item.raw, today, statuses);
	if (done === null) return null;
	const byTasks = toggledByTasks(app, item, statuses);
	if (byTasks) return byTasks;
	const next = nextOccurrence(item.raw, today);
	if (next.kind !== 'next') return { lines: [done], next: null, unknownRule: next.kind === 'unknown-rule' ? next.rule : null };
	// The next occurrence opens with the status after the DONE one, as Tasks' recurrence does.
	const symbol = recurrenceSymbol(doneSymbol(item.status, statuses), statuses);
	const line = withTaskSymbol(next.line, symbol);
	return { lines: [line, done], next: { line, above: true }, unknownRule: null };
}

/** "Ticked "send CV" in Dr. Lee. The next one, every 2 weeks, is due Tue 15 Dec." */
export function completionNotice(words: string, noteName: string, completion: Completion, today: CalendarDate): string {
	// The words come without the repeat rule: it is said once, after them, in plain words.
	const what = `Ticked "${truncate(words, 58)}" in ${noteName}.`;
	if (completion.unknownRule !== null) {
		return `${what} Its repeat rule "${truncate(completion.unknownRule, 40)}" is not one Mentor Rally can follow: the next occurrence was not made.`;
	}
	const next = completion.next;
	if (!next) return what;
	const rule = recurrenceRule(next.line);
	const named = rule ? `The next one, ${truncate(rule, 40)},` : 'The next one';
	const date = occurrenceDate(next.line);
	if (!date) return `${what} ${named} is written ${next.above ? 'above' : 'below'} it.`;
	const when = shortDate(date.day, today);
	const verb = date.field === 'due' ? `is due ${when}` : date.field === 'scheduled' ? `is scheduled for ${when}` : `starts ${when}`;
	return `${what} ${named} ${verb}.`;
}

type ToggleTaskDone = (line: string, path: string) => unknown;

/** Tasks' `apiV1.executeToggleTaskDoneCommand`, when Tasks is enabled and has one. */
function tasksToggle(app: App): ToggleTaskDone | null {
	try {
		if (!('plugins' in app)) return null;
		const registry = (app as unknown as { plugins?: { plugins?: Record<string, unknown> } }).plugins?.plugins;
		if (!registry || !Object.prototype.hasOwnProperty.call(registry, TASKS_PLUGIN_ID)) return null;
		const api = (registry[TASKS_PLUGIN_ID] as { apiV1?: { executeToggleTaskDoneCommand?: unknown } } | undefined)?.apiV1;
		const toggle = api?.executeToggleTaskDoneCommand;
		return typeof toggle === 'function' ? (line, path) => (toggle as ToggleTaskDone).call(api, line, path) : null;
	} catch {
		return null;
	}
}

/** Tasks' own tick of the item, or null when Tasks is not there, fails, or did not tick it done. */
function toggledByTasks(app: App, item: Item, statuses: TaskStatuses | null): Completion | null {
	const toggle = tasksToggle(app);
	if (!toggle) return null;
	let result: unknown;
	try {
		result = toggle(item.raw, item.path);
	} catch {
		return null;
	}
	if (typeof result !== 'string') return null;
	const lines = result.split(/\r\n|\n|\r/);
	if (lines.length > 2) return null;
	const kinds = lines.map((line) => {
		const symbol = taskSymbolOf(line);
		return symbol === null ? null : statusKind(symbol, statuses);
	});
	const doneAt = kinds.indexOf('done');
	if (doneAt === -1 || kinds.includes(null)) return null;
	const nextAt = lines.length === 2 ? 1 - doneAt : -1;
	const nextLine = nextAt === -1 ? undefined : lines[nextAt];
	if (nextLine !== undefined && kinds[nextAt] !== 'open') return null;
	return { lines, next: nextLine === undefined ? null : { line: nextLine, above: nextAt < doneAt }, unknownRule: null };
}
