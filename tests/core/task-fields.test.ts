import { describe, expect, it } from 'vitest';
import { proseOf, readDoneDate, readExplicitDue } from '../../src/core/task-fields';

const tasksDue = (text: string) => ({ text, source: 'tasks' as const });
const dataviewDue = (text: string) => ({ text, source: 'dataview' as const });

describe('readExplicitDue: the Tasks plugin due date', () => {
	it('reads 📅 at the end of the line', () => {
		expect(readExplicitDue('Draft the methods section 📅 2026-12-01')).toEqual(tasksDue('2026-12-01'));
		expect(readExplicitDue('Draft 📅2026-12-01')).toEqual(tasksDue('2026-12-01'));
		expect(readExplicitDue('Draft 📅   2026-12-01   ')).toEqual(tasksDue('2026-12-01'));
	});

	it('reads the 📆 and 🗓 variants, with or without the emoji variation selector', () => {
		expect(readExplicitDue('Draft 📆 2026-12-01')).toEqual(tasksDue('2026-12-01'));
		expect(readExplicitDue('Draft 🗓 2026-12-01')).toEqual(tasksDue('2026-12-01'));
		expect(readExplicitDue('Draft 🗓\uFE0F 2026-12-01')).toEqual(tasksDue('2026-12-01'));
		expect(readExplicitDue('Draft 📅\uFE0F 2026-12-01')).toEqual(tasksDue('2026-12-01'));
	});

	it('reads it behind the other fields Tasks strips from the end, in any order', () => {
		const cases = [
			'Draft 📅 2026-12-01 ⏫',
			'Draft 📅 2026-12-01 🔺',
			'Draft 📅 2026-12-01 🔽',
			'Draft 📅 2026-12-01 ✅ 2026-12-02',
			'Draft 📅 2026-12-01 ❌ 2026-12-02',
			'Draft 📅 2026-12-01 ⏳ 2026-11-30',
			'Draft 📅 2026-12-01 🛫 2026-11-29',
			'Draft 📅 2026-12-01 ➕ 2026-11-20',
			'Draft 📅 2026-12-01 🔁 every week',
			'Draft 📅 2026-12-01 🔁 every 2 weeks when done',
			'Draft 📅 2026-12-01 #theirs',
			'Draft 📅 2026-12-01 #project/abstract #urgent',
			'Draft 📅 2026-12-01 ^abc123',
			'Draft 📅 2026-12-01 #tag ^block-id',
			'Draft 📅 2026-12-01 🆔 abc123 ⛔ def456',
			'Draft ⏫ 📅 2026-12-01 ⏳ 2026-11-30 🛫 2026-11-29 ➕ 2026-11-20 🔁 every week #tag ^abc',
			'Draft ⏳ 2026-11-30 ⏫ 📅 2026-12-01',
		];
		for (const text of cases) expect(readExplicitDue(text), text).toEqual(tasksDue('2026-12-01'));
	});

	it('does not read a 📅 in the middle of the sentence', () => {
		expect(readExplicitDue('Move the 📅 2026-12-01 deadline with Dr. Lee')).toBeNull();
		expect(readExplicitDue('Draft 📅 2026-12-01 then send')).toBeNull();
	});

	it('returns the date text even when it is not a real day (the caller reports it)', () => {
		expect(readExplicitDue('Draft 📅 2026-02-30')).toEqual(tasksDue('2026-02-30'));
	});

	it('does not take a done, scheduled or start date for the due date', () => {
		expect(readExplicitDue('Draft ✅ 2026-12-02')).toBeNull();
		expect(readExplicitDue('Draft ⏳ 2026-11-30 🛫 2026-11-29')).toBeNull();
	});

	it('reads past a long list of dependencies that does not match', () => {
		// A blocked-by list with doubled spaces made the dependency pattern backtrack exponentially:
		// at 30 entries that never ends (the test times out). Lint's ReDoS check keeps it out.
		// Words after the fields end them, as in Tasks: no due date, but an answer.
		expect(readExplicitDue(`Draft 📅 2026-12-01 ⛔ a${'  ,b'.repeat(30)} ?`)).toBeNull();
		expect(readExplicitDue(`Draft 📅 2026-12-01 ⛔ a${'  ,b'.repeat(30)}`)).toEqual(tasksDue('2026-12-01'));
	});
});

