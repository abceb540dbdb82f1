import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, it, expect } from 'vitest';
import { readVault } from '../../src/cli/read-vault';
import { runCli } from '../../src/cli/main';
import type { CalendarDate } from '../../src/core/calendar-date';
import { meetingAgenda, meetingsDue, meetingsSnoozed, theirCourt, yourCourt } from '../../src/core/dashboard';
import { meetingNoteBody } from '../../src/core/note-templates';
import { toReportJson } from '../../src/core/report';
import { normalizeSettings } from '../../src/core/settings';
import type { Item, MentorSummary, NoteRecord } from '../../src/core/types';
import { VaultIndex } from '../../src/core/vault-index';

/*
 * The example vault shipped in examples/vault, read with the real code on the demo day
 * (`--today 2026-11-24`, a Tuesday). Every expectation below is worked out from the notes
 * and the rules of SPEC.md, not copied from the program's output: the README quotes these
 * facts, so a change to the vault or to the rules that moves them must show up here.
 */

const VAULT = fileURLToPath(new URL('../../examples/vault', import.meta.url));
const TODAY = '2026-11-24' as CalendarDate;

const MARSH = 'Dr. Helena Marsh';
const OKAFOR = 'Dr. Sam Okafor';
const REYES = 'Jordan Reyes';
const LINDQVIST = 'Dr. Victor Lindqvist';
const CHAUDHRY = 'Dr. Nadia Chaudhry';
const PARK = 'Dr. Ellen Park';
const RAMAN = 'Dr. Priya Raman';

const BROKEN_MEETING = 'Meetings/2026-11-19 Dr. Hale - vascular interest night.md';
const UNRELATED = ['Daily/2026-11-23.md', 'Study/Acute abdomen - clerkship lecture.md', 'Reading list.md', 'Templates/Meeting note.md', 'Mentor team.md'];

function load(transform: (record: NoteRecord) => NoteRecord = (r) => r) {
	const settings = normalizeSettings({});
	const files = readVault(VAULT, settings);
	const index = new VaultIndex(settings);
	for (const record of files.records) index.set(transform(record));
	return { files, index, team: index.snapshot(TODAY) };
}

const { files, index, team } = load();

function mentor(name: string): MentorSummary {
	const found = team.mentors.find((m) => m.name === name);
	if (!found) throw new Error(`no mentor ${name}`);
	return found;
}

function item(textStart: string): Item {
	const found = team.items.filter((i) => i.text.startsWith(textStart));
	if (found.length !== 1) throw new Error(`${found.length} items start with "${textStart}"`);
	return found[0] as Item;
}

