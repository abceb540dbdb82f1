import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dueNowItemsByDate, theirCourt, yourCourt } from '../../src/core/dashboard';
import { deriveTeam } from '../../src/core/team';
import type { NoteFacts, NoteRecord, TeamSnapshot } from '../../src/core/types';
import { VaultIndex } from '../../src/core/vault-index';
import { day } from '../helpers/dates';
import { md, note, settingsWith } from '../helpers/notes';

/*
 * The incremental team model (team-model.ts, behind VaultIndex.snapshot) against the
 * reference, deriveTeam over every note, after every step of random edits: mentor and
 * meeting notes added, changed, removed and renamed; names and aliases that collide; items
 * moving between owners; notes changing kind.
 */

const settings = settingsWith();
const DAYS = [day('2026-11-20'), day('2026-11-21'), day('2026-12-03')] as const;

/** Paths a note may live at: several give colliding mentor names ("Dr. Maya Lee" twice, "Lee" in two cases). */
const PATHS = [
	'Mentors/Dr. Maya Lee.md',
	'Archive/Dr. Maya Lee.md',
	'People/Maya Lee.md',
	'Mentors/Lee.md',
	'Mentors/lee.md',
	'Mentors/Sam Ortiz.md',
	'Meetings/2026-11-17 Lee.md',
	'Meetings/2026-11-19 Group.md',
	'Meetings/Undated.md',
	'Daily/2026-11-20.md',
] as const;

const TARGETS = ['Dr. Maya Lee', 'Maya Lee', 'Lee', 'lee', 'Maya', 'Sam Ortiz', 'Sam', 'Mentors/Lee', 'Mentors/lee', 'Archive/Dr. Maya Lee', 'Dr Lee', 'Nobody'];
const ALIASES = ['Maya', 'Lee', 'Dr. Lee', 'Sam', 'Maya Lee', 'Nobody', 'Dr. Maya Lee'];
const PREFIXES = ['', 'Lee: ', 'Maya: ', 'Sam to ', 'Dr. Maya Lee: ', '[[Sam Ortiz]]: ', 'Nobody: '];
const DATES = ['2026-11-01', '2026-11-15', '2026-11-20', '2026-11-21', '2026-11-28', '2026-12-10'];

const itemArb = fc
	.record({
		state: fc.constantFrom(' ', ' ', ' ', 'x', '-'),
		prefix: fc.constantFrom(...PREFIXES),
		link: fc.option(fc.constantFrom(...TARGETS), { freq: 4 }),
		theirs: fc.boolean(),
		reply: fc.boolean(),
		due: fc.option(fc.constantFrom(...DATES), { freq: 2 }),
		word: fc.constantFrom('send the draft', 'review', 'book the room'),
	})
	.map((i) => `- [${i.state}] ${i.prefix}${i.word}${i.link ? ` with [[${i.link}]]` : ''}${i.theirs ? ' #theirs' : ''}${i.reply ? ' #reply' : ''}${i.due ? ` 📅 ${i.due}` : ''}`);

const mentorText = fc
	.record({
		aliases: fc.subarray(ALIASES, { maxLength: 2 }),
		lastContact: fc.option(fc.constantFrom(...DATES)),
		nextMeeting: fc.option(fc.constantFrom(...DATES), { freq: 3 }),
		status: fc.constantFrom(null, null, 'paused', 'alumni', 'prospect'),
		snooze: fc.option(fc.constantFrom(...DATES), { freq: 4 }),
		heading: fc.option(fc.constantFrom(...DATES), { freq: 3 }),
		items: fc.array(itemArb, { maxLength: 4 }),
	})
	.map((m) =>
		md(
			'---',
			'type: mentor',
			`aliases: [${m.aliases.map((a) => JSON.stringify(a)).join(', ')}]`,
			...(m.lastContact ? [`last_contact: ${m.lastContact}`] : []),
			...(m.nextMeeting ? [`next_meeting: ${m.nextMeeting}`] : []),
			...(m.status ? [`status: ${m.status}`] : []),
			...(m.snooze ? [`snooze_until: ${m.snooze}`] : []),
			'---',
			...(m.heading ? [`### ${m.heading} Coffee`] : []),
			...m.items,
		),
	);

const meetingText = fc
	.record({
		links: fc.array(fc.constantFrom(...TARGETS), { maxLength: 3 }),
		date: fc.option(fc.constantFrom(...DATES)),
		items: fc.array(itemArb, { maxLength: 5 }),
	})
	.map((m) => md('---', `mentor: [${m.links.map((l) => JSON.stringify(`[[${l}]]`)).join(', ')}]`, ...(m.date ? [`date: ${m.date}`] : []), '---', ...m.items));

const textArb = fc.oneof(
	{ weight: 4, arbitrary: mentorText },
	{ weight: 4, arbitrary: meetingText },
	{ weight: 1, arbitrary: fc.constant(md('---', 'type: mentor', 'role: [support', '---', '- [ ] Broken but shown 📅 2026-11-20')) },
	{ weight: 1, arbitrary: fc.constant(md('Just text, no properties.', '- [ ] Groceries')) },
);

