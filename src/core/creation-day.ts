import { dateFromParts, type CalendarDate } from './calendar-date';

/**
 * The day a file was created, in local time, from its file-system times (milliseconds
 * since 1970), or null when they do not say. Creation times are unreliable: 0 on some
 * file systems and on Android, not kept by sync (which stamps the time the copy arrived,
 * later than the last edit), and anything at all from a misbehaving adapter. An item
 * read from a wrong creation day would be due in 1970 or on the wrong Friday; with no
 * creation day it is simply due at the next meeting.
 */
export function creationDay(created: unknown, modified: unknown): CalendarDate | null {
	if (typeof created !== 'number' || !Number.isFinite(created) || created <= 0) return null;
	// A file cannot have been edited before it existed: the creation time is the copy's.
	if (typeof modified === 'number' && Number.isFinite(modified) && modified > 0 && created > modified) return null;
	// Null past year 9999 (and for an invalid Date, past year 275760), where localDateOf would throw.
	const instant = new Date(created);
	return dateFromParts(instant.getFullYear(), instant.getMonth() + 1, instant.getDate());
}
