// The pages the browser tests open over the example vault, set up once per test file: the
// team (read in Node), one Chromium, and the two harness bundles made on first use. A test
// file calls `exampleBrowser()` at its top level; the hooks it registers fill the object.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import type { MentorRallySettings } from '../../src/core/settings';
import type { TeamSnapshot } from '../../src/core/types';
import { bundleHarness, launchChromium, openHarness, ROOT, type BrowserSession, type Theme } from './browser-page';
import { EXAMPLE_VAULT, exampleRecords, teamOf } from './example-team';
// Types only: the harness runs in the page, and declares `window.surfaces`.
import type { SurfacesApi } from './surfaces-harness';

export type { SurfacesApi };

export interface PageOptions {
	theme?: Theme;
	width?: number;
	height?: number;
	deviceScaleFactor?: number;
}

export interface OpenedPage {
	page: Page;
	/** Errors thrown in the page. */
	errors: string[];
}

export interface ExampleBrowser {
	team: TeamSnapshot;
	settings: MentorRallySettings;
	/** The example vault's notes, by path, for the page's vault. */
	files: Record<string, string>;
	session: BrowserSession;
	/** The dashboard harness (tests/browser/harness.ts) with the example team on it. */
	dashboard(options?: PageOptions, team?: TeamSnapshot): Promise<OpenedPage>;
	/** The surfaces harness (modals, settings, notices) over the example vault, the dashboard open behind. */
	surfaces(options?: PageOptions): Promise<OpenedPage>;
}

const bundles = new Map<string, Promise<string>>();

function bundleOf(kind: 'dashboard' | 'surfaces'): Promise<string> {
	let bundle = bundles.get(kind);
	if (!bundle) {
		bundle = kind === 'dashboard' ? bundleHarness() : bundleHarness('tests/browser/surfaces-harness.ts', join(ROOT, 'tests/browser/obsidian-in-browser.ts'));
		bundles.set(kind, bundle);
	}
	return bundle;
}

/** The example vault's Markdown files, by path inside the vault. */
export function vaultFiles(dir = EXAMPLE_VAULT): Record<string, string> {
	const found: Record<string, string> = {};
	const walk = (at: string): void => {
		for (const name of readdirSync(at)) {
			const path = join(at, name);
			if (statSync(path).isDirectory()) walk(path);
			else if (name.endsWith('.md')) found[relative(dir, path)] = readFileSync(path, 'utf8');
		}
	};
	walk(dir);
	return found;
}

/** Registers the file's beforeAll / afterAll and returns what they set up. */
export function exampleBrowser(): ExampleBrowser {
	const run: ExampleBrowser = {
		team: null as unknown as TeamSnapshot,
		settings: null as unknown as MentorRallySettings,
		files: {},
		session: null as unknown as BrowserSession,
		async dashboard(options = {}, team = run.team) {
			const opened = await openHarness(run.session, await bundleOf('dashboard'), { settings: run.settings, ...options });
			await opened.page.evaluate((snapshot) => window.mentorRally.mount(snapshot), team);
			return opened;
		},
		async surfaces(options = {}) {
			const opened = await openHarness(run.session, await bundleOf('surfaces'), { ready: 'surfaces', ...options });
			await opened.page.evaluate(([f, s]) => window.surfaces.useVault(f, s), [run.files, run.settings] as const);
			await opened.page.evaluate((t) => window.surfaces.openDashboard(t), run.team);
			// Modals laid over the page as Obsidian lays them (tests/browser/obsidian-theme.css).
			await opened.page.evaluate(() => activeDocument.body.addClass('is-screenshot'));
			return opened;
		},
	};
	beforeAll(async () => {
		const example = exampleRecords();
		run.settings = example.settings;
		run.team = teamOf(example.records, example.settings);
		run.files = vaultFiles();
		run.session = await launchChromium();
	});
	afterAll(async () => {
		await run.session?.close();
	});
	return run;
}
