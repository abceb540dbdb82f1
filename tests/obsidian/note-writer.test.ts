import { describe, expect, it } from 'vitest';
import { parseYaml } from 'obsidian';
import type { CalendarDate } from '../../src/core/calendar-date';
import { frontmatterBlock } from '../../src/core/properties';
import { normalizeSettings } from '../../src/core/settings';
import type { TeamSnapshot } from '../../src/core/types';
import { NoteWriter } from '../../src/obsidian/note-writer';
import { meetingAgenda } from '../../src/core/dashboard';
import { TeamStore } from '../../src/obsidian/team-store';
import { createTestVault } from '../fakes/vault';

const TODAY = '2026-11-24' as CalendarDate;
const NOW = new Date(2026, 10, 24, 9, 30);

const LEE = [
	'---',
	'type: mentor',
	'role: [research, sponsor]   # two hats',
	'cadence: every 2 weeks',
	'last_contact: 2026-11-10',
	'email: maya.lee@example.org',
	'---',
	'# Dr. Maya Lee',
	'',
	'### 2026-11-10 Coffee',
	'- [ ] Send revised abstract by Friday ^abs1',
	'- [ ] Dr. Lee: intro to the trauma team',
	'- [ ] Send revised abstract by Friday ^abs1',
	'',
	'Trailing prose stays.   ',
].join('\n');

async function setUp(files: Record<string, string>, settings = normalizeSettings({})) {
	const vault = createTestVault(files);
	const store = new TeamStore(
		vault.app,
		() => settings,
		() => NOW,
	);
	await store.build();
	const notices: string[] = [];
	const writer = new NoteWriter(
		vault.app,
		() => settings,
		() => TODAY,
		(message) => notices.push(message),
	);
	return { vault, store, writer, notices, team: () => store.snapshot() as TeamSnapshot };
}

/** The lines of `after` that differ from `before` (same line count expected). */
function changedLines(before: string, after: string): { line: number; before: string; after: string }[] {
	const a = before.split('\n');
	const b = after.split('\n');
	expect(b.length).toBe(a.length);
	return a.flatMap((text, i) => (text === b[i] ? [] : [{ line: i + 1, before: text, after: b[i] ?? '' }]));
}

describe('completing an item', () => {
	it('ticks exactly that line, Tasks-style, before the block id', async () => {
		const { vault, writer, team } = await setUp({ 'Mentors/Dr. Maya Lee.md': LEE });
		const item = team().items.find((i) => i.line === 11)!;
		expect(await writer.completeItem(item)).toBe(true);
		const after = await vault.read('Mentors/Dr. Maya Lee.md');
		expect(changedLines(LEE, after)).toEqual([{ line: 11, before: '- [ ] Send revised abstract by Friday ^abs1', after: '- [x] Send revised abstract by Friday ✅ 2026-11-24 ^abs1' }]);
	});

	it('keeps CRLF line endings, a byte-order mark and a missing final newline', async () => {
		const text = `\uFEFF${LEE.replace(/\n/g, '\r\n')}`;
		// The mentors folder makes it a mentor note even where a BOM hides the properties from a parser.
		const { vault, writer, team } = await setUp({ 'Mentors/Dr. Maya Lee.md': text }, normalizeSettings({ mentorsFolder: 'Mentors' }));
		const item = team().items.find((i) => i.line === 12)!;
		expect(await writer.completeItem(item)).toBe(true);
		const after = await vault.read('Mentors/Dr. Maya Lee.md');
		expect(after).toBe(text.replace('- [ ] Dr. Lee: intro to the trauma team', '- [x] Dr. Lee: intro to the trauma team ✅ 2026-11-24'));
	});

	it('refuses, writing nothing, when the line changed since it was read', async () => {
		const { vault, writer, notices, team } = await setUp({ 'Mentors/Dr. Maya Lee.md': LEE });
		const item = team().items.find((i) => i.line === 12)!;
		const edited = LEE.replace('- [ ] Dr. Lee: intro to the trauma team', '- [ ] Dr. Lee: intro to the trauma team (asked twice)');
		await vault.app.vault.modify(vault.file('Mentors/Dr. Maya Lee.md'), edited);
		expect(await writer.completeItem(item)).toBe(false);
		expect(await vault.read('Mentors/Dr. Maya Lee.md')).toBe(edited);
		expect(notices.at(-1)).toMatch(/Not completed: line 12 has changed since it was read/);
	});

	it('refuses when a line was inserted above, so the item moved', async () => {
		const { vault, writer, team } = await setUp({ 'Mentors/Dr. Maya Lee.md': LEE });
		const item = team().items.find((i) => i.line === 12)!;
		const edited = LEE.replace('# Dr. Maya Lee', '# Dr. Maya Lee\nA new first line.');
		await vault.app.vault.modify(vault.file('Mentors/Dr. Maya Lee.md'), edited);
		expect(await writer.completeItem(item)).toBe(false);
		expect(await vault.read('Mentors/Dr. Maya Lee.md')).toBe(edited);
	});
});

