import { describe, expect, it } from 'vitest';
import { loopNotes } from '../../../src/core/loop-notes';
import type { CalendarDate } from '../../../src/core/calendar-date';
import { md, note, team } from '../../helpers/notes';

const mentor = (name: string, ...props: string[]) => note(`Mentors/${name}.md`, md('---', 'type: mentor', ...props, '---', `# ${name}`));
const meeting = (path: string, links: string[], date: string) => ({ path, mentorLinks: links, date: date as CalendarDate });

const lee = mentor('Dr. Maya Lee', 'last_contact: 2026-11-20', 'next_meeting: 2026-12-01 09:00');
const sam = mentor('Sam Ortiz', 'last_contact: 2026-11-20', 'next_meeting: 2026-12-04');
const ann = mentor('Ann Wu', 'last_contact: 2026-11-22', 'status: paused', 'next_meeting: 2026-12-02');
const group = note(
	'Meetings/2026-11-20 Team.md',
	md('---', 'mentor: ["[[Dr. Maya Lee]]", "[[Sam Ortiz]]"]', 'date: 2026-11-20', '---', '- [ ] Send the plan', '- [ ] Dr. Lee: intro #theirs', '- [ ] Sam: slides #theirs'),
);
const snapshot = team([lee, sam, ann, group], '2026-11-24');

describe('what the notes say of the meeting loop', () => {
	it('pairs each active booked meeting with the note for its day, or none yet', () => {
		const notes = loopNotes(snapshot, [meeting('Meetings/2026-12-01 Lee.md', ['Dr. Maya Lee'], '2026-12-01'), meeting('Meetings/2026-12-02 Ann.md', ['Ann Wu'], '2026-12-02')], []);
		expect(notes.bookedMeetings).toEqual([
			{ mentor: 'Dr. Maya Lee', path: 'Mentors/Dr. Maya Lee.md', date: '2026-12-01', time: '09:00', note: 'Meetings/2026-12-01 Lee.md' },
			{ mentor: 'Sam Ortiz', path: 'Mentors/Sam Ortiz.md', date: '2026-12-04', time: null, note: null },
		]);
	});

	it('the last wrap-up is the latest meeting held with a next meeting booked after it; a meeting ahead is not one', () => {
		const held = meeting('Meetings/2026-11-20 Team.md', ['Dr. Maya Lee', 'Sam Ortiz'], '2026-11-20');
		const older = meeting('Meetings/2026-11-02 Lee.md', ['Dr. Maya Lee'], '2026-11-02');
		const ahead = meeting('Meetings/2026-12-01 Lee.md', ['Dr. Maya Lee'], '2026-12-01');
		expect(loopNotes(snapshot, [older, held, ahead], []).lastWrapUp).toEqual({
			note: 'Meetings/2026-11-20 Team.md',
			date: '2026-11-20',
			mentors: [
				{ mentor: 'Dr. Maya Lee', path: 'Mentors/Dr. Maya Lee.md', nextMeeting: '2026-12-01' },
				{ mentor: 'Sam Ortiz', path: 'Mentors/Sam Ortiz.md', nextMeeting: '2026-12-04' },
			],
			mine: 1,
			theirs: 2,
		});
		// Nothing booked after the meeting: not wrapped up.
		expect(loopNotes(snapshot, [meeting('Meetings/x.md', ['Nobody'], '2026-11-23')], []).lastWrapUp).toBeNull();
	});

	it('lists update notes newest first, sent or only drafted, with the mentors they went to', () => {
		const updates = [
			{ path: 'Updates/a.md', frontmatter: { update_to: ['[[Dr. Maya Lee]]', '[[Someone Else]]'], drafted: '2026-11-01', sent: '2026-11-02' } },
			{ path: 'Updates/b.md', frontmatter: { update_to: '[[Sam Ortiz]]', drafted: '2026-11-20', sent: null } },
			{ path: 'Notes/c.md', frontmatter: { tags: ['x'] } },
		];
		expect(loopNotes(snapshot, [], updates).updateNotes).toEqual([
			{ path: 'Updates/b.md', to: ['Sam Ortiz'], drafted: '2026-11-20', sent: null },
			{ path: 'Updates/a.md', to: ['Dr. Maya Lee', 'Someone Else'], drafted: '2026-11-01', sent: '2026-11-02' },
		]);
	});
});
