import { describe, expect, it } from 'vitest';
import { parseYaml } from 'obsidian';
import type { CalendarDate } from '../../../src/core/calendar-date';
import { frontmatterBlock } from '../../../src/core/properties';
import { wrapUpLines } from '../../../src/core/wrap-up';
import { audiences, draftUpdateTo, updateNoteMentors, updatesDueIn } from '../../../src/obsidian/loop/updates';
import { WrapUpModal } from '../../../src/obsidian/modals/wrap-up-modal';
import { settle } from '../../fakes/vault';
import { LAST_MEETING, LEE, LEE_TEXT, OKAFOR, setUpLoop, TODAY } from './loop-fixture';

describe('close the loop', () => {
	it('ticking their item offers a thank-you; one click writes it under the item (exact bytes), and undo takes it back', async () => {
		const { vault, actions, team, offers, notices } = await setUpLoop();
		const item = team().items.find((i) => i.text.startsWith('Dr. Lee: feedback'))!;
		expect(await actions.completeItem(item)).toBe(true);
		expect(offers.map((o) => [o.message, o.label])).toEqual([['Dr. Maya Lee delivered. Thank them and tell them how it went?', 'Add a thank-you']]);
		await offers[0]!.run();
		const after = LEE_TEXT.replace(
			'- [ ] Dr. Lee: feedback on the poster #theirs\n',
			'- [x] Dr. Lee: feedback on the poster #theirs ✅ 2026-11-24\n\t- [ ] Thank Dr. Lee and tell them how it went #loop 📅 2026-11-26\n',
		);
		expect(await vault.read(LEE)).toBe(after);
		const thanks = notices.at(-1)!;
		expect(thanks.message).toBe('Added a thank-you to Dr. Maya Lee, due Thu 26 Nov.');
		expect(await thanks.undo?.()).toBe(true);
		expect(await vault.read(LEE)).toBe(after.replace('\t- [ ] Thank Dr. Lee and tell them how it went #loop 📅 2026-11-26\n', ''));
	});

	it('ticking my own item offers nothing', async () => {
		const { actions, team, offers } = await setUpLoop();
		await actions.completeItem(team().items.find((i) => i.text.startsWith('Revise'))!);
		expect(offers).toEqual([]);
	});
});

describe('wrap up meeting', () => {
	it('logs the contact on the meeting day, books the next, writes both sides’ items: one undo for both notes', async () => {
		const { vault, loop, mentor, settings, notices } = await setUpLoop();
		const lee = mentor(LEE);
		const modal = new WrapUpModal(vault.app, lee, '2026-11-10' as CalendarDate, TODAY, settings, () => Promise.resolve(true));
		modal.onOpen();
		expect(modal.next()).toBe('2026-11-24');
		modal.setFields({ next: 'Dec 8', mine: 'Send the revised abstract by Friday\n\n- Book the OR shadowing 📅 2026-12-01', theirs: 'Intro to the trauma team' });
		const wrap = modal.wrapUp();
		expect(wrap.next).toBe('2026-12-08');
		const before = await vault.read(LAST_MEETING);
		expect(await loop.wrapUp(vault.file(LAST_MEETING), [lee], '2026-11-10' as CalendarDate, wrap.next, wrapUpLines(wrap.mine, wrap.theirs, settings))).toBe(true);
		expect(await vault.read(LAST_MEETING)).toBe(
			[
				'---',
				'mentor: "[[Dr. Maya Lee]]"',
				'date: 2026-11-10',
				'---',
				'# Meeting',
				'',
				'## New items',
				'- [x] Dr. Lee: intro to the trauma team #theirs ✅ 2026-11-20',
				'- [ ] Send the revised abstract by Friday 📅 2026-11-13',
				'- [ ] Book the OR shadowing 📅 2026-12-01',
				'- [ ] Intro to the trauma team #theirs',
				'',
			].join('\n'),
		);
		const props = parseYaml(frontmatterBlock(await vault.read(LEE))!) as Record<string, unknown>;
		expect([props.last_contact, props.next_meeting]).toEqual(['2026-11-10', '2026-12-08']);
		expect(notices.at(-1)?.message).toBe('Logged the meeting with Dr. Maya Lee on Tue 10 Nov, booked the next on Tue 8 Dec, added 3 items.');
		expect(await notices.at(-1)?.undo?.()).toBe(true);
		expect(await vault.read(LAST_MEETING)).toBe(before);
		expect(await vault.read(LEE)).toBe(LEE_TEXT);
	});
});

