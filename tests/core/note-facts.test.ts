import { describe, expect, it } from 'vitest';
import { classifyNote, needsContent, readNote } from '../../src/core/note-facts';
import { dateInFileName } from '../../src/core/property-readers';
import type { MeetingFacts, MentorFacts, NoteFacts, NoteRecord, ParsedItem } from '../../src/core/types';
import { md, note, settingsWith } from '../helpers/notes';
import { containing } from '../helpers/match';

const defaults = settingsWith();

function mentorFacts(record: NoteRecord, settings = defaults): MentorFacts {
	const facts = readNote(record, settings);
	if (facts.kind !== 'mentor') throw new Error(`${record.path} read as ${facts.kind}`);
	return facts;
}

function meetingFacts(record: NoteRecord, settings = defaults): MeetingFacts {
	const facts = readNote(record, settings);
	if (facts.kind !== 'meeting') throw new Error(`${record.path} read as ${facts.kind}`);
	return facts;
}

function itemsOf(facts: NoteFacts): ParsedItem[] {
	return facts.kind === 'other' ? [] : facts.items;
}

/** A mentor note whose body is these lines. */
function mentorWith(...body: string[]): NoteRecord {
	return note('Mentors/Dr. Maya Lee.md', md('---', 'type: mentor', '---', ...body), '2026-11-01');
}

describe('which notes are mentor notes', () => {
	const kind = (frontmatter: Record<string, unknown> | null, path = 'Notes/Someone.md', settings = defaults) => classifyNote(path, frontmatter, settings);

	it('a note with type: mentor, in any case, or mentor among a list of types', () => {
		expect(kind({ type: 'mentor' })).toBe('mentor');
		expect(kind({ type: 'Mentor' })).toBe('mentor');
		expect(kind({ Type: 'mentor' })).toBe('mentor');
		expect(kind({ type: ['person', 'mentor'] })).toBe('mentor');
		expect(kind({ type: 'mentee' })).toBe('other');
	});

	it('a note tagged mentor, or with a nested tag under it', () => {
		expect(kind({ tags: 'mentor' })).toBe('mentor');
		expect(kind({ tags: '#mentor' })).toBe('mentor');
		expect(kind({ tags: ['people', 'mentor'] })).toBe('mentor');
		expect(kind({ tags: ['mentor/research'] })).toBe('mentor');
		expect(kind({ tags: 'people, Mentor/Support' })).toBe('mentor');
		expect(kind({ tags: 'people mentor' })).toBe('mentor');
		expect(kind({ tag: 'mentor' })).toBe('mentor');
		expect(kind({ tags: ['mentorship', 'mentors', 'my-mentor'] })).toBe('other');
	});

	it('the mentor tag is a setting', () => {
		const settings = settingsWith({ mentorTag: '#advisor' });
		expect(kind({ tags: ['advisor'] }, 'x.md', settings)).toBe('mentor');
		expect(kind({ tags: ['mentor'] }, 'x.md', settings)).toBe('other');
	});

	it('a note in the mentors folder or below it, when the setting names one', () => {
		const settings = settingsWith({ mentorsFolder: 'People/Mentors/' });
		expect(kind(null, 'People/Mentors/Dr. Lee.md', settings)).toBe('mentor');
		expect(kind({}, 'people/mentors/Past/Dr. Old.md', settings)).toBe('mentor');
		expect(kind(null, 'People/Mentors2/Dr. Lee.md', settings)).toBe('other');
		expect(kind(null, 'People/Mentors.md', settings)).toBe('other');
		// No folder rule by default.
		expect(kind(null, 'Mentors/Dr. Lee.md')).toBe('other');
	});

	it('a note with a mentor property is a meeting note', () => {
		expect(kind({ mentor: '[[Dr. Maya Lee]]' })).toBe('meeting');
		expect(kind({ mentor: [['Dr. Maya Lee']] })).toBe('meeting');
		expect(kind({ mentor: '' })).toBe('other');
		expect(kind({ mentor: [] })).toBe('other');
	});

	it('asks for the text of mentor, meeting and unreadable notes only', () => {
		expect(needsContent({ path: 'a.md', frontmatter: { type: 'mentor' } }, defaults)).toBe(true);
		expect(needsContent({ path: 'a.md', frontmatter: { mentor: 'X' } }, defaults)).toBe(true);
		expect(needsContent({ path: 'a.md', frontmatter: null, frontmatterError: 'bad' }, defaults)).toBe(true);
		expect(needsContent({ path: 'a.md', frontmatter: { tags: ['daily'] } }, defaults)).toBe(false);
	});
});

