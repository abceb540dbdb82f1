import type { CalendarDate } from './calendar-date';
import { safeFileName } from './file-names';
import { shortDate } from './format';
import { trimSlashes } from './text';
import type { UpdateDraft } from './update-draft';

/**
 * The note "Draft an update" writes. It links its mentors under `update_to`, never `mentor`
 * (that would make it a meeting note, and drafting would count as a contact), and keeps
 * `sent` empty until the user marks it sent.
 */
export const UPDATE_TO_PROPERTY = 'update_to';
export const UPDATE_SENT_PROPERTY = 'sent';
export const UPDATE_DRAFTED_PROPERTY = 'drafted';

export interface UpdateNote {
	/** "Dr. Maya Lee", "sponsors", "the team". */
	audience: string;
	/** Property links to the mentor notes, as written in YAML (`[[Dr. Maya Lee]]`). */
	links: readonly string[];
	/** The addresses the link writes to. */
	to: readonly string[];
	today: CalendarDate;
	draft: UpdateDraft & { fullBody: string };
}

export function updateNoteText(note: UpdateNote): string {
	const { draft } = note;
	const lines = ['---', `${UPDATE_TO_PROPERTY}:`];
	for (const link of note.links) lines.push(`  - ${JSON.stringify(link)}`);
	lines.push(`${UPDATE_DRAFTED_PROPERTY}: ${note.today}`, `${UPDATE_SENT_PROPERTY}:`, '---');
	lines.push(`# Update to ${note.audience}, ${shortDate(note.today, note.today)}`, '');
	const cut = draft.body !== draft.fullBody ? ' The email link carries a shortened text (mail apps refuse long links); the full text is below.' : '';
	lines.push(`Nothing has been sent. [Open this draft in your email app](${draft.mailto}), read it and send it yourself; then run "Mark update sent".${cut}`, '');
	lines.push(`To: ${note.to.length > 0 ? note.to.join(', ') : '(no email address in the mentor notes)'}`, `Subject: ${draft.subject}`, '', '---', '');
	return `${lines.join('\n')}${draft.fullBody}`;
}

/** `Updates/2026-11-24 Update to Dr. Maya Lee.md`. */
export function updateNotePath(folder: string, today: CalendarDate, audience: string): string {
	const file = `${safeFileName(`${today} Update to ${audience}`)}.md`;
	const clean = trimSlashes(folder);
	return clean === '' ? file : `${clean}/${file}`;
}
