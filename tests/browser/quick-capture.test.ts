// Quick capture in real Chromium: typed with the keyboard, the @ suggestions show under the
// input and are picked with the arrows and Enter; Enter then adds the item; a bad line says why.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CalendarDate } from '../../src/core/calendar-date';
import { DEFAULT_SETTINGS } from '../../src/core/settings';
import type { TeamSnapshot } from '../../src/core/types';
import { VaultIndex } from '../../src/core/vault-index';
import { FIXTURE_NOTES, recordsOf } from '../obsidian/dashboard/fixture';
import { bundleHarness, launchChromium, openHarness, type BrowserSession } from './browser-page';

const TODAY = '2026-11-24' as CalendarDate;
let session: BrowserSession;
let bundle: string;
let team: TeamSnapshot;

beforeAll(async () => {
	const index = new VaultIndex(DEFAULT_SETTINGS);
	for (const record of recordsOf(FIXTURE_NOTES)) index.set(record);
	team = index.snapshot(TODAY);
	bundle = await bundleHarness();
	session = await launchChromium();
});

afterAll(async () => {
	await session?.close();
});

async function mounted(width = 1200): Promise<{ page: Page; errors: string[] }> {
	const opened = await openHarness(session, bundle, { settings: DEFAULT_SETTINGS, width });
	await opened.page.evaluate((snapshot) => window.mentorRally.mount(snapshot), team);
	return opened;
}

describe('quick capture', () => {
	for (const width of [1200, 390]) {
		it(`picks the mentor from the suggestions and adds the item with Enter (${width} px wide)`, async () => {
			const { page, errors } = await mounted(width);
			const input = page.getByRole('combobox', { name: 'Quick add: @mentor, then the item' });
			await input.click();
			await page.keyboard.type('@Ma');
			const list = page.getByRole('listbox', { name: 'Mentors' });
			await expect.poll(() => list.isVisible()).toBe(true);
			const inputBox = await input.boundingBox();
			const listBox = await list.boundingBox();
			// Under the input, and inside the page.
			expect(listBox && inputBox && listBox.y >= inputBox.y + inputBox.height - 1).toBe(true);
			expect(listBox && listBox.x + listBox.width <= width + 1).toBe(true);
			await page.keyboard.press('Enter');
			await expect.poll(() => list.isVisible()).toBe(false);
			await page.keyboard.type('send CV by Friday');
			await expect.poll(() => page.locator('.mentor-rally-capture-chip').textContent()).toBe('Dr. Maya Lee · Fri 27 Nov');
			await page.keyboard.press('Enter');
			await expect.poll(() => page.evaluate(() => window.mentorRally.calls)).toEqual([{ action: 'captureItem', target: 'Mentors/Dr. Maya Lee.md: send CV by Friday' }]);
			await expect.poll(() => input.inputValue()).toBe('');
			expect(errors).toEqual([]);
			await page.close();
		});
	}

	it('says in the error colour what is missing', async () => {
		const { page } = await mounted();
		const input = page.getByRole('combobox', { name: 'Quick add: @mentor, then the item' });
		await input.click();
		await page.keyboard.type('send CV');
		await page.keyboard.press('Enter');
		const error = page.locator('.mentor-rally-capture-error');
		await expect.poll(() => error.textContent()).toBe('Start with @ and the mentor\'s name: "@Marsh send CV by Fri".');
		const [errorColour, textColour] = await error.evaluate((el) => {
			// A span coloured with the theme's error colour, to compare with.
			const probe = el.ownerDocument.body.createSpan();
			probe.setCssProps({ color: 'var(--text-error)' });
			const colours = [getComputedStyle(el).color, getComputedStyle(probe).color];
			probe.remove();
			return colours;
		});
		expect(errorColour).toBe(textColour);
		await page.close();
	});
});
