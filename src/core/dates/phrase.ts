import type { CalendarDate } from '../calendar-date';

/** A due date read from the words of a task. */
export type DuePhrase =
	| { kind: 'date'; date: CalendarDate; text: string; index: number }
	/** "by the next meeting": due whenever the next meeting with that mentor is due. */
	| { kind: 'next-meeting'; text: string; index: number };
