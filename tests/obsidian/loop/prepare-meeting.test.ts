import { afterEach, describe, expect, it, vi } from 'vitest';
import { MeetingDateModal } from '../../../src/obsidian/modals/meeting-date-modal';
import { LEE, OKAFOR, setUpLoop } from './loop-fixture';

afterEach(() => vi.restoreAllMocks());

describe('prepare for meeting', () => {
	it('creates the booked meeting note with the brief (exact bytes), then opens the same note again', async () => {
		const { vault, actions, mentor, notices } = await setUpLoop();
		await actions.prepareMeeting?.(mentor(LEE));
		const path = 'Meetings/2026-11-26 Dr. Maya Lee.md';
		expect(await vault.read(path)).toBe(
			[
				'---',
				'mentor: "[[Dr. Maya Lee]]"',
				'date: 2026-11-26 15:00',
				'---',
				'# Meeting with Dr. Maya Lee, Thu 26 Nov 15:00',
				'',
				'Last meeting: [[Meetings/2026-11-10 Dr. Maya Lee|2026-11-10 Dr. Maya Lee]]',
				'',
				'## Since last time',
				'- Send the abstract draft · ✅ 2026-11-18 · mine · [[Mentors/Dr. Maya Lee|Dr. Maya Lee]]',
				'- Dr. Lee: intro to the trauma team #theirs · ✅ 2026-11-20 · theirs · [[Meetings/2026-11-10 Dr. Maya Lee|2026-11-10 Dr. Maya Lee]]',
				'',
				'## Bring back',
				'- Revise the poster (due Wed 25 Nov) · [[Mentors/Dr. Maya Lee|Dr. Maya Lee]]',
				'- Which journal fits the case report? #ask (due Thu 26 Nov) · [[Mentors/Dr. Maya Lee|Dr. Maya Lee]]',
				'',
				'## Waiting on them',
				'- Dr. Lee: feedback on the poster #theirs · [[Mentors/Dr. Maya Lee|Dr. Maya Lee]]',
				'',
				'## Questions',
				'- Which journal fits the case report? #ask · [[Mentors/Dr. Maya Lee|Dr. Maya Lee]]',
				'',
				'## Notes',
				'',
				'',
				'## New items',
				'',
			].join('\n'),
		);
		expect(vault.app.workspace.getActiveFile()?.path).toBe(path);
		expect(notices.map((n) => n.message)).toEqual(['Started the note of the meeting with Dr. Maya Lee booked on Thu 26 Nov. No contact is logged until that day.']);
		const before = await vault.read(path);
		await actions.prepareMeeting?.(mentor(LEE));
		expect(await vault.read(path)).toBe(before);
		expect(vault.app.vault.getMarkdownFiles().filter((f) => f.path.startsWith('Meetings/'))).toHaveLength(2);
	});

	it('with no meeting booked, asks the day as start meeting does', async () => {
		const { actions, mentor } = await setUpLoop();
		const opened: MeetingDateModal[] = [];
		vi.spyOn(MeetingDateModal.prototype, 'open').mockImplementation(function (this: MeetingDateModal) {
			opened.push(this);
		});
		await actions.prepareMeeting?.(mentor(OKAFOR));
		expect(opened).toHaveLength(1);
	});
});
