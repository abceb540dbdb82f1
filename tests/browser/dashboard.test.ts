// The dashboard in real Chromium, over the example vault: what the user sees, that note text
// cannot run code, the phone layout, live updates, and screenshots in both themes.
// Screenshots go to tests/browser/out/; with UPDATE_SCREENSHOTS=1 also to docs/screenshots/.
import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readVault } from '../../src/cli/read-vault';
import { loadVaultSettings } from '../../src/cli/settings-file';
import type { CalendarDate } from '../../src/core/calendar-date';
import { meetingsDue, theirCourt, yourCourt } from '../../src/core/dashboard';
import { DEFAULT_SETTINGS, type MentorRallySettings } from '../../src/core/settings';
import type { NoteRecord, TeamSnapshot } from '../../src/core/types';
import { VaultIndex } from '../../src/core/vault-index';
import { FIXTURE_NOTES, HOSTILE_NOTES, recordsOf } from '../obsidian/dashboard/fixture';
import { bundleHarness, launchChromium, openHarness, ROOT, setTheme, type BrowserSession, type OpenOptions } from './browser-page';

/** The example vault's own "today" (the demo script uses the same day). */
const TODAY = '2026-11-24' as CalendarDate;
const EXAMPLE_VAULT = join(ROOT, 'examples/vault');
const OUT = join(ROOT, 'tests/browser/out');
const DOCS = join(ROOT, 'docs/screenshots');

/** The example vault as the command line reads it (gray-matter stays in Node; the page gets JSON). */
function exampleVault(): { records: NoteRecord[]; settings: MentorRallySettings } {
	if (!existsSync(EXAMPLE_VAULT)) return { records: recordsOf(FIXTURE_NOTES), settings: DEFAULT_SETTINGS };
	const settings = loadVaultSettings(EXAMPLE_VAULT);
	return { records: readVault(EXAMPLE_VAULT, settings).records, settings };
}

function teamFrom(records: NoteRecord[], settings: MentorRallySettings): TeamSnapshot {
	const index = new VaultIndex(settings);
	for (const record of records) index.set(record);
	return index.snapshot(TODAY);
}

let session: BrowserSession;
let bundle: string;
let team: TeamSnapshot;
let settings: MentorRallySettings;
let records: NoteRecord[];

beforeAll(async () => {
	({ records, settings } = exampleVault());
	team = teamFrom(records, settings);
	bundle = await bundleHarness();
	session = await launchChromium();
	mkdirSync(OUT, { recursive: true });
});

afterAll(async () => {
	await session?.close();
});

async function mounted(t: TeamSnapshot | null, options: OpenOptions = {}): Promise<{ page: Page; errors: string[] }> {
	const opened = await openHarness(session, bundle, { settings, ...options });
	await opened.page.evaluate((snapshot) => window.mentorRally.mount(snapshot), t);
	return opened;
}

function countOf(page: Page, section: string): Promise<number> {
	return page.locator(`[data-section="${section}"] .mentor-rally-count`).textContent().then(Number);
}

