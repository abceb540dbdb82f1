import { describe, expect, it } from 'vitest';
import { compareText } from '../../src/core/compare-text';
import { MentorDirectory } from '../../src/core/mentor-directory';
import { deriveTeam } from '../../src/core/team';
import type { Item, MentorFacts, MentorSummary, NoteRecord, TeamSnapshot } from '../../src/core/types';
import { readNote } from '../../src/core/note-facts';
import { day } from '../helpers/dates';
import { md, note, readAll, settingsWith, team } from '../helpers/notes';
import { containing } from '../helpers/match';

/** A mentor note from its frontmatter lines and body lines. */
function mentor(name: string, frontmatter: string[], body: string[] = [], folder = 'Mentors'): NoteRecord {
	return note(`${folder}/${name}.md`, md('---', 'type: mentor', ...frontmatter, '---', ...body), '2026-09-01');
}

function meeting(file: string, frontmatter: string[], body: string[] = []): NoteRecord {
	return note(`Meetings/${file}.md`, md('---', ...frontmatter, '---', ...body), '2026-09-01');
}

function find(snapshot: TeamSnapshot, name: string): MentorSummary {
	const found = snapshot.mentors.find((m) => m.name === name);
	if (!found) throw new Error(`no mentor ${name} in ${snapshot.mentors.map((m) => m.name).join(', ')}`);
	return found;
}

function itemNamed(snapshot: TeamSnapshot, start: string): Item {
	const found = snapshot.items.filter((i) => i.text.startsWith(start));
	if (found.length !== 1) throw new Error(`${found.length} items start with "${start}"`);
	return found[0] as Item;
}

describe('last contact', () => {
	const lee = mentor('Dr. Maya Lee', ['last_contact: 2026-11-03'], ['### 2026-11-05 Coffee', '### 2026-12-20 Planned (future)']);

	it('is the latest of the property, past meeting notes and past dated headings', () => {
		expect(find(team([lee], '2026-11-24'), 'Dr. Maya Lee').lastContact).toBe('2026-11-05');
		const withMeeting = [lee, meeting('2026-11-17 Lee', ['mentor: "[[Dr. Maya Lee]]"'])];
		expect(find(team(withMeeting, '2026-11-24'), 'Dr. Maya Lee').lastContact).toBe('2026-11-17');
		const propertyLatest = mentor('Dr. Maya Lee', ['last_contact: 2026-11-20'], ['### 2026-11-05 Coffee']);
		expect(find(team([propertyLatest, withMeeting[1] as NoteRecord], '2026-11-24'), 'Dr. Maya Lee').lastContact).toBe('2026-11-20');
	});

	it('ignores meeting notes and headings dated after today', () => {
		const notes = [lee, meeting('2026-11-30 Lee', ['mentor: "[[Dr. Maya Lee]]"'])];
		const lee24 = find(team(notes, '2026-11-24'), 'Dr. Maya Lee');
		expect(lee24.lastContact).toBe('2026-11-05');
		expect(lee24.contacts).toEqual(['2026-11-03', '2026-11-05']);
		expect(lee24.daysSinceContact).toBe(19);
		// Once the day comes, it counts.
		expect(find(team(notes, '2026-12-01'), 'Dr. Maya Lee').lastContact).toBe('2026-11-30');
	});

	it('is none for a mentor never contacted', () => {
		const summary = find(team([mentor('Sam Ortiz', [])], '2026-11-24'), 'Sam Ortiz');
		expect([summary.lastContact, summary.daysSinceContact, summary.contacts]).toEqual([null, null, []]);
	});
});

