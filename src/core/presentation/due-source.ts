import type { CalendarDate } from '../calendar-date';
import { shortDate } from '../format';
import type { Item } from '../types';

/** Small words written before a date phrase that belong with it when it is quoted. */
const LEAD_IN = /(?:^|\s)(by|before|on|until|till|til|due)\s+$/i;

/**
 * Where a due date read from words came from, for the item's row: "by Friday, read from
 * Tue 24 Nov" (the phrase as written, and the day it was read forward from). Null for a
 * due date that was written as a date, or none.
 */
export function dueSourceWords(item: Pick<Item, 'dueSource' | 'dueText' | 'referenceDate' | 'text'>, today?: CalendarDate): string | null {
	if (item.dueSource !== 'phrase' || !item.dueText || item.referenceDate === null) return null;
	return `${phraseAsWritten(item.text, item.dueText)}, read from ${shortDate(item.referenceDate, today)}`;
}

/** "Friday" in "Send CV by Friday" → "by Friday": the phrase with its lead-in word, as the task says it. */
function phraseAsWritten(text: string, phrase: string): string {
	const at = text.toLowerCase().indexOf(phrase.toLowerCase());
	if (at === -1) return phrase;
	const lead = LEAD_IN.exec(text.slice(Math.max(0, at - 12), at));
	return lead ? `${lead[1]?.toLowerCase() ?? ''} ${phrase}` : phrase;
}
