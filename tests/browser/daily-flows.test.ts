// The flows a student touches every day, in real Chromium over the example vault, at desktop
// (1200 px) and phone (390 px) width, light and dark: tick an item, add an item from a card,
// quick capture, snooze, log email, new mentor, start a meeting. The dashboard runs as the
// plugin runs it (a TeamStore over the page's vault, the real modals, the NoteWriter): each
// flow asserts what the user then sees and what the note now says. What the flow leaves on
// screen is approved as HTML (tests/browser/__snapshots__/flow-*.html, the same at every
// width and theme); with FLOW_PHOTOS=1 each is also photographed to tests/browser/out/flows/
// for a look (off by default: 28 photographs nobody checks cost `npm test` seconds of Chromium).
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT, type Theme } from './browser-page';
import { exampleBrowser } from './example-pages';

const example = exampleBrowser();
const OUT = join(ROOT, 'tests/browser/out/flows');
const MARSH = 'Mentors/Dr. Helena Marsh.md';

beforeAll(() => {
	mkdirSync(OUT, { recursive: true });
});

interface Variant {
	name: string;
	theme: Theme;
	width: number;
	height: number;
}

const VARIANTS: Variant[] = [
	{ name: 'desktop-light', theme: 'light', width: 1200, height: 900 },
	{ name: 'desktop-dark', theme: 'dark', width: 1200, height: 900 },
	{ name: 'phone-light', theme: 'light', width: 390, height: 844 },
	{ name: 'phone-dark', theme: 'dark', width: 390, height: 844 },
];

async function live(variant: Variant): Promise<{ page: Page; errors: string[] }> {
	const opened = await example.surfaces({ theme: variant.theme, width: variant.width, height: variant.height, deviceScaleFactor: 1 });
	await opened.page.evaluate(() => window.surfaces.liveDashboard());
	await opened.page.locator('.mentor-rally-dashboard').waitFor();
	return opened;
}

const section = (page: Page, id: string): Locator => page.locator(`.mentor-rally-dashboard [data-section="${id}"]`);
const notices = (page: Page): Promise<string[]> => page.locator('.notice-message').allTextContents();
const read = (page: Page, path: string): Promise<string | null> => page.evaluate((p) => window.surfaces.read(p), path);
const openModal = (page: Page): Locator => page.locator('.modals .modal');

/** Types as a user does once the dialog is up: its first field has the focus (keys typed before that are lost). */
async function typeInModal(page: Page, text: string): Promise<void> {
	const field = openModal(page).locator('input, textarea').first();
	await expect.poll(() => field.evaluate((el) => el === document.activeElement).catch(() => false)).toBe(true);
	await page.keyboard.type(text);
}

/** The element's HTML, one tag a line, for an approved snapshot a reviewer can read. */
async function approvedHtml(el: Locator): Promise<string> {
	const html = await el.evaluate((node) => node.outerHTML);
	return `${html.replace(/></g, '>\n<')}\n`;
}

/** The screen with what the flow changed in view. */
async function photograph(page: Page, shown: Locator, flow: string, variant: Variant): Promise<void> {
	await page.evaluate(() => activeDocument.fonts.ready);
	await shown.scrollIntoViewIfNeeded();
	// Rows off screen are laid out once on screen (content-visibility): let two frames pass.
	await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
	await page.screenshot({ path: join(OUT, `${flow}-${variant.name}.png`) });
}

interface Flow {
	name: string;
	/** Runs the flow and returns the element whose HTML is approved. */
	run(page: Page): Promise<Locator>;
}