describe('next due and status', () => {
	it('a next meeting past 9999-12-31 stays on that day, with a problem saying why', () => {
		const snapshot = team([note('Mentors/Dr. Lee.md', md('---', 'type: mentor', 'cadence: yearly', 'last_contact: 9999-06-01', '---'))], '9999-12-20');
		expect(snapshot.mentors[0]?.nextDue).toBe('9999-12-31');
		expect(snapshot.problems.map((p) => p.message)).toEqual([expect.stringContaining('falls after 9999-12-31')]);
	});

	const status = (frontmatter: string[], today: string, body: string[] = [], extra: NoteRecord[] = []) => {
		const s = find(team([mentor('M', frontmatter, body), ...extra], today), 'M');
		return { nextDue: s.nextDue, status: s.status };
	};

	it('is the next meeting when it is today or later: scheduled', () => {
		expect(status(['last_contact: 2026-10-01', 'next_meeting: 2026-11-26 15:00'], '2026-11-24')).toEqual({ nextDue: '2026-11-26', status: 'scheduled' });
		expect(status(['last_contact: 2026-10-01', 'next_meeting: 2026-11-24'], '2026-11-24')).toEqual({ nextDue: '2026-11-24', status: 'scheduled' });
	});

	it('keeps the time of the scheduled meeting', () => {
		const s = find(team([mentor('M', ['next_meeting: 2026-11-26 15:00'])], '2026-11-24'), 'M');
		expect(s.nextMeeting).toEqual({ date: '2026-11-26', time: '15:00' });
	});

	it('counts a meeting note dated ahead as a scheduled meeting', () => {
		const ahead = meeting('2026-11-27 M', ['mentor: "[[M]]"']);
		expect(status(['last_contact: 2026-10-01'], '2026-11-24', [], [ahead])).toEqual({ nextDue: '2026-11-27', status: 'scheduled' });
	});

	it('else is the last contact plus the cadence', () => {
		// A past next_meeting no longer schedules anything.
		expect(status(['cadence: weekly', 'last_contact: 2026-11-20', 'next_meeting: 2026-11-20'], '2026-11-24')).toEqual({ nextDue: '2026-11-27', status: 'due' });
		expect(status(['cadence: every 10 days', 'last_contact: 2026-11-20'], '2026-11-24')).toEqual({ nextDue: '2026-11-30', status: 'ok' });
	});

	it("counts calendar months for monthly cadences, clamped to the month's end", () => {
		expect(status(['cadence: monthly', 'last_contact: 2027-01-31'], '2027-02-10').nextDue).toBe('2027-02-28');
		expect(status(['cadence: monthly', 'last_contact: 2028-01-31'], '2028-02-10').nextDue).toBe('2028-02-29');
		expect(status(['cadence: quarterly', 'last_contact: 2026-11-30'], '2026-12-01').nextDue).toBe('2027-02-28');
	});

	it('uses the default cadence, two weeks, when the note has none or an unreadable one', () => {
		const s = find(team([mentor('M', ['last_contact: 2026-11-10'])], '2026-11-18'), 'M');
		expect([s.nextDue, s.cadence, s.cadenceIsDefault]).toEqual(['2026-11-24', { count: 2, unit: 'week' }, true]);
		expect(status(['cadence: every few weeks', 'last_contact: 2026-11-10'], '2026-11-18').nextDue).toBe('2026-11-24');
		expect(find(team([mentor('M', ['cadence: weekly'])], '2026-11-18'), 'M').cadenceIsDefault).toBe(false);
	});

	it('uses the default cadence of the settings', () => {
		const settings = settingsWith({ defaultCadence: 'monthly' });
		expect(find(team([mentor('M', ['last_contact: 2026-10-31'])], '2026-11-18', settings), 'M').nextDue).toBe('2026-11-30');
		// An unreadable default falls back to two weeks rather than failing.
		const broken = settingsWith({ defaultCadence: 'whenever' });
		expect(find(team([mentor('M', ['last_contact: 2026-11-10'])], '2026-11-18', broken), 'M').nextDue).toBe('2026-11-24');
	});

	it('is today for a mentor never contacted: due', () => {
		expect(status([], '2026-11-24')).toEqual({ nextDue: '2026-11-24', status: 'due' });
	});

	it('is overdue before today, due within the due-soon window (3 days), ok after it', () => {
		const at = (lastContact: string) => status(['cadence: weekly', `last_contact: ${lastContact}`], '2026-11-24');
		expect(at('2026-11-16')).toEqual({ nextDue: '2026-11-23', status: 'overdue' });
		expect(at('2026-11-17')).toEqual({ nextDue: '2026-11-24', status: 'due' });
		expect(at('2026-11-20')).toEqual({ nextDue: '2026-11-27', status: 'due' });
		expect(at('2026-11-21')).toEqual({ nextDue: '2026-11-28', status: 'ok' });
	});

	it('follows the due-soon setting', () => {
		const settings = settingsWith({ dueSoonDays: 0 });
		const s = (lastContact: string) => find(team([mentor('M', ['cadence: weekly', `last_contact: ${lastContact}`])], '2026-11-24', settings), 'M').status;
		expect(s('2026-11-17')).toBe('due');
		expect(s('2026-11-18')).toBe('ok');
	});

	it('is paused or alumni, with nothing due, whatever the dates say', () => {
		expect(status(['status: paused', 'last_contact: 2025-01-01'], '2026-11-24')).toEqual({ nextDue: null, status: 'paused' });
		expect(status(['status: alumni', 'next_meeting: 2026-11-26'], '2026-11-24')).toEqual({ nextDue: null, status: 'alumni' });
	});

	it('shows a snooze only while it lasts', () => {
		expect(find(team([mentor('M', ['snooze_until: 2026-12-01'])], '2026-11-24'), 'M').snoozedUntil).toBe('2026-12-01');
		expect(find(team([mentor('M', ['snooze_until: 2026-11-24'])], '2026-11-24'), 'M').snoozedUntil).toBeNull();
	});
});

