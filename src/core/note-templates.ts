import type { CalendarDate } from './calendar-date';
import { pushAll } from './collections';
import { trimSlashes } from './text';
import { describeCadence, type Cadence } from './cadence';
import { relativeDay, shortDate } from './format';
import type { MentorRallySettings } from './settings';
import type { Item } from './types';
import { agendaText, sourceLink } from './agenda-words';
import { lastMeetingMarkdown, questionsMarkdown, sinceLastMarkdown } from './brief-markdown';
import { fileNameFor, safeFileName } from './file-names';

/**
 * The text Mentor Rally writes into notes: a new item's task line, a new mentor note,
 * a new meeting note with its agenda. Pure functions, so tests read them directly.
 */

export interface NewItem {
	text: string;
	due: CalendarDate | null;
	/** The mentor owes it (adds the owner tag). */
	theirs: boolean;
	/** An email I owe a reply to (adds the reply tag). */
	reply: boolean;
}

/** `- [ ] Send the CV #theirs 📅 2026-11-27`: the tags and an explicit Tasks due date. */
export function itemLine(item: NewItem, settings: MentorRallySettings): string {
	// U+2028 and U+2029 (pasted from email clients and PDFs) are line breaks too: left in, the
	// line would not read back as a task, since `.` in the readers' patterns stops at them.
	let line = `- [ ] ${item.text.replace(/[\r\n\u2028\u2029]+/g, ' ').trim()}`;
	if (item.theirs && !hasTag(line, settings.ownerTag)) line += ` #${settings.ownerTag}`;
	if (item.reply && !hasTag(line, settings.replyTag)) line += ` #${settings.replyTag}`;
	if (item.due) line += ` 📅 ${item.due}`;
	return line;
}

/** The text carries `#tag` as a word of its own (any letter case). */
export function hasTag(text: string, tag: string): boolean {
	// Most lines hold no tag at all: no need to split them into words.
	return text.includes('#') && text.toLowerCase().split(/\s+/).includes(`#${tag.toLowerCase()}`);
}

/** The heading new items go under in a mentor note (not a dated heading: adding an item is not a contact). */
export const ITEMS_HEADING = '## Open items';

/** Where Add item writes in a meeting note (the default template's last heading). */
export const MEETING_ITEMS_HEADING = '## New items';

export interface NewMentor {
	name: string;
	roles: string[];
	cadence: Cadence | null;
	today: CalendarDate;
	/** When you last met, if you said (written as last_contact). */
	lastContact?: CalendarDate | null;
}

export function mentorNoteText(mentor: NewMentor, settings: MentorRallySettings): string {
	const p = settings.properties;
	const lines = ['---', `${p.type}: mentor`];
	if (mentor.roles.length === 0) lines.push(`${p.role}: []`);
	else {
		lines.push(`${p.role}:`);
		pushAll(
			lines,
			mentor.roles.map((role) => `  - ${yamlScalar(role)}`),
		);
	}
	lines.push(`${p.cadence}: ${yamlScalar(mentor.cadence ? describeCadence(mentor.cadence) : settings.defaultCadence)}`);
	lines.push(`${p.status}: active`, `${p.since}: ${mentor.today}`);
	if (mentor.lastContact) lines.push(`${p.lastContact}: ${mentor.lastContact}`);
	lines.push(`${p.email}:`, `${p.institution}:`, '---');
	lines.push(`# ${mentor.name}`, '', 'What they help me with, how we met, what they care about.', '', ITEMS_HEADING, '', '## Log', '');
	return `${lines.join('\n')}\n`;
}