describe('the dashboard over the example vault', () => {
	it('shows the sections in order with the counts the core computes', async () => {
		const { page, errors } = await mounted(team);
		const ids = await page.locator('[data-section]').evaluateAll((els) => els.map((e) => e.getAttribute('data-section')));
		const expected = ['coverage', 'your-court', 'meetings', 'their-court'];
		if (team.mentors.some((m) => m.lifecycle === 'prospect')) expected.push('prospects');
		expected.push('team');
		if (team.problems.length > 0) expected.push('problems');
		expect(ids).toEqual(expected);
		expect(await countOf(page, 'your-court')).toBe(yourCourt(team).length);
		expect(await countOf(page, 'meetings')).toBe(meetingsDue(team).length);
		expect(await countOf(page, 'their-court')).toBe(theirCourt(team).length);
		expect(await countOf(page, 'team')).toBe(team.mentors.filter((m) => m.lifecycle === 'active').length);
		expect(await page.locator('.mentor-rally-card').count()).toBe(team.mentors.length);
		expect(await page.locator('.mentor-rally-card svg[role="img"]').count()).toBe(team.mentors.length);
		expect(await page.locator('.mentor-rally-tile').count()).toBe(team.coverage.length);
		expect(yourCourt(team).length).toBeGreaterThan(0);
		expect(errors).toEqual([]);
		await page.close();
	});

	it('lists overdue items first and shows their text, mentor and due date', async () => {
		const { page } = await mounted(team);
		const mine = yourCourt(team);
		const rowsShown = page.locator('[data-section="your-court"] .mentor-rally-row');
		const overdue = await rowsShown.evaluateAll((els) => els.map((e) => e.classList.contains('is-overdue')));
		expect(overdue).toEqual(mine.slice(0, overdue.length).map((i) => i.overdue));
		expect(overdue.indexOf(false) === -1 || !overdue.slice(overdue.indexOf(false)).includes(true)).toBe(true);
		const first = mine[0];
		if (!first) throw new Error('the example vault has nothing in my court');
		await expect(rowsShown.first().locator('.mentor-rally-row-mentor').textContent()).resolves.toBe(first.mentor);
		await page.close();
	});

	it('opens items with a click, in a new tab with Ctrl, and ticks them with the checkbox', async () => {
		const { page } = await mounted(team);
		const row = page.locator('[data-section="your-court"] .mentor-rally-row').first();
		const first = yourCourt(team)[0];
		const target = `${first?.path}:${first?.line}`;
		await row.locator('.mentor-rally-row-title').click();
		await row.locator('.mentor-rally-row-title').click({ modifiers: ['Control'] });
		await row.locator('.mentor-rally-row-title').click({ button: 'middle' });
		await page.evaluate(() => {
			window.mentorRally.completeResult = false;
		});
		const box = row.locator('input[type="checkbox"]');
		await box.click();
		await expect.poll(() => box.isChecked()).toBe(false);
		await expect(box.isEnabled()).resolves.toBe(true);
		await page.evaluate(() => {
			window.mentorRally.completeResult = true;
		});
		await box.click();
		await expect.poll(() => box.isChecked()).toBe(true);
		const calls = await page.evaluate(() => window.mentorRally.calls);
		expect(calls).toEqual([
			{ action: 'openItem', target, newLeaf: false },
			{ action: 'openItem', target, newLeaf: true },
			{ action: 'openItem', target, newLeaf: true },
			{ action: 'completeItem', target },
			{ action: 'completeItem', target },
		]);
		await page.close();
	});

	it('runs the mentor buttons and opens mentor notes', async () => {
		const { page } = await mounted(team);
		const card = page.locator('.mentor-rally-card').first();
		await card.getByRole('button', { name: /Log contact/ }).click();
		await card.getByRole('button', { name: /Start a meeting note/ }).click();
		await card.locator('.mentor-rally-link').click();
		const path = await card.getAttribute('data-path');
		// Each click's action runs once the click has been handled: waited for, not read at once.
		await expect
			.poll(() => page.evaluate(() => window.mentorRally.calls))
			.toEqual([
				{ action: 'logContact', target: path },
				{ action: 'startMeeting', target: path },
				{ action: 'openMentor', target: path, newLeaf: false },
			]);
		await page.close();
	});
});

describe('text from notes', () => {
	it('renders markup in tasks as text and runs none of it', async () => {
		const hostile = teamFrom([...records, ...recordsOf(HOSTILE_NOTES)], settings);
		const { page, errors } = await openHarness(session, bundle, { settings });
		const dialogs: string[] = [];
		page.on('dialog', (dialog) => {
			dialogs.push(dialog.message());
			void dialog.dismiss();
		});
		await page.evaluate((snapshot) => window.mentorRally.mount(snapshot), hostile);
		const mallory = page.locator('.mentor-rally-row', { hasText: 'Dr. Mallory' });
		expect(await mallory.count()).toBeGreaterThanOrEqual(4);
		// Hover and click every row the payloads are in, as a curious user would.
		for (const row of await mallory.all()) {
			await row.hover();
			await row.locator('.mentor-rally-row-title').click();
		}
		await page.waitForTimeout(200);
		const found = await page.evaluate(() => ({
			elements: activeDocument.querySelectorAll('.mentor-rally-dashboard :is(img, script, iframe, b, object, embed)').length,
			handlers: activeDocument.querySelectorAll('.mentor-rally-dashboard :is([onerror], [onmouseover], [onclick], [href])').length,
			pwned: (window as unknown as Record<string, unknown>).__mentorRallyPwned,
			text: activeDocument.querySelector('[data-section="your-court"]')?.textContent ?? '',
		}));
		expect(found.elements).toBe(0);
		expect(found.handlers).toBe(0);
		expect(found.pwned).toBeUndefined();
		expect(found.text).toContain('<img src=x onerror="window.__mentorRallyPwned = 1; alert(1)">');
		expect(found.text).toContain('<script>window.__mentorRallyPwned = 2</script> send notes');
		expect(found.text).toContain('click me and <b onmouseover=alert(1)>bold</b>');
		expect(dialogs).toEqual([]);
		expect(errors).toEqual([]);
		await page.close();
	});
});