describe('items: owner, due date, done and overdue', () => {
	const lee = mentor(
		'Dr. Maya Lee',
		['cadence: every 2 weeks', 'last_contact: 2026-11-10', 'aliases: [Maya]'],
		[
			'### 2026-11-10 Meeting',
			'- [ ] Send the revised abstract by Friday',
			'- [ ] Dr. Lee: intro to the trauma team',
			'- [ ] Maya: send the dataset',
			'- [ ] Lee: feedback on the poster',
			'- [ ] Dr. Maya Lee: letter of support',
			'- [ ] Look over my CV #theirs',
			'- [ ] Sam: not her, so mine',
			'- [ ] Draft the methods section',
			'- [ ] Bring the poster by the next meeting',
			'- [ ] Book the room 📅 2026-11-24',
			'- [ ] Print handouts 📅 2026-11-23',
			'- [x] Read chapter 3 📅 2026-11-01',
			'- [-] Draft the ethics form 📅 2026-11-01',
			'- [/] Started: outline 📅 2026-11-20',
		],
	);
	const snapshot = team([lee], '2026-11-24');

	it('is theirs with the owner tag or their name, alias, first or last name, or title and last name before a colon', () => {
		const owners = Object.fromEntries(snapshot.items.map((i) => [i.text, i.owner]));
		expect(owners).toMatchObject({
			'Send the revised abstract by Friday': 'me',
			'Dr. Lee: intro to the trauma team': 'them',
			'Maya: send the dataset': 'them',
			'Lee: feedback on the poster': 'them',
			'Dr. Maya Lee: letter of support': 'them',
			'Look over my CV #theirs': 'them',
			'Sam: not her, so mine': 'me',
			'Draft the methods section': 'me',
		});
	});

	it('an item without a date, or "by the next meeting", is due at the next meeting', () => {
		expect(find(snapshot, 'Dr. Maya Lee').nextDue).toBe('2026-11-24');
		expect(itemNamed(snapshot, 'Draft the methods').dueDate).toBe('2026-11-24');
		expect(itemNamed(snapshot, 'Bring the poster').dueDate).toBe('2026-11-24');
		expect(itemNamed(snapshot, 'Dr. Lee: intro').dueDate).toBe('2026-11-24');
	});

	it('is overdue only when open and due before today', () => {
		const state = (start: string) => {
			const item = itemNamed(snapshot, start);
			return [item.dueDate, item.open, item.overdue];
		};
		expect(state('Send the revised abstract')).toEqual(['2026-11-13', true, true]);
		expect(state('Book the room')).toEqual(['2026-11-24', true, false]);
		expect(state('Print handouts')).toEqual(['2026-11-23', true, true]);
		expect(state('Started: outline')).toEqual(['2026-11-20', true, true]);
		expect(state('Read chapter 3')).toEqual([null, false, false]);
		expect(state('Draft the ethics form')).toEqual([null, false, false]);
	});

	it('counts open items per court and gives the ball to whoever owes something', () => {
		const summary = find(snapshot, 'Dr. Maya Lee');
		expect([summary.openMine, summary.openTheirs, summary.overdueMine, summary.ball]).toEqual([7, 5, 3, 'mine']);
	});

	it('knows how long an item has been waiting', () => {
		expect(itemNamed(snapshot, 'Dr. Lee: intro').age).toBe(14);
	});

	it('keeps the due date read from words stable as days pass', () => {
		for (const today of ['2026-11-11', '2026-11-13', '2026-11-24', '2027-03-01']) {
			expect(itemNamed(team([lee], today), 'Send the revised abstract').dueDate).toBe('2026-11-13');
		}
	});

	it('gives an item whose explicit date is not a real day no due date', () => {
		const s = team([mentor('M', ['last_contact: 2026-11-20'], ['- [ ] Draft 📅 2026-02-30'])], '2026-11-24');
		expect(s.items[0]?.dueDate).toBeNull();
		expect(s.items[0]?.overdue).toBe(false);
		expect(s.problems).toHaveLength(1);
	});

	it('gives items of a paused mentor no next-meeting date', () => {
		const s = team([mentor('M', ['status: paused'], ['- [ ] Draft', '- [ ] Send 📅 2026-11-01'])], '2026-11-24');
		expect(s.items.map((i) => [i.dueDate, i.overdue])).toEqual([
			[null, false],
			['2026-11-01', true],
		]);
	});
});