type Op =
	| { op: 'set'; path: number; text: string }
	| { op: 'delete'; path: number }
	| { op: 'rename'; from: number; to: number }
	| { op: 'day'; day: number }
	// The build's half-way step: the edits so far joined, the sorted lists left for the next snapshot.
	| { op: 'settle' };

const opArb: fc.Arbitrary<Op> = fc.oneof(
	{ weight: 8, arbitrary: fc.record({ op: fc.constant('set' as const), path: fc.nat(PATHS.length - 1), text: textArb }) },
	{ weight: 2, arbitrary: fc.record({ op: fc.constant('delete' as const), path: fc.nat(PATHS.length - 1) }) },
	{ weight: 2, arbitrary: fc.record({ op: fc.constant('rename' as const), from: fc.nat(PATHS.length - 1), to: fc.nat(PATHS.length - 1) }) },
	{ weight: 1, arbitrary: fc.record({ op: fc.constant('day' as const), day: fc.nat(DAYS.length - 1) }) },
	{ weight: 3, arbitrary: fc.record({ op: fc.constant('settle' as const) }) },
);

/** The reference: deriveTeam over every note the index holds. */
function fresh(index: VaultIndex, paths: Iterable<string>, today: (typeof DAYS)[number]): TeamSnapshot {
	const facts: NoteFacts[] = [];
	for (const path of paths) {
		const known = index.get(path);
		if (known) facts.push(known);
	}
	return deriveTeam(facts, settings, today);
}

/** Applies one edit to the index and to the test's own picture of the vault. */
function apply(op: Exclude<Op, { op: 'day' | 'settle' }>, index: VaultIndex, vault: Map<string, NoteRecord>): void {
	if (op.op === 'set') {
		const record = note(PATHS[op.path] ?? '', op.text, '2026-11-01');
		vault.set(record.path, record);
		index.set(record);
	} else if (op.op === 'delete') {
		const path = PATHS[op.path] ?? '';
		vault.delete(path);
		index.delete(path);
	} else if (op.op === 'rename') {
		const from = PATHS[op.from] ?? '';
		const to = PATHS[op.to] ?? '';
		const old = vault.get(from);
		if (!old || from === to || vault.has(to)) return;
		const moved = note(to, old.content ?? '', '2026-11-01');
		vault.delete(from);
		vault.set(to, moved);
		index.rename(from, moved);
	}
}

describe('the incremental team model', () => {
	it('after every step of random edits, equals deriveTeam over the same notes, lists and all', () => {
		fc.assert(
			fc.property(fc.array(fc.array(opArb, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 14 }), (steps) => {
				const index = new VaultIndex(settings);
				const vault = new Map<string, NoteRecord>();
				let today: (typeof DAYS)[number] = DAYS[0];
				let earlier: { snapshot: TeamSnapshot; copy: TeamSnapshot } | null = null;
				for (const step of steps) {
					// Several edits between two snapshots, as when edits arrive faster than anyone looks.
					for (const op of step) {
						if (op.op === 'day') today = DAYS[op.day] ?? today;
						else if (op.op === 'settle') index.settle(today);
						else apply(op, index, vault);
					}
					const snapshot = index.snapshot(today);
					const reference = fresh(index, vault.keys(), today);
					expect(snapshot).toEqual(reference);
					expect(yourCourt(snapshot)).toEqual(yourCourt(reference));
					expect(theirCourt(snapshot)).toEqual(theirCourt(reference));
					expect(dueNowItemsByDate(snapshot)).toEqual(dueNowItemsByDate(reference));
					// A snapshot handed out earlier never changes under its reader.
					if (earlier) expect(earlier.snapshot).toEqual(earlier.copy);
					earlier = { snapshot, copy: structuredClone(snapshot) };
				}
			}),
			{ numRuns: 200 },
		);
		// Each run reads up to 40 notes: more than vitest's 5 s default on a busy machine.
	}, 60_000);

	it('moves an item to another mentor when a new mentor takes the name it was written with', () => {
		const index = new VaultIndex(settings);
		const maya = note('Mentors/Dr. Maya Lee.md', md('---', 'type: mentor', 'aliases: [Lee]', '---'), '2026-11-01');
		const meeting = note('Meetings/2026-11-17 Lee.md', md('---', 'mentor: ["[[Lee]]"]', 'date: 2026-11-17', '---', '- [ ] Lee: send the letter'), '2026-11-01');
		index.set(maya);
		index.set(meeting);
		expect(index.snapshot(DAYS[0]).items.map((i) => [i.mentor, i.owner])).toEqual([['Dr. Maya Lee', 'them']]);
		// A mentor note named "Lee" arrives: "[[Lee]]" now means that mentor (a name before an alias).
		index.set(note('Mentors/Lee.md', md('---', 'type: mentor', '---'), '2026-11-01'));
		const snapshot = index.snapshot(DAYS[0]);
		expect(snapshot.items.map((i) => [i.mentor, i.owner])).toEqual([['Lee', 'them']]);
		expect(snapshot.mentors.map((m) => [m.name, m.lastContact, m.openTheirs])).toEqual([
			['Dr. Maya Lee', null, 0],
			['Lee', '2026-11-17', 1],
		]);
		expect(snapshot).toEqual(fresh(index, [maya.path, meeting.path, 'Mentors/Lee.md'], DAYS[0]));
	});
});
