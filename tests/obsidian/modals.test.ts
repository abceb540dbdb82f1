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