describe('the ball', () => {
	const ballOf = (...tasks: string[]) => find(team([mentor('Dr. Maya Lee', ['last_contact: 2026-11-20'], tasks)], '2026-11-24'), 'Dr. Maya Lee').ball;

	it('is mine when I owe something, theirs when only they do, none otherwise', () => {
		expect(ballOf('- [ ] mine', '- [ ] Maya: theirs')).toBe('mine');
		expect(ballOf('- [x] mine, done', '- [ ] Maya: theirs')).toBe('theirs');
		expect(ballOf('- [-] mine, cancelled', '- [x] Maya: theirs, done')).toBe('none');
		expect(ballOf()).toBe('none');
	});
});

describe('meeting notes', () => {
	const lee = mentor('Dr. Maya Lee', ['aliases: [Maya]', 'last_contact: 2026-11-01'], [], 'People');
	const sam = mentor('Sam Ortiz', ['last_contact: 2026-11-01']);

	it('give their items to the linked mentor, however the link is written', () => {
		for (const link of ['mentor: "[[Dr. Maya Lee]]"', 'mentor: [[Dr. Maya Lee]]', 'mentor: "[[People/Dr. Maya Lee.md|Maya]]"', 'mentor: Maya', 'mentor: "[[dr maya lee]]"']) {
			const s = team([lee, sam, meeting('2026-11-17 Lee', [link], ['- [ ] Draft'])], '2026-11-24');
			expect(
				s.items.map((i) => i.mentor),
				link,
			).toEqual(['Dr. Maya Lee']);
			expect(find(s, 'Dr. Maya Lee').lastContact, link).toBe('2026-11-17');
			expect(s.problems, link).toEqual([]);
		}
	});

	it('in a group meeting, give each item to the mentor it names, else the first one linked', () => {
		const group = meeting(
			'2026-11-17 Team',
			['mentor:', '  - "[[Dr. Maya Lee]]"', '  - [[Sam Ortiz]]'],
			['- [ ] Sam: share the call schedule', '- [ ] Ask [[Sam Ortiz]] about the rotation', '- [ ] Maya: send the dataset', '- [ ] Draft the agenda'],
		);
		const s = team([lee, sam, group], '2026-11-24');
		expect(s.items.map((i) => [i.text, i.mentor, i.owner])).toEqual([
			['Sam: share the call schedule', 'Sam Ortiz', 'them'],
			['Ask [[Sam Ortiz]] about the rotation', 'Sam Ortiz', 'me'],
			['Maya: send the dataset', 'Dr. Maya Lee', 'them'],
			['Draft the agenda', 'Dr. Maya Lee', 'me'],
		]);
		expect(find(s, 'Dr. Maya Lee').lastContact).toBe('2026-11-17');
		expect(find(s, 'Sam Ortiz').lastContact).toBe('2026-11-17');
	});

	it('that link no known mentor are problems, and their items are not shown', () => {
		const ghost = meeting('2026-11-17 Ghost', ['mentor: "[[Dr. Nobody]]"'], ['- [ ] Draft']);
		const s = team([lee, ghost], '2026-11-24');
		expect(s.items).toEqual([]);
		expect(s.problems).toEqual([{ path: 'Meetings/2026-11-17 Ghost.md', message: containing('"Dr. Nobody"') }]);
	});

	it('report the one unknown link of a group meeting and keep the known one', () => {
		const group = meeting('2026-11-17 Team', ['mentor: ["[[Dr. Maya Lee]]", "[[Dr. Nobody]]"]']);
		const s = team([lee, group], '2026-11-24');
		expect(find(s, 'Dr. Maya Lee').lastContact).toBe('2026-11-17');
		expect(s.problems.map((p) => p.message)).toEqual([expect.stringContaining('"Dr. Nobody"')]);
	});

	it('that link nothing are problems', () => {
		const s = team([meeting('2026-11-17 Empty', ['mentor: "[[]]"'])], '2026-11-24');
		expect(s.problems.map((p) => p.message)).toEqual([expect.stringMatching(/links no mentor/)]);
	});

	it('without a date do not count as a contact', () => {
		const s = team([lee, meeting('Lee notes', ['mentor: "[[Dr. Maya Lee]]"'])], '2026-11-24');
		expect(find(s, 'Dr. Maya Lee').lastContact).toBe('2026-11-01');
		expect(s.problems).toHaveLength(1);
	});
});

