import { agendaText, sourceLink } from './agenda-words';
import type { Item } from './types';

// The parts of a meeting brief that the issue-12 loop added to the meeting template:
// {{since_last}}, {{questions}} and {{last_meeting}}.

/** `- Send the abstract · ✅ 2026-11-18 · mine · [[Dr. Maya Lee]]`, one per item. */
export function sinceLastMarkdown(items: readonly Item[]): string {
	if (items.length === 0) return '- Nothing closed since last time.';
	return items.map((item) => `- ${agendaText(item.text)} · ✅ ${item.doneDate ?? ''} · ${item.owner === 'me' ? 'mine' : 'theirs'} · ${sourceLink(item.path)}`).join('\n');
}

/** The open `#ask` items, as questions (the tag stays: it says why the line is here). */
export function questionsMarkdown(items: readonly Item[]): string {
	if (items.length === 0) return '- No open questions. Tag an item #ask to bring it here.';
	return items.map((item) => `- ${agendaText(item.text)} · ${sourceLink(item.path)}`).join('\n');
}

/** "Last meeting: [[2026-11-10 Dr. Maya Lee]]", or that there is none on file. */
export function lastMeetingMarkdown(path: string | null | undefined): string {
	return path ? `Last meeting: ${sourceLink(path)}` : 'Last meeting: none on file.';
}