const FLOWS: Flow[] = [
	{
		name: 'tick',
		async run(page) {
			const row = section(page, 'your-court').locator('.mentor-rally-item-row').first();
			const text = (await row.locator('.mentor-rally-row-title').textContent()) ?? '';
			const path = (await row.getAttribute('data-path')) ?? '';
			await row.locator('input[type="checkbox"]').click();
			const strip = page.getByRole('group', { name: 'Done today' });
			await expect.poll(() => strip.textContent()).toContain(text);
			expect(await strip.locator('s, del, .is-done, [class*="done"]').count()).toBeGreaterThan(0);
			await expect.poll(() => notices(page)).toEqual([expect.stringContaining(text.slice(0, 20))]);
			expect(await read(page, path)).toMatch(/- \[x\] .*✅ 2026-11-24/);
			return strip;
		},
	},
	{
		name: 'add-item',
		async run(page) {
			await section(page, 'team').locator(`[data-path="${MARSH}"] .mentor-rally-add-item`).click();
			const modal = openModal(page);
			await expect.poll(() => modal.locator('.modal-title').textContent()).toBe('Add an item for Dr. Helena Marsh');
			await typeInModal(page, 'Send the poster draft by Friday');
			await expect.poll(() => modal.locator('.mentor-rally-chip').allTextContents()).toEqual(['Fri 27 Nov', 'Yours']);
			await page.keyboard.press('Enter');
			await expect.poll(() => openModal(page).count()).toBe(0);
			await expect.poll(() => read(page, MARSH)).toContain('- [ ] Send the poster draft by Friday 📅 2026-11-27');
			const row = section(page, 'your-court').locator('.mentor-rally-item-row', { hasText: 'Send the poster draft by Friday' });
			await expect.poll(() => row.count()).toBe(1);
			return row;
		},
	},
	{
		name: 'quick-capture',
		async run(page) {
			const input = page.getByRole('combobox', { name: 'Quick add: @mentor, then the item' });
			await input.click();
			await page.keyboard.type('@Marsh');
			await expect.poll(() => page.getByRole('listbox', { name: 'Mentors' }).isVisible()).toBe(true);
			await page.keyboard.press('Enter');
			await page.keyboard.type('send CV by Friday');
			await expect.poll(() => page.locator('.mentor-rally-capture-chip').textContent()).toBe('Dr. Helena Marsh · Fri 27 Nov');
			await page.keyboard.press('Enter');
			await expect.poll(() => read(page, MARSH)).toContain('send CV by Friday 📅 2026-11-27');
			const row = section(page, 'your-court').locator('.mentor-rally-item-row', { hasText: 'send CV by Friday' });
			await expect.poll(() => row.count()).toBe(1);
			expect(await input.inputValue()).toBe('');
			return row;
		},
	},
	{
		name: 'snooze',
		async run(page) {
			const row = section(page, 'meetings').locator('.mentor-rally-meeting-row').first();
			const path = (await row.getAttribute('data-path')) ?? '';
			await row.locator('button.mentor-rally-snooze').click();
			await typeInModal(page, 'in 2 weeks');
			await expect.poll(() => openModal(page).locator('.mentor-rally-chip').allTextContents()).toEqual(['Tue 8 Dec', 'in 14 days']);
			await page.keyboard.press('Enter');
			await expect.poll(() => openModal(page).count()).toBe(0);
			await expect.poll(() => read(page, path)).toContain('snooze_until: 2026-12-08');
			const greyed = section(page, 'meetings').locator(`.mentor-rally-meeting-row.is-snoozed[data-path="${path}"]`);
			await expect.poll(() => greyed.textContent()).toContain('Snoozed until Tue 8 Dec');
			return greyed;
		},
	},
	{
		name: 'log-email',
		async run(page) {
			const row = section(page, 'meetings').locator('.mentor-rally-meeting-row').first();
			const path = (await row.getAttribute('data-path')) ?? '';
			const name = (await row.locator('.mentor-rally-link').first().textContent()) ?? '';
			await row.locator('button.mentor-rally-log-email').click();
			await expect.poll(() => notices(page)).toEqual([`Logged an email to ${name} today.`]);
			await expect.poll(() => read(page, path)).toContain('last_contact: 2026-11-24');
			await expect.poll(() => section(page, 'meetings').locator(`.mentor-rally-meeting-row[data-path="${path}"]`).count()).toBe(0);
			return section(page, 'meetings');
		},
	},
	{
		name: 'new-mentor',
		async run(page) {
			await section(page, 'team').getByRole('button', { name: 'Add a new mentor note' }).click();
			const modal = openModal(page);
			await typeInModal(page, 'Dr. Maya Lee');
			await modal.getByRole('button', { name: 'Support' }).click();
			await modal.getByRole('textbox', { name: 'How often to meet' }).fill('monthly');
			await modal.getByRole('textbox', { name: 'When did you last meet? (optional)' }).fill('2026-11-10');
			await expect.poll(() => modal.locator('.mentor-rally-modal-field-hint').textContent()).toBe('monthly → next due Thu 10 Dec');
			await page.keyboard.press('Enter');
			await expect.poll(() => notices(page)).toEqual(['Created Mentors/Dr. Maya Lee.md.']);
			expect(await read(page, 'Mentors/Dr. Maya Lee.md')).toMatch(/role:\n {2}- support\n[\s\S]*cadence: monthly\n[\s\S]*last_contact: 2026-11-10\n/);
			const card = section(page, 'team').locator('[data-path="Mentors/Dr. Maya Lee.md"]');
			await expect.poll(() => card.count()).toBe(1);
			return card;
		},
	},
	{
		name: 'start-meeting',
		async run(page) {
			const row = section(page, 'meetings').locator('.mentor-rally-meeting-row').first();
			const path = (await row.getAttribute('data-path')) ?? '';
			await row.locator('button.mentor-rally-start-meeting').click();
			const modal = openModal(page);
			await expect.poll(() => modal.locator('.mentor-rally-chip').allTextContents()).toEqual(['Tue 24 Nov', 'today']);
			await expect.poll(() => modal.locator('.mentor-rally-preview').textContent()).toBe('Held today: logged as a contact.');
			await page.keyboard.press('Enter');
			await expect.poll(() => page.evaluate(() => window.surfaces.calls.filter((c) => c.startsWith('openNote')))).toEqual([expect.stringMatching(/^openNote Meetings\/2026-11-24 /)]);
			await expect.poll(() => section(page, 'meetings').locator(`.mentor-rally-meeting-row[data-path="${path}"]`).count()).toBe(0);
			return section(page, 'meetings');
		},
	},
];

describe('daily flows', () => {
	for (const flow of FLOWS) {
		it.each(VARIANTS)(`${flow.name}: $name`, async (variant) => {
			const { page, errors } = await live(variant);
			const shown = await flow.run(page);
			await expect(await approvedHtml(shown)).toMatchFileSnapshot(`__snapshots__/flow-${flow.name}.html`);
			if (process.env.FLOW_PHOTOS === '1') await photograph(page, shown, flow.name, variant);
			expect(errors).toEqual([]);
			await page.close();
		});
	}
});
