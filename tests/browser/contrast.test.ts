// Every text on the dashboard is readable in Obsidian's default light and dark themes: at least
// 4.5:1 against what is under it (3:1 for large text), measured in real Chromium from computed
// styles, greyed (snoozed, paused) rows and cards included.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TeamSnapshot } from '../../src/core/types';
import type { MentorRallySettings } from '../../src/core/settings';
import { bundleHarness, launchChromium, openHarness, type BrowserSession, type Theme } from './browser-page';
import { auditContrast } from './contrast';
import { exampleRecords, teamOf } from './example-team';

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

const CASES: { theme: Theme; width: number }[] = [
	{ theme: 'light', width: 1200 },
	{ theme: 'dark', width: 1200 },
	{ theme: 'light', width: 390 },
	{ theme: 'dark', width: 390 },
];

describe('contrast of every text on the dashboard', () => {
	it.each(CASES)('$theme theme at $width px', async ({ theme, width }) => {
		const { page, errors } = await openHarness(session, bundle, { settings, theme, width, height: 900 });
		await page.evaluate((snapshot) => window.mentorRally.mount(snapshot), team);
		// The example vault has greyed rows and cards: the test must see them to judge them.
		expect(await page.locator('.mentor-rally-row.is-snoozed, .mentor-rally-card.is-quiet').count()).toBeGreaterThan(0);
		const findings = await page.evaluate(auditContrast, '.mentor-rally-dashboard');
		expect(findings).toEqual([]);
		expect(errors).toEqual([]);
		await page.close();
	});

	it.each(['light', 'dark'] as Theme[])('the welcome screen, %s theme', async (theme) => {
		const { page } = await openHarness(session, bundle, { settings, theme });
		await page.evaluate((snapshot) => window.mentorRally.mount(snapshot), teamOf([], settings));
		expect(await page.evaluate(auditContrast, '.mentor-rally-dashboard')).toEqual([]);
		await page.close();
	});

	it('finds low contrast where there is some (the audit is not blind)', async () => {
		const { page } = await openHarness(session, bundle, { settings });
		await page.evaluate((snapshot) => window.mentorRally.mount(snapshot), team);
		await page.addStyleTag({ content: '.mentor-rally-row-mentor { color: #cccccc !important; } .mentor-rally-card.is-quiet { opacity: 0.3 !important; }' });
		const findings = await page.evaluate(auditContrast, '.mentor-rally-dashboard');
		expect(findings.some((f) => f.where.includes('mentor-rally-row-mentor'))).toBe(true);
		expect(findings.some((f) => f.where.includes('mentor-rally-link'))).toBe(true);
		await page.close();
	});
});
