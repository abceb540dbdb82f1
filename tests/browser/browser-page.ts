// Node side of the browser harness: bundles tests/browser/harness.ts for the browser, starts
// Debian's Chromium through playwright-core (never a downloaded browser) and opens a page
// that looks like an Obsidian view: the theme variables, styles.css and the dashboard.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import esbuild from 'esbuild';
import { chromium, type Browser, type BrowserContext, type BrowserServer, type Page } from 'playwright-core';
import type { MentorRallySettings } from '../../src/core/settings';

/** The repository: the nearest folder above this file (or its bundled copy) with styles.css and package.json. */
export const ROOT = findRoot(fileURLToPath(new URL('.', import.meta.url)));
export const CHROMIUM = '/usr/bin/chromium';
/** What `obsidian` stands for in the bundle: the one fake every test run uses. */
const OBSIDIAN_FAKE = join(ROOT, 'tests/fakes/obsidian.ts');

export type Theme = 'light' | 'dark';

/**
 * The harness as one script for the browser. gray-matter never enters it: the team arrives as JSON.
 * Other harnesses pass their entry (from the repository root) and what `obsidian` stands for.
 */
export async function bundleHarness(entry = 'tests/browser/harness.ts', obsidian = OBSIDIAN_FAKE): Promise<string> {
	const result = await esbuild.build({
		entryPoints: [join(ROOT, entry)],
		bundle: true,
		write: false,
		format: 'iife',
		platform: 'browser',
		target: 'es2022',
		alias: { obsidian },
		define: { 'process.env.NODE_ENV': '"production"' },
		// Every test page parses the whole bundle (about 1.5 MB as written): minified, half the size
		// and about half the time. Page errors are read by their message, which minifying keeps.
		minify: true,
		logLevel: 'error',
	});
	const file = result.outputFiles[0];
	if (!file) throw new Error('esbuild produced no bundle for the harness');
	return file.text;
}

export function pageHtml(bundle: string, theme: Theme): string {
	const themeCss = readFileSync(join(ROOT, 'tests/browser/obsidian-theme.css'), 'utf8');
	const pluginCss = readFileSync(join(ROOT, 'styles.css'), 'utf8');
	// `</script` cannot appear inside an inline script; the bundle never needs it literally.
	const script = bundle.replace(/<\/script/gi, '<\\/script');
	return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Mentor Rally dashboard</title>
<style>${themeCss}</style>
<style>${pluginCss}</style>
</head>
<body class="theme-${theme}">
<div class="workspace-leaf"><div class="workspace-leaf-content" data-type="mentor-rally-dashboard">
<div class="view-header"><span class="view-header-title">Mentor team</span></div>
<div class="view-content mentor-rally-view"></div>
</div></div>
<script>${script}</script>
</body></html>`;
}

export interface BrowserSession {
	browser: Browser;
	/** A new page of the given size; pages of one size share a browser context (a fresh one costs as much as the page). */
	newPage(viewport: { width: number; height: number; deviceScaleFactor: number }): Promise<Page>;
	close(): Promise<void>;
}

/** Where tests/browser/shared-chromium.ts leaves the address of the one Chromium a test run shares. */
export const SHARED_CHROMIUM = 'MENTOR_RALLY_SHARED_CHROMIUM';

/** Headless, with no background networking: the flags the project guide asks for. */
const CHROMIUM_OPTIONS = {
	executablePath: CHROMIUM,
	headless: true,
	args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
};

export function assertChromium(): void {
	if (!existsSync(CHROMIUM)) {
		throw new Error(`${CHROMIUM} is missing: install Debian's Chromium with "apt-get install -y chromium" (the tests never download a browser)`);
	}
}

/** Debian's Chromium as a server the test files of one run connect to (Playwright gives it a fresh temporary profile). */
export async function launchChromiumServer(): Promise<BrowserServer> {
	assertChromium();
	return chromium.launchServer(CHROMIUM_OPTIONS);
}

/**
 * Debian's Chromium: the one the test run shares when there is one (starting Chromium costs
 * about two seconds a test file), else a new one, with a fresh temporary profile
 * (`--user-data-dir` in the temp folder) that Playwright deletes on close.
 */
export async function launchChromium(): Promise<BrowserSession> {
	const shared = process.env[SHARED_CHROMIUM];
	let browser: Browser;
	if (shared) {
		browser = await chromium.connect(shared);
	} else {
		assertChromium();
		browser = await chromium.launch(CHROMIUM_OPTIONS);
	}
	const contexts = new Map<string, Promise<BrowserContext>>();
	return {
		browser,
		newPage: async (viewport) => {
			const key = `${viewport.width}x${viewport.height}@${viewport.deviceScaleFactor}`;
			let context = contexts.get(key);
			if (!context) {
				context = browser.newContext({ viewport: { width: viewport.width, height: viewport.height }, deviceScaleFactor: viewport.deviceScaleFactor });
				contexts.set(key, context);
			}
			return (await context).newPage();
		},
		// Closing a browser reached through the shared server closes this file's contexts and leaves the server running.
		close: () => browser.close(),
	};
}

export interface OpenOptions {
	theme?: Theme;
	width?: number;
	height?: number;
	deviceScaleFactor?: number;
	settings?: MentorRallySettings;
	/** The global the harness sets when it is ready (default `mentorRally`). */
	ready?: string;
}

/** A new page with the harness loaded (not yet showing a team). Page errors are collected in `errors`. */
export async function openHarness(session: BrowserSession, bundle: string, options: OpenOptions = {}): Promise<{ page: Page; errors: string[] }> {
	const page = await session.newPage({ width: options.width ?? 1200, height: options.height ?? 900, deviceScaleFactor: options.deviceScaleFactor ?? 1 });
	const errors: string[] = [];
	page.on('pageerror', (error) => errors.push(error.message));
	// Nothing may leave the page: every request that is not the page itself is refused.
	await page.route('**/*', (route) => route.abort());
	await page.setContent(pageHtml(bundle, options.theme ?? 'light'), { waitUntil: 'load' });
	await page.waitForFunction((name) => name in window, options.ready ?? 'mentorRally');
	if (options.settings) {
		await page.evaluate((settings) => {
			window.mentorRally.settings = settings;
		}, options.settings);
	}
	return { page, errors };
}

export async function setTheme(page: Page, theme: Theme): Promise<void> {
	await page.evaluate((t) => {
		activeDocument.body.className = `theme-${t}`;
	}, theme);
}

function findRoot(start: string): string {
	let dir = start;
	for (;;) {
		if (existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'styles.css'))) return dir;
		const parent = dirname(dir);
		if (parent === dir) return process.cwd();
		dir = parent;
	}
}