/** A YAML scalar on one line: quoted when plain YAML would read it as something else. */
export function yamlScalar(text: string): string {
	const plain = /^[A-Za-z0-9][\w .,'()/-]*$/.test(text) && !/^(true|false|null|yes|no|on|off|~)$/i.test(text) && !/:\s|\s#/.test(text);
	return plain ? text : JSON.stringify(text);
}

export interface MeetingAgenda {
	mentor: string;
	date: CalendarDate;
	time: string | null;
	today: CalendarDate;
	/** Open items I owe this mentor ("bring back"). */
	bringBack: readonly Item[];
	/** Open items they owe me. */
	waitingOn: readonly Item[];
	/** Items done since the last contact (the brief's "Since last time"); none when not given. */
	sinceLast?: readonly Item[];
	/** Open items tagged as questions to ask. */
	questions?: readonly Item[];
	/** Path of the last meeting note before this one, when known. */
	lastMeeting?: string | null;
}

/** The agenda: what to bring back first (the tennis rule), then what I am waiting on. */
export function agendaMarkdown(agenda: MeetingAgenda): { bringBack: string; waitingOn: string } {
	const bring = agenda.bringBack.map((item) => {
		const due = item.dueDate ? ` (due ${shortDate(item.dueDate, agenda.today)}${item.overdue ? ', overdue' : ''})` : '';
		return `- ${agendaText(item.text)}${due} · ${sourceLink(item.path)}`;
	});
	const waiting = agenda.waitingOn.map((item) => {
		const asked = item.referenceDate ? ` (asked ${relativeDay(item.referenceDate, agenda.today)})` : '';
		return `- ${agendaText(item.text)}${asked} · ${sourceLink(item.path)}`;
	});
	return {
		bringBack: bring.length > 0 ? bring.join('\n') : '- Nothing open: bring news of what you did since last time.',
		waitingOn: waiting.length > 0 ? waiting.join('\n') : '- Nothing pending from them.',
	};
}

export const DEFAULT_MEETING_TEMPLATE = `# {{title}}

{{last_meeting}}

## Since last time
{{since_last}}

## Bring back
{{bring_back}}

## Waiting on them
{{waiting_on}}

## Questions
{{questions}}

## Notes


## New items
`;

/**
 * The body of a new meeting note from a template. Placeholders: {{mentor}}, {{date}},
 * {{time}}, {{title}}, {{bring_back}}, {{waiting_on}}, {{agenda}} (both lists under
 * their headings), {{since_last}} (done since the last contact, with ✅ days), {{questions}}
 * (open #ask items) and {{last_meeting}} (a link to the previous meeting note). The mentor and date properties are set separately, through
 * Obsidian's property writer, so a template with its own properties keeps them.
 */
export function meetingNoteBody(agenda: MeetingAgenda, template: string | null): string {
	const lists = agendaMarkdown(agenda);
	const title = `Meeting with ${agenda.mentor}, ${shortDate(agenda.date, agenda.today)}${agenda.time ? ` ${agenda.time}` : ''}`;
	// A Map, not an object: `{{constructor}}` or `{{toString}}` in a template must stay as
	// written, not become `function Object() { [native code] }`.
	const values = new Map<string, string>([
		['mentor', agenda.mentor],
		['date', agenda.date],
		['time', agenda.time ?? ''],
		['title', title],
		['bring_back', lists.bringBack],
		['waiting_on', lists.waitingOn],
		['since_last', sinceLastMarkdown(agenda.sinceLast ?? [])],
		['questions', questionsMarkdown(agenda.questions ?? [])],
		['last_meeting', lastMeetingMarkdown(agenda.lastMeeting)],
		['agenda', `## Bring back\n${lists.bringBack}\n\n## Waiting on them\n${lists.waitingOn}`],
	]);
	const source = template ?? DEFAULT_MEETING_TEMPLATE;
	// A replacer function: `$&` or `$'` in a mentor's name is text, not a replacement pattern.
	return source.replace(/\{\{\s*([a-z_]+)\s*\}\}/gi, (whole, key: string) => values.get(key.toLowerCase()) ?? whole);
}

/** `Meetings/2026-11-24 Dr. Maya Lee.md`, with characters file systems refuse replaced and the length capped. */
export function meetingNotePath(folder: string, date: CalendarDate, mentor: string): string {
	return joinPath(folder, `${safeFileName(`${date} ${mentor}`)}.md`);
}

/** `Mentors/Dr. Maya Lee.md`, or why no file can be named after the mentor (see {@link fileNameFor}). */
export function mentorNotePath(folder: string, name: string): { ok: true; path: string } | { ok: false; message: string } {
	const file = fileNameFor(name);
	return file.ok ? { ok: true, path: joinPath(folder, `${file.name}.md`) } : file;
}

function joinPath(folder: string, file: string): string {
	const clean = trimSlashes(folder);
	return clean === '' ? file : `${clean}/${file}`;
}
