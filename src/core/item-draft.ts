import { addDays, parseCalendarDate, type CalendarDate } from './calendar-date';
import { readDuePhrase } from './natural-date';
import { hasTag, type NewItem } from './note-templates';
import type { MentorRallySettings } from './settings';
import { proseOf, readExplicitDue } from './task-fields';
import { nameVariants, ownerPrefixKey } from './names';

/** What an item typed into the "add an item" dialog will be, before it is written. */
export interface ItemDraft {
	item: NewItem;
	/** How the due date was found, for the live preview. */
	source: 'explicit' | 'invalid' | 'phrase' | 'next-meeting' | 'reply-window' | 'none';
	/** The words the date was read from ("by Friday"). */
	phrase: string | null;
	/** Whose court, as the index will read the line: `them` by the toggle, the owner tag or the mentor's name first. */
	owner: 'me' | 'them';
	/** Set when the line itself says it is theirs ("Dr. Marsh: …", "Maya to …", `#theirs`). */
	ownerFrom: 'name' | 'tag' | null;
}

/** The names an item may open with to be the mentor's (see nameVariants). */
export interface MentorNames {
	name: string;
	aliases: readonly string[];
}

/**
 * Reads an item as the user types it, with today as its reference date: an explicit
 * `📅 2026-12-01` wins, then a phrase ("by Friday"); otherwise it is due at the next
 * meeting. The written line always carries an explicit `📅` date when there is one, so it
 * never depends on when the note is read again.
 */
export function draftItem(text: string, theirs: boolean, today: CalendarDate, settings: MentorRallySettings, mentor: MentorNames | null = null): ItemDraft {
	const trimmed = text.trim();
	// The reader the index uses (note-facts and team): the owner tag, or a mentor's name first.
	const prefix = mentor ? ownerPrefixKey(trimmed) : null;
	const ownerFrom = hasTag(trimmed, settings.ownerTag) ? 'tag' : prefix !== null && mentor && nameVariants(mentor.name, mentor.aliases).has(prefix) ? 'name' : null;
	const owner = theirs || ownerFrom !== null ? 'them' : 'me';
	const who = { owner, ownerFrom } as const;
	const explicit = readExplicitDue(trimmed);
	if (explicit) {
		const due = parseCalendarDate(explicit.text);
		// The date is already in the text; writing it twice would be noise.
		return { item: { text: trimmed, due: null, theirs, reply: false }, source: due ? 'explicit' : 'invalid', phrase: explicit.text, ...who };
	}
	const phrase = readDuePhrase(proseOf(trimmed), today, settings.dateOrder);
	if (phrase?.kind === 'date') return { item: { text: trimmed, due: phrase.date, theirs, reply: false }, source: 'phrase', phrase: phrase.text, ...who };
	if (phrase?.kind === 'next-meeting') return { item: { text: trimmed, due: null, theirs, reply: false }, source: 'next-meeting', phrase: phrase.text, ...who };
	return { item: { text: trimmed, due: null, theirs, reply: false }, source: 'none', phrase: null, ...who };
}

/** An email that needs my reply: due within the reply window, tagged as a reply. */
export function draftReply(mentorName: string, subject: string, today: CalendarDate, settings: MentorRallySettings): ItemDraft {
	const about = subject.trim();
	const text = about === '' ? `Reply to ${mentorName}'s email` : `Reply to ${mentorName}'s email: ${about}`;
	return {
		item: { text, due: addDays(today, settings.replyWindowDays), theirs: false, reply: true },
		source: 'reply-window',
		phrase: null,
		owner: 'me',
		ownerFrom: null,
	};
}
