import { parseCalendarDate, type CalendarDate } from './calendar-date';
import { readDuePhrase } from './natural-date';
import type { DateOrder } from './settings';

/**
 * A day typed into a dialog as dates are typed everywhere in Mentor Rally: `2026-12-08`,
 * or words read from today ("Thu", "Dec 8", "tomorrow", "in 2 weeks"). Null when the
 * text names no day.
 */
export function readTypedDay(text: string, today: CalendarDate, order: DateOrder): CalendarDate | null {
	const trimmed = text.trim();
	if (trimmed === '') return null;
	const exact = parseCalendarDate(trimmed);
	if (exact) return exact;
	const phrase = readDuePhrase(trimmed, today, order);
	return phrase?.kind === 'date' ? phrase.date : null;
}