describe('duplicate names', () => {
	it('are a problem on the second note, and links go to the first', () => {
		const a = mentor('Dr. Lee', ['role: research'], [], 'A');
		const b = mentor('Dr. Lee', ['role: sponsor'], [], 'B');
		const s = team([b, a, meeting('2026-11-17 Lee', ['mentor: "[[Dr. Lee]]"'])], '2026-11-24');
		expect(s.mentors.map((m) => m.path)).toEqual(['A/Dr. Lee.md', 'B/Dr. Lee.md']);
		expect(s.problems).toEqual([{ path: 'B/Dr. Lee.md', message: containing('A/Dr. Lee.md') }]);
		expect(s.mentors.map((m) => m.lastContact)).toEqual(['2026-11-17', null]);
	});

	it('a link with the folder reaches the second one', () => {
		const a = mentor('Dr. Lee', [], [], 'A');
		const b = mentor('Dr. Lee', [], [], 'B');
		const s = team([a, b, meeting('2026-11-17 Lee', ['mentor: "[[B/Dr. Lee]]"'])], '2026-11-24');
		expect(s.mentors.map((m) => m.lastContact)).toEqual([null, '2026-11-17']);
	});
});

describe('coverage', () => {
	const roles = (...people: [string, string, string?][]) => people.map(([name, role, status]) => mentor(name, [`role: ${role}`, ...(status ? [`status: ${status}`] : [])]));

	it('counts active mentors per role against the targets, and the whole team', () => {
		const s = team(
			roles(['Dr. A', '[research mentor, sponsor]'], ['Dr. B', 'resident'], ['Dr. C', 'supporter'], ['Dr. D', 'peer mentor'], ['Dr. E', 'research', 'alumni'], ['Dr. F', 'sponsor', 'paused']),
			'2026-11-24',
		);
		expect(s.coverage.map((c) => [c.role, c.count, c.min, c.max, c.state, c.mentors])).toEqual([
			['research', 1, 1, 1, 'ok', ['Dr. A']],
			['support', 3, 1, 2, 'over', ['Dr. B', 'Dr. C', 'Dr. D']],
			['sponsor', 1, 1, 2, 'ok', ['Dr. A']],
			['team', 4, 4, 5, 'ok', ['Dr. A', 'Dr. B', 'Dr. C', 'Dr. D']],
		]);
	});

	it('marks a role with no one, and a small team, as missing', () => {
		const s = team(roles(['Dr. A', 'research'], ['Dr. B', 'research']), '2026-11-24');
		expect(s.coverage.map((c) => [c.role, c.count, c.state])).toEqual([
			['research', 2, 'over'],
			['support', 0, 'missing'],
			['sponsor', 0, 'missing'],
			['team', 2, 'missing'],
		]);
		expect(team([], '2026-11-24').coverage.map((c) => c.state)).toEqual(['missing', 'missing', 'missing', 'missing']);
	});

	it('follows custom targets and custom roles', () => {
		const settings = settingsWith({ roleTargets: [{ role: 'coach', min: 1, max: 1 }], teamTarget: { min: 1, max: 2 } });
		const s = team(roles(['Dr. A', 'Coach'], ['Dr. B', 'research']), '2026-11-24', settings);
		expect(s.coverage.map((c) => [c.role, c.count, c.state])).toEqual([
			['coach', 1, 'ok'],
			['team', 2, 'ok'],
		]);
	});
});

