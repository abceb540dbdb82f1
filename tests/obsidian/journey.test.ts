import { describe, expect, it } from 'vitest';
import type { CalendarDate } from '../../src/core/calendar-date';
import { meetingAgenda, meetingsDue, meetingsSnoozed, theirCourt, yourCourt } from '../../src/core/dashboard';
import { dueNowSummary } from '../../src/core/reminders';
import { normalizeSettings } from '../../src/core/settings';
import type { TeamSnapshot } from '../../src/core/types';
import { ItemModal } from '../../src/obsidian/modals/item-modal';
import { NewMentorModal } from '../../src/obsidian/modals/new-mentor-modal';
import { SnoozeModal } from '../../src/obsidian/modals/snooze-modal';
import { NoteWriter } from '../../src/obsidian/note-writer';
import { TeamStore } from '../../src/obsidian/team-store';
import type { Undo } from '../../src/obsidian/undo';
import { openMeetingNoteOf } from '../../src/obsidian/workspace-helpers';
import { createTestVault } from '../fakes/vault';

const TODAY = '2026-11-24' as CalendarDate; // a Tuesday
const NOW = new Date(2026, 10, 24, 9, 30);
const SETTINGS = normalizeSettings({});
const MENTOR = 'Mentors/Dr. Maya Lee.md';
const MEETING = 'Meetings/2026-11-24 Dr. Maya Lee.md';

/** Every count the dashboard shows, from the index as it reads the vault now. */
async function counts(store: TeamStore) {
	await store.build();
	const team = store.snapshot() as TeamSnapshot;
	return {
		mentors: team.mentors.length,
		yourCourt: yourCourt(team).length,
		theirCourt: theirCourt(team).length,
		meetingsDue: meetingsDue(team).length,
		snoozed: meetingsSnoozed(team).length,
		dueToday: dueNowSummary(team).count,
	};
}

