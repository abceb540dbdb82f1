/**
 * Our own phrases right after a time of day ("at 5pm before the next meeting", "page 12 this
 * week", "at 5pm two weeks from today"), read as the slow reading has them without asking
 * chrono. chrono reads the time and, where it reads a date right after it, joins the two: then
 * its reading starts earlier than ours and wins. Only the phrases below are taken over here;
 * tests/core/natural-date-time-before.test.ts holds them to the slow reading.
 */
import { couldBeDate, withoutTimes } from './chrono-neighbourhood';
import { MAY_EXTEND } from './common-phrases';
import type { DuePhrase } from './phrase';
import { timeRightBefore } from './time-before';

/** chrono reads no date in these, so the time alone is no deadline and ours stands. */
const CHRONO_READS_NOTHING = /^(?:before\s+the\s+next\s+meeting|this\s+week|eod|cob|eow)$/i;
/** chrono reads the count of weeks ("at 5pm two weeks"), the same day as ours, and leaves "from today" out. */
const WEEKS_FROM_TODAY = /^((?:two|three|four|five|six|seven|eight|nine|ten)\s+weeks)\s+from\s+today$/i;

/** The slow reading of `own` with a time of day right before it, or undefined when that is chrono's call. */
export function ownPhraseAfterTime(prose: string, own: DuePhrase): DuePhrase | undefined {
	const time = timeRightBefore(prose.slice(0, own.index));
	if (!time) return undefined;
	const after = prose.slice(own.index + own.text.length);
	if (couldBeDate(withoutTimes(after)) || MAY_EXTEND.test(after)) return undefined;
	if (CHRONO_READS_NOTHING.test(own.text)) return own;
	const weeks = WEEKS_FROM_TODAY.exec(own.text);
	if (!weeks || own.kind !== 'date') return undefined;
	return { kind: 'date', date: own.date, text: prose.slice(time.index, own.index) + (weeks[1] ?? ''), index: time.index };
}
