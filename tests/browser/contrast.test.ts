// Every text on the dashboard, the modals and the settings tab is readable in Obsidian's
// default light and dark themes: at least 4.5:1 against what is under it (3:1 for large
// text), measured in real Chromium from computed styles, greyed (snoozed, paused) rows and
// cards included.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Theme } from './browser-page';
import { auditContrast } from './contrast';
import { exampleBrowser } from './example-pages';
import { teamOf } from './example-team';

const example = exampleBrowser();
const MARSH = 'Mentors/Dr. Helena Marsh.md';
/** The alumna with the long history: the score, the years chart, role and status changes in the accent colour. */
const PARK = 'Mentors/Dr. Ellen Park.md';

const CASES: { theme: Theme; width: number }[] = [
	{ theme: 'light', width: 1200 },
	{ theme: 'dark', width: 1200 },
	{ theme: 'light', width: 390 },
	{ theme: 'dark', width: 390 },
];

describe('contrast of every text on the dashboard', () => {
	it.each(CASES)('$theme theme at $width px', async ({ theme, width }) => {
		const { page, errors } = await example.dashboard({ theme, width, height: 900 });
		// The example vault has greyed rows and cards: the test must see them to judge them.
		expect(await page.locator('.mentor-rally-row.is-snoozed, .mentor-rally-card.is-quiet').count()).toBeGreaterThan(0);
		const findings = await page.evaluate(auditContrast, '.mentor-rally-dashboard');
		expect(findings).toEqual([]);
		expect(errors).toEqual([]);
		await page.close();
	});

	it.each(['light', 'dark'] as Theme[])('the welcome screen, %s theme', async (theme) => {
		const { page } = await example.dashboard({ theme }, teamOf([], example.settings));
		expect(await page.evaluate(auditContrast, '.mentor-rally-dashboard')).toEqual([]);
		await page.close();
	});

	it('finds low contrast where there is some (the audit is not blind)', async () => {
		const { page } = await example.dashboard();
		await page.addStyleTag({ content: '.mentor-rally-row-mentor { color: #cccccc !important; } .mentor-rally-card.is-quiet { opacity: 0.3 !important; }' });
		const findings = await page.evaluate(auditContrast, '.mentor-rally-dashboard');
		expect(findings.some((f) => f.where.includes('mentor-rally-row-mentor'))).toBe(true);
		expect(findings.some((f) => f.where.includes('mentor-rally-link'))).toBe(true);
		await page.close();
	});
});

/** Each modal as the user sees it mid-way: opened over the dashboard, something typed, the preview and hints showing. */
const MODALS: { name: string; open: (page: Page) => Promise<void> }[] = [
	{
		name: 'add item',
		async open(page) {
			await page.evaluate(([t, path]) => window.surfaces.itemModal(t, path, 'item'), [example.team, MARSH] as const);
			await page.locator('.modal input').first().fill('Send the revised abstract by Friday');
		},
	},
	{
		name: 'new mentor',
		async open(page) {
			await page.evaluate(() => window.surfaces.newMentorModal());
			await page.locator('.modal input').first().fill('Dr. Maya Lee');
			await page.locator('.modal .mentor-rally-choice').first().click();
			// A cadence it cannot read: the hint and the error line in the error colour.
			await page.getByRole('textbox', { name: 'How often to meet' }).fill('now and then');
		},
	},
	{
		name: 'meeting date',
		async open(page) {
			await page.evaluate(([t, path]) => window.surfaces.meetingDateModal(t, path), [example.team, MARSH] as const);
			await page.locator('.modal input').first().fill('Thu');
		},
	},
	{
		name: 'confirm',
		async open(page) {
			await page.evaluate(() => window.surfaces.confirmModal());
		},
	},
	{
		name: 'history',
		async open(page) {
			await page.evaluate(([t, path]) => window.surfaces.historyModal(t, path), [example.team, PARK] as const);
		},
	},
];

describe('contrast of every text in the modals and the settings tab', () => {
	for (const theme of ['light', 'dark'] as Theme[]) {
		it.each(MODALS)(`$name, ${theme} theme`, async ({ open }) => {
			const { page, errors } = await example.surfaces({ theme, width: 900, height: 900 });
			await open(page);
			expect(await page.locator('.modals .modal').count()).toBe(1);
			expect(await page.evaluate(auditContrast, '.modals')).toEqual([]);
			expect(errors).toEqual([]);
			await page.close();
		});

		it(`the settings tab, ${theme} theme`, async () => {
			const { page, errors } = await example.surfaces({ theme, width: 900, height: 900 });
			await page.addStyleTag({ content: '.workspace-leaf { display: none; }' });
			await page.evaluate(() => window.surfaces.settingsTab());
			await expect.poll(() => page.locator('.setting-item-heading').count()).toBeGreaterThan(0);
			expect(await page.evaluate(auditContrast, '.vertical-tab-content')).toEqual([]);
			expect(errors).toEqual([]);
			await page.close();
		});
	}
});
