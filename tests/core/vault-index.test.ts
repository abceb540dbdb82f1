import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { NoteRecord } from '../../src/core/types';
import { deriveTeam } from '../../src/core/team';
import { VaultIndex } from '../../src/core/vault-index';
import { day } from '../helpers/dates';
import { md, note, settingsWith } from '../helpers/notes';

const TODAY = day('2026-11-24');
const settings = settingsWith();

/** The index built from scratch from these notes (in path order). */
function rebuilt(records: Iterable<NoteRecord>): VaultIndex {
	const index = new VaultIndex(settings);
	for (const record of [...records].sort((a, b) => (a.path < b.path ? -1 : 1))) index.set(record);
	return index;
}

/** Texts a note may have: mentor notes, meeting notes (good, group, broken), and others. */
const CONTENTS = [
	md('---', 'type: mentor', 'role: research', 'aliases: [Maya]', 'last_contact: 2026-11-03', '---', '### 2026-11-10 Meeting', '- [ ] Send the abstract by Friday', '- [ ] Maya: dataset'),
	md('---', 'type: mentor', 'role: [support, resident]', 'cadence: weekly', '---', '- [ ] Call about the rotation #theirs', '- [x] Thank-you note'),
	md('---', 'tags: [mentor/sponsor]', 'status: alumni', '---', '- [ ] Send an update'),
	md('---', 'type: mentor', 'role: [support', 'cadence: sometimes', '---', '- [ ] Broken but shown 📅 2026-11-20'),
	md('---', 'mentor: "[[Dr. Maya Lee]]"', 'date: 2026-11-17', '---', '- [ ] Maya: send the dataset', '- [ ] Draft by the next meeting'),
	md('---', 'mentor: [[Sam Ortiz]]', '---', '- [ ] Sam: share the schedule in 2 weeks'),
	md('---', 'mentor:', '  - "[[Dr. Maya Lee]]"', '  - [[Sam Ortiz]]', 'date: 2026-11-20', '---', '- [ ] Sam: shadowing', '- [ ] Agenda'),
	md('---', 'mentor: "[[Dr. Nobody]]"', 'date: 2026-11-01', '---', '- [ ] Lost item'),
	md('---', 'tags: [daily]', '---', '- [ ] Groceries by Friday'),
	md('---', 'mood: [good', '---', 'A broken note that is not about mentors'),
	md('Just text, no properties.'),
] as const;

/** Paths the notes may live at: the base name is the mentor's name, and some carry a date. */
const PATHS = [
	'Mentors/Dr. Maya Lee.md',
	'Mentors/Sam Ortiz.md',
	'Archive/Dr. Maya Lee.md',
	'Meetings/2026-11-17 Lee.md',
	'Meetings/2026-11-12 Ortiz.md',
	'Meetings/Team.md',
	'Prof. Ada Okafor.md',
	'Daily/2026-11-20.md',
] as const;

const record = (path: string, content: number): NoteRecord => note(path, CONTENTS[content] ?? '', '2026-11-01');

type Op =
	| { op: 'set'; path: number; content: number }
	| { op: 'delete'; path: number }
	| { op: 'rename'; from: number; to: number }
	| { op: 'clear' }
	/** Read the snapshot between changes, so a stale cache would show. */
	| { op: 'look' };

const opArb: fc.Arbitrary<Op> = fc.oneof(
	{ weight: 6, arbitrary: fc.record({ op: fc.constant('set' as const), path: fc.nat(PATHS.length - 1), content: fc.nat(CONTENTS.length - 1) }) },
	{ weight: 2, arbitrary: fc.record({ op: fc.constant('delete' as const), path: fc.nat(PATHS.length - 1) }) },
	{ weight: 2, arbitrary: fc.record({ op: fc.constant('rename' as const), from: fc.nat(PATHS.length - 1), to: fc.nat(PATHS.length - 1) }) },
	{ weight: 1, arbitrary: fc.constant({ op: 'clear' as const }) },
	{ weight: 3, arbitrary: fc.constant({ op: 'look' as const }) },
);

