import { daysBetween, type CalendarDate } from '../../core/calendar-date';
import { baseName } from '../../core/names';
import { duration, relativeDay, shortDate } from '../../core/format';
import type { MentorRallySettings } from '../../core/settings';
import { DATED_FIELDS, DUE_FIELD } from '../../core/task-fields';
import { MARKDOWN_LINK, WIKILINK } from '../../core/text';
import type { Item, MentorSummary } from '../../core/types';
import type { Tone } from './dom';

/**
 * The words of a task for a dashboard row: the due-date fields, the owner and reply tags
 * and link syntax are shown elsewhere (or are noise), so they are taken out. The result is
 * only ever put in the page as text.
 */
export function itemLabel(item: Item, settings: MentorRallySettings): string {
	const tags = [settings.ownerTag, settings.replyTag].map((t) => t.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')).join('|');
	const text = item.text
		.replace(DATED_FIELDS, ' ')
		.replace(DUE_FIELD, ' ')
		.replace(new RegExp(`(^|\\s)#(?:${tags})(?![\\w/-])`, 'giu'), ' ')
		.replace(WIKILINK, (_m, target: string, alias: string | undefined) => alias ?? baseName(target.split('#')[0] ?? target))
		.replace(MARKDOWN_LINK, '$1')
		.replace(/\s+/g, ' ')
		.trim();
	return text !== '' ? text : item.text.trim() !== '' ? item.text.trim() : 'Untitled task';
}

export interface Badge {
	text: string;
	tone: Tone;
}

/** When an item I owe is due: "3 days overdue", "Due today", "Next meeting in 2 days". */
export function dueBadge(item: Item, today: CalendarDate, settings: MentorRallySettings): Badge {
	const due = item.dueDate;
	if (due === null) return { text: 'No date', tone: 'muted' };
	const days = daysBetween(today, due);
	if (days < 0) return { text: days === -1 ? '1 day overdue' : `${-days} days overdue`, tone: 'red' };
	if (days === 0) return { text: 'Due today', tone: 'orange' };
	const when = relativeDay(due, today);
	if (item.dueSource === null || item.dueSource === 'next-meeting') return { text: `Next meeting ${when}`, tone: 'accent' };
	return { text: `Due ${when}`, tone: days <= settings.dueSoonDays ? 'yellow' : 'muted' };
}

/** How long I have waited for something a mentor owes me. */
export function waitBadge(item: Item): Badge {
	if (item.age === null) return { text: 'Waiting', tone: 'muted' };
	if (item.age <= 0) return { text: 'Asked today', tone: 'muted' };
	return { text: `Waiting ${duration(item.age)}`, tone: item.age >= 28 ? 'red' : item.age >= 14 ? 'orange' : 'muted' };
}

/** A meeting to book: "23 days overdue", "Due today", "Due in 2 days". */
export function meetingBadge(mentor: MentorSummary, today: CalendarDate): Badge {
	if (mentor.nextDue === null) return { text: 'Not planned', tone: 'muted' };
	const days = daysBetween(today, mentor.nextDue);
	if (days < 0) return { text: days === -1 ? '1 day overdue' : `${-days} days overdue`, tone: 'red' };
	if (days === 0) return { text: 'Due today', tone: 'orange' };
	return { text: `Due ${relativeDay(mentor.nextDue, today)}`, tone: 'yellow' };
}

/** A meeting already booked: "Thu 26 Nov, 15:00". */
export function bookedLabel(mentor: MentorSummary, today: CalendarDate): string {
	const date = mentor.nextMeeting?.date ?? mentor.nextDue;
	if (!date) return 'Booked';
	const time = mentor.nextMeeting?.time ? `, ${mentor.nextMeeting.time}` : '';
	return `${shortDate(date, today)}${time}`;
}

export function lastContactLabel(mentor: MentorSummary, today: CalendarDate): string {
	return mentor.lastContact ? `Last contact ${relativeDay(mentor.lastContact, today)}` : 'Never contacted';
}

/** The mentor's state in one or two words, for the card's pill. */
export function statusBadge(mentor: MentorSummary, today: CalendarDate): Badge {
	switch (mentor.status) {
		case 'overdue':
			return { text: 'Overdue', tone: 'red' };
		case 'due':
			return { text: mentor.nextDue === today ? 'Due today' : 'Due soon', tone: mentor.nextDue === today ? 'orange' : 'yellow' };
		case 'scheduled':
			return { text: 'Booked', tone: 'accent' };
		case 'ok':
			return { text: 'On track', tone: 'green' };
		case 'paused':
			return { text: 'Paused', tone: 'muted' };
		case 'alumni':
			return { text: 'Alumni', tone: 'muted' };
	}
}

export function ballLabel(mentor: MentorSummary): { text: string; cls: string } {
	if (mentor.ball === 'mine') return { text: 'Your court', cls: 'mentor-rally-ball-mine' };
	if (mentor.ball === 'theirs') return { text: 'Their court', cls: 'mentor-rally-ball-theirs' };
	return { text: 'Nothing open', cls: 'mentor-rally-ball-none' };
}