describe('readNote: a mentor note', () => {
	const record = note(
		'People/Dr. Maya Lee.md',
		md(
			'---',
			'type: mentor',
			'role: [research mentor, Sponsor]',
			'cadence: every 3 weeks',
			'last_contact: 2026-11-10',
			'next_meeting: 2026-11-26 15:00',
			'status: Paused',
			'snooze_until: 2026-12-01',
			'aliases: [Maya, M. Lee]',
			'email: maya.lee@example.edu',
			'institution: General Hospital',
			'since: 2025-09-01',
			'---',
			'# Dr. Maya Lee',
			'### 2026-10-27 Coffee',
			'### 2026-11-10 Meeting',
		),
	);
	const facts = mentorFacts(record);

	it("has the note's base name and its properties", () => {
		expect(facts).toMatchObject({
			kind: 'mentor',
			path: 'People/Dr. Maya Lee.md',
			name: 'Dr. Maya Lee',
			aliases: ['Maya', 'M. Lee'],
			roles: ['research', 'sponsor'],
			cadence: { count: 3, unit: 'week' },
			lastContact: '2026-11-10',
			nextMeeting: { date: '2026-11-26', time: '15:00' },
			lifecycle: 'paused',
			snoozeUntil: '2026-12-01',
			email: 'maya.lee@example.edu',
			institution: 'General Hospital',
			since: '2025-09-01',
			headingDates: ['2026-10-27', '2026-11-10'],
			problems: [],
		});
	});

	it("reads the same from the Dates a timestamp-typed YAML parser gives as from the text Obsidian's cache (and the command line) give", () => {
		expect(record.frontmatter?.last_contact).toBe('2026-11-10');
		const fromDates: NoteRecord = {
			...record,
			frontmatter: { ...record.frontmatter, last_contact: new Date(Date.UTC(2026, 10, 10)), snooze_until: new Date(Date.UTC(2026, 11, 1)), since: new Date(Date.UTC(2025, 8, 1)) },
		};
		expect(mentorFacts(fromDates)).toEqual(facts);
	});

	it('uses the property names of the settings, matched without regard to case', () => {
		const settings = settingsWith({ properties: { cadence: 'Meet every', lastContact: 'Last seen' } });
		const custom = mentorFacts(note('Dr. Lee.md', md('---', 'type: mentor', 'meet every: monthly', 'LAST SEEN: "2026-11-03"', '---')), settings);
		expect(custom.cadence).toEqual({ count: 1, unit: 'month' });
		expect(custom.lastContact).toBe('2026-11-03');
	});

	it('reads lifecycle words', () => {
		const lifecycle = (status: string) => mentorFacts(note('a.md', md('---', 'type: mentor', `status: ${status}`, '---'))).lifecycle;
		expect(lifecycle('active')).toBe('active');
		expect(lifecycle('Alumni')).toBe('alumni');
		expect(lifecycle('former')).toBe('alumni');
		expect(lifecycle('on hold')).toBe('paused');
		expect(mentorFacts(note('a.md', md('---', 'type: mentor', '---'))).lifecycle).toBe('active');
	});

	it('reads a next meeting written with a T and no time', () => {
		const time = (value: string) => mentorFacts(note('a.md', md('---', 'type: mentor', `next_meeting: "${value}"`, '---'))).nextMeeting;
		expect(time('2026-11-26T09:30')).toEqual({ date: '2026-11-26', time: '09:30' });
		expect(time('2026-11-26')).toEqual({ date: '2026-11-26', time: null });
	});
});