describe('VaultIndex', () => {
	it('gives the snapshot deriveTeam gives for its notes', () => {
		const index = rebuilt([record('Mentors/Dr. Maya Lee.md', 0), record('Meetings/2026-11-17 Lee.md', 4)]);
		const snapshot = index.snapshot(TODAY);
		expect(snapshot.mentors.map((m) => [m.name, m.lastContact, m.nextDue])).toEqual([['Dr. Maya Lee', '2026-11-17', '2026-12-01']]);
		expect(snapshot.items.map((i) => i.text)).toEqual(['Maya: send the dataset', 'Draft by the next meeting', 'Send the abstract by Friday', 'Maya: dataset']);
	});

	it('keeps no room for notes that do not concern it', () => {
		const index = rebuilt([record('Daily/2026-11-20.md', 8), record('Mentors/Sam Ortiz.md', 1), record('Other.md', 10)]);
		expect(index.size).toBe(1);
		expect(index.get('Daily/2026-11-20.md')).toBeUndefined();
		expect(index.get('Mentors/Sam Ortiz.md')?.kind).toBe('mentor');
	});

	it('hands back the same snapshot until a note changes or the day turns', () => {
		const index = rebuilt([record('Mentors/Sam Ortiz.md', 1)]);
		const first = index.snapshot(TODAY);
		expect(index.snapshot(TODAY)).toBe(first);
		expect(index.snapshot(day('2026-11-25'))).not.toBe(first);
		const again = index.snapshot(TODAY);
		index.set(record('Daily/2026-11-20.md', 8)); // not a mentor note, not kept: nothing changes
		expect(index.snapshot(TODAY)).toBe(again);
		index.set(record('Mentors/Dr. Maya Lee.md', 0));
		expect(index.snapshot(TODAY)).not.toBe(again);
		expect(index.snapshot(TODAY).mentors).toHaveLength(2);
	});

	it('follows a changed note', () => {
		const index = rebuilt([record('Mentors/Dr. Maya Lee.md', 0), record('Meetings/2026-11-17 Lee.md', 4)]);
		// The mentor note loses its properties: the meeting now links no known mentor.
		index.set(record('Mentors/Dr. Maya Lee.md', 10));
		const snapshot = index.snapshot(TODAY);
		expect(snapshot.mentors).toEqual([]);
		expect(snapshot.problems.map((p) => p.path)).toEqual(['Meetings/2026-11-17 Lee.md']);
		expect(snapshot).toEqual(rebuilt([record('Mentors/Dr. Maya Lee.md', 10), record('Meetings/2026-11-17 Lee.md', 4)]).snapshot(TODAY));
	});

	it('follows a renamed note: new name, new links', () => {
		const index = rebuilt([record('Mentors/Sam Ortiz.md', 1), record('Meetings/2026-11-17 Lee.md', 4)]);
		expect(index.snapshot(TODAY).problems).toHaveLength(1); // Dr. Maya Lee does not exist yet
		index.rename('Mentors/Sam Ortiz.md', record('Mentors/Dr. Maya Lee.md', 1));
		const snapshot = index.snapshot(TODAY);
		expect(snapshot.mentors.map((m) => [m.name, m.lastContact])).toEqual([['Dr. Maya Lee', '2026-11-17']]);
		expect(snapshot.problems).toEqual([]);
		expect(index.get('Mentors/Sam Ortiz.md')).toBeUndefined();
	});

	it('follows a removed note, and forgets everything on clear', () => {
		const index = rebuilt([record('Mentors/Dr. Maya Lee.md', 0), record('Mentors/Sam Ortiz.md', 1)]);
		index.delete('Mentors/Sam Ortiz.md');
		expect(index.snapshot(TODAY).mentors.map((m) => m.name)).toEqual(['Dr. Maya Lee']);
		index.delete('Not/There.md');
		expect(index.size).toBe(1);
		index.clear();
		expect(index.size).toBe(0);
		expect(index.snapshot(TODAY).mentors).toEqual([]);
	});

	it('after any sequence of adds, changes, renames and removals, equals the index rebuilt from scratch', () => {
		fc.assert(
			fc.property(fc.array(opArb, { minLength: 1, maxLength: 25 }), (ops) => {
				const index = new VaultIndex(settings);
				const vault = new Map<string, NoteRecord>();
				for (const op of ops) {
					if (op.op === 'set') {
						const r = record(PATHS[op.path] ?? '', op.content);
						vault.set(r.path, r);
						index.set(r);
					} else if (op.op === 'delete') {
						const path = PATHS[op.path] ?? '';
						vault.delete(path);
						index.delete(path);
					} else if (op.op === 'rename') {
						const from = PATHS[op.from] ?? '';
						const to = PATHS[op.to] ?? '';
						const old = vault.get(from);
						if (!old || from === to || vault.has(to)) continue; // a rename needs a file to move and a free name
						const moved = note(to, old.content ?? '', '2026-11-01');
						vault.delete(from);
						vault.set(to, moved);
						index.rename(from, moved);
					} else if (op.op === 'clear') {
						vault.clear();
						index.clear();
					} else {
						index.snapshot(TODAY);
					}
				}
				expect(index.snapshot(TODAY)).toEqual(rebuilt(vault.values()).snapshot(TODAY));
				expect(index.snapshot(day('2026-12-24'))).toEqual(rebuilt(vault.values()).snapshot(day('2026-12-24')));
				// The command line derives the team once from the index's notes: the same team, whatever order they came in.
				expect(
					deriveTeam(
						[...vault.keys()].flatMap((path) => index.get(path) ?? []),
						settings,
						TODAY,
					),
				).toEqual(index.snapshot(TODAY));
			}),
			{ numRuns: 150 },
		);
	});
});

