import { describe, expect, it } from 'vitest';
import type { CalendarDate } from '../../src/core/calendar-date';
import { meetingNoteBody, type MeetingAgenda } from '../../src/core/note-templates';

const AGENDA: MeetingAgenda = { mentor: 'Dr. Maya Lee', date: '2026-11-24' as CalendarDate, time: null, today: '2026-11-24' as CalendarDate, bringBack: [], waitingOn: [] };

describe('meeting template placeholders', () => {
	it('fills the known ones, in any letter case', () => {
		expect(meetingNoteBody(AGENDA, '{{Mentor}} on {{ date }}')).toBe('Dr. Maya Lee on 2026-11-24');
	});

	it.each(['constructor', '__proto__', 'toString', 'valueOf', 'hasOwnProperty', '__defineGetter__'])('{{%s}} is not a placeholder: left as written, never [object Object] or a function', (word) => {
		const body = meetingNoteBody(AGENDA, `# {{${word}}} with {{mentor}}`);
		expect(body).toBe(`# {{${word}}} with Dr. Maya Lee`);
		expect(body).not.toMatch(/\[object Object\]|function|native code/);
	});

	it('a mentor named like a replacement pattern is written as typed', () => {
		expect(meetingNoteBody({ ...AGENDA, mentor: "Dr. $& $' $1" }, '{{mentor}}')).toBe("Dr. $& $' $1");
	});
});
