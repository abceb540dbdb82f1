// The calendar files Mentor Rally writes, byte for byte, and read back by a real iCalendar
// parser (ical.js, a test-only dependency). Runs in every test time zone (tests/core/ is
// zone-sensitive in scripts/test.mjs): an all-day event must land on the same day everywhere.
import ICAL from 'ical.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CalendarDate } from '../../../src/core/calendar-date';
import { feedEvents, meetingEvent, type CalendarEvent } from '../../../src/core/calendar-feed/events';
import { escapeText, foldLine } from '../../../src/core/calendar-feed/ical-text';
import { feedIcs, meetingCalendar, meetingFileName, sameCalendar, singleEventIcs, teamCalendar } from '../../../src/core/calendar-feed/write-ics';
import { calendarTeam, mentorOf } from './team-fixture';

const MINIMAL = { itemText: false };
const WITH_TEXT = { itemText: true };

const file = (...lines: string[]): string => lines.map((l) => `${l}\r\n`).join('');

const HEADER = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Mentor Rally//Mentor Rally//EN', 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH'];
const LEE = '43b49a5707a60cc1';
const OKAFOR = 'f8ad35ecca3d5946';

const OKAFOR_MEETING = [
	'BEGIN:VEVENT',
	`UID:meeting-20261203-${OKAFOR}@mentor-rally`,
	'DTSTAMP:20261124T000000Z',
	'DTSTART;VALUE=DATE:20261203',
	'DTEND;VALUE=DATE:20261204',
	'TRANSP:TRANSPARENT',
	'SUMMARY:Meeting: Dr. Sam Okafor',
	'DESCRIPTION:Bring back: 1 item.',
	'BEGIN:VALARM',
	'ACTION:DISPLAY',
	'TRIGGER:-PT15H',
	'DESCRIPTION:Meeting with Dr. Sam Okafor tomorrow',
	'END:VALARM',
	'BEGIN:VALARM',
	'ACTION:DISPLAY',
	'TRIGGER:PT8H',
	'DESCRIPTION:Meeting with Dr. Sam Okafor today',
	'END:VALARM',
	'END:VEVENT',
];

/** Every VEVENT of a text, as ical.js reads it. */
function parsedEvents(text: string): ICAL.Event[] {
	const calendar = ICAL.Component.fromString(text);
	return calendar.getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent));
}

function triggers(event: ICAL.Event): string[] {
	return event.component.getAllSubcomponents('valarm').map((alarm) => String(alarm.getFirstPropertyValue('trigger')));
}

function ymd(time: ICAL.Time): string {
	return `${time.year}-${String(time.month).padStart(2, '0')}-${String(time.day).padStart(2, '0')}`;
}

