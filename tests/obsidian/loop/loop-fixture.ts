// The vault the meeting-loop tests share: Dr. Lee with a meeting booked, a past meeting note.
import { vi } from 'vitest';
import { Component } from 'obsidian';
import type { CalendarDate } from '../../../src/core/calendar-date';
import { normalizeSettings, type MentorRallySettings } from '../../../src/core/settings';
import type { MentorSummary, TeamSnapshot } from '../../../src/core/types';
import { NoteWriter } from '../../../src/obsidian/note-writer';
import { LoopWriter } from '../../../src/obsidian/loop/loop-writer';
import { CloseTheLoop } from '../../../src/obsidian/loop/close-the-loop';
import { createDashboardActions } from '../../../src/obsidian/plugin-actions';
import { TeamStore } from '../../../src/obsidian/team-store';
import type { Undo } from '../../../src/obsidian/undo';
import { createTestVault } from '../../fakes/vault';

export const NOW = new Date(2026, 10, 24, 9, 30);
export const TODAY = '2026-11-24' as CalendarDate;
export const LEE = 'Mentors/Dr. Maya Lee.md';
export const OKAFOR = 'Mentors/Dr. Sam Okafor.md';
export const LAST_MEETING = 'Meetings/2026-11-10 Dr. Maya Lee.md';

export const LEE_TEXT = [
	'---',
	'type: mentor',
	'role: research',
	'cadence: every 2 weeks',
	'last_contact: 2026-11-10',
	'next_meeting: 2026-11-26 15:00',
	'email: maya.lee@example.org',
	'---',
	'# Dr. Maya Lee',
	'',
	'## Open items',
	'- [x] Send the abstract draft ✅ 2026-11-18',
	'- [ ] Revise the poster 📅 2026-11-25',
	'- [ ] Which journal fits the case report? #ask',
	'- [ ] Dr. Lee: feedback on the poster #theirs',
	'',
].join('\n');

export const OKAFOR_TEXT = ['---', 'type: mentor', 'role: sponsor', 'cadence: monthly', 'last_contact: 2026-11-20', 'update_cadence: quarterly', '---', '# Dr. Sam Okafor', ''].join('\n');

export const LAST_MEETING_TEXT = [
	'---',
	'mentor: "[[Dr. Maya Lee]]"',
	'date: 2026-11-10',
	'---',
	'# Meeting',
	'',
	'## New items',
	'- [x] Dr. Lee: intro to the trauma team #theirs ✅ 2026-11-20',
	'',
].join('\n');

export async function setUpLoop(files: Record<string, string> = {}, overrides: Record<string, unknown> = {}) {
	const vault = createTestVault({ [LEE]: LEE_TEXT, [OKAFOR]: OKAFOR_TEXT, [LAST_MEETING]: LAST_MEETING_TEXT, ...files });
	const settings: MentorRallySettings = normalizeSettings(overrides);
	const store = new TeamStore(
		vault.app,
		() => settings,
		() => NOW,
	);
	await store.build();
	const notices: { message: string; undo?: Undo }[] = [];
	const writer = new NoteWriter(
		vault.app,
		() => settings,
		() => TODAY,
		(message, undo) => void notices.push({ message, undo }),
	);
	const offers: { message: string; label: string; run: () => Promise<unknown> }[] = [];
	const loop = new LoopWriter(
		vault.app,
		() => settings,
		() => TODAY,
		(message, undo) => void notices.push({ message, undo }),
	);
	// As the plugin wires it: edits reach the store, and their items ticked in the editor are offered too.
	const offer = (message: string, label: string, run: () => Promise<unknown>): void => void offers.push({ message, label, run });
	const closeTheLoop = new CloseTheLoop(store, loop, offer);
	store.registerEvents(new Component());
	closeTheLoop.watch();
	const actions = createDashboardActions(vault.app, store, writer, vi.fn(), { writer: loop, offer, closeTheLoop });
	const team = (): TeamSnapshot => store.snapshot() as TeamSnapshot;
	const mentor = (path: string): MentorSummary => team().mentors.find((m) => m.path === path) as MentorSummary;
	return { vault, store, writer, loop, actions, settings, notices, offers, team, mentor };
}
