import type { CalendarDate } from '../calendar-date';
import { splitLines } from '../markdown-scan';

const HISTORY_HEADING = /^(#{1,6})[ \t]+history[ \t#]*$/i;
const ANY_HEADING = /^(#{1,6})[ \t]/;

/** The line the plugin writes for a change it makes: `- 2027-09-01 Status: alumni (was prospect)`. */
export function historyLine(date: CalendarDate, kind: 'role' | 'status', value: string): string {
	return `- ${date} ${kind === 'role' ? 'Role' : 'Status'}: ${value.replace(/[\r\n]+/g, ' ').trim()}`;
}

/**
 * The note's text with `line` added at the end of its `## History` section (after the last
 * non-blank line of the section), or a new `## History` section at the end of the note. Every
 * other byte stays as it was; the note's line ending is kept.
 */
export function appendHistoryLine(text: string, line: string): string {
	const eol = text.includes('\r\n') ? '\r\n' : '\n';
	const lines = splitLines(text);
	let start = -1;
	let level = 0;
	for (let i = 0; i < lines.length; i++) {
		const match = HISTORY_HEADING.exec(lines[i] ?? '');
		if (match) {
			start = i;
			level = (match[1] ?? '').length;
			break;
		}
	}
	if (start === -1) {
		// Trailing line breaks cut by hand: a `(\r?\n)*$` pattern is quadratic on a long run of them.
		let end = text.length;
		while (end > 0 && (text[end - 1] === '\n' || text[end - 1] === '\r')) end--;
		const body = text.slice(0, end);
		return `${body}${body === '' ? '' : `${eol}${eol}`}## History${eol}${line}${eol}`;
	}
	let end = lines.length;
	for (let i = start + 1; i < lines.length; i++) {
		const heading = ANY_HEADING.exec(lines[i] ?? '');
		if (heading && (heading[1] ?? '').length <= level) {
			end = i;
			break;
		}
	}
	let last = start;
	for (let i = start + 1; i < end; i++) if ((lines[i] ?? '').trim() !== '') last = i;
	const before = lines.slice(0, last + 1);
	const after = lines.slice(last + 1);
	// A note ending right on the section's last line (no final line break) gets one before the new line.
	return [...before, line, ...after].join(eol) + (after.length === 0 ? eol : '');
}
