import { afterEach, describe, expect, it, vi } from 'vitest';
import { Plugin, type Command } from 'obsidian';
import { registerLoopCommands } from '../../../src/obsidian/loop/loop-commands';
import type { CalendarDate } from '../../../src/core/calendar-date';
import { wrapUpLines } from '../../../src/core/wrap-up';
import { WrapUpModal } from '../../../src/obsidian/modals/wrap-up-modal';
import type { MentorSummary } from '../../../src/core/types';
import { LEE, LEE_TEXT, OKAFOR, OKAFOR_TEXT, setUpLoop } from './loop-fixture';

const GROUP = 'Meetings/2026-11-23 Research team.md';
const GROUP_TEXT = ['---', 'mentor:', '  - "[[Dr. Maya Lee]]"', '  - "[[Dr. Sam Okafor]]"', 'date: 2026-11-23', '---', '# Research team', '', '## New items', ''].join('\n');
const DAY = '2026-11-23' as CalendarDate;

class TestPlugin extends Plugin {}

afterEach(() => void vi.restoreAllMocks());

describe('wrap up a group meeting', () => {
	it('the command in a group meeting note asks for every linked mentor, and its save writes for all of them', async () => {
		const { vault, store, loop } = await setUpLoop({ [GROUP]: GROUP_TEXT });
		const plugin = new TestPlugin(vault.app, { id: 'mentor-rally', name: 'Mentor Rally', version: '0', minAppVersion: '1', author: '', description: '' });
		registerLoopCommands(plugin, vault.app, store, loop);
		const command = (plugin as unknown as { commands__: Map<string, Command> }).commands__.get('wrap-up-meeting')!;
		const opened: WrapUpModal[] = [];
		vi.spyOn(WrapUpModal.prototype, 'open').mockImplementation(function (this: WrapUpModal) {
			opened.push(this);
		});
		expect(command.checkCallback?.(true)).toBe(false);
		await vault.app.workspace.getLeaf(false).openFile(vault.file(GROUP));
		expect(command.checkCallback?.(true)).toBe(true);
		command.checkCallback?.(false);
		const modal = opened[0]!;
		modal.onOpen();
		expect(modal.titleEl.textContent).toBe('Wrap up the meeting with Dr. Maya Lee and Dr. Sam Okafor');
		expect(await modal.save()).toBe(true);
		expect(await vault.read(OKAFOR)).toContain('next_meeting: 2026-12-07\n');
		expect(await vault.read(LEE)).toContain('next_meeting: 2026-12-07\n');
	});

	it('logs the contact and books the next meeting for every linked mentor, each side’s items attributed by name; one undo for all', async () => {
		const { vault, loop, mentor, team, settings, notices } = await setUpLoop({ [GROUP]: GROUP_TEXT });
		const mentors: [MentorSummary, MentorSummary] = [mentor(LEE), mentor(OKAFOR)];
		const modal = new WrapUpModal(vault.app, mentors, DAY, DAY, settings, () => Promise.resolve(true));
		modal.onOpen();
		expect(modal.titleEl.textContent).toBe('Wrap up the meeting with Dr. Maya Lee and Dr. Sam Okafor');
		// One "… will" field per mentor.
		expect([...modal.contentEl.querySelectorAll('.mentor-rally-wrap-up-side label')].map((l) => l.textContent)).toEqual(['I will…', 'Dr. Maya Lee will…', 'Dr. Sam Okafor will…']);
		// The soonest of the cadences (Dr. Lee's two weeks, not Dr. Okafor's month).
		expect(modal.next()).toBe('2026-12-07');
		modal.setFields({ mine: 'Send the poster by Friday', theirsOf: { [LEE]: 'Intro to the trauma team', [OKAFOR]: 'Dr. Okafor: review my personal statement\nSam will send the OR schedule' } });
		const wrap = modal.wrapUp();
		expect(await loop.wrapUp(vault.file(GROUP), mentors, DAY, wrap.next, wrapUpLines(wrap.mine, wrap.theirs, settings))).toBe(true);
		expect(await vault.read(GROUP)).toBe(
			GROUP_TEXT.replace(
				'## New items\n',
				[
					'## New items',
					'- [ ] Send the poster by Friday 📅 2026-11-27',
					'- [ ] Dr. Maya Lee: Intro to the trauma team #theirs',
					'- [ ] Dr. Okafor: review my personal statement #theirs',
					'- [ ] Sam will send the OR schedule #theirs',
					'',
				].join('\n'),
			),
		);
		expect(await vault.read(LEE)).toBe(LEE_TEXT.replace('last_contact: 2026-11-10\nnext_meeting: 2026-11-26 15:00', 'last_contact: 2026-11-23\nnext_meeting: 2026-12-07'));
		expect(await vault.read(OKAFOR)).toBe(
			OKAFOR_TEXT.replace('last_contact: 2026-11-20\n', 'last_contact: 2026-11-23\n').replace('update_cadence: quarterly\n', 'update_cadence: quarterly\nnext_meeting: 2026-12-07\n'),
		);
		expect(notices.at(-1)?.message).toBe('Logged the meeting with Dr. Maya Lee and Dr. Sam Okafor on Mon 23 Nov, booked the next on Mon 7 Dec for each, added 4 items.');
		// The index reads each item of theirs as that mentor's, mine as the first mentor's.
		const items = team().items.filter((i) => i.path === GROUP);
		expect(items.map((i) => [i.mentor, i.owner])).toEqual([
			['Dr. Maya Lee', 'me'],
			['Dr. Maya Lee', 'them'],
			['Dr. Sam Okafor', 'them'],
			['Dr. Sam Okafor', 'them'],
		]);
		expect(await notices.at(-1)?.undo?.()).toBe(true);
		expect([await vault.read(GROUP), await vault.read(LEE), await vault.read(OKAFOR)]).toEqual([GROUP_TEXT, LEE_TEXT, OKAFOR_TEXT]);
	});
});
