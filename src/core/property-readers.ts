import { ownValue } from './collections';
import { parseCalendarDate, type CalendarDate } from './calendar-date';
import { truncate } from './format';
import { baseName } from './names';
import { isBlank, property, quoteValue, singleString, type Frontmatter } from './properties';
import type { Lifecycle, NextMeeting } from './types';

// Readers of one property value each: the value as the product means it, or a problem in
// plain words through `report` when the note holds something else.

export function readDateProperty(frontmatter: Frontmatter | null, name: string, report: (m: string) => void): CalendarDate | null {
	const value = property(frontmatter, name);
	if (isBlank(value)) return null;
	const date = parseCalendarDate(value);
	if (!date) report(`${name} ${quoteValue(value)} is not a date; write it as YYYY-MM-DD`);
	return date;
}

export function readMeetingTime(frontmatter: Frontmatter | null, name: string, report: (m: string) => void): NextMeeting | null {
	const date = readDateProperty(frontmatter, name, report);
	return date ? { date, time: timeOf(property(frontmatter, name)) } : null;
}

/** `2026-11-26 15:00` or `2026-11-26T15:00` → `15:00`. */
export function timeOf(value: unknown): string | null {
	if (typeof value !== 'string') return null;
	const match = /^\s*\d{4}-\d{1,2}-\d{1,2}[T ]\s*(\d{1,2}):(\d{2})/.exec(value);
	if (!match) return null;
	const hour = Number(match[1]);
	return hour < 24 ? `${String(hour).padStart(2, '0')}:${match[2] ?? '00'}` : null;
}

const LIFECYCLE_WORDS: Record<string, Lifecycle> = {
	active: 'active',
	current: 'active',
	paused: 'paused',
	pause: 'paused',
	'on hold': 'paused',
	inactive: 'paused',
	alumni: 'alumni',
	alumnus: 'alumni',
	alumna: 'alumni',
	former: 'alumni',
	past: 'alumni',
};

/** `prospectWord` is the status word of a prospect (a setting, default `prospect`). */
export function readLifecycle(value: unknown, name: string, report: (m: string) => void, prospectWord = 'prospect'): Lifecycle {
	if (isBlank(value)) return 'active';
	const text = singleString(value);
	const word = text === null ? '' : text.toLowerCase().replace(/\s+/g, ' ');
	if (word !== '' && word === prospectWord.toLowerCase()) return 'prospect';
	// Own entries only: `status: constructor` found Object's constructor and became the lifecycle.
	const lifecycle = ownValue(LIFECYCLE_WORDS, word);
	if (lifecycle) return lifecycle;
	report(`${name} ${quoteValue(value)} is not one of active, paused, alumni or ${prospectWord}; treating the mentor as active`);
	return 'active';
}

export function displayText(value: unknown): string | null {
	const date = value instanceof Date ? parseCalendarDate(value) : null;
	if (date) return date;
	return singleString(value) || null;
}

/** An ISO date anywhere in the file's base name: `2026-11-10 Dr. Lee.md`. */
export function dateInFileName(path: string): CalendarDate | null {
	const match = /(\d{4}-\d{2}-\d{2})/.exec(baseName(path));
	return match ? parseCalendarDate(match[1]) : null;
}

export function oneLine(text: string): string {
	return truncate(text.split(/\r?\n/)[0]?.trim() ?? '', 118);
}
