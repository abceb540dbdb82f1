import type { CalendarDate } from '../calendar-date';
import { quietMentors } from '../dashboard';
import { plural } from '../format';
import { itemWords } from '../presentation/item-words';
import { withoutBlockId } from '../text';
import type { Item, MentorSummary, NextMeeting, Owner, TeamSnapshot } from '../types';
import { isClockTime } from './ical-text';
import { eventUid } from './uid';

/** A reminder the phone's calendar shows: `trigger` is an RFC 5545 duration from the event's start. */
export interface CalendarAlarm {
	readonly trigger: string;
	readonly description: string;
}

/** One calendar event, before it is written as iCalendar text (see write-ics). */
export interface CalendarEvent {
	readonly uid: string;
	readonly date: CalendarDate;
	/** `HH:MM` local time for a meeting booked with a time; null for an all-day event. */
	readonly time: string | null;
	readonly summary: string;
	readonly description: string | null;
	readonly alarms: readonly CalendarAlarm[];
}

export interface CalendarTextOptions {
	/** Item text in the event descriptions. Off (the default): counts only, nothing a note says. */
	readonly itemText: boolean;
}

/**
 * When the alarms ring. An all-day event starts at midnight, so "an hour before" it would ring
 * at 23:00 the evening before, and "a day before" at midnight: neither is a reminder anyone
 * wants. All-day events ring at 09:00 the day before and 08:00 on the day instead (offsets from
 * midnight, as Apple Calendar writes its own all-day alerts). A meeting booked with a time rings
 * a day before and an hour before it.
 */
export const ALARM_TRIGGERS = {
	dayBeforeAt9: '-PT15H',
	onTheDayAt8: 'PT8H',
	dayBefore: '-P1D',
	hourBefore: '-PT1H',
} as const;

/** The mentor's meeting when it is booked for today or later (an older `next_meeting` is history). */
export function bookedMeeting(mentor: MentorSummary, today: CalendarDate): NextMeeting | null {
	return mentor.nextMeeting && mentor.nextMeeting.date >= today ? mentor.nextMeeting : null;
}

/** The event for the mentor's booked meeting, or null when none is booked. */
export function meetingEvent(team: TeamSnapshot, mentor: MentorSummary, options: CalendarTextOptions): CalendarEvent | null {
	const booked = bookedMeeting(mentor, team.today);
	if (!booked) return null;
	const time = booked.time !== null && isClockTime(booked.time) ? booked.time : null;
	const name = mentor.name;
	const alarms: CalendarAlarm[] =
		time === null
			? [
					{ trigger: ALARM_TRIGGERS.dayBeforeAt9, description: `Meeting with ${name} tomorrow` },
					{ trigger: ALARM_TRIGGERS.onTheDayAt8, description: `Meeting with ${name} today` },
				]
			: [
					{ trigger: ALARM_TRIGGERS.dayBefore, description: `Meeting with ${name} tomorrow at ${time}` },
					{ trigger: ALARM_TRIGGERS.hourBefore, description: `Meeting with ${name} at ${time}` },
				];
	return {
		uid: eventUid('meeting', name, booked.date),
		date: booked.date,
		time,
		summary: `Meeting: ${name}`,
		description: meetingDescription(team, mentor, options),
		alarms,
	};
}

/** What the meeting is about: how many items each way, or (when allowed) the items themselves. */
function meetingDescription(team: TeamSnapshot, mentor: MentorSummary, options: CalendarTextOptions): string | null {
	const open = team.items.filter((i) => i.open && i.mentorPath === mentor.path);
	const mine = open.filter((i) => i.owner === 'me');
	const theirs = open.filter((i) => i.owner === 'them');
	const parts: string[] = [];
	if (options.itemText) {
		if (mine.length > 0) parts.push(['Bring back:', ...itemLines(team, mine)].join('\n'));
		if (theirs.length > 0) parts.push(['Waiting on:', ...itemLines(team, theirs)].join('\n'));
		return parts.length > 0 ? parts.join('\n') : null;
	}
	if (mine.length > 0) parts.push(`Bring back: ${plural(mine.length, 'item')}.`);
	if (theirs.length > 0) parts.push(`Waiting on: ${plural(theirs.length, 'item')}.`);
	return parts.length > 0 ? parts.join(' ') : null;
}

function itemLines(team: TeamSnapshot, items: readonly Item[]): string[] {
	return items.map((i) => `- ${itemWords(withoutBlockId(i.text), team.markerTags)}`);
}

/**
 * Every event of the always-current feed: the booked meetings of active mentors, and the open
 * items with a due date of their own (a date, a field or words; not "by the next meeting",
 * which the meeting's event already is), one all-day event per mentor, day and court. Paused
 * and alumni mentors stay out, as they do from the reminders. In date order.
 */
export function feedEvents(team: TeamSnapshot, options: CalendarTextOptions): CalendarEvent[] {
	const events: CalendarEvent[] = [];
	for (const mentor of team.mentors) {
		if (mentor.lifecycle !== 'active') continue;
		const event = meetingEvent(team, mentor, options);
		if (event) events.push(event);
	}
	const quiet = quietMentors(team);
	const groups = new Map<string, { mentor: string; owner: Owner; date: CalendarDate; items: Item[] }>();
	for (const item of team.items) {
		if (!item.open || item.dueDate === null || item.dueSource === null || item.dueSource === 'next-meeting' || quiet.has(item.mentorPath)) continue;
		const key = `${item.dueDate}\n${item.owner}\n${item.mentorPath}`;
		const group = groups.get(key);
		if (group) group.items.push(item);
		else groups.set(key, { mentor: item.mentor, owner: item.owner, date: item.dueDate, items: [item] });
	}
	for (const group of groups.values()) events.push(itemsEvent(team, group, options));
	return uniqueUids(events.sort(byWhen));
}

function itemsEvent(team: TeamSnapshot, group: { mentor: string; owner: Owner; date: CalendarDate; items: Item[] }, options: CalendarTextOptions): CalendarEvent {
	const count = plural(group.items.length, 'item');
	const summary = group.owner === 'me' ? `${count} due for ${group.mentor}` : `${count} due from ${group.mentor}`;
	return {
		uid: eventUid(group.owner === 'me' ? 'items-mine' : 'items-theirs', group.mentor, group.date),
		date: group.date,
		time: null,
		summary,
		description: options.itemText ? itemLines(team, group.items).join('\n') : null,
		alarms: [{ trigger: ALARM_TRIGGERS.dayBeforeAt9, description: `${summary} tomorrow` }],
	};
}

/** By day; all-day events before timed ones; then by time, then by UID, so the text never reorders by itself. */
function byWhen(a: CalendarEvent, b: CalendarEvent): number {
	if (a.date !== b.date) return a.date < b.date ? -1 : 1;
	const at = a.time ?? '';
	const bt = b.time ?? '';
	if (at !== bt) return at < bt ? -1 : 1;
	return a.uid < b.uid ? -1 : a.uid > b.uid ? 1 : 0;
}

/**
 * Two mentor notes of one name (in two folders) would give two events one UID, and a calendar
 * keeps only one of them: the later ones get a numbered UID instead.
 */
function uniqueUids(events: CalendarEvent[]): CalendarEvent[] {
	const seen = new Map<string, number>();
	return events.map((event) => {
		const count = (seen.get(event.uid) ?? 0) + 1;
		seen.set(event.uid, count);
		return count === 1 ? event : { ...event, uid: event.uid.replace('@', `-${count}@`) };
	});
}
