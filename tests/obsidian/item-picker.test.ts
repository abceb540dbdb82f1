import { afterEach, describe, expect, it, vi } from 'vitest';
import { Platform, Scope, type KeymapEventListener, type Modifier } from 'obsidian';
import type { CalendarDate } from '../../src/core/calendar-date';
import type { Item } from '../../src/core/types';
import { ItemSuggestModal } from '../../src/obsidian/modals/item-suggest';
import { createTestVault } from '../fakes/vault';

/** The item pickers ("what is in my court", "what I am waiting on"): Mod+Enter opens in a new tab. */

const TODAY = '2026-11-24' as CalendarDate;
const ITEM = { text: 'Send the CV', mentor: 'Dr. Maya Lee', path: 'Mentors/Dr. Maya Lee.md', line: 7 } as Item;

afterEach(() => vi.restoreAllMocks());

/** A picker over one item, with the keys it registered on its scope and what it chose. */
function openPicker() {
	const keys: { modifiers: Modifier[] | null; key: string | null; run: KeymapEventListener }[] = [];
	vi.spyOn(Scope.prototype, 'register').mockImplementation(function (this: Scope, modifiers, key, run) {
		keys.push({ modifiers, key, run });
		return { scope: this, modifiers: modifiers?.join(',') ?? null, key };
	});
	const chosen: [string, boolean][] = [];
	const { app } = createTestVault({});
	const picker = new ItemSuggestModal(app, [ITEM], TODAY, 'Pick', 'Nothing', (item, newLeaf) => chosen.push([item.text, newLeaf]));
	// The fake's suggest modal has no list to choose from: the active suggestion is the one item.
	vi.spyOn(picker, 'selectActiveSuggestion').mockImplementation((evt) => picker.onChooseSuggestion({ item: ITEM, match: { score: 0, matches: [] } }, evt));
	return { picker, keys, chosen };
}

function instructionText(picker: ItemSuggestModal): string {
	return picker.modalEl.querySelector('.prompt-instructions')?.textContent ?? '';
}

describe('item picker', () => {
	it('Mod+Enter is bound on the modal scope and opens the item in a new tab', () => {
		const { picker, keys, chosen } = openPicker();
		const bound = keys.find((k) => k.key === 'Enter' && k.modifiers?.join() === 'Mod');
		expect(bound).toBeDefined();
		const evt = new KeyboardEvent('keydown', { key: 'Enter', ctrlKey: true });
		expect(bound?.run(evt, { modifiers: 'Mod', key: 'Enter', vkey: 'Enter' })).toBe(false);
		expect(chosen).toEqual([['Send the CV', true]]);
		expect(instructionText(picker)).toContain('ctrl ↵to open in a new tab');
	});

	it('on macOS the instruction says ⌘', () => {
		const was = Platform.isMacOS;
		(Platform as { isMacOS: boolean }).isMacOS = true;
		try {
			const { picker, keys, chosen } = openPicker();
			keys.find((k) => k.key === 'Enter')?.run(new KeyboardEvent('keydown', { key: 'Enter', metaKey: true }), { modifiers: 'Mod', key: 'Enter', vkey: 'Enter' });
			expect(chosen).toEqual([['Send the CV', true]]);
			expect(instructionText(picker)).toContain('⌘ ↵to open in a new tab');
			expect(instructionText(picker)).not.toContain('ctrl');
		} finally {
			(Platform as { isMacOS: boolean }).isMacOS = was;
		}
	});
});