describe('a day of use, from an empty vault', () => {
	it('new mentor → meeting → add item → tick → undo → log email → snooze', async () => {
		const vault = createTestVault({});
		const store = new TeamStore(
			vault.app,
			() => SETTINGS,
			() => NOW,
		);
		await store.build();
		const notices: { message: string; undo?: Undo }[] = [];
		const writer = new NoteWriter(
			vault.app,
			() => SETTINGS,
			() => TODAY,
			(message, undo) => notices.push({ message, undo }),
		);
		const team = (): TeamSnapshot => store.snapshot() as TeamSnapshot;

		// 1. New mentor, last met two weeks ago: the meeting is due today.
		const newMentor = new NewMentorModal(vault.app, SETTINGS, TODAY, async (mentor) => (await writer.createMentor(mentor)) !== null);
		newMentor.onOpen();
		newMentor.fill('Dr. Maya Lee', ['research'], 'every 2 weeks', '2026-11-10');
		expect(await newMentor.save()).toBe(true);
		expect(notices.at(-1)?.message).toBe(`Created ${MENTOR}.`);
		const mentorText = await vault.read(MENTOR);
		expect(mentorText).toContain('last_contact: 2026-11-10\n');
		expect(await counts(store)).toEqual({ mentors: 1, yourCourt: 0, theirCourt: 0, meetingsDue: 1, snoozed: 0, dueToday: 1 });

		// 2. Start the meeting note, today: a meeting held, so a contact today.
		const mentor = team().mentors[0]!;
		const meeting = await writer.startMeeting(mentor, meetingAgenda(team(), mentor));
		expect(meeting?.path).toBe(MEETING);
		expect(await vault.read(MENTOR)).toBe(mentorText);
		expect(await counts(store)).toEqual({ mentors: 1, yourCourt: 0, theirCourt: 0, meetingsDue: 0, snoozed: 0, dueToday: 0 });
		expect(team().mentors[0]!.lastContact).toBe(TODAY);

		// 3. Add "send CV by Friday" with the meeting note open: it goes into the meeting note.
		await vault.app.workspace.getLeaf(false).openFile(vault.file(MEETING));
		const into = openMeetingNoteOf(vault.app, MENTOR, SETTINGS.properties.mentor);
		const addItem = new ItemModal(vault.app, {
			mode: 'item',
			mentor: team().mentors[0]!,
			today: TODAY,
			settings: SETTINGS,
			into,
			submit: (item) => writer.addItem(team().mentors[0]!, item, into),
		});
		addItem.onOpen();
		addItem.setText('send CV by Friday');
		expect([...addItem.contentEl.querySelectorAll('.mentor-rally-chip')].map((c) => c.textContent)).toEqual(['Fri 27 Nov', 'Yours']);
		expect(await addItem.save()).toBe(true);
		const withItem = await vault.read(MEETING);
		expect(withItem).toContain('## New items\n- [ ] send CV by Friday 📅 2026-11-27\n');
		expect(await counts(store)).toEqual({ mentors: 1, yourCourt: 1, theirCourt: 0, meetingsDue: 0, snoozed: 0, dueToday: 0 });

		// 4. Tick it.
		const item = team().items[0]!;
		expect(await writer.completeItem(item)).toBe(true);
		expect(await vault.read(MEETING)).toContain('- [x] send CV by Friday 📅 2026-11-27 ✅ 2026-11-24\n');
		expect(await counts(store)).toEqual({ mentors: 1, yourCourt: 0, theirCourt: 0, meetingsDue: 0, snoozed: 0, dueToday: 0 });

		// 5. Undo: the exact text before the tick.
		expect(await notices.at(-1)!.undo!()).toBe(true);
		expect(await vault.read(MEETING)).toBe(withItem);
		expect(await counts(store)).toEqual({ mentors: 1, yourCourt: 1, theirCourt: 0, meetingsDue: 0, snoozed: 0, dueToday: 0 });

		// 6. Log an email that needs a reply: into the mentor note, due within the reply window.
		const reply = new ItemModal(vault.app, { mode: 'reply', mentor: team().mentors[0]!, today: TODAY, settings: SETTINGS, submit: (i) => writer.addItem(team().mentors[0]!, i) });
		reply.onOpen();
		reply.setText('poster deadline');
		expect(await reply.save()).toBe(true);
		expect(await vault.read(MENTOR)).toContain(`- [ ] Reply to Dr. Maya Lee's email: poster deadline #${SETTINGS.replyTag} 📅 2026-11-`);
		expect(await counts(store)).toEqual({ mentors: 1, yourCourt: 2, theirCourt: 0, meetingsDue: 0, snoozed: 0, dueToday: 0 });

		// 7. Snooze: the meeting cadence pauses; the items still count.
		const snooze = new SnoozeModal(vault.app, team().mentors[0]!, TODAY, SETTINGS, (until) => writer.snooze(team().mentors[0]!, until));
		snooze.onOpen();
		snooze.setText('2026-12-08');
		expect(await snooze.save()).toBe(true);
		expect(await vault.read(MENTOR)).toContain('snooze_until: 2026-12-08');
		expect(await counts(store)).toEqual({ mentors: 1, yourCourt: 2, theirCourt: 0, meetingsDue: 0, snoozed: 1, dueToday: 0 });
		expect(notices.map((n) => n.message)).toEqual([
			`Created ${MENTOR}.`,
			'Started the meeting note with Dr. Maya Lee for Tue 24 Nov.',
			'Added "send CV by Friday" to 2026-11-24 Dr. Maya Lee.',
			'Ticked "send CV by Friday" in 2026-11-24 Dr. Maya Lee.',
			'Undone.',
			`Added "Reply to Dr. Maya Lee's email: poster deadline" to Dr. Maya Lee, to answer by Wed 25 Nov.`,
			'No meeting reminders for Dr. Maya Lee until Tue 8 Dec.',
		]);
		expect(notices.filter((n) => n.message !== 'Undone.').every((n) => n.undo !== undefined)).toBe(true);
	});
});
