import { describe, expect, it } from 'vitest';
import type { CalendarDate } from '../../src/core/calendar-date';
import type { NewMentor } from '../../src/core/note-templates';
import { normalizeSettings } from '../../src/core/settings';
import type { TeamSnapshot } from '../../src/core/types';
import { NewMentorModal } from '../../src/obsidian/modals/new-mentor-modal';
import { SnoozeModal } from '../../src/obsidian/modals/snooze-modal';
import { NoteWriter } from '../../src/obsidian/note-writer';
import { TeamStore } from '../../src/obsidian/team-store';
import { createTestVault } from '../fakes/vault';

const TODAY = '2026-11-24' as CalendarDate; // a Tuesday
const NOW = new Date(2026, 10, 24, 9, 30);
const SETTINGS = normalizeSettings({});

const chips = (el: HTMLElement): string[] => [...el.querySelectorAll('.mentor-rally-chip')].map((c) => c.textContent ?? '');
const submitButton = (el: HTMLElement): HTMLButtonElement | null => el.querySelector('button.mod-cta');
const errorText = (el: HTMLElement): string => el.querySelector('.mentor-rally-form-error')?.textContent ?? '';

describe('new mentor', () => {
	it('asks when you last met (optional) and writes it as last_contact in the Mentors folder', async () => {
		const vault = createTestVault({});
		const store = new TeamStore(
			vault.app,
			() => SETTINGS,
			() => NOW,
		);
		await store.build();
		const writer = new NoteWriter(
			vault.app,
			() => SETTINGS,
			() => TODAY,
			() => undefined,
		);
		const created: NewMentor[] = [];
		const modal = new NewMentorModal(vault.app, SETTINGS, TODAY, async (mentor) => {
			created.push(mentor);
			return (await writer.createMentor(mentor)) !== null;
		});
		modal.onOpen();
		// Nothing typed: the button waits and says why, nothing in red.
		expect(submitButton(modal.contentEl)?.disabled).toBe(true);
		expect(errorText(modal.contentEl)).toBe('');
		modal.fill('Dr. Ana Ruiz', [], '', 'someday');
		expect(errorText(modal.contentEl)).toBe('When you last met is not a day: try "Oct 3" or 2026-10-03, or leave it empty.');
		expect(submitButton(modal.contentEl)?.disabled).toBe(true);
		modal.fill('Dr. Ana Ruiz', [], '', '2026-11-03');
		expect(chips(modal.contentEl)).toEqual(['Dr. Ana Ruiz', 'every 2 weeks', 'Last met Tue 3 Nov']);
		expect(submitButton(modal.contentEl)?.disabled).toBe(false);
		expect(await modal.save()).toBe(true);
		expect(await vault.read('Mentors/Dr. Ana Ruiz.md')).toContain('last_contact: 2026-11-03\n');
		await store.build();
		const mentor = (store.snapshot() as TeamSnapshot).mentors[0]!;
		expect(mentor.lastContact).toBe('2026-11-03');
	});

	it('a weekday alone means the last one, not the next', () => {
		const modal = new NewMentorModal(createTestVault({}).app, SETTINGS, TODAY, () => Promise.resolve(true));
		modal.onOpen();
		modal.fill('Dr. Ana Ruiz', [], '', 'Friday');
		expect(modal.draft()).toMatchObject({ mentor: { lastContact: '2026-11-20' } });
	});
});

