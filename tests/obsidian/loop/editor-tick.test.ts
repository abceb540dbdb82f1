import { describe, expect, it } from 'vitest';
import { settle } from '../../fakes/vault';
import { LAST_MEETING, LAST_MEETING_TEXT, LEE, LEE_TEXT, setUpLoop } from './loop-fixture';

const OPEN = '- [ ] Dr. Lee: feedback on the poster #theirs';
const TICKED = '- [x] Dr. Lee: feedback on the poster #theirs';

/** Types into the note as the editor would (the whole text saved), and lets the cache's event run. */
async function edit(vault: Awaited<ReturnType<typeof setUpLoop>>['vault'], path: string, change: (text: string) => string): Promise<void> {
	await vault.app.vault.modify(vault.file(path), change(await vault.read(path)));
	await settle();
}

describe('close the loop when their item is ticked in the editor', () => {
	it('offers the thank-you once; one click writes it under the ticked line (exact bytes)', async () => {
		const { vault, offers, notices } = await setUpLoop();
		await edit(vault, LEE, (t) => t.replace(OPEN, TICKED));
		expect(offers.map((o) => [o.message, o.label])).toEqual([['Dr. Maya Lee delivered. Thank them and tell them how it went?', 'Add a thank-you']]);
		await offers[0]!.run();
		expect(await vault.read(LEE)).toBe(LEE_TEXT.replace(`${OPEN}\n`, `${TICKED}\n\t- [ ] Thank Dr. Lee and tell them how it went #loop 📅 2026-11-26\n`));
		expect(notices.at(-1)?.message).toBe('Added a thank-you to Dr. Maya Lee, due Thu 26 Nov.');
		// Unticked and ticked again (with the Tasks plugin's done date this time): not offered twice.
		await edit(vault, LEE, (t) => t.replace(TICKED, OPEN));
		await edit(vault, LEE, (t) => t.replace(OPEN, `${TICKED} ✅ 2026-11-24`));
		expect(offers).toHaveLength(1);
	});

	it('offers nothing for my own items, nor for items that were done before', async () => {
		const { vault, offers } = await setUpLoop();
		await edit(vault, LEE, (t) => t.replace('- [ ] Revise the poster', '- [x] Revise the poster'));
		// The meeting note's item of theirs was done on load; an edit elsewhere in the note is no tick.
		await edit(vault, LAST_MEETING, (t) => `${t}- [ ] Book the next coffee\n`);
		expect(await vault.read(LAST_MEETING)).toBe(`${LAST_MEETING_TEXT}- [ ] Book the next coffee\n`);
		expect(offers).toEqual([]);
	});

	it('a line ticked and its words changed since is refused with the reason, and nothing is written', async () => {
		const { vault, offers, notices } = await setUpLoop();
		await edit(vault, LEE, (t) => t.replace(OPEN, TICKED));
		await edit(vault, LEE, (t) => t.replace(TICKED, `${TICKED} (thanks!)`));
		const before = await vault.read(LEE);
		expect(await offers[0]!.run()).toBe(false);
		expect(await vault.read(LEE)).toBe(before);
		expect(notices.at(-1)?.message).toBe('No thank-you added: line 15 has changed since it was read in Dr. Maya Lee.');
	});
});