describe('property edits', () => {
	it('log contact sets last_contact to today and keeps every other property', async () => {
		const { vault, writer, team } = await setUp({ 'Mentors/Dr. Maya Lee.md': LEE });
		await writer.logContact(team().mentors[0]!);
		const after = await vault.read('Mentors/Dr. Maya Lee.md');
		const before = parseYaml(frontmatterBlock(LEE)!) as Record<string, unknown>;
		expect(parseYaml(frontmatterBlock(after)!)).toEqual({ ...before, last_contact: '2026-11-24' });
		expect(after.slice(after.indexOf('# Dr. Maya Lee'))).toBe(LEE.slice(LEE.indexOf('# Dr. Maya Lee')));
	});

	it('snooze sets and clears snooze_until', async () => {
		const { vault, writer, team } = await setUp({ 'Mentors/Dr. Maya Lee.md': LEE });
		await writer.snooze(team().mentors[0]!, '2026-12-08' as CalendarDate);
		expect(parseYaml(frontmatterBlock(await vault.read('Mentors/Dr. Maya Lee.md'))!)).toMatchObject({ snooze_until: '2026-12-08', cadence: 'every 2 weeks' });
		await writer.snooze(team().mentors[0]!, null);
		expect(parseYaml(frontmatterBlock(await vault.read('Mentors/Dr. Maya Lee.md'))!)).not.toHaveProperty('snooze_until');
	});

	it('writes to the property as the note spells it', async () => {
		const { vault, writer, team } = await setUp({ 'Mentors/Dr. Maya Lee.md': LEE.replace('last_contact', 'Last_Contact') });
		await writer.logContact(team().mentors[0]!);
		const props = parseYaml(frontmatterBlock(await vault.read('Mentors/Dr. Maya Lee.md'))!) as Record<string, unknown>;
		expect(props.Last_Contact).toBe('2026-11-24');
		expect(props).not.toHaveProperty('last_contact');
	});
});

describe('adding items', () => {
	it('appends under "Open items", creating the heading at the end, and changes nothing else', async () => {
		const { vault, writer, team } = await setUp({ 'Mentors/Dr. Maya Lee.md': LEE });
		await writer.addItem(team().mentors[0]!, { text: 'Send CV by Friday', due: '2026-11-27' as CalendarDate, theirs: false, reply: false });
		const after = await vault.read('Mentors/Dr. Maya Lee.md');
		expect(after).toBe(`${LEE}\n\n## Open items\n- [ ] Send CV by Friday 📅 2026-11-27\n`);
		await writer.addItem(team().mentors[0]!, { text: 'Intro to Dr. Patel', due: null, theirs: true, reply: false });
		expect(await vault.read('Mentors/Dr. Maya Lee.md')).toBe(`${LEE}\n\n## Open items\n- [ ] Send CV by Friday 📅 2026-11-27\n- [ ] Intro to Dr. Patel #theirs\n`);
	});

	it('inserts at the end of an existing section, before the next heading', async () => {
		const text = `${LEE}\n\n## Open items\n- [ ] First\n\n## Log\nSomething\n`;
		const { vault, writer, team } = await setUp({ 'Mentors/Dr. Maya Lee.md': text });
		await writer.addItem(team().mentors[0]!, { text: "Reply to Dr. Maya Lee's email: poster", due: '2026-11-25' as CalendarDate, theirs: false, reply: true });
		expect(await vault.read('Mentors/Dr. Maya Lee.md')).toBe(text.replace('- [ ] First\n', "- [ ] First\n- [ ] Reply to Dr. Maya Lee's email: poster #reply 📅 2026-11-25\n"));
	});
});