describe('problems never hide the team', () => {
	it('a broken note shows its problem beside every other mentor and item', () => {
		const good = mentor('Dr. Maya Lee', ['role: research', 'last_contact: 2026-11-20'], ['- [ ] Draft']);
		const broken = note('Mentors/Sam Ortiz.md', md('---', 'type: mentor', 'role: [support', '---', '- [ ] Call'));
		const odd = mentor('Dr. Ada Okafor', ['cadence: sometimes', 'last_contact: yesterday'], ['- [ ] Ask 📅 2026-13-01']);
		const s = team([good, broken, odd, meeting('2026-11-17 Ghost', ['mentor: "[[Nobody]]"'])], '2026-11-24');
		expect(s.mentors.map((m) => m.name)).toEqual(['Dr. Ada Okafor', 'Dr. Maya Lee', 'Sam Ortiz']);
		expect(s.items.map((i) => i.text)).toEqual(['Ask 📅 2026-13-01', 'Draft', 'Call']);
		expect(s.problems.map((p) => p.path)).toEqual(['Meetings/2026-11-17 Ghost.md', 'Mentors/Dr. Ada Okafor.md', 'Mentors/Dr. Ada Okafor.md', 'Mentors/Dr. Ada Okafor.md', 'Mentors/Sam Ortiz.md']);
		expect(find(s, 'Sam Ortiz').roles).toEqual(['support']);
	});
});

