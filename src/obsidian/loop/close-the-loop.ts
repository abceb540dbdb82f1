import type { CalendarDate } from '../../core/calendar-date';
import type { Item, NoteFacts, ParsedItem } from '../../core/types';
import type { TeamStore } from '../team-store';
import type { Offer } from './action-notice';
import type { LoopWriter } from './loop-writer';

/** The `✅ YYYY-MM-DD` a tick may add: the same item, open or done, has the same words without it. */
const DONE_FIELD = /✅\uFE0F? *\d{4}-\d{2}-\d{2}/gu;

/**
 * Close the loop (issue 12): when an item of theirs is ticked, offer one click that adds the
 * thank-you under it, whether it was ticked on the dashboard or in the editor. The editor's
 * tick is seen by comparing what the index knew of a note before and after an edit: an item
 * of theirs that was open and is now done. Each item is offered at most once (a tick on the
 * dashboard is an edit too, and an item ticked, unticked and ticked again is not thanked twice);
 * items already done when the plugin loaded never turn from open to done, and are not offered.
 */
export class CloseTheLoop {
	private readonly offered = new Set<string>();

	constructor(
		private readonly store: TeamStore,
		private readonly writer: LoopWriter,
		private readonly offer: Offer,
	) {}

	/** Their item was ticked on the dashboard (on `doneDay`). */
	ticked(item: Item, doneDay: CalendarDate): void {
		if (item.owner === 'them') this.offerOnce(item, () => this.writer.addThanks(item, doneDay));
	}

	/** Watches every edit for their items ticked in the editor; returns the way to stop. */
	watch(): () => void {
		return this.store.onNoteChange((before, after) => this.noteChanged(before, after));
	}

	private noteChanged(before: NoteFacts | undefined, after: NoteFacts): void {
		if (before === undefined || before.kind === 'other' || after.kind === 'other') return;
		const ticked = tickedItems(before.items, after.items);
		if (ticked.length === 0) return;
		// Whose court and which mentor come from the team (a "Name:" prefix, a group meeting's links).
		const items = this.store.snapshot()?.items ?? [];
		for (const parsed of ticked) {
			const item = items.find((i) => i.path === after.path && i.line === parsed.line);
			if (item?.owner === 'them' && !item.open) this.offerOnce(item, () => this.writer.addThanksBelow(item));
		}
	}

	private offerOnce(item: Item, run: () => Promise<unknown>): void {
		const key = itemKey(item);
		if (this.offered.has(key)) return;
		this.offered.add(key);
		this.offer(`${item.mentor} delivered. Thank them and tell them how it went?`, 'Add a thank-you', run);
	}
}

function itemKey(item: Pick<ParsedItem, 'path' | 'text'>): string {
	return `${item.path}\n${item.text.replace(DONE_FIELD, ' ').replace(/\s+/g, ' ').trim()}`;
}

/** The items done after the edit whose words were open before it: open fewer times, and done more times, than before. */
function tickedItems(before: readonly ParsedItem[], after: readonly ParsedItem[]): ParsedItem[] {
	const opened = new Map<string, number>();
	const done = new Map<string, number>();
	const count = (items: readonly ParsedItem[], by: number): void => {
		for (const item of items) {
			const tally = item.state === 'open' ? opened : item.state === 'done' ? done : null;
			if (tally) tally.set(itemKey(item), (tally.get(itemKey(item)) ?? 0) + by);
		}
	};
	count(before, 1);
	count(after, -1);
	return after.filter((item) => item.state === 'done' && (opened.get(itemKey(item)) ?? 0) > 0 && (done.get(itemKey(item)) ?? 0) < 0);
}
