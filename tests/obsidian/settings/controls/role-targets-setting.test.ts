import { describe, expect, it, vi } from 'vitest';
import { TYPING_SAVE_DELAY_MS } from '../../../../src/obsidian/settings/staging';
import { click, definitions, drawImperatively, errorOf, row, useSettingsTab } from '../tab-fixture';

const t = useSettingsTab();

describe('role targets (Obsidian 1.13+, declarative)', () => {
	it('changes a role target, refusing at least above at most', async () => {
		await t.tab.setControlValue('roleTargets.support.max', 3);
		await t.tab.setControlValue('roleTargets.research.min', 2);
		await t.tab.flush();
		expect(t.store.settings.roleTargets.find((r) => r.role === 'support')).toEqual({ role: 'support', min: 1, max: 3 });
		expect(t.store.settings.roleTargets.find((r) => r.role === 'research')).toEqual({ role: 'research', min: 1, max: 1 });
	});

	it('adds and removes a custom role, and redraws the rows', async () => {
		const update = vi.spyOn(t.tab, 'update');
		expect(await t.tab.addRole(null, '  Clinical ')).toBe(true);
		expect(t.store.settings.roleTargets.at(-1)).toEqual({ role: 'clinical', min: 1, max: 1 });
		expect(update).toHaveBeenCalled();
		expect(definitions(t.tab).map((d) => d.name)).toContain('Clinical');
		expect(await t.tab.addRole(null, 'clinical')).toBe(false);
		expect(await t.tab.addRole(null, 'team')).toBe(false);
		expect(await t.tab.addRole(null, '')).toBe(false);

		await t.tab.removeRole('research');
		expect(t.store.settings.roleTargets.map((r) => r.role)).toContain('research');
		await t.tab.removeRole('clinical');
		expect(t.store.settings.roleTargets.map((r) => r.role)).toEqual(['research', 'support', 'sponsor']);
	});

	it("saves a hyphenated role under the name a note's role is read as, and knows it again written another way", async () => {
		expect(await t.tab.addRole(null, 'Clinical-skills')).toBe(true);
		expect(t.store.settings.roleTargets.at(-1)).toEqual({ role: 'clinical skills', min: 1, max: 1 });
		expect(await t.tab.addRole(null, 'clinical_skills')).toBe(false);
		expect(definitions(t.tab).map((d) => d.name)).toContain('Clinical skills');
	});
});

describe('role targets (before Obsidian 1.13, display())', () => {
	it('edits role targets in their rows; built-in roles cannot be removed', async () => {
		drawImperatively(t);
		const support = row(t, 'Support');
		support.text[1]?.setValue('0');
		expect(errorOf(support)).toBe('At most must not be less than at least (1).');
		support.text[1]?.setValue('3');
		expect(errorOf(support)).toBeNull();
		await vi.advanceTimersByTimeAsync(TYPING_SAVE_DELAY_MS);
		expect(t.store.settings.roleTargets.find((r) => r.role === 'support')?.max).toBe(3);
		expect(row(t, 'Research').extra).toHaveLength(0);
	});

	it('adds a role from the add row, then removes it with its button', async () => {
		drawImperatively(t);
		const add = row(t, 'Add a role');
		add.text[0]?.setValue('Research');
		expect(errorOf(add)).toBe('There is already a research role.');
		add.text[0]?.setValue('Clinical');
		expect(errorOf(add)).toBeNull();
		click(add.button[0]);
		await vi.advanceTimersByTimeAsync(0);
		expect(t.store.settings.roleTargets.map((r) => r.role)).toEqual(['research', 'support', 'sponsor', 'clinical']);

		const clinical = row(t, 'Clinical');
		expect(clinical.text.map((c) => c.getValue())).toEqual(['1', '1']);
		click(clinical.extra[0]);
		await vi.advanceTimersByTimeAsync(0);
		expect(t.store.settings.roleTargets.map((r) => r.role)).toEqual(['research', 'support', 'sponsor']);
		expect(() => row(t, 'Clinical')).toThrow();
	});
});
