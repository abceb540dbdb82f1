import type { CalendarDate } from './calendar-date';
import { addressName } from './close-loop';
import { compareText } from './compare-text';
import { shortDate } from './format';
import { hasTag } from './note-templates';
import { itemWords } from './presentation/item-words';
import type { Item, MentorSummary, TeamSnapshot } from './types';
import { mailtoLink } from './mailto';

/**
 * "Draft an update" (issue 12): a progress update to one mentor or a group, as a note and a
 * `mailto:` link with the same text. Nothing is sent: the user opens the link in their mail
 * app, reads, edits and sends it themselves.
 */
export interface UpdateRecipient {
	mentor: MentorSummary;
	email: string | null;
	/** The day the last update went to this mentor: wins are counted from the day after. */
	lastUpdate: CalendarDate | null;
}

export interface UpdateSections {
	wins: string[];
	nextSteps: string[];
	asks: string[];
	thanks: string[];
}

export interface UpdateDraft {
	subject: string;
	/** The email's text (plain text, `\n` line breaks). */
	body: string;
	mailto: string;
}

interface Tags {
	askTag: string;
	loopTag: string;
}

/**
 * What goes in the update, for these mentors: wins (my items done since the last update to
 * that mentor), next steps (my open items), asks (open items tagged as questions) and thanks
 * (what they delivered since the last update). Thank-you and question items are not wins or steps.
 */
export function updateSections(team: TeamSnapshot, recipients: readonly UpdateRecipient[], tags: Tags): UpdateSections {
	const since = new Map(recipients.map((r) => [r.mentor.path, r.lastUpdate]));
	const ours = team.items.filter((i) => since.has(i.mentorPath));
	const fresh = (i: Item): boolean => {
		const last = since.get(i.mentorPath) ?? null;
		return i.state === 'done' && i.doneDate !== null && i.doneDate <= team.today && (last === null || i.doneDate > last);
	};
	const tagged = (i: Item): boolean => hasTag(i.text, tags.askTag) || hasTag(i.text, tags.loopTag);
	const words = (i: Item): string => plainWords(i, team, tags);
	return {
		wins: ours
			.filter((i) => i.owner === 'me' && fresh(i) && !tagged(i))
			.sort((a, b) => compareText(a.doneDate ?? '', b.doneDate ?? ''))
			.map((i) => `${words(i)} (${shortDate(i.doneDate as CalendarDate, team.today)})`),
		nextSteps: ours.filter((i) => i.owner === 'me' && i.open && !tagged(i)).map((i) => (i.dueDate ? `${words(i)} (by ${shortDate(i.dueDate, team.today)})` : words(i))),
		asks: ours.filter((i) => i.open && hasTag(i.text, tags.askTag)).map(words),
		thanks: ours.filter((i) => i.owner === 'them' && fresh(i)).map((i) => `Thank you for ${lowerFirst(words(i))}.`),
	};
}

/** An item's words for an email: no fields, no tags, no "Dr. Lee:" owner prefix. */
function plainWords(item: Item, team: TeamSnapshot, tags: Tags): string {
	let text = itemWords(item.text, team.markerTags);
	text = text.replace(new RegExp(`(^|\\s)#(?:${escape(tags.askTag)}|${escape(tags.loopTag)})(?![\\w/-])`, 'giu'), ' ');
	if (item.prefixKey !== null) text = text.replace(/^[^:]{1,80}:\s*/, '');
	return text.replace(/\s+/g, ' ').trim();
}

function escape(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

function lowerFirst(text: string): string {
	return /^[A-Z][a-z]/.test(text) ? `${text[0]?.toLowerCase() ?? ''}${text.slice(1)}` : text;
}

const SECTION_TITLES: readonly [keyof UpdateSections, string][] = [
	['wins', 'Wins since my last update'],
	['nextSteps', 'Next steps'],
	['asks', 'Where your advice would help'],
	['thanks', 'Thank you'],
];

/** The email: greeting, the four sections (left out when empty), shown `limits[k]` lines each with "…and N more". */
export function updateBody(sections: UpdateSections, recipients: readonly UpdateRecipient[], limits?: Partial<Record<keyof UpdateSections, number>>): string {
	const greeting = recipients.length === 1 && recipients[0] ? `Dear ${addressName(recipients[0].mentor.name)},` : 'Dear all,';
	const lines = [greeting, '', 'A short update on my progress.'];
	for (const [key, title] of SECTION_TITLES) {
		const list = sections[key];
		if (list.length === 0) continue;
		const shown = Math.min(list.length, limits?.[key] ?? list.length);
		lines.push('', `${title}:`);
		for (const entry of list.slice(0, shown)) lines.push(`- ${entry}`);
		if (shown < list.length) lines.push(`- …and ${list.length - shown} more`);
	}
	if (SECTION_TITLES.every(([key]) => sections[key].length === 0)) lines.push('', 'Nothing new to report yet; I will write again soon.');
	lines.push('', 'Best wishes,', '');
	return lines.join('\n');
}

/** Longer `mailto:` links are cut off or refused by some mail apps and browsers. */
export const MAILTO_LIMIT = 2000;

/**
 * The draft: the full text for the note, and a link whose text is cut, one line at a time
 * from the longest section, until the link fits within MAILTO_LIMIT characters.
 */
export function draftUpdate(team: TeamSnapshot, recipients: readonly UpdateRecipient[], tags: Tags): UpdateDraft & { fullBody: string; sections: UpdateSections } {
	const sections = updateSections(team, recipients, tags);
	const subject = `Progress update, ${shortDate(team.today, team.today)}`;
	const to = recipients.map((r) => r.email).filter((e): e is string => e !== null && e !== '');
	const fullBody = updateBody(sections, recipients);
	const limits: Record<keyof UpdateSections, number> = { wins: sections.wins.length, nextSteps: sections.nextSteps.length, asks: sections.asks.length, thanks: sections.thanks.length };
	let body = fullBody;
	let mailto = mailtoLink(to, subject, body);
	while (mailto.length > MAILTO_LIMIT) {
		const longest = SECTION_TITLES.map(([key]) => key).reduce((a, b) => (limits[b] > limits[a] ? b : a));
		if (limits[longest] === 0) break;
		limits[longest]--;
		body = updateBody(sections, recipients, limits);
		mailto = mailtoLink(to, subject, body);
	}
	return { subject, body, mailto, fullBody, sections };
}