describe('readNote: problems in a mentor note', () => {
	const messages = (...frontmatter: string[]) => mentorFacts(note('Mentors/X.md', md('---', 'type: mentor', ...frontmatter, '---'))).problems.map((p) => p.message);

	it('an unreadable cadence, quoted, with the default used instead', () => {
		const [message] = messages('cadence: every few weeks');
		expect(message).toContain('"every few weeks"');
		expect(message).toContain('every 2 weeks');
		expect(mentorFacts(note('Mentors/X.md', md('---', 'type: mentor', 'cadence: every few weeks', '---'))).cadence).toBeNull();
	});

	it('a cadence that is a bare number', () => {
		expect(messages('cadence: 14')[0]).toContain('14');
	});

	it('unreadable dates, quoted', () => {
		expect(messages('last_contact: last week')[0]).toContain('"last week"');
		expect(messages('next_meeting: "2026-02-30"')[0]).toContain('"2026-02-30"');
		expect(messages('snooze_until: soon')[0]).toContain('"soon"');
		expect(messages('last_contact: 10/11/2026')[0]).toContain('"10/11/2026"');
	});

	it('an unknown status, a role or aliases that are not text', () => {
		expect(messages('status: retired')[0]).toContain('"retired"');
		expect(messages('status: constructor')[0]).toContain('"constructor"');
		expect(messages('role: {main: research}')[0]).toContain('role');
		expect(messages('aliases: {a: 1}')[0]).toContain('aliases');
	});

	it('a type list with something that is not a word: still a mentor, and a problem says so', () => {
		const facts = mentorFacts(note('Notes/X.md', md('---', 'type: [mentor, {x: 1}]', '---')));
		expect(facts.kind).toBe('mentor');
		expect(facts.problems.map((p) => p.message)).toEqual([expect.stringMatching(/^type "\["mentor",\{"x":1\}\]" holds something that is not a word/)]);
	});

	it('an alias bomb in any property: a problem naming it, and the rest of the note read', () => {
		const levels = ['a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]'];
		for (let i = 1; i < 9; i++)
			levels.push(
				`${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(9)
					.fill(`*${String.fromCharCode(96 + i)}`)
					.join(', ')}]`,
			);
		for (const property of ['role', 'tags', 'type', 'mentor']) {
			// When `type` is the bomb, the mentor tag says what the note is.
			const text = md('---', property === 'type' ? 'tags: [mentor]' : 'type: mentor', ...levels, `${property}: *i`, '---', '- [ ] Send the CV by Friday');
			const facts = readNote(note('Mentors/Dr. Lee.md', text, '2026-11-18'), settingsWith());
			expect(facts.kind, property).toBe('mentor');
			expect(facts.problems[0]?.message, property).toMatch(/properties at the top of the note could not be read \(they are nested too deeply or repeat too much to read\)/);
			if (facts.kind === 'mentor') expect(facts.items.map((i) => i.due)).toEqual(['2026-11-20']);
		}
	});

	it('empty properties are not problems', () => {
		expect(messages('role:', 'cadence:', 'last_contact:', 'next_meeting: ""', 'status:', 'aliases: []')).toEqual([]);
	});

	it('an unknown status leaves the mentor active', () => {
		expect(mentorFacts(note('Mentors/X.md', md('---', 'type: mentor', 'status: constructor', '---'))).lifecycle).toBe('active');
	});
});

describe('readNote: frontmatter YAML could not read', () => {
	const broken = note('Mentors/Dr. Sam Ortiz.md', md('---', 'type: mentor', 'role: [support', 'cadence: weekly', 'last_contact: 2026-11-12', '---', '- [ ] Send the call schedule'));

	it('still gives the mentor, with what could be salvaged, and says what went wrong', () => {
		expect(broken.frontmatterError).toBeTruthy();
		const facts = mentorFacts(broken);
		expect(facts.roles).toEqual(['support']);
		expect(facts.cadence).toEqual({ count: 1, unit: 'week' });
		expect(facts.lastContact).toBe('2026-11-12');
		expect(facts.items.map((i) => [i.line, i.text])).toEqual([[7, 'Send the call schedule']]);
		expect(facts.problems).toHaveLength(1);
		expect(facts.problems[0]?.message).toMatch(/could not be read/);
		expect(facts.problems[0]?.path).toBe('Mentors/Dr. Sam Ortiz.md');
	});

	it('is ignored in a note unrelated to mentoring', () => {
		const facts = readNote(note('Daily/2026-11-20.md', md('---', 'mood: [good', '---', '- [ ] groceries')), defaults);
		expect(facts).toEqual({ kind: 'other', path: 'Daily/2026-11-20.md', problems: [] });
	});

	it('is reported in a note that looks meant for Mentor Rally even when it cannot be placed', () => {
		const facts = readNote(note('Someone.md', md('---', 'role: [research', 'cadence: weekly', '---')), defaults);
		expect(facts.kind).toBe('other');
		expect(facts.problems).toHaveLength(1);
	});
});