describe('items kept between snapshots', () => {
	const lee = (lastContact: string) => note('Mentors/Dr. Maya Lee.md', md('---', 'type: mentor', `last_contact: ${lastContact}`, '---'), '2026-09-01');
	const meeting = note('Meetings/2026-11-17 Lee.md', md('---', 'mentor: "[[Dr. Maya Lee]]"', 'date: 2026-11-03', '---', '- [ ] Bring the poster draft'), '2026-09-01');

	it("follow the mentor when only the mentor note changed (an unchanged meeting note's items get the new due date)", () => {
		const index = new VaultIndex(settings);
		index.set(lee('2026-11-03'));
		index.set(meeting);
		expect(index.snapshot(TODAY).items[0]).toMatchObject({ dueDate: '2026-11-17', overdue: true });
		index.set(lee('2026-11-20'));
		expect(index.snapshot(TODAY).items[0]).toMatchObject({ dueDate: '2026-12-04', overdue: false });
		expect(index.snapshot(TODAY)).toEqual(rebuilt([lee('2026-11-20'), meeting]).snapshot(TODAY));
	});

	it('follow the day', () => {
		const index = new VaultIndex(settings);
		index.set(lee('2026-11-20'));
		index.set(meeting);
		expect(index.snapshot(TODAY).items[0]).toMatchObject({ age: 21, overdue: false });
		expect(index.snapshot(day('2026-12-05')).items[0]).toMatchObject({ age: 32, overdue: true });
	});

	it('follow a renamed mentor', () => {
		const index = new VaultIndex(settings);
		index.set(lee('2026-11-20'));
		index.set(meeting);
		index.set(note(meeting.path, (meeting.content ?? '').replace('[[Dr. Maya Lee]]', '[[Maya Lee]]'), '2026-09-01'));
		index.rename('Mentors/Dr. Maya Lee.md', { ...lee('2026-11-20'), path: 'Mentors/Maya Lee.md' });
		expect(index.snapshot(TODAY).items[0]).toMatchObject({ mentor: 'Maya Lee', mentorPath: 'Mentors/Maya Lee.md' });
	});

	it('shows a note that throws while being read as a problem of its own, and the rest of the team', () => {
		const index = rebuilt([record('Mentors/Dr. Maya Lee.md', 0)]);
		// A cache entry of the wrong shape: any look at its properties throws.
		const hostile = new Proxy(
			{},
			{
				get: () => {
					throw new TypeError('bad cache entry\nat line 2');
				},
				ownKeys: () => {
					throw new TypeError('bad cache entry');
				},
			},
		);
		index.set({ path: 'Mentors/Broken.md', frontmatter: hostile, content: '- [ ] Hidden\n' });
		index.setUnreadable('Mentors/Locked.md', {
			toString: () => {
				throw new Error('no');
			},
		});
		const team = index.snapshot(TODAY);
		expect(team.mentors.map((m) => m.name)).toEqual(['Dr. Maya Lee']);
		expect(team.problems).toEqual([
			{ path: 'Mentors/Broken.md', message: 'could not be read: bad cache entry' },
			{ path: 'Mentors/Locked.md', message: 'could not be read: unknown error' },
		]);
		index.set(record('Mentors/Sam Ortiz.md', 1));
		index.set({ ...record('Mentors/Sam Ortiz.md', 1), path: 'Mentors/Broken.md' });
		expect(index.snapshot(TODAY).problems.map((p) => p.path)).toEqual(['Mentors/Locked.md']);
	});
});
