/**
 * Reads a due date from the words of a task. Three readers take part: our own rules for
 * what chrono lacks (src/core/dates/own-rules.ts), a fast path for the commonest phrases
 * that must give exactly what chrono gives (common-phrases.ts), and chrono itself
 * (chrono-reading.ts). The first date in the text wins; on a tie, our own rule.
 */
import type { CalendarDate } from './calendar-date';
import { readWithChrono } from './dates/chrono-reading';
import { chronoMayStartBefore } from './dates/chrono-neighbourhood';
import { readCommonPhrase } from './dates/common-phrases';
import { ownPhraseAfterTime } from './dates/own-after-time';
import { readOwnPhrase } from './dates/own-rules';
import type { DuePhrase } from './dates/phrase';
import { rewriteForReading } from './dates/rewrite';
import { MAY_HOLD_A_DATE } from './dates/vocabulary';
import type { DateOrder } from './settings';

export type { DuePhrase } from './dates/phrase';
export { readCommonPhrase } from './dates/common-phrases';

/**
 * Reads a due date from the words of a task, looking forward from its reference date
 * (the day it was written). Returns null for text with no date in it, and for a bare
 * time ("at 5pm"), a bare number ("chapter 3") or a bare year ("ASCO 2027").
 */
export function readDuePhrase(prose: string, reference: CalendarDate, order: DateOrder): DuePhrase | null {
	if (!MAY_HOLD_A_DATE.test(prose)) return null;
	const words = rewriteForReading(prose);
	const found = readRewritten(words.text, reference, order);
	return found && words.restore(found);
}

function readRewritten(prose: string, reference: CalendarDate, order: DateOrder): DuePhrase | null {
	const own = readOwnPhrase(prose, reference);
	// Nothing before our own phrase could start a date: chrono cannot find an earlier one (and
	// on a tie ours wins), so it need not be asked.
	if (own && !chronoMayStartBefore(prose.slice(0, own.index), own.text)) return own;
	// A time of day right before it ("at 5pm this week"): read as chrono would join them, where known.
	const afterTime = own && ownPhraseAfterTime(prose, own);
	if (afterTime) return afterTime;
	const common = readCommonPhrase(prose, reference, order);
	return earliest(own, common === undefined ? readWithChrono(prose, reference, order) : common);
}

/**
 * The slow reading that `readDuePhrase` must always equal: our own phrases and whatever
 * chrono reads, with no shortcut. Exported so the shortcuts can be checked against it.
 */
export function readDuePhraseSlowly(prose: string, reference: CalendarDate, order: DateOrder): DuePhrase | null {
	const words = rewriteForReading(prose);
	const found = earliest(readOwnPhrase(words.text, reference), readWithChrono(words.text, reference, order));
	return found && words.restore(found);
}

/** The phrase found first in the text; on a tie our own phrase (the first argument) wins. */
function earliest(own: DuePhrase | null, other: DuePhrase | null): DuePhrase | null {
	return other && (!own || other.index < own.index) ? other : own;
}
