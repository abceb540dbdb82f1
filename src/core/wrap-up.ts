import { addCadence } from './cadence';
import type { CalendarDate } from './calendar-date';
import { draftItem, type ItemDraft, type MentorNames } from './item-draft';
import { itemLine } from './note-templates';
import { nameVariants, ownerPrefixKey } from './names';
import type { MentorRallySettings } from './settings';
import type { MentorSummary } from './types';

/**
 * "Wrap up meeting" (issue 12): after a meeting, log it as a contact on its day, book the
 * next one and write down what each side took away, in one step.
 */

/** The next meeting one cadence after this one. */
export function suggestNextMeeting(mentor: Pick<MentorSummary, 'cadence'>, meetingDay: CalendarDate): CalendarDate {
	return addCadence(meetingDay, mentor.cadence);
}

/** The next group meeting: the soonest of the mentors' suggestions (the most frequent cadence). */
export function suggestGroupNext(mentors: readonly Pick<MentorSummary, 'cadence'>[], meetingDay: CalendarDate): CalendarDate {
	let soonest: CalendarDate | null = null;
	for (const mentor of mentors) {
		const day = suggestNextMeeting(mentor, meetingDay);
		if (soonest === null || day < soonest) soonest = day;
	}
	return soonest ?? meetingDay;
}

/**
 * The items typed for one side, one per line, read as the dialog's capture does but from
 * the meeting's day (where "by Friday" was said), so the dates match what the index reads.
 * `attribute`: in a group meeting, each line of theirs starts with the mentor's name and a
 * colon (unless it already names them so), which is how the index gives an item of a note
 * that links several mentors to one of them (SPEC, Court).
 */
export function draftSide(text: string, theirs: boolean, meetingDay: CalendarDate, settings: MentorRallySettings, mentor: MentorNames, attribute = false): ItemDraft[] {
	const names = attribute ? nameVariants(mentor.name, mentor.aliases) : null;
	return text
		.split(/\r\n|\n|\r/)
		.map((line) => line.replace(/^\s*(?:[-*+]\s+)?(?:\[.\]\s+)?/, '').trim())
		.filter((line) => line !== '')
		.map((line) => (names && !names.has(ownerPrefixKey(line) ?? '') ? `${mentor.name}: ${line}` : line))
		.map((line) => draftItem(line, theirs, meetingDay, settings, mentor));
}

/** The task lines the wrap-up writes under the meeting note's items heading: mine first, then theirs. */
export function wrapUpLines(mine: readonly ItemDraft[], theirs: readonly ItemDraft[], settings: MentorRallySettings): string[] {
	return [...mine, ...theirs].map((draft) => itemLine(draft.item, settings));
}

/** A later contact is never moved back: the last contact becomes the meeting's day only if that is later. */
export function contactAfterMeeting(current: CalendarDate | null, meetingDay: CalendarDate): CalendarDate {
	return current !== null && current > meetingDay ? current : meetingDay;
}
