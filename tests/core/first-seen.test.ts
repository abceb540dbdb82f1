import { describe, expect, it } from 'vitest';
import type { CalendarDate } from '../../src/core/calendar-date';
import { capFirstSeen, firstSeenJson, firstSeenLookup, mergeFirstSeen, readFirstSeen, rememberNote, renameFirstSeen, type FirstSeenDays } from '../../src/core/first-seen';
import { readNote } from '../../src/core/note-facts';
import { taskKey } from '../../src/core/task-key';
import { VaultIndex } from '../../src/core/vault-index';
import type { MentorFacts } from '../../src/core/types';
import { day } from '../helpers/dates';
import { md, note, settingsWith } from '../helpers/notes';

const PATH = 'Mentors/Dr. Maya Lee.md';
/** A mentor note made in August; the task under Open items was typed on Tue 24 Nov. */
const AUGUST_NOTE = md('---', 'type: mentor', '---', '# Dr. Maya Lee', '', '## Open items', '- [ ] Send CV by Friday', '');
const TODAY = day('2026-11-24');

function daysOf(entries: Record<string, Record<string, string>>): FirstSeenDays {
	return readFirstSeen(entries);
}

function itemsOf(text: string, lookup: ReturnType<typeof firstSeenLookup> | null, path = PATH) {
	return (readNote(note(path, text, '2026-08-03'), settingsWith(), lookup) as MentorFacts).items;
}

describe('the reference date of a line in an undated section', () => {
	it('is the remembered first-seen day, not the day the note was created', () => {
		const days = daysOf({ [PATH]: { [taskKey('Send CV by Friday')]: '2026-11-24' } });
		const [item] = itemsOf(AUGUST_NOTE, firstSeenLookup(days));
		expect(item?.referenceDate).toBe('2026-11-24');
		expect(item?.due).toBe('2026-11-27');
		expect(item?.firstSeenKey).toBe(taskKey('Send CV by Friday'));
	});

	it('falls back to the creation day when no day is remembered (and says which key to remember)', () => {
		const [item] = itemsOf(AUGUST_NOTE, firstSeenLookup(new Map()));
		expect(item?.referenceDate).toBe('2026-08-03');
		expect(item?.due).toBe('2026-08-07');
		expect(item?.firstSeenKey).toBe(taskKey('Send CV by Friday'));
		expect(itemsOf(AUGUST_NOTE, null)[0]?.referenceDate).toBe('2026-08-03');
	});

	it('is not asked for under a dated heading, in a dated meeting note or a note with a date in its name', () => {
		const days = daysOf({
			[PATH]: { [taskKey('Send CV by Friday')]: '2026-11-24' },
			'Meetings/Lee.md': { [taskKey('Send CV by Friday')]: '2026-11-24' },
			'Mentors/2026-09-01 Dr. Lee.md': { [taskKey('Send CV by Friday')]: '2026-11-24' },
		});
		const lookup = firstSeenLookup(days);
		const dated = itemsOf(md('---', 'type: mentor', '---', '### 2026-11-03 Clinic', '- [ ] Send CV by Friday'), lookup);
		expect([dated[0]?.referenceDate, dated[0]?.firstSeenKey]).toEqual(['2026-11-03', null]);
		const meeting = readNote(note('Meetings/Lee.md', md('---', 'mentor: "[[Dr. Maya Lee]]"', 'date: 2026-11-10', '---', '- [ ] Send CV by Friday')), settingsWith(), lookup);
		expect(meeting.kind === 'meeting' && [meeting.items[0]?.referenceDate, meeting.items[0]?.firstSeenKey]).toEqual(['2026-11-10', null]);
		const named = itemsOf(AUGUST_NOTE, lookup, 'Mentors/2026-09-01 Dr. Lee.md');
		expect(named[0]?.referenceDate).toBe('2026-09-01');
	});

	it('keeps its key when the due date is pinned, the task ticked or lines added above', () => {
		const key = taskKey('Send CV by Friday');
		expect(taskKey('Send CV by Friday 📅 2026-11-27')).toBe(key);
		expect(taskKey('Send CV  by friday 📅 2026-11-27 ✅ 2026-11-26')).toBe(key);
		const moved = itemsOf(md('---', 'type: mentor', '---', '## Open items', '- [ ] New first line', '- [ ] Send CV by Friday'), null);
		expect(moved[1]?.firstSeenKey).toBe(key);
	});

	it('reaches the team through the index, so "by Friday" typed today is not 109 days overdue', () => {
		const record = note(PATH, AUGUST_NOTE, '2026-08-03');
		const without = new VaultIndex(settingsWith());
		without.set(record);
		expect(without.snapshot(TODAY).items[0]?.overdue).toBe(true);
		const days = daysOf({ [PATH]: { [taskKey('Send CV by Friday')]: '2026-11-24' } });
		const index = new VaultIndex(settingsWith(), firstSeenLookup(days));
		index.set(record);
		const [item] = index.snapshot(TODAY).items;
		expect([item?.dueDate, item?.overdue, item?.firstSeenKey]).toEqual(['2026-11-27', false, taskKey('Send CV by Friday')]);
	});
});

