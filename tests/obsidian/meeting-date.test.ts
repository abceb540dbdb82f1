import { describe, expect, it } from 'vitest';
import type { CalendarDate } from '../../src/core/calendar-date';
import { meetingAgenda } from '../../src/core/dashboard';
import { normalizeSettings } from '../../src/core/settings';
import type { MentorSummary, TeamSnapshot } from '../../src/core/types';
import { MeetingDateModal } from '../../src/obsidian/modals/meeting-date-modal';
import { NoteWriter } from '../../src/obsidian/note-writer';
import { TeamStore } from '../../src/obsidian/team-store';
import { createTestVault } from '../fakes/vault';

const TODAY = '2026-11-24' as CalendarDate; // a Tuesday
const NOW = new Date(2026, 10, 24, 9, 30);
const SETTINGS = normalizeSettings({});
const PATH = 'Mentors/Dr. Maya Lee.md';
const LEE = ['---', 'type: mentor', 'cadence: every 2 weeks', 'last_contact: 2026-11-10', '---', '# Dr. Maya Lee', ''].join('\n');

async function setUp() {
	const vault = createTestVault({ [PATH]: LEE });
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
	return { vault, store, writer, team: () => store.snapshot() as TeamSnapshot };
}

function openModal(mentor: MentorSummary, defaultDay: CalendarDate, chosen: CalendarDate[]) {
	const modal = new MeetingDateModal(createTestVault({}).app, mentor, defaultDay, TODAY, SETTINGS, (day) => {
		chosen.push(day);
		return Promise.resolve(true);
	});
	modal.onOpen();
	return modal;
}

const chips = (modal: MeetingDateModal): string[] => [...modal.contentEl.querySelectorAll('.mentor-rally-chip')].map((el) => el.textContent ?? '');

describe('start meeting note asks the day', () => {
	it('defaults to the booked day, and reads days typed like every other date', async () => {
		const { team } = await setUp();
		const chosen: CalendarDate[] = [];
		const modal = openModal(team().mentors[0]!, '2026-12-08' as CalendarDate, chosen);
		expect(chips(modal)).toEqual(['Tue 8 Dec', 'in 14 days']);
		expect(modal.contentEl.querySelector('.mentor-rally-form-note')?.textContent).toBe('Booked: no contact is logged until that day.');
		for (const [typed, day] of [
			['2026-12-08', '2026-12-08'],
			['Dec 8', '2026-12-08'],
			['Thu', '2026-11-26'],
			['today', TODAY],
		] as const) {
			modal.setText(typed);
			expect(modal.day()).toBe(day);
		}
		modal.setText('someday maybe');
		expect(modal.day()).toBeNull();
		const button = modal.contentEl.querySelector<HTMLButtonElement>('button.mod-cta');
		expect(button?.disabled).toBe(true);
		expect(modal.contentEl.querySelector('.mentor-rally-form-error')?.textContent).toBe('Type a day such as "Thu", "Dec 8" or 2026-12-08.');
		expect(await modal.save()).toBe(false);
		modal.setText('Dec 8');
		expect(button?.disabled).toBe(false);
		// Enter in the input submits.
		modal.contentEl.querySelector('input')?.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
		await new Promise((resolve) => setTimeout(resolve, 0));
		expect(chosen).toEqual(['2026-12-08']);
	});

	it('a note dated ahead books the meeting: next_meeting is set and no contact is logged', async () => {
		const { vault, store, writer, team } = await setUp();
		const mentor = team().mentors[0]!;
		await writer.startMeeting(mentor, { ...meetingAgenda(team(), mentor), date: '2026-12-08' as CalendarDate });
		expect(await vault.read(PATH)).toContain('next_meeting: 2026-12-08');
		await store.build();
		const after = team().mentors[0]!;
		expect(after.lastContact).toBe('2026-11-10');
		expect(after.nextMeeting?.date).toBe('2026-12-08');
	});

	it('a note dated today is a meeting held: a contact today, the mentor note untouched', async () => {
		const { vault, store, writer, team } = await setUp();
		const mentor = team().mentors[0]!;
		await writer.startMeeting(mentor, { ...meetingAgenda(team(), mentor), date: TODAY });
		expect(await vault.read(PATH)).toBe(LEE);
		await store.build();
		expect(team().mentors[0]!.lastContact).toBe(TODAY);
	});
});
