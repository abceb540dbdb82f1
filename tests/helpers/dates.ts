import { isCalendarDate, type CalendarDate } from '../../src/core/calendar-date';

/** A calendar date written in a test, checked so a typo fails loudly instead of testing nothing. */
export function day(text: string): CalendarDate {
	if (!isCalendarDate(text)) throw new Error(`not a calendar date: ${text}`);
	return text;
}