describe('readNote: a meeting note', () => {
	it('links its mentor however the link is written', () => {
		const links = (yaml: string) => meetingFacts(note('Meetings/2026-11-17 Lee.md', md('---', yaml, '---'))).mentorLinks;
		expect(links('mentor: "[[Dr. Maya Lee]]"')).toEqual(['Dr. Maya Lee']);
		// Unquoted, YAML reads a list inside a list.
		expect(links('mentor: [[Dr. Maya Lee]]')).toEqual(['Dr. Maya Lee']);
		expect(links('mentor: "[[People/Dr. Maya Lee.md|Maya]]"')).toEqual(['People/Dr. Maya Lee']);
		expect(links('mentor: Dr. Maya Lee')).toEqual(['Dr. Maya Lee']);
		expect(links('Mentor: "[[Dr. Maya Lee]]"')).toEqual(['Dr. Maya Lee']);
	});

	it('links several mentors for a group meeting, once each', () => {
		const links = (...yaml: string[]) => meetingFacts(note('Meetings/2026-11-17 Team.md', md('---', ...yaml, '---'))).mentorLinks;
		expect(links('mentor:', '  - "[[Dr. Maya Lee]]"', '  - "[[Sam Ortiz]]"')).toEqual(['Dr. Maya Lee', 'Sam Ortiz']);
		expect(links('mentor:', '  - [[Dr. Maya Lee]]', '  - [[Sam Ortiz]]', '  - [[Dr. Maya Lee]]')).toEqual(['Dr. Maya Lee', 'Sam Ortiz']);
		expect(links('mentor: ["[[Dr. Maya Lee]]", "[[Sam Ortiz]]"]')).toEqual(['Dr. Maya Lee', 'Sam Ortiz']);
	});

	it('takes its date from the date property, as text or as a YAML date, with a time', () => {
		expect(meetingFacts(note('Meetings/Lee.md', md('---', 'mentor: X', 'date: 2026-11-17', '---'))).date).toBe('2026-11-17');
		expect(meetingFacts(note('Meetings/Lee.md', md('---', 'mentor: X', 'date: "2026-11-17"', '---'))).date).toBe('2026-11-17');
		const timed = meetingFacts(note('Meetings/Lee.md', md('---', 'mentor: X', 'date: 2026-11-17 15:30', '---')));
		expect([timed.date, timed.time]).toEqual(['2026-11-17', '15:30']);
	});

	it('else from an ISO date in its file name', () => {
		expect(meetingFacts(note('Meetings/2026-11-17 Dr. Lee.md', md('---', 'mentor: X', '---'))).date).toBe('2026-11-17');
		expect(meetingFacts(note('Meetings/Lee 2026-11-17.md', md('---', 'mentor: X', '---'))).date).toBe('2026-11-17');
		// The property wins over the file name.
		expect(meetingFacts(note('Meetings/2026-11-01 Lee.md', md('---', 'mentor: X', 'date: 2026-11-17', '---'))).date).toBe('2026-11-17');
	});

	it('reports a date that cannot be read, and a missing date', () => {
		const bad = meetingFacts(note('Meetings/2026-11-17 Lee.md', md('---', 'mentor: X', 'date: next Tuesday', '---')));
		expect(bad.problems.map((p) => p.message)).toEqual([expect.stringContaining('"next Tuesday"')]);
		expect(bad.date).toBe('2026-11-17'); // the file name still dates it
		const none = meetingFacts(note('Meetings/Lee.md', md('---', 'mentor: X', '---')));
		expect(none.date).toBeNull();
		expect(none.problems).toHaveLength(1);
		expect(none.problems[0]?.message).toMatch(/no date/);
	});

	it('reports a mentor property that is not a link', () => {
		const facts = meetingFacts(note('Meetings/2026-11-17.md', md('---', 'mentor: {name: Lee}', '---')));
		expect(facts.mentorLinks).toEqual([]);
		expect(facts.problems[0]?.message).toContain('mentor');
	});
});