describe('remembering first-seen days', () => {
	const today = (): ReturnType<typeof firstSeenLookup> => () => TODAY;

	it('remembers each new open undated line once, with the day it was read from', () => {
		const days: FirstSeenDays = new Map();
		const facts = readNote(note(PATH, AUGUST_NOTE, '2026-08-03'), settingsWith(), today());
		expect(rememberNote(days, facts)).toBe(true);
		expect(firstSeenJson(days)).toEqual({ [PATH]: { [taskKey('Send CV by Friday')]: '2026-11-24' } });
		// Read again (the next day): nothing changes, no save.
		const again = readNote(note(PATH, AUGUST_NOTE, '2026-08-03'), settingsWith(), firstSeenLookup(days));
		expect(rememberNote(days, again)).toBe(false);
	});

	it('forgets lines that left the note, keeps closed lines still there, and never adds closed ones', () => {
		const days = daysOf({ [PATH]: { [taskKey('Send CV by Friday')]: '2026-11-20', [taskKey('Gone')]: '2026-11-01' } });
		const text = md('---', 'type: mentor', '---', '## Open items', '- [x] Send CV by Friday ✅ 2026-11-24', '- [x] Old and done');
		const facts = readNote(note(PATH, text), settingsWith(), firstSeenLookup(days));
		expect(rememberNote(days, facts)).toBe(true);
		expect(firstSeenJson(days)).toEqual({ [PATH]: { [taskKey('Send CV by Friday')]: '2026-11-20' } });
	});

	it('leaves a note that is no longer a mentor note alone, and drops a note with no undated line', () => {
		const days = daysOf({ [PATH]: { abc: '2026-11-20' } });
		expect(rememberNote(days, { kind: 'other', path: PATH, problems: [] })).toBe(false);
		const facts = readNote(note(PATH, md('---', 'type: mentor', '---', 'No tasks')), settingsWith(), firstSeenLookup(days));
		expect(rememberNote(days, facts)).toBe(true);
		expect(days.size).toBe(0);
	});

	it('moves days with a renamed note and merges two copies keeping the earlier day', () => {
		const days = daysOf({ 'a.md': { k: '2026-11-20' } });
		expect(renameFirstSeen(days, 'a.md', 'b.md')).toBe(true);
		expect(firstSeenJson(days)).toEqual({ 'b.md': { k: '2026-11-20' } });
		mergeFirstSeen(days, daysOf({ 'b.md': { k: '2026-11-18', j: '2026-11-22' }, 'c.md': { k: '2026-11-01' } }));
		expect(firstSeenJson(days)).toEqual({ 'b.md': { j: '2026-11-22', k: '2026-11-18' }, 'c.md': { k: '2026-11-01' } });
	});

	it('reads only well-formed entries, own keys included, and caps the count by dropping the oldest days', () => {
		const raw = JSON.parse('{"a.md":{"k":"2026-11-20","bad":"soon","n":5},"":{"k":"2026-11-20"},"b.md":[],"__proto__":{"constructor":"2026-11-21"}}') as unknown;
		expect(firstSeenJson(readFirstSeen(raw))).toEqual(JSON.parse('{"__proto__":{"constructor":"2026-11-21"},"a.md":{"k":"2026-11-20"}}'));
		expect(readFirstSeen('nonsense').size).toBe(0);
		const many = daysOf({ 'a.md': { old: '2026-01-01', mid: '2026-06-01' }, 'b.md': { new: '2026-11-01' } });
		expect(capFirstSeen(many, 2)).toBe(1);
		expect(firstSeenJson(many)).toEqual({ 'a.md': { mid: '2026-06-01' }, 'b.md': { new: '2026-11-01' } });
		expect(
			readFirstSeen({ 'a.md': { x: '2026-01-01', y: '2026-02-01' } }, 1)
				.get('a.md')
				?.get('y'),
		).toBe('2026-02-01' as CalendarDate);
	});
});