describe('readExplicitDue: the Dataview due field', () => {
	it('reads a Dataview date-time as its day, as written whatever the offset', () => {
		expect(readExplicitDue('Draft [due:: 2026-12-04T17:00]')).toEqual(dataviewDue('2026-12-04'));
		expect(readExplicitDue('Draft (due:: 2026-12-04T17:00:30)')).toEqual(dataviewDue('2026-12-04'));
		expect(readExplicitDue('Draft [due:: 2026-12-04T23:30:00.000-08:00]')).toEqual(dataviewDue('2026-12-04'));
		expect(readExplicitDue('Draft [due:: 2026-12-04T00:15Z]')).toEqual(dataviewDue('2026-12-04'));
		expect(readExplicitDue('Draft [due:: 2026-12-04T5pm]')).toBeNull();
	});

	it('reads [due:: date] and (due:: date) anywhere in the line', () => {
		expect(readExplicitDue('Draft [due:: 2026-12-01]')).toEqual(dataviewDue('2026-12-01'));
		expect(readExplicitDue('Draft (due:: 2026-12-01) and send')).toEqual(dataviewDue('2026-12-01'));
		expect(readExplicitDue('[due:: 2026-12-01] Draft')).toEqual(dataviewDue('2026-12-01'));
	});

	it('forgives odd spacing and case inside the brackets', () => {
		expect(readExplicitDue('Draft [due::2026-12-01]')).toEqual(dataviewDue('2026-12-01'));
		expect(readExplicitDue('Draft [  due::   2026-12-01  ]')).toEqual(dataviewDue('2026-12-01'));
		expect(readExplicitDue('Draft ( due:: 2026-12-01 )')).toEqual(dataviewDue('2026-12-01'));
		expect(readExplicitDue('Draft [Due:: 2026-12-01]')).toEqual(dataviewDue('2026-12-01'));
	});

	it('takes the last one, and prefers the Tasks emoji date', () => {
		expect(readExplicitDue('Draft [due:: 2026-12-01] [due:: 2026-12-05]')).toEqual(dataviewDue('2026-12-05'));
		expect(readExplicitDue('Draft [due:: 2026-12-01] 📅 2026-12-05')).toEqual(tasksDue('2026-12-05'));
	});

	it('does not read other fields, or a due field without brackets', () => {
		expect(readExplicitDue('Draft [scheduled:: 2026-12-01]')).toBeNull();
		expect(readExplicitDue('Draft [overdue:: 2026-12-01]')).toBeNull();
		expect(readExplicitDue('Draft due:: 2026-12-01')).toBeNull();
		expect(readExplicitDue('Draft [due:: next week]')).toBeNull();
		expect(readExplicitDue('Draft by Friday')).toBeNull();
	});
});

describe('proseOf', () => {
	const words = (text: string) => proseOf(text).split(/\s+/).filter(Boolean);

	it('keeps the words of the task', () => {
		expect(words('Send the revised abstract by Friday')).toEqual(['Send', 'the', 'revised', 'abstract', 'by', 'Friday']);
	});

	it('drops wikilinks and embeds, which often carry dates', () => {
		expect(words('Read [[2026-11-10 Meeting]] notes and ![[2026-11-12 slides.pdf]]')).toEqual(['Read', 'notes', 'and']);
		expect(words('Ask [[Dr. Maya Lee|Maya]] tomorrow')).toEqual(['Ask', 'tomorrow']);
	});

	it('keeps the label of a markdown link but drops its address', () => {
		expect(words('See [the Friday memo](https://example.org/2026-12-01) soon')).toEqual(['See', 'the', 'Friday', 'memo', 'soon']);
	});

	it('drops Dataview fields, Tasks fields with their dates, recurrence, tags, code, addresses and block ids', () => {
		expect(words('Draft [due:: 2026-12-01] (scheduled:: 2026-11-30) now')).toEqual(['Draft', 'now']);
		expect(words('Draft ✅ 2026-11-20 ⏳ 2026-11-30 🛫 2026-11-29 ➕ 2026-11-20 📅 2026-12-01 ⏰ 2026-12-01 10:00 x')).toEqual(['Draft', 'x']);
		expect(words('Draft 🔁 every week')).toEqual(['Draft']);
		expect(words('Draft #by-friday #theirs #2026-12-01 x')).toEqual(['Draft', 'x']);
		expect(words('Run `npm test tomorrow` x')).toEqual(['Run', 'x']);
		expect(words('Read https://example.org/tomorrow x')).toEqual(['Read', 'x']);
		expect(words('Draft it ^abc123')).toEqual(['Draft', 'it']);
	});
});

describe('readDoneDate: the Tasks plugin done date', () => {
	it('reads ✅ at the end of the line, among other trailing fields, not in the middle', () => {
		expect(readDoneDate('Send the CV 📅 2026-11-20 ✅ 2026-11-24')).toBe('2026-11-24');
		expect(readDoneDate('Send the CV ✅ 2026-11-24 📅 2026-11-20 #theirs')).toBe('2026-11-24');
		expect(readDoneDate('Send the CV ✅️ 2026-11-24 ^block')).toBe('2026-11-24');
		expect(readDoneDate('Send the ✅ 2026-11-24 CV')).toBeNull();
		expect(readDoneDate('Send the CV')).toBeNull();
	});
});
