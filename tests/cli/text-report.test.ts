import { describe, expect, it } from 'vitest';
import { renderTextReport } from '../../src/cli/text-report';
import { md, note, settingsWith, team } from '../helpers/notes';

const settings = settingsWith();

/** The lines of one section, without its heading. */
function section(text: string, heading: string): string[] {
	const start = text.split('\n').findIndex((line) => line.startsWith(heading));
	if (start === -1) throw new Error(`no section ${heading}`);
	const rest = text.split('\n').slice(start + 1);
	const end = rest.indexOf('');
	return end === -1 ? rest : rest.slice(0, end);
}

describe('renderTextReport', () => {
	it('an empty vault: every section is there and says it is empty, with advice for each missing role', () => {
		const text = renderTextReport(team([], '2026-11-24'), settings, false);
		expect(section(text, 'Coverage')).toEqual([
			expect.stringMatching(/✗ research +0 of 1 +missing$/),
			'      A research mentor finds you opportunities and keeps you productive.',
			expect.stringMatching(/✗ support +0 of 1–2 +missing$/),
			'      Support people back you in all things; residents are often the best ones.',
			expect.stringMatching(/✗ sponsor +0 of 1–2 +missing$/),
			'      A sponsor is a senior person who opens doors and can fund things.',
			expect.stringMatching(/✗ team +0 of 4–5 +missing$/),
			'      Aim for 4–5 people who help you in different ways.',
		]);
		expect(section(text, 'Your court (0)')).toEqual(['  Nothing you owe anyone.']);
		expect(section(text, 'Meetings due (0)')).toEqual(['  No meeting to book right now.']);
		expect(section(text, 'Their court (0)')).toEqual(['  Nobody owes you anything right now.']);
		expect(section(text, 'Team (0 active mentors)')).toEqual(['  No mentor notes yet. Add "type: mentor" to the properties of a note about a mentor.']);
		expect(section(text, 'Problems (0)')).toEqual(['  None: every note was read.']);
		expect(text.endsWith('\n')).toBe(true);
	});

	it('a mentor card: roles, status, cadence, last contact, next due, ball and open counts', () => {
		const lee = note(
			'Mentors/Dr. Maya Lee.md',
			md('---', 'type: mentor', 'role: [research, sponsor]', 'cadence: weekly', 'last_contact: 2026-11-12', 'snooze_until: 2026-12-01', '---', '- [ ] Draft', '- [ ] Maya: data #theirs'),
			'2026-11-12',
		);
		const text = renderTextReport(team([lee], '2026-11-24'), settings, false);
		// 12 Nov + 1 week = 19 Nov: overdue by 5 days.
		expect(section(text, 'Team (1 active mentor)')).toEqual([
			'  Dr. Maya Lee  [research, sponsor]  Snoozed until Tue 1 Dec',
			'    weekly · Last contact 12 days ago · Next due Thu 19 Nov (5 days ago)',
			'    Next move: yours · 1 mine · 1 theirs open',
			// The score: nothing delivered yet; 12 Nov + 1 week = 19 Nov was a meeting not held.
			'    They delivered: nothing yet · 1 open · Met: 0 of 1 planned meeting in 3 months',
		]);
		// A snooze pauses the meeting: none to book, the snoozed one listed apart (1 Dec 2026 is a Tuesday).
		expect(section(text, 'Meetings due (0)')).toEqual(['  No meeting to book right now.', '  Snoozed until Tue 1 Dec  Dr. Maya Lee  Last contact 12 days ago']);
		expect(section(text, 'Their court (1)')).toEqual([expect.stringMatching(/^ {2}Waiting 12 days +Maya: data +← Dr\. Maya Lee · Mentors\/Dr\. Maya Lee\.md:9$/)]);
	});

	it('a booked meeting shows beside the meetings due, with its time', () => {
		const sam = note('Mentors/Sam Ortiz.md', md('---', 'type: mentor', 'next_meeting: 2026-11-26 15:00', '---'));
		const text = renderTextReport(team([sam], '2026-11-24'), settings, false);
		expect(section(text, 'Meetings due (0)')).toEqual(['  No meeting to book right now.', '  Booked in 2 days  Sam Ortiz  Thu 26 Nov, 15:00']);
	});

	it('paused and alumni mentors come last, with only their last contact', () => {
		const notes = [note('Mentors/A Old.md', md('---', 'type: mentor', 'status: alumni', 'last_contact: 2025-11-24', '---')), note('Mentors/B Active.md', md('---', 'type: mentor', '---'))];
		const text = renderTextReport(team(notes, '2026-11-24'), settings, false);
		const cards = section(text, 'Team (1 active mentor)');
		expect(cards[0]).toMatch(/^ {2}B Active {2}\[no role\] {2}Due today$/);
		expect(cards.slice(-2)).toEqual(['  A Old  [no role]  Alumni', '    Last contact 365 days ago']);
	});

	it('problems name the file', () => {
		const ghost = note('Meetings/2026-11-20 Ghost.md', md('---', 'mentor: "[[Dr. Nobody]]"', '---'));
		const text = renderTextReport(team([ghost], '2026-11-24'), settings, false);
		expect(section(text, 'Problems (1)')).toEqual([expect.stringMatching(/^ {2}Meetings\/2026-11-20 Ghost\.md: links to "Dr\. Nobody"/)]);
	});
});
