// Screenshots of every surface over the example vault, in real Chromium: the modals (add item,
// snooze, new mentor, a mentor's history), the settings tab and the reminder notice. The dashboard's own screenshots
// are taken by dashboard.test.ts. They go to tests/browser/out/; with UPDATE_SCREENSHOTS=1 (or
// `npm run screenshots`) also to docs/screenshots/, the approved copies the README shows.
import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT, type Theme } from './browser-page';
import { exampleBrowser } from './example-pages';
import { EXAMPLE_TODAY } from './example-team';

const OUT = join(ROOT, 'tests/browser/out');
const DOCS = join(ROOT, 'docs/screenshots');
const MARSH = 'Mentors/Dr. Helena Marsh.md';
/** The alumna with the long history: 2021 to 2026, a role and a status change. */
const PARK = 'Mentors/Dr. Ellen Park.md';

const example = exampleBrowser();

beforeAll(() => {
	mkdirSync(OUT, { recursive: true });
});

async function surfaces(theme: Theme, width = 900, height = 640): Promise<{ page: Page; errors: string[] }> {
	// The dashboard behind, as the user sees a modal or a notice over it.
	return example.surfaces({ theme, width, height, deviceScaleFactor: 2 });
}

async function save(page: Page, name: string, fullPage = false): Promise<void> {
	await page.evaluate(() => activeDocument.fonts.ready);
	const path = join(OUT, name);
	await page.screenshot({ path, fullPage });
	if (process.env.UPDATE_SCREENSHOTS === '1') {
		mkdirSync(DOCS, { recursive: true });
		copyFileSync(path, join(DOCS, name));
	}
}

type Shot = { name: string; theme: Theme; height?: number; take(page: Page): Promise<void> };

const SHOTS: Shot[] = [
	{
		name: 'modal-add-item.png',
		theme: 'light',
		async take(page) {
			await page.evaluate(([t, path]) => window.surfaces.itemModal(t, path, 'item'), [example.team, MARSH] as const);
			await page.locator('.modal input').first().fill('Send the revised abstract by Friday');
			await expect.poll(() => page.locator('.mentor-rally-preview').textContent()).toContain('Fri');
		},
	},
	{
		name: 'modal-snooze.png',
		theme: 'light',
		async take(page) {
			await page.evaluate(([t, path]) => window.surfaces.snoozeModal(t, path), [example.team, MARSH] as const);
			await page.locator('.modal input').first().fill('in 2 weeks');
			await expect(page.locator('.modal').count()).resolves.toBe(1);
		},
	},
	{
		name: 'modal-new-mentor.png',
		theme: 'dark',
		async take(page) {
			await page.evaluate(() => window.surfaces.newMentorModal());
			await page.locator('.modal input').first().fill('Dr. Maya Lee');
			await page.locator('.modal .mentor-rally-choice', { hasText: 'Research' }).click();
			await page.getByRole('textbox', { name: 'How often to meet' }).fill('every 3 weeks');
			await page.getByRole('textbox', { name: 'When did you last meet? (optional)' }).fill('Nov 10');
			await expect.poll(() => page.locator('.modal .mentor-rally-modal-field-hint').textContent()).toBe('every 3 weeks → next due Tue 1 Dec');
		},
	},
	{
		name: 'quick-capture.png',
		theme: 'light',
		async take(page) {
			await page.getByRole('combobox', { name: 'Quick add: @mentor, then the item' }).click();
			await page.keyboard.type('@Marsh');
			await page.keyboard.press('Enter');
			await page.keyboard.type('send CV by Friday');
			await expect.poll(() => page.locator('.mentor-rally-capture-chip').textContent()).toBe('Dr. Helena Marsh · Fri 27 Nov');
		},
	},
	{
		name: 'modal-meeting-date.png',
		theme: 'dark',
		async take(page) {
			await page.evaluate(([t, path]) => window.surfaces.meetingDateModal(t, path), [example.team, MARSH] as const);
			await page.locator('.modal input').first().fill('Thu');
			await expect.poll(() => page.locator('.modal .mentor-rally-chip').count()).toBe(2);
		},
	},
	{
		name: 'modal-confirm.png',
		theme: 'light',
		async take(page) {
			await page.evaluate(() => window.surfaces.confirmModal());
			await expect(page.locator('.modal').count()).resolves.toBe(1);
		},
	},
	{
		name: 'modal-history.png',
		theme: 'light',
		height: 1100,
		async take(page) {
			await page.evaluate(([t, path]) => window.surfaces.historyModal(t, path), [example.team, PARK] as const);
			await expect.poll(() => page.locator('.modal .mentor-rally-timeline-entry').count()).toBe(18);
			// The whole history in the picture, 2021 to 2026: nothing scrolled out of the modal.
			expect(await page.locator('.modal').evaluate((el) => el.scrollHeight - el.clientHeight)).toBe(0);
		},
	},
	{
		name: 'reminder-notice.png',
		theme: 'light',
		async take(page) {
			await page.evaluate(([t, today]) => window.surfaces.reminders([t], today), [example.team, EXAMPLE_TODAY] as const);
			await expect.poll(() => page.locator('.notice').count()).toBeGreaterThan(0);
		},
	},
];

describe('screenshots of the surfaces', () => {
	it.each(SHOTS)('$name', async (shot) => {
		const { page, errors } = await surfaces(shot.theme, 900, shot.height);
		await shot.take(page);
		await save(page, shot.name);
		expect(errors).toEqual([]);
		await page.close();
	});

	it('settings.png', async () => {
		const { page, errors } = await surfaces('light', 900, 900);
		// The settings window shows the tab alone, without the dashboard's pane.
		await page.addStyleTag({ content: '.workspace-leaf { display: none; }' });
		await page.evaluate(() => window.surfaces.settingsTab());
		await expect.poll(() => page.locator('.setting-item-heading').count()).toBe(8);
		await save(page, 'settings.png', true);
		expect(errors).toEqual([]);
		await page.close();
	});
});