describe('freezing natural-language due dates', () => {
	it('writes the date each phrase means after it, leaving explicit dates and other lines alone', async () => {
		const { vault, writer, team } = await setUp({ 'Mentors/Dr. Maya Lee.md': LEE });
		const frozen = await writer.freezeDueDates('Mentors/Dr. Maya Lee.md', team().items);
		expect(frozen).toBe(2);
		const after = await vault.read('Mentors/Dr. Maya Lee.md');
		// "by Friday" written on Tue 10 Nov means Fri 13 Nov, whenever it is frozen.
		expect(changedLines(LEE, after)).toEqual([
			{ line: 11, before: '- [ ] Send revised abstract by Friday ^abs1', after: '- [ ] Send revised abstract by Friday 📅 2026-11-13 ^abs1' },
			{ line: 13, before: '- [ ] Send revised abstract by Friday ^abs1', after: '- [ ] Send revised abstract by Friday 📅 2026-11-13 ^abs1' },
		]);
	});
});

describe('new notes', () => {
	it('creates a mentor note the index reads back as that mentor', async () => {
		const { vault, writer, store } = await setUp({});
		const file = await writer.createMentor({ name: 'Dr. Sam Okafor', roles: ['support'], cadence: { count: 1, unit: 'month' }, today: TODAY });
		expect(file?.path).toBe('Mentors/Dr. Sam Okafor.md');
		await store.build();
		const mentor = store.snapshot()!.mentors[0]!;
		expect([mentor.name, mentor.roles, mentor.cadence, mentor.status]).toEqual(['Dr. Sam Okafor', ['support'], { count: 1, unit: 'month' }, 'due']);
		expect(await writer.createMentor({ name: 'Dr. Sam Okafor', roles: [], cadence: null, today: TODAY })).toBeNull();
		expect(vault.app.vault.getMarkdownFiles()).toHaveLength(1);
	});

	it('starts a meeting note with the agenda, bring-back first, linked to the mentor', async () => {
		const { vault, writer, store, team } = await setUp({ 'Mentors/Dr. Maya Lee.md': LEE });
		const mentor = team().mentors[0]!;
		const file = await writer.startMeeting(mentor, meetingAgenda(team(), mentor));
		expect(file?.path).toBe('Meetings/2026-11-24 Dr. Maya Lee.md');
		const text = await vault.read('Meetings/2026-11-24 Dr. Maya Lee.md');
		expect(parseYaml(frontmatterBlock(text)!)).toEqual({ mentor: '[[Dr. Maya Lee]]', date: '2026-11-24' });
		const bring = text.indexOf('## Bring back');
		const waiting = text.indexOf('## Waiting on them');
		expect(bring).toBeGreaterThan(0);
		expect(waiting).toBeGreaterThan(bring);
		expect(text.slice(bring, waiting)).toContain('Send revised abstract by Friday (due Fri 13 Nov, overdue)');
		expect(text.slice(waiting)).toContain('Dr. Lee: intro to the trauma team');
		// The agenda repeats items as plain bullets: no second copy of any item appears.
		await store.build();
		expect(store.snapshot()!.items).toHaveLength(3);
		expect(store.snapshot()!.mentors[0]!.lastContact).toBe('2026-11-24');
		// Starting it again opens the same note.
		expect((await writer.startMeeting(mentor, meetingAgenda(team(), mentor)))?.path).toBe(file?.path);
	});
});
