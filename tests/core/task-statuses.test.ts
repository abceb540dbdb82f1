import { describe, expect, it } from 'vitest';
import { doneSymbol, readTasksStatusSettings, recurrenceSymbol, sameTaskStatuses, statusKind } from '../../src/core/task-statuses';

describe('checkbox characters read as Tasks reads them', () => {
	it('without Tasks settings: x and X done, - cancelled, anything else open', () => {
		expect(['x', 'X', '-', ' ', '/', '>', '?'].map((s) => statusKind(s))).toEqual(['done', 'done', 'cancelled', 'open', 'open', 'open', 'open']);
	});

	it("with Tasks' statusSettings: custom done and cancelled symbols, and NON_TASK lines that are no task", () => {
		const statuses = readTasksStatusSettings({
			statusSettings: {
				coreStatuses: [
					{ symbol: ' ', name: 'Todo', nextStatusSymbol: 'x', availableAsCommand: true, type: 'TODO' },
					{ symbol: 'x', name: 'Done', nextStatusSymbol: ' ', availableAsCommand: true, type: 'DONE' },
				],
				customStatuses: [
					{ symbol: 'd', name: 'Delegated done', nextStatusSymbol: ' ', availableAsCommand: false, type: 'DONE' },
					{ symbol: '~', name: 'Dropped', nextStatusSymbol: ' ', availableAsCommand: false, type: 'CANCELLED' },
					{ symbol: '?', name: 'Question', nextStatusSymbol: ' ', availableAsCommand: false, type: 'NON_TASK' },
					{ symbol: '/', name: 'In progress', nextStatusSymbol: 'x', availableAsCommand: true, type: 'IN_PROGRESS' },
					{ symbol: 'too long', type: 'DONE' },
					{ symbol: 'z', type: 'SOMETHING_NEW' },
				],
			},
		});
		expect(['d', '~', '?', '/', 'x', ' ', 'z'].map((s) => statusKind(s, statuses))).toEqual(['done', 'cancelled', 'not-a-task', 'open', 'done', 'open', 'open']);
	});

	it('malformed data changes nothing', () => {
		for (const data of [null, 'x', { statusSettings: 3 }, { statusSettings: { customStatuses: [null, 4] } }]) {
			expect(statusKind('-', readTasksStatusSettings(data))).toBe('cancelled');
		}
	});
});

describe("the symbol a tick writes, as Tasks' status cycle leads", () => {
	const status = (symbol: string, type: string, nextStatusSymbol: string) => ({ symbol, name: symbol, nextStatusSymbol, availableAsCommand: true, type });

	it('without settings: x, and the next occurrence opens with a space', () => {
		expect(doneSymbol(' ')).toBe('x');
		expect(doneSymbol('/')).toBe('x');
		expect(recurrenceSymbol('x')).toBe(' ');
	});

	it('follows nextStatusSymbol to the DONE status (through an in-progress step)', () => {
		const statuses = readTasksStatusSettings({
			statusSettings: {
				coreStatuses: [status(' ', 'TODO', '/'), status('X', 'DONE', ' ')],
				customStatuses: [status('/', 'IN_PROGRESS', 'X'), status('-', 'CANCELLED', ' ')],
			},
		});
		expect(doneSymbol(' ', statuses)).toBe('X');
		expect(doneSymbol('/', statuses)).toBe('X');
		expect(recurrenceSymbol('X', statuses)).toBe(' ');
	});

	it('a cycle that never reaches DONE falls back to the first DONE status named', () => {
		const statuses = readTasksStatusSettings({
			statusSettings: {
				coreStatuses: [status(' ', 'TODO', '>'), status('✓', 'DONE', '>')],
				customStatuses: [status('>', 'TODO', ' ')],
			},
		});
		expect(doneSymbol(' ', statuses)).toBe('✓');
		// The DONE status leads to `>`, an open status: the next occurrence starts there, as in Tasks.
		expect(recurrenceSymbol('✓', statuses)).toBe('>');
	});

	it('a symbol named twice keeps its first status, as Tasks does', () => {
		const statuses = readTasksStatusSettings({ statusSettings: { coreStatuses: [status('d', 'DONE', ' ')], customStatuses: [status('d', 'NON_TASK', 'd')] } });
		expect(statusKind('d', statuses)).toBe('done');
	});
});

