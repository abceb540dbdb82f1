import { describe, expect, it } from 'vitest';
import { readTasksStatusSettings, statusKind } from '../../src/core/task-statuses';

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
