import { describe, expect, it } from 'vitest';
import type { CalendarDate } from '../../../src/core/calendar-date';
import { meetingAgenda } from '../../../src/core/dashboard';
import { closedSinceLastTime, openQuestions, previousContact } from '../../../src/core/brief-items';
import { bookedDay, lastMeetingBefore, meetingBriefText } from '../../../src/core/meeting-brief';
import { meetingNoteBody } from '../../../src/core/note-templates';
import { md, note, team } from '../../helpers/notes';

const LEE = note(
	'Mentors/Dr. Maya Lee.md',
	md(
		'---',
		'type: mentor',
		'cadence: every 2 weeks',
		'next_meeting: 2026-11-26 15:00',
		'---',
		'### 2026-11-10 Meeting',
		'- [x] Send the abstract draft ✅ 2026-11-18',
		'- [x] Read the paper ✅ 2026-11-10',
		'- [-] Cancelled thing ✅ 2026-11-19',
		'- [x] Dr. Lee: intro to the trauma team ✅ 2026-11-20',
		'- [ ] Revise the poster 📅 2026-11-25',
		'- [ ] Which journal fits the case report? #ask',
		'- [ ] Dr. Lee: feedback on the poster',
		'- [x] Done long ago ✅ 2026-10-01',
	),
	'2026-11-01',
);
const snapshot = team([LEE], '2026-11-24');
const lee = snapshot.mentors[0]!;
const day = (text: string) => text as CalendarDate;

describe('meeting brief lists', () => {
	it('since last time: done (not cancelled) after the last contact before the meeting, oldest first', () => {
		expect(previousContact(lee, day('2026-11-26'))).toBe('2026-11-10');
		expect(closedSinceLastTime(snapshot, lee, day('2026-11-26')).map((i) => [i.text, i.doneDate])).toEqual([
			['Send the abstract draft ✅ 2026-11-18', '2026-11-18'],
			['Dr. Lee: intro to the trauma team ✅ 2026-11-20', '2026-11-20'],
		]);
	});

	it('questions: open items carrying the question tag', () => {
		expect(openQuestions(snapshot, lee, 'ask').map((i) => i.text)).toEqual(['Which journal fits the case report? #ask']);
		expect(openQuestions(snapshot, lee, 'question')).toEqual([]);
	});

	it('the last meeting note is the latest dated before the meeting day', () => {
		const notes = [
			{ path: 'Meetings/2026-10-27 Dr. Maya Lee.md', date: day('2026-10-27') },
			{ path: 'Meetings/2026-11-10 Dr. Maya Lee.md', date: day('2026-11-10') },
			{ path: 'Meetings/2026-11-26 Dr. Maya Lee.md', date: day('2026-11-26') },
			{ path: 'Meetings/undated.md', date: null },
		];
		expect(lastMeetingBefore(notes, day('2026-11-26'))).toBe('Meetings/2026-11-10 Dr. Maya Lee.md');
		expect(lastMeetingBefore(notes, day('2026-10-27'))).toBeNull();
	});

	it('prepares for the booked day', () => {
		expect(bookedDay(lee, day('2026-11-24'))).toEqual({ date: '2026-11-26', time: '15:00' });
		expect(bookedDay(lee, day('2026-11-27'))).toBeNull();
	});
});

describe('the brief as written (exact bytes)', () => {
	it('the built-in template with every part filled', () => {
		const text = meetingBriefText(snapshot, lee, day('2026-11-26'), '15:00', { askTag: 'ask', lastMeeting: 'Meetings/2026-11-10 Dr. Maya Lee.md' });
		expect(text).toBe(
			md(
				'# Meeting with Dr. Maya Lee, Thu 26 Nov 15:00',
				'',
				'Last meeting: [[Meetings/2026-11-10 Dr. Maya Lee|2026-11-10 Dr. Maya Lee]]',
				'',
				'## Since last time',
				'- Send the abstract draft · ✅ 2026-11-18 · mine · [[Mentors/Dr. Maya Lee|Dr. Maya Lee]]',
				'- Dr. Lee: intro to the trauma team · ✅ 2026-11-20 · theirs · [[Mentors/Dr. Maya Lee|Dr. Maya Lee]]',
				'',
				'## Bring back',
				'- Revise the poster (due Wed 25 Nov) · [[Mentors/Dr. Maya Lee|Dr. Maya Lee]]',
				'- Which journal fits the case report? #ask (due Thu 26 Nov) · [[Mentors/Dr. Maya Lee|Dr. Maya Lee]]',
				'',
				'## Waiting on them',
				'- Dr. Lee: feedback on the poster (asked 14 days ago) · [[Mentors/Dr. Maya Lee|Dr. Maya Lee]]',
				'',
				'## Questions',
				'- Which journal fits the case report? #ask · [[Mentors/Dr. Maya Lee|Dr. Maya Lee]]',
				'',
				'## Notes',
				'',
				'',
				'## New items',
				'',
			),
		);
	});

	it('empty lists say so; a first meeting has no last one', () => {
		const fresh = team([note('Mentors/Sam.md', md('---', 'type: mentor', '---'), '2026-11-01')], '2026-11-24');
		const text = meetingBriefText(fresh, fresh.mentors[0]!, day('2026-11-24'), null, { askTag: 'ask', lastMeeting: null }, '{{last_meeting}}\n{{since_last}}\n{{questions}}');
		expect(text).toBe('Last meeting: none on file.\n- Nothing closed since last time.\n- No open questions. Tag an item #ask to bring it here.');
	});

	it('the start-meeting agenda fills {{since_last}} and {{questions}} too', () => {
		const body = meetingNoteBody(meetingAgenda(snapshot, lee), '{{since_last}}|{{questions}}');
		expect(body).toBe(
			'- Send the abstract draft · ✅ 2026-11-18 · mine · [[Mentors/Dr. Maya Lee|Dr. Maya Lee]]\n- Dr. Lee: intro to the trauma team · ✅ 2026-11-20 · theirs · [[Mentors/Dr. Maya Lee|Dr. Maya Lee]]|- Which journal fits the case report? #ask · [[Mentors/Dr. Maya Lee|Dr. Maya Lee]]',
		);
	});
});
