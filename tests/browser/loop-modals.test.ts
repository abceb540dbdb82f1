// The meeting loop's dialogs in real Chromium: typed with the keyboard, the previews follow,
// a bad day disables the button and says why, and Wrap up hands over what was typed.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MentorSummary } from '../../src/core/types';
import { join } from 'node:path';
import { bundleHarness, launchChromium, openHarness, ROOT, type BrowserSession } from './browser-page';

let session: BrowserSession;
let bundle: string;

const LEE: MentorSummary = {
	name: 'Dr. Maya Lee',
	path: 'Mentors/Dr. Maya Lee.md',
	aliases: ['Dr. Lee'],
	roles: ['research'],
	lifecycle: 'active',
	status: 'scheduled',
	cadence: { count: 2, unit: 'week' },
	cadenceIsDefault: false,
	lastContact: null,
	daysSinceContact: null,
	nextDue: null,
	nextMeeting: null,
	ball: 'none',
	openMine: 0,
	openTheirs: 0,
	overdueMine: 0,
	snoozedUntil: null,
	contacts: [],
	email: null,
	institution: null,
	since: null,
} as unknown as MentorSummary;

beforeAll(async () => {
	bundle = await bundleHarness('tests/browser/loop-harness.ts', join(ROOT, 'tests/browser/obsidian-in-browser.ts'));
	session = await launchChromium();
});

afterAll(async () => {
	await session?.close();
});

describe('wrap up meeting', () => {
	it('suggests the next meeting from the cadence, previews each item, refuses a bad day, and submits what was typed', async () => {
		const { page, errors } = await openHarness(session, bundle, { ready: 'loopModals' });
		await page.evaluate((mentor) => window.loopModals.wrapUp(mentor, '2026-11-24', '2026-11-24'), LEE);
		const next = page.getByRole('textbox', { name: 'Next meeting' });
		expect(await next.inputValue({ timeout: 5000 })).toBe('2026-12-08');
		await expect.poll(() => page.locator('.mentor-rally-chip').allTextContents()).toEqual(['Tue 8 Dec', 'in 14 days']);
		const button = page.locator('.modal button.mod-cta');
		expect(await button.textContent()).toBe('Wrap up');
		await next.fill('someday', { timeout: 3000 });
		await expect.poll(() => button.isDisabled({ timeout: 3000 }), { timeout: 5000 }).toBe(true);
		expect(await page.locator('.mentor-rally-form-error').textContent({ timeout: 3000 })).toBe('Type a day such as "Thu", "Dec 8" or 2026-12-08, or leave it empty.');
		await next.fill('Dec 10', { timeout: 3000 });
		await expect.poll(() => button.isDisabled({ timeout: 3000 }), { timeout: 5000 }).toBe(false);
		await page.getByRole('textbox', { name: 'I will…' }).fill('Send the abstract by Friday\nBook the OR', { timeout: 3000 });
		await page.getByRole('textbox', { name: 'Dr. Maya Lee will…' }).fill('Intro to the trauma team', { timeout: 3000 });
		await expect.poll(() => page.locator('.mentor-rally-wrap-up-preview li').count()).toBe(3);
		expect(await page.locator('.mentor-rally-wrap-up-preview li').first().textContent()).toContain('Fri 27 Nov');
		await button.click({ timeout: 3000 });
		await expect
			.poll(() => page.evaluate(() => window.loopModals.submitted))
			.toEqual([{ next: '2026-12-10', mine: ['Send the abstract by Friday', 'Book the OR'], theirs: ['Intro to the trauma team'] }]);
		expect(errors).toEqual([]);
		await page.close();
	});
});

describe('draft an update: the audience picker', () => {
	it('lists each audience by its label', async () => {
		const { page, errors } = await openHarness(session, bundle, { ready: 'loopModals' });
		expect(await page.evaluate(() => window.loopModals.audiences(['Dr. Maya Lee', 'All sponsors (2)', 'The whole team (5)']))).toEqual(['Dr. Maya Lee', 'All sponsors (2)', 'The whole team (5)']);
		expect(errors).toEqual([]);
		await page.close();
	});
});