describe('hostile data.json', () => {
	it('wrong types anywhere change nothing', () => {
		for (const data of [
			undefined,
			42,
			[],
			{ statusSettings: [] },
			{ statusSettings: { coreStatuses: 'x', customStatuses: { 0: { symbol: 'd', type: 'DONE' } } } },
			{
				statusSettings: {
					customStatuses: [
						{ symbol: 5, type: 'DONE' },
						{ symbol: 'd', type: ['DONE'] },
						{ symbol: '', type: 'DONE' },
						{ symbol: 'dd', type: 'DONE' },
					],
				},
			},
		]) {
			const statuses = readTasksStatusSettings(data);
			expect(['x', 'X', '-', ' ', 'd'].map((s) => statusKind(s, statuses))).toEqual(['done', 'done', 'cancelled', 'open', 'open']);
			expect(doneSymbol(' ', statuses)).toBe('x');
		}
	});

	it('__proto__ keys are data, never a prototype: nothing is read through them, nothing is polluted', () => {
		const text =
			'{"__proto__":{"statusSettings":{"customStatuses":[{"symbol":"d","type":"DONE"}]}},"statusSettings":{"__proto__":{"customStatuses":[{"symbol":"e","type":"DONE"}]},"customStatuses":[{"__proto__":{"symbol":"f","type":"DONE"}},{"symbol":"g","type":"DONE","nextStatusSymbol":"__proto__"}]}}';
		const statuses = readTasksStatusSettings(JSON.parse(text));
		expect(['d', 'e', 'f', 'g'].map((s) => statusKind(s, statuses))).toEqual(['open', 'open', 'open', 'done']);
		expect(statuses.next.has('g')).toBe(false);
		expect(({} as Record<string, unknown>).statusSettings).toBeUndefined();
	});

	it('a huge list is read only as far as any real one goes', () => {
		const customStatuses = Array.from({ length: 200_000 }, (_, i) => ({ symbol: String.fromCodePoint(0x4e00 + (i % 20_000)), type: 'NON_TASK', nextStatusSymbol: ' ' }));
		const statuses = readTasksStatusSettings({ statusSettings: { customStatuses } });
		expect(statuses.kinds.size).toBeLessThanOrEqual(1003);
		expect(statusKind('一', statuses)).toBe('not-a-task');
	});

	it('tables compare by what they say, so an unchanged file rebuilds nothing', () => {
		const data = { statusSettings: { customStatuses: [{ symbol: 'd', type: 'DONE', nextStatusSymbol: ' ' }] } };
		expect(sameTaskStatuses(readTasksStatusSettings(data), readTasksStatusSettings(structuredClone(data)))).toBe(true);
		expect(sameTaskStatuses(readTasksStatusSettings(data), readTasksStatusSettings({}))).toBe(false);
		expect(sameTaskStatuses(null, readTasksStatusSettings({}))).toBe(false);
	});
});

describe('notes read with Tasks statuses', () => {
	it('a NON_TASK line is no item; a custom done symbol closes one', async () => {
		const { readNote } = await import('../../src/core/note-facts');
		const { normalizeSettings } = await import('../../src/core/settings');
		const content = '---\ntype: mentor\n---\n- [?] Is the poster due?\n- [d] Sent the CV\n- [ ] Send the abstract\n';
		const record = {
			path: 'Mentors/Dr. Lee.md',
			frontmatter: { type: 'mentor' },
			content,
			taskStatuses: readTasksStatusSettings({
				statusSettings: {
					customStatuses: [
						{ symbol: '?', type: 'NON_TASK' },
						{ symbol: 'd', type: 'DONE' },
					],
				},
			}),
		};
		const facts = readNote(record, normalizeSettings({}));
		if (facts.kind !== 'mentor') throw new Error('not a mentor note');
		expect(facts.items.map((i) => [i.text, i.state])).toEqual([
			['Sent the CV', 'done'],
			['Send the abstract', 'open'],
		]);
	});
});
