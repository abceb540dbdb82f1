import { addDays, compareDueDates, type CalendarDate } from './calendar-date';
import { compareText } from './compare-text';
import { completeTaskLine, lineBreakOf, replaceLine, type EditResult } from './edits';
import { isHonorific } from './names';
import { hasTag } from './note-templates';
import type { Item, TeamSnapshot } from './types';

/**
 * Closing the loop: when a mentor delivers, thank them and tell them how it went. The
 * thank-you is an item of mine, tagged with the loop tag, indented under what they did.
 */

/** How many days the thank-you is due after the mentor's item is ticked. */
export const THANKS_DUE_DAYS = 2;

/** "Dr. Maya Lee" → "Dr. Lee"; "Sam Ortiz" → "Sam": how one would address them in a note to self. */
export function addressName(name: string): string {
	const words = name.trim().split(/\s+/);
	const first = words[0] ?? '';
	if (words.length >= 3 && isHonorific(first.replace(/\.$/, ''))) return `${first} ${words[words.length - 1] ?? ''}`;
	return words.length >= 2 && !isHonorific(first.replace(/\.$/, '')) ? first : name.trim();
}

/** `\t- [ ] Thank Dr. Lee and tell them how it went #loop 📅 2026-11-26`, indented one level under `parentRaw`. */
export function thanksLine(parentRaw: string, mentorName: string, today: CalendarDate, loopTag: string): string {
	const indent = /^[\s>]*/.exec(parentRaw)?.[0] ?? '';
	return `${indent}\t- [ ] Thank ${addressName(mentorName)} and tell them how it went #${loopTag} 📅 ${addDays(today, THANKS_DUE_DAYS)}`;
}

/**
 * Adds the thank-you under an item ticked on `doneDay`: the ticked line must still read as
 * the tick left it (on its line, or one lower when a recurring item's next occurrence was
 * written above it). Refused, with the reason, otherwise.
 */
export function addThanksUnder(text: string, item: Pick<Item, 'line' | 'raw' | 'mentor'>, doneDay: CalendarDate, today: CalendarDate, loopTag: string): EditResult {
	const done = completeTaskLine(item.raw, doneDay);
	if (done === null) return { ok: false, reason: 'the item was not open' };
	const child = thanksLine(item.raw, item.mentor, today, loopTag);
	let refusal: EditResult = { ok: false, reason: `line ${item.line} has changed since it was ticked` };
	for (const line of [item.line, item.line + 1]) {
		const result = replaceLine(text, line, done, `${done}${lineBreakOf(text)}${child}`);
		if (result.ok) return result;
		if (line === item.line) refusal = result;
	}
	return refusal;
}

/**
 * Adds the thank-you under an item ticked elsewhere (in the editor): its line must still read
 * `item.raw`, the done line as the index last read it. Refused, with the reason, otherwise.
 */
export function addThanksBelow(text: string, item: Pick<Item, 'line' | 'raw' | 'mentor' | 'twins'>, today: CalendarDate, loopTag: string): EditResult {
	const child = thanksLine(item.raw, item.mentor, today, loopTag);
	return replaceLine(text, item.line, item.raw, `${item.raw}${lineBreakOf(text)}${child}`, item.twins);
}

/** Open thank-yous (items carrying the loop tag), soonest due first: in my court, listed as "owed thanks". */
export function owedThanks(team: TeamSnapshot, loopTag: string): Item[] {
	return team.items.filter((i) => i.open && hasTag(i.text, loopTag)).sort((a, b) => compareDueDates(a.dueDate, b.dueDate) || compareText(a.mentor, b.mentor) || a.line - b.line);
}
