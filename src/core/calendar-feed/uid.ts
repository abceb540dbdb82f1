import { nameKey } from '../names';
import type { CalendarDate } from '../calendar-date';

/**
 * Event UIDs that stay the same for the same thing: adding the same meeting to a calendar
 * twice updates the event instead of making a second one, and a subscribed feed keeps each
 * event's identity from one refresh to the next. Made from the mentor's name (as a name key,
 * so "Dr. Lee" and "dr lee" agree) and the day; hashed, so no name is spelled out in the UID.
 */
export function eventUid(kind: string, mentorName: string, date: CalendarDate): string {
	return `${kind}-${date.replace(/-/g, '')}-${hash64(nameKey(mentorName))}@mentor-rally`;
}

/** Two 32-bit FNV-1a hashes with different seeds, as 16 hex digits: enough to keep a team's names apart. */
function hash64(text: string): string {
	return fnv1a(text, 0x811c9dc5) + fnv1a(text, 0x050c5d1f);
}

function fnv1a(text: string, seed: number): string {
	let hash = seed >>> 0;
	for (let i = 0; i < text.length; i++) {
		hash ^= text.charCodeAt(i);
		hash = Math.imul(hash, 0x01000193) >>> 0;
	}
	return hash.toString(16).padStart(8, '0');
}