describe('draft an update and mark it sent', () => {
	it('writes the update note under Updates, never a meeting note; marking it sent logs the email contact and last_update', async () => {
		const { vault, loop, team, settings, notices, store } = await setUpLoop();
		const to = audiences(team()).find((a) => a.name === 'Dr. Maya Lee')!;
		expect(await draftUpdateTo(vault.app, team(), settings, loop, to)).toBe(true);
		const path = 'Updates/2026-11-24 Update to Dr. Maya Lee.md';
		const text = await vault.read(path);
		expect(text.split('\n').slice(0, 12)).toEqual([
			'---',
			'update_to:',
			'  - "[[Dr. Maya Lee]]"',
			'drafted: 2026-11-24',
			'sent:',
			'---',
			'# Update to Dr. Maya Lee, Tue 24 Nov',
			'',
			expect.stringMatching(
				/^Nothing has been sent\. \[Open this draft in your email app\]\(mailto:maya\.lee@example\.org\?subject=Progress%20update%2C%20Tue%2024%20Nov&body=Dear%20Dr\.%20Lee%2C/,
			),
			'',
			'To: maya.lee@example.org',
			'Subject: Progress update, Tue 24 Nov',
		]);
		expect(text).toContain('Wins since my last update:\n- Send the abstract draft (Wed 18 Nov)\n');
		expect(text).toContain('Thank you:\n- Thank you for intro to the trauma team.\n');
		expect(notices.at(-1)?.message).toBe('Drafted 2026-11-24 Update to Dr. Maya Lee. Nothing was sent: open the email link in the note to send it yourself.');
		await store.build();
		expect(team().mentors.find((m) => m.path === LEE)?.lastContact).toBe('2026-11-10');

		const mentors = updateNoteMentors(vault.app, vault.file(path))!;
		expect(mentors.map((f) => f.path)).toEqual([LEE]);
		expect(await loop.markUpdateSent(vault.file(path), mentors)).toBe(true);
		await settle();
		expect(parseYaml(frontmatterBlock(await vault.read(path))!)).toMatchObject({ sent: '2026-11-24' });
		const props = parseYaml(frontmatterBlock(await vault.read(LEE))!) as Record<string, unknown>;
		expect([props.last_contact, props.last_update]).toEqual(['2026-11-24', '2026-11-24']);
		expect(notices.at(-1)?.message).toBe('Marked the update sent today: logged an email contact with Dr. Maya Lee.');
		expect(await notices.at(-1)?.undo?.()).toBe(true);
		expect(await vault.read(LEE)).toBe(LEE_TEXT);
	});

	it('a mentor with an update cadence and no update sent is due; groups are offered by role and for the whole team', async () => {
		const { vault, team, settings } = await setUpLoop({ 'Mentors/Dr. Ana Ruiz.md': '---\ntype: mentor\nrole: sponsor\n---\n' });
		expect(updatesDueIn(vault.app, team(), settings).map((u) => [u.mentor, u.due, u.cadence])).toEqual([['Dr. Sam Okafor', '2026-11-24', 'quarterly']]);
		expect(audiences(team()).map((a) => a.label)).toEqual(['Dr. Ana Ruiz', 'Dr. Maya Lee', 'Dr. Sam Okafor', 'All sponsors (2)', 'The whole team (3)']);
		expect(OKAFOR).toBe('Mentors/Dr. Sam Okafor.md');
	});
});
