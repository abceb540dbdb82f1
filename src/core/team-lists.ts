import type { CalendarDate } from './calendar-date';
import { comparePaths } from './compare-text';
import { byMentorName, byMentorRank, dueNowOrder, inTheirCourt, inYourCourt, isDueNow, theirCourtOrder, yourCourtOrder } from './court-order';
import { replaceChunks, replaceSorted } from './sorted-lists';
import type { Item, Problem } from './types';

/**
 * The sorted lists of the incremental team model (team-model.ts): every item in file order,
 * my court, their court, my items due now, and the problems. Sorted once on the first
 * build; after that each edit replaces the items and problems of the notes it changed, in
 * one pass over each list (a new array each time: a published snapshot's lists never change).
 */
export class TeamLists {
	items: readonly Item[] = [];
	mine: readonly Item[] = [];
	theirs: readonly Item[] = [];
	dueNow: readonly Item[] = [];
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
		this.items = items;
		this.problems = problems;
		this.mine = items.filter(inYourCourt).sort(yourCourtOrder(rank));
		this.theirs = items.filter(inTheirCourt).sort(theirCourtOrder(rank));
		this.dueNow = items.filter((item) => this.dueNowHere(item)).sort(dueNowOrder);
	}

	/** An edit: the items of the changed notes (`removed`, `added`) and each changed note's items and problems (`chunks`). */
	merge(removed: readonly Item[], added: readonly Item[], chunks: ReadonlyMap<string, readonly Item[]>, problemChunks: ReadonlyMap<string, readonly Problem[]>): void {
		this.items = replaceChunks(this.items, chunks);
		this.problems = replaceChunks(this.problems, problemChunks);
		// Mentors compared by name here (a few comparisons per item): their places in the list shift as mentors come and go.
		this.mine = replaceSorted(this.mine, removed.filter(inYourCourt), added.filter(inYourCourt), yourCourtOrder(byMentorName));
		this.theirs = replaceSorted(this.theirs, removed.filter(inTheirCourt), added.filter(inTheirCourt), theirCourtOrder(byMentorName));
		// An item not in the list (its mentor was quiet) is skipped when removed.
		this.dueNow = replaceSorted(
			this.dueNow,
			removed.filter((item) => isDueNow(item, this.today)),
			added.filter((item) => this.dueNowHere(item)),
			dueNowOrder,
		);
	}

	private dueNowHere(item: Item): boolean {
		return isDueNow(item, this.today) && !this.isQuiet(item.mentorPath);
	}
}