describe('the example vault on 2026-11-24', () => {
	it('reads every note', () => {
		expect(files.unreadable).toEqual([]);
		const paths = files.records.map((r) => r.path);
		expect(paths.filter((p) => p.startsWith('Mentors/'))).toHaveLength(7);
		expect(paths.filter((p) => p.startsWith('Meetings/'))).toHaveLength(14);
		for (const path of UNRELATED) expect(paths).toContain(path);
	});

	describe('the team', () => {
		it('has five active mentors, one alumna and one prospect', () => {
			expect(team.mentors.map((m) => m.name).sort()).toEqual([PARK, MARSH, CHAUDHRY, OKAFOR, LINDQVIST, REYES, RAMAN].sort());
			expect(team.mentors.filter((m) => m.lifecycle === 'prospect').map((m) => m.name)).toEqual([RAMAN]);
			expect(team.mentors.filter((m) => m.lifecycle === 'active')).toHaveLength(5);
			expect(team.mentors.filter((m) => m.lifecycle === 'alumni').map((m) => m.name)).toEqual([PARK]);
			for (const m of team.mentors) expect(m.path).toBe(`Mentors/${m.name}.md`);
		});

		it('maps role synonyms: "research mentor" is research, "resident" and "peer mentor" are support', () => {
			expect(mentor(MARSH).roles).toEqual(['research']);
			expect(mentor(OKAFOR).roles).toEqual(['support']);
			expect(mentor(REYES).roles).toEqual(['support']);
			expect(mentor(LINDQVIST).roles).toEqual(['sponsor']);
			expect(mentor(CHAUDHRY).roles).toEqual(['sponsor']);
			expect(mentor(PARK).roles).toEqual(['research']);
		});

		it('reads every form of cadence the notes use', () => {
			const json = toReportJson(team);
			const cadence = (name: string) => json.mentors.find((m) => m.name === name)?.cadence;
			expect(cadence(MARSH)).toBe('every 2 weeks'); // every 2 weeks
			expect(cadence(OKAFOR)).toBe('every 2 weeks'); // biweekly
			expect(cadence(REYES)).toBe('every 10 days'); // 10d
			expect(cadence(LINDQVIST)).toBe('monthly'); // monthly
			expect(cadence(CHAUDHRY)).toBe('every 2 weeks'); // P2W
			expect(cadence(PARK)).toBe('quarterly');
			// The prospect has no cadence yet: the default until she joins the team.
			for (const m of team.mentors) expect(m.cadenceIsDefault).toBe(m.name === RAMAN);
		});

		it('covers every role; the alumna is not counted', () => {
			expect(team.coverage.map(({ role, count, min, max, state }) => ({ role, count, min, max, state }))).toEqual([
				{ role: 'research', count: 1, min: 1, max: 1, state: 'ok' },
				{ role: 'support', count: 2, min: 1, max: 2, state: 'ok' },
				{ role: 'sponsor', count: 2, min: 1, max: 2, state: 'ok' },
				{ role: 'team', count: 5, min: 4, max: 5, state: 'ok' },
			]);
			const research = team.coverage.find((c) => c.role === 'research');
			expect(research?.mentors).toEqual([MARSH]);
			expect(team.coverage.flatMap((c) => c.mentors)).not.toContain(PARK);
		});
	});

	describe('meetings', () => {
		it('derives last contact, next due and status for each mentor', () => {
			const rows = Object.fromEntries(team.mentors.map((m) => [m.name, { status: m.status, lastContact: m.lastContact, nextDue: m.nextDue }]));
			expect(rows).toEqual({
				// Meeting notes up to 11-10, then a dated email heading on 11-23 (later than
				// last_contact: 2026-11-10); next_meeting 2026-11-25 16:00 is booked.
				[MARSH]: { status: 'scheduled', lastContact: '2026-11-23', nextDue: '2026-11-25' },
				// Post-call coffee 11-13 + biweekly = 11-27, within the 3-day window.
				[OKAFOR]: { status: 'due', lastContact: '2026-11-13', nextDue: '2026-11-27' },
				// Met 11-20 and wrapped up: the next meeting, 10 days on, is booked for 11-30.
				[REYES]: { status: 'scheduled', lastContact: '2026-11-20', nextDue: '2026-11-30' },
				// Check-in 10-16 + one calendar month = 11-16.
				[LINDQVIST]: { status: 'overdue', lastContact: '2026-10-16', nextDue: '2026-11-16' },
				// Shadowing 10-29 + P2W = 11-12; snoozed, but a snooze pauses the meeting, not the date.
				[CHAUDHRY]: { status: 'overdue', lastContact: '2026-10-29', nextDue: '2026-11-12' },
				[PARK]: { status: 'alumni', lastContact: '2026-09-08', nextDue: null },
				// Her answer on 11-23 (a dated heading); no meeting is due with a prospect.
				[RAMAN]: { status: 'prospect', lastContact: '2026-11-23', nextDue: null },
			});
		});

		it('lists the meetings to book, most overdue first, and the booked one with its time; the snoozed one apart', () => {
			expect(meetingsDue(team).map((m) => [m.name, m.status])).toEqual([
				[LINDQVIST, 'overdue'],
				[OKAFOR, 'due'],
			]);
			expect(mentor(MARSH).nextMeeting).toEqual({ date: '2026-11-25', time: '16:00' });
			expect(meetingsSnoozed(team).map((m) => m.name)).toEqual([CHAUDHRY]);
		});

		it('keeps the snooze on Dr. Chaudhry only', () => {
			expect(team.mentors.filter((m) => m.snoozedUntil !== null).map((m) => [m.name, m.snoozedUntil])).toEqual([[CHAUDHRY, '2026-12-01']]);
		});

		it('counts meeting notes as contacts: a file-name date, a date property, and a group meeting for each mentor in it', () => {
			// "2026-09-22 Coffee with Sam.md" has no date property; "Dr. Lindqvist - October check-in.md" has no date in its name.
			expect(mentor(OKAFOR).contacts).toEqual(['2026-08-04', '2026-09-22', '2026-10-20', '2026-11-03', '2026-11-13']);
			expect(mentor(LINDQVIST).contacts).toEqual(['2026-09-18', '2026-10-16']);
			expect(mentor(MARSH).contacts).toEqual(['2026-06-02', '2026-09-15', '2026-10-13', '2026-11-03', '2026-11-10', '2026-11-23']);
		});
	});

	describe('your court', () => {
		const mine = yourCourt(team);

		it('holds sixteen open items, the three overdue ones first', () => {
			expect(mine).toHaveLength(16);
			expect(mine.slice(0, 3).map((i) => [i.mentor, i.dueDate])).toEqual([
				[CHAUDHRY, '2026-11-12'],
				[MARSH, '2026-11-13'],
				[LINDQVIST, '2026-11-20'],
			]);
			expect(mine.filter((i) => i.overdue)).toHaveLength(3);
			const dues = mine.map((i) => i.dueDate ?? '9999-12-31');
			expect(dues).toEqual([...dues].sort());
		});

		it('reads every due-date form from the day the item was written', () => {
			const due = (textStart: string) => {
				const found = item(textStart);
				expect(found.owner).toBe('me');
				return [found.mentor, found.dueDate];
			};
			// No date: due by the next meeting, which for Dr. Chaudhry was 11-12.
			expect(due('Read the EAST guideline')).toEqual([CHAUDHRY, '2026-11-12']);
			// "by Friday" written Tuesday 11-10: Friday 11-13, not a later Friday.
			expect(due('Revise the abstract methods section by Friday')).toEqual([MARSH, '2026-11-13']);
			// Tasks emoji.
			expect(due('Email Carla to book the December check-in')).toEqual([LINDQVIST, '2026-11-20']);
			// "tomorrow" under the heading of Monday 11-23: today.
			expect(due('Send Dr. Marsh the poster draft tomorrow')).toEqual([MARSH, '2026-11-24']);
			// "by the next meeting": the booked meeting.
			expect(due('Finish the remaining charts by the next meeting')).toEqual([MARSH, '2026-11-25']);
			// "EOW" from Monday 11-23: Friday 11-27.
			expect(due('Collect co-author sign-offs EOW')).toEqual([MARSH, '2026-11-27']);
			// "by the end of the month" from 11-20.
			expect(due('Finish the UWorld surgery block')).toEqual([REYES, '2026-11-30']);
			// No date: Jordan's next meeting, 11-20 + 10 days.
			expect(due('Bring my sub-I shortlist')).toEqual([REYES, '2026-11-30']);
			// "by Dec 3" from 10-16.
			expect(due('Draft the 300-word statement')).toEqual([LINDQVIST, '2026-12-03']);
			// "in 2 weeks" from 11-20.
			expect(due('Do a full-length practice shelf in 2 weeks')).toEqual([REYES, '2026-12-04']);
			// Dataview field.
			expect(due('Register for the surgical society winter meeting')).toEqual([LINDQVIST, '2026-12-10']);
		});

		it('holds the emails I owe a reply: one due tomorrow, and the prospect who answered, due today', () => {
			const replies = team.items.filter((i) => i.reply);
			expect(replies.map((i) => i.mentor)).toEqual([MARSH, RAMAN]);
			expect(replies[1]).toMatchObject({ owner: 'me', open: true, dueDate: '2026-11-24', overdue: false });
			const reply = replies[0] as Item;
			expect(reply.text).toContain('Reply to Dr. Marsh about the poster deadline');
			expect(reply).toMatchObject({ owner: 'me', mentor: MARSH, open: true, dueDate: '2026-11-25', overdue: false });
			expect(mine).toContain(reply);
		});

		it('gives each mentor the ball the notes say', () => {
			const balls = Object.fromEntries(team.mentors.map((m) => [m.name, [m.ball, m.openMine, m.openTheirs]]));
			expect(balls).toEqual({
				[MARSH]: ['mine', 6, 2],
				[OKAFOR]: ['theirs', 0, 3],
				[REYES]: ['mine', 5, 2],
				[LINDQVIST]: ['mine', 3, 1],
				[CHAUDHRY]: ['mine', 1, 1],
				[PARK]: ['none', 0, 0],
				[RAMAN]: ['mine', 1, 0],
			});
		});
	});

	describe('their court', () => {
		it('holds nine items, each waiting since the day it was asked', () => {
			const theirs = theirCourt(team);
			expect(theirs.map((i) => [i.mentor, i.age])).toEqual([
				[LINDQVIST, 67], // nominate me for the travel award (09-18)
				[MARSH, 42], // book a biostatistics consult (10-13)
				[OKAFOR, 35], // ask the chief resident about a Whipple (10-20)
				[CHAUDHRY, 26], // the sub-I application link (10-29)
				[OKAFOR, 21], // "Sam: …" in the group meeting (11-03)
				[MARSH, 14], // the poster template (11-10)
				[OKAFOR, 11], // tagged #theirs (11-13)
				[REYES, 4], // the sub-I checklist, from the wrapped-up meeting (11-20)
				[REYES, 4], // the away-rotation timeline (11-20)
			]);
			for (const i of theirs) expect(i.owner).toBe('them');
		});

		it('recognises the owner by tag, by full name, title and surname, first name', () => {
			expect(item('Review my personal statement outline #theirs').owner).toBe('them');
			expect(item('Dr. Lindqvist: nominate me').owner).toBe('them');
			expect(item('Jordan: share their away-rotation').owner).toBe('them');
			// "Reply to Dr. Marsh …" names her, but not before a colon: mine.
			expect(item('Reply to Dr. Marsh').owner).toBe('me');
		});

		it('splits a group meeting between its mentors', () => {
			expect(item('Sam: show me how to pull discharge summaries').mentor).toBe(OKAFOR);
			expect(item('Send [[Dr. Sam Okafor]] the abstraction sheet').mentor).toBe(OKAFOR);
			expect(item('Submit the IRB data-sharing amendment').mentor).toBe(MARSH);
		});
	});

	describe('closed items', () => {
		it("counts done and cancelled items as closed, in nobody's court", () => {
			// 16 mine + 9 theirs open (with the meeting loop's notes: a prepared and a wrapped-up
			// meeting, a thank-you owed); 25 done (Dr. Park's two-year log among them); 1 cancelled.
			expect(team.items).toHaveLength(51);
			expect(team.items.filter((i) => i.open)).toHaveLength(25);
			expect(team.items.filter((i) => i.state === 'done')).toHaveLength(25);
			const cancelled = team.items.filter((i) => i.state === 'cancelled');
			expect(cancelled.map((i) => i.text)).toEqual(['Present the project at the October lab meeting (meeting cancelled)']);
			const json = toReportJson(team).items.find((i) => i.text.startsWith('Present the project'));
			expect(json).toMatchObject({ done: true, overdue: false, due: null });
			expect([...yourCourt(team), ...theirCourt(team)].some((i) => !i.open)).toBe(false);
		});
	});

	describe('problems', () => {
		it('reports exactly one, in plain language, and keeps the rest of the team', () => {
			expect(team.problems).toHaveLength(1);
			const problem = team.problems[0];
			expect(problem?.path).toBe(BROKEN_MEETING);
			expect(problem?.message).toContain('Dr. Tomas Hale');
			expect(problem?.message).toMatch(/not a mentor note/);
			expect(problem?.message).not.toMatch(/undefined|null|\[object|Error|at .*\.ts:\d+/);
			expect(team.mentors).toHaveLength(7);
		});

		it('does not count the meeting with an unknown mentor for anyone', () => {
			for (const m of team.mentors) expect(m.contacts).not.toContain('2026-11-19');
			expect(team.items.some((i) => i.path === BROKEN_MEETING)).toBe(false);
		});
	});

	describe('notes that are not about mentors', () => {
		it('produce no mentor, no meeting, no item and no problem', () => {
			for (const path of UNRELATED) {
				expect(index.get(path), path).toBeUndefined();
				expect(
					team.mentors.some((m) => m.path === path),
					path,
				).toBe(false);
				expect(
					team.items.some((i) => i.path === path),
					path,
				).toBe(false);
				expect(
					team.problems.some((p) => p.path === path),
					path,
				).toBe(false);
			}
			// The lecture note's "Dr. Ibarra: post the slides #theirs" is not in their court.
			expect(team.items.some((i) => i.text.includes('Ibarra'))).toBe(false);
		});
	});

	describe('the JSON contract', () => {
		const json = toReportJson(team);

		it('points every item at its task line, counted from the top of the file', () => {
			expect(json.today).toBe(TODAY);
			for (const i of json.items) {
				const lines = readFileSync(join(VAULT, i.path), 'utf8').split('\n');
				const line = lines[i.line - 1] ?? '';
				expect(line, `${i.path}:${i.line}`).toMatch(/^\s*(?:[-*+]|\d+[.)]) \[.\] /);
				expect(line.endsWith(i.text), `${i.path}:${i.line}`).toBe(true);
			}
		});

		it('is what the command line prints with no --vault', () => {
			let out = '';
			let err = '';
			const code = runCli(['report', '--today', TODAY, '--json'], {
				stdout: (t) => void (out += t),
				stderr: (t) => void (err += t),
				isTty: false,
				env: {},
				now: () => new Date(),
				exampleVault: VAULT,
			});
			expect([code, err]).toEqual([0, '']);
			// The meeting loop's fields come after the contract's (the JSON only grows).
			expect(JSON.parse(out)).toEqual({
				...json,
				owedThanks: [
					{ mentor: REYES, path: 'Meetings/2026-11-20 Jordan Reyes.md', line: 16, text: 'Thank Jordan and tell them how it went #loop 📅 2026-11-24', due: '2026-11-24', overdue: false },
				],
				updatesDue: [{ mentor: CHAUDHRY, path: 'Mentors/Dr. Nadia Chaudhry.md', lastUpdate: '2026-08-14', due: '2026-11-14', cadence: 'quarterly' }],
				// The loop as the notes show it: a prepared meeting, a wrap-up, a sent update.
				bookedMeetings: [
					{ mentor: MARSH, path: 'Mentors/Dr. Helena Marsh.md', date: '2026-11-25', time: '16:00', note: 'Meetings/2026-11-25 Dr. Helena Marsh.md' },
					{ mentor: REYES, path: 'Mentors/Jordan Reyes.md', date: '2026-11-30', time: null, note: null },
				],
				lastWrapUp: {
					note: 'Meetings/2026-11-20 Jordan Reyes.md',
					date: '2026-11-20',
					mentors: [{ mentor: REYES, path: 'Mentors/Jordan Reyes.md', nextMeeting: '2026-11-30' }],
					mine: 2,
					theirs: 2,
				},
				updateNotes: [{ path: 'Updates/2026-11-02 Update to Dr. Victor Lindqvist.md', to: [LINDQVIST], drafted: '2026-11-02', sent: '2026-11-02' }],
			});
			// The JSON only grows: the meeting loop's fields come after the contract's, in this order.
			expect(Object.keys(JSON.parse(out) as object).slice(-5)).toEqual(['owedThanks', 'updatesDue', 'bookedMeetings', 'lastWrapUp', 'updateNotes']);
		});
	});

	it('does not depend on when the files were created or checked out', () => {
		const shifted = load((r) => (r.created !== undefined ? { ...r, created: '1999-01-01' as CalendarDate } : r)).team;
		expect(toReportJson(shifted)).toEqual(toReportJson(team));
		expect(theirCourt(shifted).map((i) => i.age)).toEqual(theirCourt(team).map((i) => i.age));
	});

	it('ships a meeting template that the plugin fills in, with no empty task line', () => {
		const template = readFileSync(join(VAULT, 'Templates/Meeting note.md'), 'utf8');
		for (const placeholder of ['{{title}}', '{{bring_back}}', '{{waiting_on}}']) expect(template).toContain(placeholder);
		// An empty `- [ ] ` line would become an untitled open item in every meeting note.
		expect(template).not.toMatch(/^\s*[-*+] \[ \]\s*$/m);
		const body = meetingNoteBody(meetingAgenda(team, mentor(MARSH)), template);
		expect(body).not.toContain('{{');
		expect(body).toContain('Meeting with Dr. Helena Marsh');
		expect(body).not.toMatch(/^\s*[-*+] \[ \]\s*$/m);
	});
});