describe('one booked meeting ("Add to calendar")', () => {
	it('writes an all-day event with two alarms, exactly these bytes', () => {
		const team = calendarTeam();
		expect(meetingCalendar(team, mentorOf(team, 'Dr. Sam Okafor'), MINIMAL)).toBe(file(...HEADER, ...OKAFOR_MEETING, 'END:VCALENDAR'));
	});

	it('writes a meeting booked with a time at that local time, ringing a day and an hour before', () => {
		const team = calendarTeam();
		const text = meetingCalendar(team, mentorOf(team, 'Dr. Maya Lee'), MINIMAL) ?? '';
		expect(text).toBe(
			file(
				...HEADER,
				'BEGIN:VEVENT',
				`UID:meeting-20261126-${LEE}@mentor-rally`,
				'DTSTAMP:20261124T000000Z',
				'DTSTART:20261126T150000',
				'DTEND:20261126T160000',
				'SUMMARY:Meeting: Dr. Maya Lee',
				'DESCRIPTION:Bring back: 3 items. Waiting on: 1 item.',
				'BEGIN:VALARM',
				'ACTION:DISPLAY',
				'TRIGGER:-P1D',
				'DESCRIPTION:Meeting with Dr. Maya Lee tomorrow at 15:00',
				'END:VALARM',
				'BEGIN:VALARM',
				'ACTION:DISPLAY',
				'TRIGGER:-PT1H',
				'DESCRIPTION:Meeting with Dr. Maya Lee at 15:00',
				'END:VALARM',
				'END:VEVENT',
				'END:VCALENDAR',
			),
		);
		const [event] = parsedEvents(text);
		// Floating: no zone named, so 15:00 in the note is 15:00 on the phone.
		expect(event?.startDate.zone?.tzid).toBe('floating');
		expect([event?.startDate.hour, event?.endDate.hour]).toEqual([15, 16]);
		expect(event && triggers(event)).toEqual(['-P1D', '-PT1H']);
	});

	it('reads back as one all-day event on the booked day, in every time zone', () => {
		const team = calendarTeam();
		const events = parsedEvents(meetingCalendar(team, mentorOf(team, 'Dr. Sam Okafor'), MINIMAL) ?? '');
		expect(events).toHaveLength(1);
		const [event] = events;
		expect(event?.startDate.isDate).toBe(true);
		expect(event && ymd(event.startDate)).toBe('2026-12-03');
		expect(event && ymd(event.endDate)).toBe('2026-12-04');
		expect(event?.summary).toBe('Meeting: Dr. Sam Okafor');
		expect(event && triggers(event)).toEqual(['-PT15H', 'PT8H']);
	});

	it('keeps its UID when the meeting is added again on another day, so the calendar updates it', () => {
		const mentor = (today: string) => mentorOf(calendarTeam(today), 'Dr. Sam Okafor');
		const first = meetingEvent(calendarTeam('2026-11-24'), mentor('2026-11-24'), MINIMAL);
		const again = meetingEvent(calendarTeam('2026-12-01'), mentor('2026-12-01'), WITH_TEXT);
		expect(again?.uid).toBe(first?.uid);
	});

	it('gives another day or another mentor another UID', () => {
		const team = calendarTeam();
		const moved = calendarTeam('2026-11-24', {
			'Mentors/Dr. Sam Okafor.md': '---\ntype: mentor\nnext_meeting: 2026-12-04\n---\n',
		});
		const uid = (t: typeof team, name: string) => meetingEvent(t, mentorOf(t, name), MINIMAL)?.uid;
		expect(uid(moved, 'Dr. Sam Okafor')).not.toBe(uid(team, 'Dr. Sam Okafor'));
		expect(uid(team, 'Dr. Maya Lee')).not.toBe(uid(team, 'Dr. Sam Okafor'));
	});

	it('writes nothing for a mentor whose next meeting is already past', () => {
		const team = calendarTeam();
		expect(meetingCalendar(team, mentorOf(team, 'Priya Shah'), MINIMAL)).toBeNull();
	});

	it('ends a meeting booked late in the evening on the next day', () => {
		const team = calendarTeam('2026-11-24', { 'Mentors/Dr. Late.md': '---\ntype: mentor\nnext_meeting: 2026-12-31 23:30\n---\n' });
		const text = meetingCalendar(team, mentorOf(team, 'Dr. Late'), MINIMAL) ?? '';
		expect(text).toContain('DTSTART:20261231T233000\r\nDTEND:20270101T003000\r\n');
	});

	it('names the file after the day and the mentor, without characters a file system refuses', () => {
		expect(meetingFileName('Dr. Maya Lee', '2026-11-26' as CalendarDate)).toBe('2026-11-26 Dr. Maya Lee.ics');
		expect(meetingFileName('A/B: "C"', '2026-11-26' as CalendarDate)).toBe('2026-11-26 A B C.ics');
	});
});

