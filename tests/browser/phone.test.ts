// The dashboard on a phone (390 × 844, an iPhone 14's viewport) in real Chromium: every control
// big enough for a thumb, each item's date and badge on one line, sections that fold, and
// something to do on the first screen.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { TeamSnapshot } from '../../src/core/types';
import { exampleBrowser } from './example-pages';

const PHONE = { width: 390, height: 844 };
/** Apple's and Google's guidance: 44 pt / 48 dp; 44 px at a phone's CSS pixel. */
const MIN_TARGET = 44;

const example = exampleBrowser();

async function phone(t?: TeamSnapshot): Promise<Page> {
	return (await example.dashboard(PHONE, t)).page;
}

describe('the dashboard on a phone', () => {
	it('makes every button, link and checkbox at least 44 px both ways', async () => {
		const page = await phone();
		// Open every section, so every control is on the page to be measured.
		for (const toggle of await page.locator('.mentor-rally-section-toggle[aria-expanded="false"]').all()) await toggle.click();
		const small = await page.evaluate((min) => {
			const controls = activeDocument.querySelectorAll<HTMLElement>('.mentor-rally-dashboard :is(button, a, [role="link"], input)');
			const found: string[] = [];
			for (const el of controls) {
				// A row's title opens the row's item: the whole row is the target.
				const target = el.matches('.mentor-rally-row-title') ? (el.closest('.mentor-rally-row') ?? el) : el;
				const box = target.getBoundingClientRect();
				if (box.width === 0 && box.height === 0) continue;
				if (box.width < min || box.height < min) found.push(`${el.tagName} ${el.className} "${el.textContent?.trim().slice(0, 30)}" ${Math.round(box.width)}×${Math.round(box.height)}`);
			}
			return { count: controls.length, found };
		}, MIN_TARGET);
		expect(small.count).toBeGreaterThan(20);
		expect(small.found).toEqual([]);
		await page.close();
	});

	it('keeps the checkbox hit area where the box is drawn, and a tap on it ticks the item', async () => {
		const page = await phone();
		const box = page.locator('[data-section="your-court"] .mentor-rally-row input[type="checkbox"]').first();
		const rect = await box.boundingBox();
		if (!rect) throw new Error('no checkbox');
		// A tap at the left of the hit area, well outside the 16 px box in its middle, still ticks it.
		await page.mouse.click(rect.x + 5, rect.y + rect.height / 2);
		await expect.poll(() => box.isChecked()).toBe(true);
		expect(await page.evaluate(() => window.mentorRally.calls.map((c) => c.action))).toEqual(['completeItem']);
		await page.close();
	});

	it('puts each item’s date and badge on one line', async () => {
		const page = await phone();
		const rows = await page.locator('[data-section="your-court"] .mentor-rally-item-row, [data-section="their-court"] .mentor-rally-item-row').evaluateAll((els) =>
			els.map((row) => {
				const date = row.querySelector('.mentor-rally-row-date')?.getBoundingClientRect();
				const badge = row.querySelector('.mentor-rally-row-badge')?.getBoundingClientRect();
				return date && badge ? { middleGap: Math.abs(date.top + date.height / 2 - (badge.top + badge.height / 2)), sameLine: date.bottom > badge.top && date.top < badge.bottom } : null;
			}),
		);
		const dated = rows.filter((r) => r !== null);
		expect(dated.length).toBeGreaterThan(5);
		for (const row of dated) {
			expect(row.sameLine).toBe(true);
			expect(row.middleGap).toBeLessThan(4);
		}
		await page.close();
	});

	it('shows in full where a date was read from, on a line under the row, never cut off', async () => {
		const page = await phone();
		const sources = await page.locator('[data-section="your-court"] .mentor-rally-item-row').evaluateAll((rows) =>
			rows.flatMap((row) => {
				const source = row.querySelector<HTMLElement>('.mentor-rally-row-source');
				const meta = row.querySelector('.mentor-rally-row-meta')?.getBoundingClientRect();
				if (!source || !meta) return [];
				const box = source.getBoundingClientRect();
				const rowBox = row.getBoundingClientRect();
				return [{ text: source.textContent, cut: source.scrollWidth > source.clientWidth + 1, under: box.top >= meta.bottom - 1, inside: box.right <= rowBox.right + 1 }];
			}),
		);
		expect(sources.length).toBeGreaterThan(2);
		for (const source of sources) expect(source).toEqual({ text: source.text, cut: false, under: true, inside: true });
		expect(sources.map((s) => s.text)).toContain('by Friday, read from Tue 10 Nov');
		await page.close();
	});

	it('shows the first thing to do on the first screen', async () => {
		const page = await phone();
		const first = page.locator('[data-section="your-court"] .mentor-rally-row').first();
		const rect = await first.boundingBox();
		expect(rect).not.toBeNull();
		expect((rect?.y ?? Infinity) + (rect?.height ?? 0)).toBeLessThanOrEqual(PHONE.height);
		await page.close();
	});

	it('folds a complete coverage to one line, and opens it on a tap', async () => {
		const page = await phone();
		const coverage = page.locator('[data-section="coverage"]');
		const toggle = coverage.locator('.mentor-rally-section-toggle');
		await expect(toggle.getAttribute('aria-expanded')).resolves.toBe('false');
		await expect(coverage.locator('.mentor-rally-section-summary').textContent()).resolves.toBe('All roles filled · 5 mentors');
		expect(await coverage.locator('.mentor-rally-tile').first().isVisible()).toBe(false);
		const height = (await coverage.boundingBox())?.height ?? Infinity;
		expect(height).toBeLessThan(60);
		await toggle.click();
		await expect.poll(() => toggle.getAttribute('aria-expanded')).toBe('true');
		expect(await coverage.locator('.mentor-rally-tile').first().isVisible()).toBe(true);
		expect(await coverage.locator('.mentor-rally-section-summary').isVisible()).toBe(false);
		await page.close();
	});

	it('folds a section from its heading and keeps it folded when the dashboard redraws', async () => {
		const page = await phone();
		await page.evaluate((snapshot) => window.mentorRally.openView(snapshot), example.team);
		const section = page.locator('[data-section="their-court"]');
		const toggle = section.locator('.mentor-rally-section-toggle');
		// The view draws once it is open: the tap goes to the drawn rows, not to a page still settling.
		await expect.poll(() => section.locator('.mentor-rally-row').first().isVisible()).toBe(true);
		await expect.poll(() => toggle.getAttribute('aria-expanded')).toBe('true');
		await toggle.click();
		await expect.poll(() => toggle.getAttribute('aria-expanded')).toBe('false');
		await expect.poll(() => section.locator('.mentor-rally-row').first().isVisible()).toBe(false);
		// The count stays in the heading while folded.
		expect(await section.locator('.mentor-rally-count').isVisible()).toBe(true);
		await page.evaluate((snapshot) => window.mentorRally.changeTeam(snapshot), example.team);
		await expect.poll(() => section.locator('.mentor-rally-section-toggle').getAttribute('aria-expanded')).toBe('false');
		await section.locator('.mentor-rally-section-toggle').press('Enter');
		await expect.poll(() => section.locator('.mentor-rally-section-toggle').getAttribute('aria-expanded')).toBe('true');
		await page.close();
	});

	it('fits Add to calendar on each booked row, inside the screen, and a tap adds that meeting', async () => {
		const page = await phone();
		const booked = page.locator('.mentor-rally-booked > .mentor-rally-row');
		expect(await booked.count()).toBeGreaterThan(0);
		const row = booked.first();
		const button = row.locator('.mentor-rally-add-to-calendar');
		expect(await button.isVisible()).toBe(true);
		const box = await button.boundingBox();
		expect(box && box.x >= 0 && box.x + box.width <= PHONE.width).toBe(true);
		await button.click();
		const path = await row.getAttribute('data-path');
		await expect.poll(() => page.evaluate(() => window.mentorRally.calls.filter((c) => c.action === 'addToCalendar').map((c) => c.target))).toEqual([path]);
		await page.close();
	});
});