describe('new mentor: role and cadence are inputs of the form', () => {
	const field = (el: HTMLElement, label: string): HTMLInputElement => {
		const input = el.querySelector<HTMLInputElement>(`input[aria-label="${label}"]`);
		if (!input) throw new Error(`no input ${label}`);
		return input;
	};
	const type = (input: HTMLInputElement, text: string): void => {
		input.value = text;
		input.dispatchEvent(new Event('input', { bubbles: true }));
	};
	const hint = (el: HTMLElement): string => el.querySelector('.mentor-rally-modal-field-hint')?.textContent ?? '';

	it('offers the built-in roles and the custom roles of the settings; picked ones go into the note', () => {
		const settings = normalizeSettings({ roleTargets: [...SETTINGS.roleTargets, { role: 'clinical skills', min: 0, max: 1 }] });
		const modal = new NewMentorModal(createTestVault({}).app, settings, TODAY, () => Promise.resolve(true));
		modal.onOpen();
		const choices = [...modal.contentEl.querySelectorAll<HTMLButtonElement>('.mentor-rally-choice')];
		expect(choices.map((c) => c.textContent)).toEqual(['Research', 'Support', 'Sponsor', 'Clinical skills']);
		expect(choices.map((c) => c.getAttribute('aria-pressed'))).toEqual(['false', 'false', 'false', 'false']);
		choices[2]?.click();
		choices[3]?.click();
		type(field(modal.contentEl, 'Name (the note takes it)'), 'Dr. Ana Ruiz');
		expect(choices[2]?.getAttribute('aria-pressed')).toBe('true');
		expect(chips(modal.contentEl)).toEqual(['Dr. Ana Ruiz', 'Sponsor, Clinical skills', 'every 2 weeks']);
		expect(modal.draft()).toMatchObject({ mentor: { roles: ['sponsor', 'clinical skills'] } });
		// A second tap takes the role off again.
		choices[2]?.click();
		expect(modal.draft()).toMatchObject({ mentor: { roles: ['clinical skills'] } });
	});

	it('previews when the first meeting falls due as the cadence and last meeting are typed', () => {
		const modal = new NewMentorModal(createTestVault({}).app, SETTINGS, TODAY, () => Promise.resolve(true));
		modal.onOpen();
		// Nothing typed: the default cadence, due today (never met).
		expect(hint(modal.contentEl)).toBe('every 2 weeks → next due Tue 24 Nov (today)');
		type(field(modal.contentEl, 'When did you last meet? (optional)'), '2026-11-20');
		expect(hint(modal.contentEl)).toBe('every 2 weeks → next due Fri 4 Dec');
		type(field(modal.contentEl, 'How often to meet'), 'weekly');
		expect(hint(modal.contentEl)).toBe('weekly → next due Fri 27 Nov');
		type(field(modal.contentEl, 'How often to meet'), 'every 3 weeks');
		expect(hint(modal.contentEl)).toBe('every 3 weeks → next due Fri 11 Dec');
	});

	it('a cadence it cannot read: said under the field and in the error colour, submit disabled with the reason', () => {
		const modal = new NewMentorModal(createTestVault({}).app, SETTINGS, TODAY, () => Promise.resolve(true));
		modal.onOpen();
		type(field(modal.contentEl, 'Name (the note takes it)'), 'Dr. Ana Ruiz');
		type(field(modal.contentEl, 'How often to meet'), 'now and then');
		const under = modal.contentEl.querySelector('.mentor-rally-modal-field-hint.mod-error');
		expect(under?.textContent).toBe('Not a cadence yet: try "weekly", "every 2 weeks" or "monthly".');
		expect(errorText(modal.contentEl)).toMatch(/^Cadence "now and then" is not understood; /);
		const button = submitButton(modal.contentEl);
		expect(button?.disabled).toBe(true);
		expect(button?.getAttribute('aria-label')).toMatch(/^Cadence "now and then" is not understood; /);

		// Fixed, the button is named by its own text again: no reason left over, and no empty label.
		type(field(modal.contentEl, 'How often to meet'), 'monthly');
		expect(button?.disabled).toBe(false);
		expect(button?.hasAttribute('aria-label')).toBe(false);
	});
});

describe('snooze', () => {
	it('previews the day as a chip; a day that is not after today is an error and disables Snooze', () => {
		const vault = createTestVault({});
		const mentor = { name: 'Dr. Ana Ruiz', snoozedUntil: null } as unknown as TeamSnapshot['mentors'][number];
		const modal = new SnoozeModal(vault.app, mentor, TODAY, SETTINGS, () => Promise.resolve(true));
		modal.onOpen();
		expect(submitButton(modal.contentEl)?.disabled).toBe(true);
		modal.setText('2026-12-08');
		expect(chips(modal.contentEl)).toEqual(['Tue 8 Dec', 'in 14 days']);
		expect(submitButton(modal.contentEl)?.disabled).toBe(false);
		modal.setText('2026-11-01');
		expect(errorText(modal.contentEl)).toBe('That is not a day after today.');
		expect(submitButton(modal.contentEl)?.disabled).toBe(true);
		// Cancel is there in every modal.
		expect([...modal.contentEl.querySelectorAll('button')].map((b) => b.textContent)).toContain('Cancel');
	});
});
