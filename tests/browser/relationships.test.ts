// Relationships over time on a phone (390 px) in real Chromium: the Prospects section, the
// Keep in touch row and the score on the cards fit the screen, and their buttons fit a thumb.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { MentorRallySettings } from '../../src/core/settings';
import type { TeamSnapshot } from '../../src/core/types';
import { bundleHarness, launchChromium, openHarness, type BrowserSession } from './browser-page';
import { exampleRecords, teamOf } from './example-team';

const PHONE = { width: 390, height: 844 };

let session: BrowserSession;
let bundle: string;
let team: TeamSnapshot;
let settings: MentorRallySettings;

beforeAll(async () => {
	const example = exampleRecords();
	settings = example.settings;
	team = teamOf(example.records, settings);
	bundle = await bundleHarness();
	session = await launchChromium();
});

afterAll(async () => {
	await session?.close();
});

async function phone(): Promise<Page> {
	const { page } = await openHarness(session, bundle, { settings, ...PHONE });
	await page.evaluate((snapshot) => window.mentorRally.mount(snapshot), team);
	for (const toggle of await page.locator('.mentor-rally-section-toggle[aria-expanded="false"]').all()) await toggle.click();
	return page;
}

describe('relationships on a phone', () => {
	it('shows the prospect who answered, with the reply owed, and Add to team within the screen', async () => {
		const page = await phone();
		const row = page.locator('[data-section="prospects"] .mentor-rally-prospect-row');
		expect(await row.count()).toBe(1);
		expect(await row.locator('.mentor-rally-prospect-answer').textContent()).toBe('They answered: your reply is owed');
		const button = row.locator('.mentor-rally-convert-prospect');
		const box = await button.boundingBox();
		expect(box && box.x + box.width <= PHONE.width && box.height >= 44 && box.width >= 44).toBe(true);
		await button.click();
		expect(await page.evaluate(() => window.mentorRally.calls)).toEqual([{ action: 'convertProspect', target: 'Mentors/Dr. Priya Raman.md' }]);
		await page.close();
	});

	it('puts the alumna to keep in touch with under Meetings due', async () => {
		const page = await phone();
		const row = page.locator('[data-section="meetings"] .is-keep-warm');
		expect(await row.locator('.mentor-rally-link').textContent()).toBe('Dr. Ellen Park');
		expect(await row.locator('.mentor-rally-row-badge').textContent()).toBe('Keep in touch 16 days ago');
		await page.close();
	});

	it('shows the score on the cards in plain words, the drifting pill on Jordan, nothing wider than the screen', async () => {
		const page = await phone();
		const jordan = page.locator('[data-section="team"] .mentor-rally-card[data-path="Mentors/Jordan Reyes.md"]');
		expect(await jordan.locator('.mentor-rally-drifting').textContent()).toBe('Drifting');
		expect(await jordan.locator('.mentor-rally-score dt').allTextContents()).toEqual(['Brought back', 'They delivered', 'Met']);
		const overflow = await page.evaluate(() => {
			const wide: string[] = [];
			for (const el of activeDocument.querySelectorAll<HTMLElement>('.mentor-rally-score, .mentor-rally-prospect-row, .is-keep-warm, .mentor-rally-show-history')) {
				const box = el.getBoundingClientRect();
				if (box.right > window.innerWidth + 0.5) wide.push(`${el.className} ${Math.round(box.right)}`);
			}
			return wide;
		});
		expect(overflow).toEqual([]);
		await jordan.locator('.mentor-rally-show-history').click();
		expect(await page.evaluate(() => window.mentorRally.calls.map((c) => c.action))).toEqual(['showHistory']);
		await page.close();
	});
});
