import { daysBetween, weekday, type CalendarDate } from './calendar-date';
import { MONTH_ABBREVIATIONS } from './words';

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

/** "today", "yesterday", "12 days ago", "tomorrow", "in 3 days". */
export function relativeDay(date: CalendarDate, today: CalendarDate): string {
	const days = daysBetween(today, date);
	if (days === 0) return 'today';
	if (days === -1) return 'yesterday';
	if (days === 1) return 'tomorrow';
	return days < 0 ? `${-days} days ago` : `in ${days} days`;
}

/** "Thu 26 Nov": short, unambiguous in every locale (no 11/12 confusion). */
export function shortDate(date: CalendarDate, today?: CalendarDate): string {
	const month = MONTH_ABBREVIATIONS[Number(date.slice(5, 7)) - 1] ?? '';
	const label = `${WEEKDAYS[weekday(date)] ?? ''} ${Number(date.slice(8, 10))} ${month}`;
	return today && date.slice(0, 4) !== today.slice(0, 4) ? `${label} ${date.slice(0, 4)}` : label;
}

/** "3 weeks" style durations for "waiting for …". */
export function duration(days: number): string {
	if (days < 14) return days === 1 ? '1 day' : `${days} days`;
	if (days < 60) return `${Math.round(days / 7)} weeks`;
	return `${Math.round(days / 30)} months`;
}

export function plural(count: number, noun: string, pluralNoun = `${noun}s`): string {
	return `${count} ${count === 1 ? noun : pluralNoun}`;
}

/** "Dr. Lee", "Dr. Lee and Sam", "Dr. Lee, Sam and Jo": names in a sentence. */
export function listWords(words: readonly string[]): string {
	if (words.length <= 1) return words[0] ?? '';
	return `${words.slice(0, -1).join(', ')} and ${words[words.length - 1] ?? ''}`;
}

/** "research" → "Research": a word or sentence with its first letter in capitals. */
export function capitalize(text: string): string {
	return text === '' ? text : `${text[0]?.toUpperCase() ?? ''}${text.slice(1)}`;
}

/** Text cut to at most `max` characters, ending in "…" when it was cut. */
export function truncate(text: string, max: number): string {
	return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}