describe('the feed', () => {
	const feed = (): string => teamCalendar(calendarTeam(), MINIMAL);

	it('writes booked meetings and dated items of active mentors, exactly these bytes', () => {
		const items = (uid: string, day: string, next: string, summary: string): string[] => [
			'BEGIN:VEVENT',
			`UID:${uid}`,
			'DTSTAMP:20261124T000000Z',
			`DTSTART;VALUE=DATE:${day}`,
			`DTEND;VALUE=DATE:${next}`,
			'TRANSP:TRANSPARENT',
			`SUMMARY:${summary}`,
			'BEGIN:VALARM',
			'ACTION:DISPLAY',
			'TRIGGER:-PT15H',
			`DESCRIPTION:${summary} tomorrow`,
			'END:VALARM',
			'END:VEVENT',
		];
		expect(feed()).toBe(
			file(
				...HEADER,
				'X-WR-CALNAME:Mentor Rally',
				'REFRESH-INTERVAL;VALUE=DURATION:PT12H',
				'X-PUBLISHED-TTL:PT12H',
				...items(`items-mine-20261125-${LEE}@mentor-rally`, '20261125', '20261126', '2 items due for Dr. Maya Lee'),
				'BEGIN:VEVENT',
				`UID:meeting-20261126-${LEE}@mentor-rally`,
				'DTSTAMP:20261124T000000Z',
				'DTSTART:20261126T150000',
				'DTEND:20261126T160000',
				'SUMMARY:Meeting: Dr. Maya Lee',
				'DESCRIPTION:Bring back: 3 items. Waiting on: 1 item.',
				'BEGIN:VALARM',
				'ACTION:DISPLAY',
				'TRIGGER:-P1D',
				'DESCRIPTION:Meeting with Dr. Maya Lee tomorrow at 15:00',
				'END:VALARM',
				'BEGIN:VALARM',
				'ACTION:DISPLAY',
				'TRIGGER:-PT1H',
				'DESCRIPTION:Meeting with Dr. Maya Lee at 15:00',
				'END:VALARM',
				'END:VEVENT',
				...items(`items-theirs-20261201-${LEE}@mentor-rally`, '20261201', '20261202', '1 item due from Dr. Maya Lee'),
				...items(`items-mine-20261203-${OKAFOR}@mentor-rally`, '20261203', '20261204', '1 item due for Dr. Sam Okafor'),
				...OKAFOR_MEETING,
				'END:VCALENDAR',
			),
		);
	});

	it('reads back with every event on its day and a UID of its own', () => {
		const events = parsedEvents(feed());
		expect(events.map((e) => [ymd(e.startDate), e.summary])).toEqual([
			['2026-11-25', '2 items due for Dr. Maya Lee'],
			['2026-11-26', 'Meeting: Dr. Maya Lee'],
			['2026-12-01', '1 item due from Dr. Maya Lee'],
			['2026-12-03', '1 item due for Dr. Sam Okafor'],
			['2026-12-03', 'Meeting: Dr. Sam Okafor'],
		]);
		expect(new Set(events.map((e) => e.uid)).size).toBe(events.length);
	});

	it('says counts, never what an item says, unless item text is turned on', () => {
		expect(feed()).not.toMatch(/abstract|registry|trauma|elective/);
		const withText = teamCalendar(calendarTeam(), WITH_TEXT);
		const lee = parsedEvents(withText).find((e) => e.summary === 'Meeting: Dr. Maya Lee');
		expect(lee?.description).toBe(
			[
				'Bring back:',
				'- Send the revised abstract, with figures; v2 \\ final',
				'- Read the registry paper',
				'- Bring the poster draft',
				'Waiting on:',
				'- Dr. Lee: intro to the trauma team',
			].join('\n'),
		);
		const due = parsedEvents(withText).find((e) => e.summary === '2 items due for Dr. Maya Lee');
		expect(due?.description).toBe('- Send the revised abstract, with figures; v2 \\ final\n- Read the registry paper');
	});

	it('leaves out paused mentors, past bookings, done items and items due by the next meeting', () => {
		const text = feed();
		expect(text).not.toMatch(/Jordan Kim|Priya Shah/);
		expect(parsedEvents(text).filter((e) => e.summary.includes('Dr. Maya Lee') && e.summary.includes('due for'))).toHaveLength(1);
	});

	it('is the same calendar on another day when nothing else changed (DTSTAMP aside)', () => {
		const tomorrow = teamCalendar(calendarTeam('2026-11-25'), MINIMAL);
		expect(tomorrow).not.toBe(feed());
		expect(sameCalendar(tomorrow, feed())).toBe(true);
		const ticked = calendarTeam('2026-11-24', { 'Mentors/Dr. Sam Okafor.md': '---\ntype: mentor\nnext_meeting: 2026-12-03\n---\n- [x] Ask about the away elective 📅 2026-12-03\n' });
		expect(sameCalendar(teamCalendar(ticked, MINIMAL), feed())).toBe(false);
	});

	it('gives two mentor notes of one name two UIDs', () => {
		const team = calendarTeam('2026-11-24', {
			'A/Dr. Twin.md': '---\ntype: mentor\nnext_meeting: 2026-12-01\n---\n',
			'B/Dr. Twin.md': '---\ntype: mentor\nnext_meeting: 2026-12-01\n---\n',
		});
		const uids = feedEvents(team, MINIMAL).map((e) => e.uid);
		expect(uids).toHaveLength(2);
		expect(new Set(uids).size).toBe(2);
	});
});

describe('iCalendar text rules', () => {
	it('escapes backslashes, semicolons, commas and newlines, and drops other control characters', () => {
		expect(escapeText('a\\b;c,d\ne\r\nf\rg\u0000h\ti\u001b[31m\u009bj')).toBe('a\\\\b\\;c\\,d\\ne\\nf\\ng' + 'h\ti[31mj');
	});

	it('folds at 75 octets of UTF-8 without splitting a character or an escape', () => {
		const line = `SUMMARY:${'é'.repeat(40)}😀${'\\,'.repeat(30)}${'x'.repeat(80)}`;
		const folded = foldLine(line);
		const physical = folded.split('\r\n');
		for (const part of physical) expect(new TextEncoder().encode(part).length).toBeLessThanOrEqual(75);
		for (const part of physical.slice(1)) expect(part.startsWith(' ')).toBe(true);
		expect(physical.every((part) => !part.endsWith('\\') || part.endsWith('\\\\'))).toBe(true);
		expect(physical.map((part, i) => (i === 0 ? part : part.slice(1))).join('')).toBe(line);
		expect(folded).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
	});

	it('reads any summary back exactly as written (control characters aside)', () => {
		const event = (summary: string): CalendarEvent => ({ uid: 'x@mentor-rally', date: '2026-11-26' as CalendarDate, time: null, summary, description: summary, alarms: [] });
		fc.assert(
			fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (summary) => {
				const [parsed] = parsedEvents(singleEventIcs(event(summary), '2026-11-24' as CalendarDate));
				const expected = summary.replace(/\r\n?/g, '\n').replace(/\p{Cc}/gu, (c) => (c === '\n' || c === '\t' ? c : ''));
				expect(parsed?.summary ?? '').toBe(expected);
				expect(parsed?.description ?? '').toBe(expected);
			}),
		);
	});

	it('ends every line with CRLF, the last one too', () => {
		const text = feedIcs(feedEvents(calendarTeam(), WITH_TEXT), '2026-11-24' as CalendarDate);
		expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
		expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
	});
});
