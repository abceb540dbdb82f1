import { addDays, type CalendarDate } from '../calendar-date';

/**
 * The text rules of iCalendar (RFC 5545) that every calendar app checks: lines end in CRLF,
 * no line is longer than 75 octets (longer ones are folded: CRLF and one space, the space
 * counting toward the next line's 75), and text values escape `\`, `;`, `,` and newlines.
 */

export const CRLF = '\r\n';
const MAX_LINE_OCTETS = 75;

/**
 * A text value as iCalendar writes it. Newlines of any kind become `\n`; other control
 * characters are dropped (RFC 5545 §3.3.11 refuses the ASCII ones; the C1 ones can drive a
 * terminal the command line prints to); tabs stay.
 */
export function escapeText(text: string): string {
	let out = '';
	for (const char of text.replace(/\r\n?/g, '\n')) {
		const code = char.charCodeAt(0);
		if (char === '\\') out += '\\\\';
		else if (char === ';') out += '\\;';
		else if (char === ',') out += '\\,';
		else if (char === '\n') out += '\\n';
		else if ((code < 0x20 && char !== '\t') || (code >= 0x7f && code <= 0x9f)) continue;
		else out += char;
	}
	return out;
}

function octets(codePoint: number): number {
	return codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
}

/** A character, or an escape (`\,`) kept whole: a fold between its two halves trips lax readers. */
const FOLD_UNIT = /\\[\s\S]|[\s\S]/gu;

/**
 * One content line folded at 75 octets of UTF-8, never inside a character: a name in Greek or
 * an emoji is split between characters, so no app sees half a character.
 */
export function foldLine(line: string): string {
	const parts: string[] = [];
	let current = '';
	let used = 0;
	for (const [char] of line.matchAll(FOLD_UNIT)) {
		let size = 0;
		for (const part of char) size += octets(part.codePointAt(0) ?? 0);
		if (used + size > MAX_LINE_OCTETS) {
			parts.push(current);
			// The continuation's leading space is one of its 75 octets.
			current = ' ';
			used = 1;
		}
		current += char;
		used += size;
	}
	parts.push(current);
	return parts.join(CRLF);
}

/** Content lines as a file: each folded, each ended by CRLF (the last one too). */
export function icsText(lines: readonly string[]): string {
	return lines.map((line) => foldLine(line) + CRLF).join('');
}

/** `2026-11-26` → `20261126`, the form of a DATE value. */
export function icsDate(date: CalendarDate): string {
	return date.replace(/-/g, '');
}

/** `2026-11-26` → `20261126T000000Z`: a UTC date-time (DTSTAMP must be one). */
export function icsStamp(date: CalendarDate): string {
	return `${icsDate(date)}T000000Z`;
}

/**
 * A local ("floating") date-time: `2026-11-26`, `15:00` → `20261126T150000`. Floating on
 * purpose: 15:00 in the note is 15:00 on the phone, wherever the phone is; no zone is named,
 * so none can shift it.
 */
export function icsLocalDateTime(date: CalendarDate, time: string): string {
	return `${icsDate(date)}T${time.replace(':', '')}00`;
}

/** The day and `HH:MM` `minutes` after a day and time (a 23:30 meeting ends the next day). */
export function laterTime(date: CalendarDate, time: string, minutes: number): { date: CalendarDate; time: string } {
	const [hours = 0, mins = 0] = time.split(':').map(Number);
	const total = hours * 60 + mins + minutes;
	const dayShift = Math.floor(total / (24 * 60));
	const inDay = total - dayShift * 24 * 60;
	const pad = (n: number): string => String(n).padStart(2, '0');
	return { date: addDays(date, dayShift), time: `${pad(Math.floor(inDay / 60))}:${pad(inDay % 60)}` };
}

/** True for `HH:MM` with an hour 00–23 and minutes 00–59. */
export function isClockTime(time: string): boolean {
	const match = /^(\d{2}):(\d{2})$/.exec(time);
	return match !== null && Number(match[1]) < 24 && Number(match[2]) < 60;
}