describe('readNote: items', () => {
	it('every task of a mentor note, with its line in the file', () => {
		const facts = mentorFacts(mentorWith('# Dr. Maya Lee', '- [ ] one', '  * [x] two', '1. [-] three', '> - [/] four', 'not a task'));
		expect(facts.items.map((i) => [i.line, i.text, i.status, i.state])).toEqual([
			[5, 'one', ' ', 'open'],
			[6, 'two', 'x', 'done'],
			[7, 'three', '-', 'cancelled'],
			[8, 'four', '/', 'open'],
		]);
		expect(facts.items[0]?.raw).toBe('- [ ] one');
		expect(facts.items[0]?.path).toBe('Mentors/Dr. Maya Lee.md');
	});

	it('the done date a done item carries (✅, as Tasks writes it), and none for open or cancelled ones', () => {
		const items = mentorFacts(
			mentorWith(
				'- [x] Sent the CV ✅ 2026-11-24',
				'- [x] Sent the poster ✅ 2026-11-20 ^abc',
				'- [x] Old, no date',
				'- [ ] Send ✅ 2026-11-24',
				'- [-] Dropped ✅ 2026-11-24',
				'- [x] Bad ✅ 2026-02-30',
				'- [x] ✅ 2026-11-24 in the middle of words',
			),
		).items;
		expect(items.map((i) => i.doneDate)).toEqual(['2026-11-24', '2026-11-20', null, null, null, null, null]);
	});

	it('[X] is done too', () => {
		expect(mentorFacts(mentorWith('- [X] done')).items[0]?.state).toBe('done');
	});

	it('the owner tag, in any case but not as part of a longer tag', () => {
		const tagged = (text: string, settings = defaults) => mentorFacts(mentorWith(`- [ ] ${text}`), settings).items[0]?.taggedTheirs;
		expect(tagged('Send the dataset #theirs')).toBe(true);
		expect(tagged('#Theirs send the dataset')).toBe(true);
		expect(tagged('Send the dataset #theirsX')).toBe(false);
		expect(tagged('Send the dataset #theirs/sub')).toBe(false);
		expect(tagged('Send the dataset theirs')).toBe(false);
		expect(tagged('Send the dataset #owed', settingsWith({ ownerTag: 'owed' }))).toBe(true);
		expect(tagged('Send the dataset #theirs', settingsWith({ ownerTag: 'owed' }))).toBe(false);
	});

	it('the reply tag', () => {
		expect(mentorFacts(mentorWith('- [ ] Answer the email #reply')).items[0]?.reply).toBe(true);
		expect(mentorFacts(mentorWith('- [ ] Answer the email')).items[0]?.reply).toBe(false);
	});

	it('the name before a colon and the names it links', () => {
		const [item] = mentorFacts(mentorWith('- [ ] Dr. Lee: intro to [[Sam Ortiz]] and [[Dr. Ada Okafor|Ada]]')).items;
		expect(item?.prefixKey).toBe('dr lee');
		expect(item?.linkKeys).toEqual(['sam ortiz', 'dr ada okafor']);
	});
});

describe('readNote: due dates of items', () => {
	const dueOf = (text: string) => {
		const item = mentorFacts(mentorWith('### 2026-11-18 Meeting', `- [ ] ${text}`)).items[0];
		return [item?.due, item?.dueSource, item?.dueText];
	};

	it('a Tasks date first, then a Dataview field, then words, else none', () => {
		expect(dueOf('Draft by Friday [due:: 2026-12-05] 📅 2026-12-01')).toEqual(['2026-12-01', 'tasks', '2026-12-01']);
		expect(dueOf('Draft by Friday [due:: 2026-12-05]')).toEqual(['2026-12-05', 'dataview', '2026-12-05']);
		expect(dueOf('Draft by Friday')).toEqual(['2026-11-20', 'phrase', 'Friday']);
		expect(dueOf('Draft the methods section')).toEqual([null, null, null]);
	});

	it('"by the next meeting" is marked, with no date of its own', () => {
		expect(dueOf('Bring the poster by the next meeting')).toEqual([null, 'next-meeting', 'by the next meeting']);
	});

	it('a date in a link or a finished date is not read as a due date', () => {
		expect(dueOf('Read [[2026-11-20 Journal club]]')).toEqual([null, null, null]);
		expect(dueOf('Read the paper ✅ 2026-11-20')).toEqual([null, null, null]);
	});

	it('an explicit date that is not a real day is a problem on that line', () => {
		const facts = mentorFacts(mentorWith('- [ ] Draft 📅 2026-02-30'));
		expect(facts.items[0]?.due).toBeNull();
		expect(facts.items[0]?.dueSource).toBe('tasks');
		expect(facts.problems).toEqual([{ path: 'Mentors/Dr. Maya Lee.md', line: 4, message: containing('2026-02-30') }]);
	});

	it('done and cancelled items are not date-read', () => {
		const facts = mentorFacts(mentorWith('### 2026-11-18', '- [x] Draft by Friday 📅 2026-12-01', '- [-] Draft 📅 2026-02-30'));
		expect(facts.items.map((i) => [i.due, i.dueSource])).toEqual([
			[null, null],
			[null, null],
		]);
		expect(facts.problems).toEqual([]);
	});
});

