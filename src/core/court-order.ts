import { compareDueDates, type CalendarDate } from './calendar-date';
import { comparePaths, compareText } from './compare-text';
import type { Item, TeamSnapshot } from './types';

/**
 * The orders of the lists in my court and theirs, defined once: the dashboard sorts by them,
 * and the incremental team model (team-model.ts) keeps its lists in them as edits arrive.
 */

/** Orders two items by their mentors, as the snapshot lists mentors: by name, then path. */
export type MentorOrder = (a: Item, b: Item) => number;

/** From the names on the items themselves: the same whichever mentors come and go, for a few comparisons at a time. */
export const byMentorName: MentorOrder = (a, b) => (a.mentorPath === b.mentorPath ? 0 : compareText(a.mentor, b.mentor) || compareText(a.mentorPath, b.mentorPath));

/** From the mentors' places in the snapshot (already in name order): no collator per pair, for sorting whole lists. */
export function byMentorRank(mentors: readonly { path: string }[]): MentorOrder {
	const rank = new Map(mentors.map((m, index) => [m.path, index]));
	return (a, b) => (rank.get(a.mentorPath) ?? 0) - (rank.get(b.mentorPath) ?? 0);
}

/** Your court: overdue first, then by due date (undated last), then by mentor, then where the item is. */
export function yourCourtOrder(mentor: MentorOrder): (a: Item, b: Item) => number {
	return (a, b) => Number(b.overdue) - Number(a.overdue) || compareDueDates(a.dueDate, b.dueDate) || mentor(a, b) || comparePaths(a.path, b.path) || a.line - b.line;
}

/** Their court: longest wait first, then by mentor, then where the item is. */
export function theirCourtOrder(mentor: MentorOrder): (a: Item, b: Item) => number {
	return (a, b) => (b.age ?? -1) - (a.age ?? -1) || mentor(a, b) || comparePaths(a.path, b.path) || a.line - b.line;
}

/** Items due now: oldest due date first, then in file order. */
export function dueNowOrder(a: Item, b: Item): number {
	return compareDueDates(a.dueDate, b.dueDate) || comparePaths(a.path, b.path) || a.line - b.line;
}

export function inYourCourt(item: Item): boolean {
	return item.open && item.owner === 'me';
}

export function inTheirCourt(item: Item): boolean {
	return item.open && item.owner === 'them';
}

/** Mine and due today or overdue (whether its mentor is quiet is the caller's to check). */
export function isDueNow(item: Item, today: CalendarDate): boolean {
	return item.open && item.owner === 'me' && item.dueDate !== null && item.dueDate <= today;
}

/** Lists the incremental model keeps sorted, attached to the snapshot they were made for. */
export interface KeptLists {
	/** yourCourt's list. */
	readonly mine: ItemList;
	/** theirCourt's list. */
	readonly theirs: ItemList;
	/** dueNowInMyCourt's items, in dueNowOrder. */
	readonly dueNow: ItemList;
}

/** A list made into an array when read (see block-list.ts). */
export interface ItemList {
	toArray(): readonly Item[];
}

const kept = new WeakMap<TeamSnapshot, KeptLists>();

export function keepLists(team: TeamSnapshot, lists: KeptLists): void {
	kept.set(team, lists);
}

/** The lists kept with this snapshot, if it came from the incremental model. */
export function keptLists(team: TeamSnapshot): KeptLists | undefined {
	return kept.get(team);
}