describe('layout', () => {
	it('fits a phone: one column of cards and no sideways scrolling', async () => {
		const { page } = await mounted(team, { width: 390, height: 844 });
		const layout = await page.evaluate(() => {
			const cards = [...activeDocument.querySelectorAll('.mentor-rally-card')].map((c) => c.getBoundingClientRect());
			return {
				lefts: [...new Set(cards.map((r) => Math.round(r.left)))],
				scrollWidth: activeDocument.documentElement.scrollWidth,
				clientWidth: activeDocument.documentElement.clientWidth,
			};
		});
		expect(layout.lefts).toHaveLength(1);
		expect(layout.scrollWidth).toBeLessThanOrEqual(layout.clientWidth);
		await page.close();
	});

	it('puts several cards side by side on a desktop', async () => {
		const { page } = await mounted(team);
		const lefts = await page
			.locator('.mentor-rally-cards')
			.first()
			.locator('.mentor-rally-card')
			.evaluateAll((els) => [...new Set(els.map((e) => Math.round(e.getBoundingClientRect().left)))]);
		expect(lefts.length).toBeGreaterThan(1);
		await page.close();
	});

	it('follows the theme through CSS variables only', async () => {
		const { page } = await mounted(team);
		const colours = async (): Promise<string[]> =>
			page.evaluate(() => {
				const card = activeDocument.querySelector('.mentor-rally-card');
				const pill = activeDocument.querySelector('.mentor-rally-pill');
				return [card, pill].map((el) => (el ? `${getComputedStyle(el).backgroundColor} ${getComputedStyle(el).color}` : ''));
			});
		const light = await colours();
		await setTheme(page, 'dark');
		const dark = await colours();
		expect(dark[0]).not.toBe(light[0]);
		expect(dark[1]).not.toBe(light[1]);
		await page.close();
	});
});

describe('the dashboard view', () => {
	it('keeps the scroll position when the team changes under it', async () => {
		const { page, errors } = await openHarness(session, bundle, { settings, height: 600 });
		await page.evaluate((snapshot) => window.mentorRally.openView(snapshot), team);
		const pane = page.locator('.view-content.is-scroller');
		await pane.evaluate((el) => {
			el.scrollTop = 700;
		});
		const before = await pane.evaluate((el) => el.scrollTop);
		expect(before).toBeGreaterThan(0);
		const edited = teamFrom([...records, ...recordsOf({ 'Mentors/Dr. New.md': '---\ntype: mentor\nrole: sponsor\n---\n- [ ] Say hello\n' })], settings);
		await page.evaluate((snapshot) => window.mentorRally.changeTeam(snapshot), edited);
		await expect.poll(() => page.locator('.mentor-rally-card').count()).toBe(edited.mentors.length);
		expect(await pane.evaluate((el) => el.scrollTop)).toBe(before);
		expect(errors).toEqual([]);
		await page.close();
	});

	it('greets a new user, and shows the reading state before the index is ready', async () => {
		const { page } = await mounted(null);
		await expect(page.locator('.mentor-rally-loading').textContent()).resolves.toBe('Reading your notes…');
		await page.evaluate((snapshot) => window.mentorRally.mount(snapshot), teamFrom([], settings));
		await page.getByRole('button', { name: 'New mentor note' }).click();
		expect(await page.evaluate(() => window.mentorRally.calls)).toEqual([{ action: 'newMentor', target: '' }]);
		await page.screenshot({ path: join(OUT, 'dashboard-welcome.png') });
		await page.close();
	});
});

/** Grows the viewport to the page until the page stops growing (placeholder sizes become real ones). */
async function fitViewportToPage(page: Page, width: number): Promise<void> {
	let height = 0;
	for (let round = 0; round < 5; round++) {
		const measured = await page.locator('.mentor-rally-dashboard').evaluate((el) => Math.ceil(el.getBoundingClientRect().bottom + 48));
		if (measured === height) return;
		height = measured;
		await page.setViewportSize({ width, height });
		await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
	}
}

describe('screenshots', () => {
	const shots: { name: string; width: number; height: number; theme: 'light' | 'dark'; fullPage: boolean; scale: number }[] = [
		{ name: 'dashboard-light.png', width: 1200, height: 900, theme: 'light', fullPage: true, scale: 1 },
		{ name: 'dashboard-dark.png', width: 1200, height: 900, theme: 'dark', fullPage: true, scale: 1 },
		{ name: 'dashboard-phone-light.png', width: 390, height: 844, theme: 'light', fullPage: false, scale: 2 },
		{ name: 'dashboard-phone-dark.png', width: 390, height: 844, theme: 'dark', fullPage: false, scale: 2 },
	];

	it.each(shots)('$name', async (shot) => {
		const { page, errors } = await mounted(team, { width: shot.width, height: shot.height, theme: shot.theme, deviceScaleFactor: shot.scale });
		await page.evaluate(() => activeDocument.fonts.ready);
		if (shot.fullPage) {
			// Cards and rows below the fold are only laid out once on screen (content-visibility):
			// make the whole dashboard the viewport, then capture it.
			await fitViewportToPage(page, shot.width);
		}
		const path = join(OUT, shot.name);
		await page.screenshot({ path, fullPage: shot.fullPage });
		if (process.env.UPDATE_SCREENSHOTS === '1') {
			mkdirSync(DOCS, { recursive: true });
			copyFileSync(path, join(DOCS, shot.name));
		}
		expect(existsSync(path)).toBe(true);
		expect(errors).toEqual([]);
		await page.close();
	});
});