describe('readNote: the reference date of an item', () => {
	it('is its dated heading, else the date in the file name, else the creation day, in a mentor note', () => {
		const facts = mentorFacts(note('Mentors/2026-11-02 Dr. Lee.md', md('---', 'type: mentor', '---', '- [ ] a by Friday', '### 2026-11-10 Call', '- [ ] b by Friday'), '2026-10-01'));
		expect(facts.items.map((i) => [i.referenceDate, i.due])).toEqual([
			['2026-11-02', '2026-11-06'],
			['2026-11-10', '2026-11-13'],
		]);
		const undated = mentorFacts(note('Mentors/Dr. Lee.md', md('---', 'type: mentor', '---', '- [ ] a by Friday'), '2026-11-18'));
		expect(undated.items.map((i) => [i.referenceDate, i.due])).toEqual([['2026-11-18', '2026-11-20']]);
	});

	it("is the meeting's date in a meeting note, then its file name, then its creation day", () => {
		const withDate = meetingFacts(
			note('Meetings/2026-11-01 Lee.md', md('---', 'mentor: X', 'date: 2026-11-10', '---', '- [ ] a by Friday', '## 2026-11-18 Addendum', '- [ ] b by Friday'), '2026-10-01'),
		);
		expect(withDate.items.map((i) => [i.referenceDate, i.due])).toEqual([
			['2026-11-10', '2026-11-13'],
			['2026-11-18', '2026-11-20'],
		]);
		const byName = meetingFacts(note('Meetings/2026-11-10 Lee.md', md('---', 'mentor: X', '---', '- [ ] a by Friday'), '2026-10-01'));
		expect(byName.items[0]?.referenceDate).toBe('2026-11-10');
		const byCreation = meetingFacts(note('Meetings/Lee.md', md('---', 'mentor: X', '---', '- [ ] a by Friday'), '2026-11-17'));
		expect(byCreation.items.map((i) => [i.referenceDate, i.due])).toEqual([['2026-11-17', '2026-11-20']]);
	});

	it('is missing when nothing dates the item: then words are not read', () => {
		const facts = mentorFacts(note('Mentors/Dr. Lee.md', md('---', 'type: mentor', '---', '- [ ] a by Friday')));
		expect(facts.items.map((i) => [i.referenceDate, i.due, i.dueSource])).toEqual([[null, null, null]]);
	});
});

describe('dateInFileName', () => {
	it('finds an ISO date anywhere in the base name, not in folders', () => {
		expect(dateInFileName('Meetings/2026-11-17 Dr. Lee.md')).toBe('2026-11-17');
		expect(dateInFileName('Meetings/Lee - 2026-11-17.md')).toBe('2026-11-17');
		expect(dateInFileName('2026-11-17/Lee.md')).toBeNull();
		expect(dateInFileName('Meetings/2026-02-30 Lee.md')).toBeNull();
		expect(dateInFileName('Lee.md')).toBeNull();
	});
});

describe('readNote: other notes', () => {
	it('gives nothing for notes that are neither mentor nor meeting notes, tasks or not', () => {
		const facts = readNote(note('Daily/2026-11-20.md', md('---', 'tags: [daily]', '---', '- [ ] groceries by Friday')), defaults);
		expect(facts).toEqual({ kind: 'other', path: 'Daily/2026-11-20.md', problems: [] });
		expect(itemsOf(facts)).toEqual([]);
	});
});
