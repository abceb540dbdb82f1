import type { CalendarDate } from './calendar-date';
import { comparePaths } from './compare-text';
import { byMentorName, byMentorRank, dueNowOrder, inTheirCourt, inYourCourt, isDueNow, theirCourtOrder, yourCourtOrder } from './court-order';
import { BlockList } from './block-list';
import { replaceChunks } from './sorted-lists';
import type { Item, Problem } from './types';

/**
 * The sorted lists of the incremental team model (team-model.ts): every item in file order,
 * my court, their court, my items due now, and the problems. Sorted once on the first
 * build; after that each edit replaces the items and problems of the notes it changed (a new
 * list each time, sharing what did not change: a published snapshot's lists never change).
 */
export class TeamLists {
	items = BlockList.of<Item>([]);
	mine = BlockList.of<Item>([]);
	theirs = BlockList.of<Item>([]);
	dueNow = BlockList.of<Item>([]);
	/** Few, and not in a strict order (a note's problems on one line keep the order found): a flat list. */
	problems: readonly Problem[] = [];

	constructor(
		private readonly today: CalendarDate,
		/** Whether the mentor at this path is paused or alumni (its items do not count as due now). */
		private readonly isQuiet: (mentorPath: string) => boolean,
	) {}

	/** The first build: `chunks` and `problemChunks` hold every note's items and problems. */
	sortAll(chunks: ReadonlyMap<string, readonly Item[]>, problemChunks: ReadonlyMap<string, readonly Problem[]>, mentorsInOrder: readonly { path: string }[]): void {
		const items: Item[] = [];
		for (const path of [...chunks.keys()].sort(comparePaths)) for (const item of chunks.get(path) ?? []) items.push(item);
		const problems: Problem[] = [];
		for (const path of [...problemChunks.keys()].sort(comparePaths)) for (const problem of problemChunks.get(path) ?? []) problems.push(problem);
		const rank = byMentorRank(mentorsInOrder);
		this.items = BlockList.of(items);
		this.problems = problems;
		this.mine = BlockList.of(items.filter(inYourCourt).sort(yourCourtOrder(rank)));
		this.theirs = BlockList.of(items.filter(inTheirCourt).sort(theirCourtOrder(rank)));
		this.dueNow = BlockList.of(items.filter((item) => this.dueNowHere(item)).sort(dueNowOrder));
	}

	/** An edit: the items of the changed notes (`removed`, `added`) and each changed note's items and problems (`chunks`). */
	merge(removed: readonly Item[], added: readonly Item[], problemChunks: ReadonlyMap<string, readonly Problem[]>): void {
		this.items = this.items.replace(removed, added, fileOrder);
		this.problems = replaceChunks(this.problems, problemChunks);
		// Mentors compared by name here (a few comparisons per item): their places in the list shift as mentors come and go.
		this.mine = this.mine.replace(removed.filter(inYourCourt), added.filter(inYourCourt), yourCourtOrder(byMentorName));
		this.theirs = this.theirs.replace(removed.filter(inTheirCourt), added.filter(inTheirCourt), theirCourtOrder(byMentorName));
		// An item not in the list (its mentor was quiet) is skipped when removed.
		this.dueNow = this.dueNow.replace(
			removed.filter((item) => isDueNow(item, this.today)),
			added.filter((item) => this.dueNowHere(item)),
			dueNowOrder,
		);
	}

	private dueNowHere(item: Item): boolean {
		return isDueNow(item, this.today) && !this.isQuiet(item.mentorPath);
	}
}

/** Items in file order: notes by path, items by line (one item per line). */
function fileOrder(a: Item, b: Item): number {
	return comparePaths(a.path, b.path) || a.line - b.line;
}
