import type { Lifecycle } from './types';

/**
 * Whether a mentor's open items stay quiet (no reminder, no status-bar count): a paused or
 * former mentor's. A prospect's are not: an answer owed to someone the student is reaching
 * out to is the most urgent reply of all. One rule, read by the dashboard's lists and by the
 * incremental model that keeps them.
 */
export function itemsStayQuiet(lifecycle: Lifecycle): boolean {
	return lifecycle === 'paused' || lifecycle === 'alumni';
}