describe('order', () => {
	it('mentors by name as people sort them, items by file and line, problems by file', () => {
		const notes = [mentor('dr. b', [], ['- [ ] b2', '- [ ] b1']), mentor('Dr. A', [], ['- [ ] a']), mentor('Dr. C 10', []), mentor('Dr. C 9', [])];
		const s = team(notes, '2026-11-24');
		expect(s.mentors.map((m) => m.name)).toEqual(['Dr. A', 'dr. b', 'Dr. C 9', 'Dr. C 10']);
		expect(s.items.map((i) => i.text)).toEqual(['a', 'b2', 'b1']);
	});

	it('does not depend on the order the notes come in', () => {
		const notes = [
			mentor('Dr. Maya Lee', ['aliases: [Maya]'], ['- [ ] Draft']),
			mentor('Sam Ortiz', [], ['- [ ] Call']),
			meeting('2026-11-17 Team', ['mentor: ["[[Sam Ortiz]]", "[[Dr. Maya Lee]]", "[[Nobody]]"]'], ['- [ ] Maya: data', '- [ ] Agenda']),
			meeting('2026-11-18 Nobody', ['mentor: "[[Nobody]]"', 'date: soon']),
		];
		const settings = settingsWith();
		const facts = readAll(notes, settings);
		const forward = deriveTeam(facts, settings, day('2026-11-24'));
		const backward = deriveTeam([...facts].reverse(), settings, day('2026-11-24'));
		expect(backward).toEqual(forward);
	});
});

describe('deriveTeam leaves the facts it was given as they were', () => {
	it('so the index can reuse them for another day', () => {
		const settings = settingsWith();
		const facts = readAll([mentor('Dr. Maya Lee', ['role: research'], ['- [ ] Draft']), meeting('2026-11-17 Lee', ['mentor: "[[Dr. Maya Lee]]"'], ['- [ ] Send'])], settings);
		const before = structuredClone(facts);
		deriveTeam(facts, settings, day('2026-11-24'));
		deriveTeam(facts, settings, day('2026-12-24'));
		expect(facts).toEqual(before);
	});
});

describe('MentorDirectory', () => {
	it('finds a mentor by path, then base name, then alias', () => {
		const settings = settingsWith();
		const lee = readNote(mentor('Dr. Maya Lee', ['aliases: [Maya]'], [], 'People'), settings) as MentorFacts;
		const directory = new MentorDirectory([lee]);
		for (const target of ['People/Dr. Maya Lee', 'people/dr. maya lee.md', 'Dr. Maya Lee', 'Other/Dr. Maya Lee', 'maya', 'Dr Maya Lee']) {
			expect(directory.resolve(target), target).toEqual([lee]);
		}
		expect(directory.resolve('Dr. Nobody')).toEqual([]);
	});
});

describe('compareText', () => {
	it('sorts names as people do, ties broken exactly', () => {
		expect(['Note 10', 'note 2', 'Note 2'].sort(compareText)).toEqual(['Note 2', 'note 2', 'Note 10']);
	});
});

describe('contacts and bookings that contradict each other', () => {
	it('a last_contact in the future is not a contact, and says so', () => {
		const snapshot = team([mentor('Dr. Maya Lee', ['last_contact: 2026-12-01'])], '2026-11-24');
		const lee = find(snapshot, 'Dr. Maya Lee');
		expect([lee.lastContact, lee.status]).toEqual([null, 'due']);
		expect(snapshot.problems).toEqual([{ path: 'Mentors/Dr. Maya Lee.md', message: 'last_contact 2026-12-01 is in the future, so it is not counted; for a meeting ahead use next_meeting' }]);
	});

	it('a booked meeting that was held (contact logged that day) no longer holds the next due date', () => {
		const booked = ['cadence: every 2 weeks', 'next_meeting: 2026-11-24 15:00'];
		const before = find(team([mentor('Dr. Maya Lee', [...booked, 'last_contact: 2026-11-10'])], '2026-11-24'), 'Dr. Maya Lee');
		expect([before.status, before.nextDue]).toEqual(['scheduled', '2026-11-24']);
		const after = find(team([mentor('Dr. Maya Lee', [...booked, 'last_contact: 2026-11-24'])], '2026-11-24'), 'Dr. Maya Lee');
		expect([after.status, after.nextDue]).toEqual(['ok', '2026-12-08']);
	});

	it('sorts names as people read them, ignoring punctuation', () => {
		expect(['Dr. Ben Ode', 'Dr Maya Lee', 'Dr. Ann Bell'].sort(compareText)).toEqual(['Dr. Ann Bell', 'Dr. Ben Ode', 'Dr Maya Lee']);
	});
});
