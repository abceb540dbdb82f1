// "Nothing runs": every surface that shows text from notes, in real Chromium, over a vault whose
// names, aliases, roles, tasks, property values and meeting titles are all markup that would run
// code if it were ever parsed as HTML or followed as a link (tests/browser/hostile-vault.ts).
// For each surface: the text is on screen exactly as written; no element or attribute the
// plugin does not make itself appears (icons and the contact chart are the only SVG, marked by
// class); `window.__pwned` stays unset; no dialog opens; clicking everything navigates nowhere.
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readVault } from '../../src/cli/read-vault';
import type { CalendarDate } from '../../src/core/calendar-date';
import { theirCourt, yourCourt } from '../../src/core/dashboard';
import { dueNowSummary, remindersFor } from '../../src/core/reminders';
import { DEFAULT_SETTINGS } from '../../src/core/settings';
import type { Item, TeamSnapshot } from '../../src/core/types';
import { VaultIndex } from '../../src/core/vault-index';
import { itemWords } from '../../src/core/presentation/item-words';
import { noticeLine } from '../../src/core/presentation/reminder-line';
import { bundleHarness, launchChromium, openHarness, ROOT, type BrowserSession } from './browser-page';
import { HOSTILE, HOSTILE_VAULT, MENTOR, TODAY, writeHostileVault } from './hostile-vault';
import type { Audit, WriterOp } from './surfaces-harness';

const PAYLOADS = Object.values(HOSTILE);
const settings = DEFAULT_SETTINGS;

let session: BrowserSession;
let bundle: string;
let team: TeamSnapshot;
let vaultDir: string;

beforeAll(async () => {
	vaultDir = writeHostileVault();
	const { records, unreadable } = readVault(vaultDir, settings);
	expect(unreadable).toEqual([]);
	const index = new VaultIndex(settings);
	for (const record of records) index.set(record);
	team = index.snapshot(TODAY as CalendarDate);
	bundle = await bundleHarness('tests/browser/surfaces-harness.ts', join(ROOT, 'tests/browser/obsidian-in-browser.ts'));
	session = await launchChromium();
});

afterAll(async () => {
	await session?.close();
	if (vaultDir) rmSync(vaultDir, { recursive: true, force: true });
});

interface Watched {
	page: Page;
	errors: string[];
	dialogs: string[];
	navigations: string[];
	popups: string[];
}

/** A fresh page with the harness and the hostile vault, watched for anything that runs or leaves. */
async function open(extraFiles: Record<string, string> = {}, vaultSettings: Record<string, unknown> = {}): Promise<Watched> {
	const { page, errors } = await openHarness(session, bundle, { ready: 'surfaces' });
	const watched: Watched = { page, errors, dialogs: [], navigations: [], popups: [] };
	page.on('dialog', (dialog) => {
		watched.dialogs.push(`${dialog.type()}: ${dialog.message()}`);
		void dialog.dismiss();
	});
	page.on('framenavigated', (frame) => watched.navigations.push(frame.url()));
	page.on('popup', (popup) => watched.popups.push(popup.url()));
	const files = { ...HOSTILE_VAULT, ...extraFiles };
	await page.evaluate(([f, overrides]) => window.surfaces.useVault(f, overrides), [files, { newMentorFolder: 'Mentors', ...vaultSettings }] as const);
	return watched;
}

/** After a moment (image errors, frame loads, timers): nothing ran, opened, navigated or failed. */
async function expectNothingRan(watched: Watched): Promise<void> {
	const { page } = watched;
	await page.waitForTimeout(300);
	// The harness's own script is the one script; no frame, no image anywhere on the page.
	expect(await page.evaluate(() => window.surfaces.page())).toEqual({ scripts: 1, frames: 0, images: 0, pwned: undefined });
	expect(watched.dialogs).toEqual([]);
	expect(watched.popups).toEqual([]);
	expect(watched.navigations).toEqual([]);
	expect(page.url()).toBe('about:blank');
	expect(watched.errors).toEqual([]);
	await page.close();
}

/** The surface's DOM, checked: it is there, and holds nothing but what the plugin builds. */
async function audit(page: Page, selector: string): Promise<Audit> {
	const found = await page.evaluate((s) => window.surfaces.audit(s), selector);
	expect(found.roots, `${selector} is on the page`).toBeGreaterThan(0);
	expect(found.offenders).toEqual([]);
	return found;
}

/** Everything in `found` a user can read: the text, tooltips and labels. */
function readable(found: Audit): string {
	return [found.text, ...found.labels].join('\n');
}

/** The hostile values as reminders and tooltips show them: in the words of a task (link syntax read as its label). */
function shownAs(values: readonly string[]): string[] {
	return values.map((v) => itemWords(v, settings));
}

function expectAll(haystack: string, needles: readonly string[]): void {
	const missing = needles.filter((n) => !haystack.includes(n));
	expect(missing).toEqual([]);
}

/** Clicks every control, link and row under `selector` the way a user does; Ctrl and middle clicks on the first link too. */
async function clickEverything(page: Page, selector: string): Promise<number> {
	// Folded sections (a complete coverage starts folded) open first; the fold buttons are left
	// alone after, or the first click on each would hide the rows still to click.
	// `:is()` keeps a list of selectors (".modals, .notice-container") together.
	const folded = page.locator(`:is(${selector}) .mentor-rally-section-toggle[aria-expanded="false"]`);
	while ((await folded.count()) > 0) await folded.first().click();
	const targets = page.locator(
		`:is(${selector}) :is(a, button:not(.mentor-rally-section-toggle), [role="link"], [role="switch"], li, input[type="checkbox"], .suggestion-item, .notice, .status-bar-item)`,
	);
	const count = await targets.count();
	for (let i = 0; i < count; i++) {
		const target = targets.nth(i);
		if (!(await target.isVisible()) || !(await target.isEnabled())) continue;
		// A real click: the mouse moves there (hover, mouseover), presses and releases. An
		// earlier click may have closed the dialog or opened one over it (Cancel, a confirm):
		// a target that can no longer be clicked is skipped, not waited for.
		await target.click({ timeout: 2_000 }).catch(() => undefined);
	}
	const link = page.locator(`:is(${selector}) :is(a, [role="link"])`).first();
	if ((await link.count()) > 0) {
		await link.click({ modifiers: ['ControlOrMeta'], timeout: 500 }).catch(() => undefined);
		await link.click({ button: 'middle', timeout: 500 }).catch(() => undefined);
	}
	return count;
}

function openItems(): Item[] {
	return [...yourCourt(team), ...theirCourt(team)];
}

describe('the checks themselves', () => {
	it('catch markup that does run when text is parsed as HTML (the control case)', async () => {
		const { page } = await open();
		await page.evaluate((html) => {
			const canary = activeDocument.body.createDiv({ cls: 'canary' });
			// What the plugin must never do: hand note text to the HTML parser.
			// eslint-disable-next-line no-unsanitized/method -- the control case parses the payloads on purpose
			canary.append(activeDocument.createRange().createContextualFragment(html));
		}, PAYLOADS.join(' '));
		await page.waitForFunction(() => (window as unknown as Record<string, unknown>).__pwned === 1);
		const found = await page.evaluate(() => window.surfaces.audit('.canary'));
		expect(found.offenders.join('\n')).toMatch(/<img>/);
		expect(found.offenders.join('\n')).toMatch(/<iframe>/);
		expect(found.offenders.join('\n')).toMatch(/outside the plugin's icons/);
		expect(found.offenders.join('\n')).toMatch(/URL attribute \(href\)/);
		await page.close();
	});
});

describe('the vault', () => {
	it('puts every payload into names, aliases, roles, tasks, problems and meeting titles', () => {
		const names = team.mentors.map((m) => m.name);
		expect(names).toEqual(expect.arrayContaining([HOSTILE.img, HOSTILE.svg, HOSTILE.mdLink, 'Tom &amp; Jerry &lt;b&gt;']));
		const aliases = team.mentors.flatMap((m) => m.aliases);
		expect(aliases).toEqual(expect.arrayContaining([HOSTILE.anchor, HOSTILE.mdLink, HOSTILE.entities]));
		const texts = team.items.map((i) => i.text).join('\n');
		expectAll(texts, [HOSTILE.script, HOSTILE.wikiImg, HOSTILE.entities, HOSTILE.mdLink, HOSTILE.anchor, HOSTILE.mdLinkHtml, HOSTILE.iframe, HOSTILE.svg, HOSTILE.img]);
		const problems = team.problems.map((p) => `${p.path} ${p.message}`).join('\n');
		expectAll(problems, [HOSTILE.iframe, HOSTILE.script, HOSTILE.img, HOSTILE.svg, HOSTILE.mdLink]);
		expect(team.mentors.find((m) => m.path === MENTOR.img)?.institution).toBe(HOSTILE.iframe);
	});
});

describe('hostile note text on every surface', () => {
	it('the dashboard view shows it as text, and clicking everything runs nothing', async () => {
		const watched = await open();
		const { page } = watched;
		await page.evaluate((t) => window.surfaces.openDashboard(t), team);
		const found = await audit(page, '.mentor-rally-view');
		expect(found.tags.svg).toBeGreaterThan(0);
		expectAll(
			found.text,
			team.mentors.map((m) => m.name),
		);
		expectAll(
			found.text,
			openItems().map((i) => itemWords(i.text, settings)),
		);
		expectAll(
			found.text,
			team.problems.flatMap((p) => [p.path, p.message]),
		);
		expectAll(found.text, [HOSTILE.iframe, '<script>window. pwned=1</script>']);
		expectAll(found.visible, [HOSTILE.img, HOSTILE.svg, HOSTILE.mdLink]);
		// Tooltips carry each task as written, links and all.
		expectAll(
			found.labels.join('\n'),
			openItems().map((i) => i.text),
		);
		expectAll(readable(found), PAYLOADS);

		const clicked = await clickEverything(page, '.mentor-rally-view');
		expect(clicked).toBeGreaterThan(40);
		const calls = await page.evaluate(() => window.surfaces.calls);
		expect(calls).toEqual(expect.arrayContaining(team.mentors.map((m) => `openMentor ${m.path}`)));
		expect(calls.some((c) => c.startsWith('openItem') && c.endsWith(' new'))).toBe(true);
		expect(calls.filter((c) => c.startsWith('openItem')).length).toBeGreaterThanOrEqual(openItems().length);
		expect(new Set(calls.filter((c) => c.startsWith('openProblem')))).toEqual(new Set(team.problems.map((p) => `openProblem ${p.path}`)));
		// The buttons wrote through the NoteWriter; its notices name the mentors.
		const notices = await audit(page, '.notice-container');
		expectAll(notices.text, [`Logged contact with ${HOSTILE.img} today.`, `Logged contact with ${HOSTILE.mdLink} today.`]);
		await audit(page, '.mentor-rally-view');
		await expectNothingRan(watched);
	});

	it('the embedded block shows it, echoes hostile words and mentor names as text, and runs nothing', async () => {
		const watched = await open();
		const { page } = watched;
		const blocks = [
			`your-court\n${HOSTILE.img}\n${HOSTILE.script}\n${HOSTILE.mdLink}, ${HOSTILE.entities}`,
			`mentor: [[${HOSTILE.img}]]`,
			`mentor: [[${HOSTILE.iframe}]]`,
			`mentor: ${HOSTILE.mdLink}`,
			`mentor: [[${HOSTILE.anchor}]]`,
			`their-court\nmentor: [[Tom &amp; Jerry &lt;b&gt;]]`,
		];
		for (const block of blocks) await page.evaluate(([t, s]) => window.surfaces.codeBlock(t, s), [team, block] as const);
		const found = await audit(page, '.markdown-preview-view');
		const text = (i: number): Promise<string> => page.locator(`[data-block="${i}"]`).evaluate((el) => el.textContent ?? '');

		expect(await text(0)).toContain(`Mentor Rally does not know "${HOSTILE.img}", "${HOSTILE.script}", "${HOSTILE.mdLink}", "${HOSTILE.entities}". Write section names`);
		expectAll(
			await text(0),
			yourCourt(team).map((i) => itemWords(i.text, settings)),
		);
		const imgMentor = openItems().filter((i) => i.mentorPath === MENTOR.img);
		expectAll(await text(1), [HOSTILE.img, HOSTILE.iframe, ...imgMentor.map((i) => itemWords(i.text, settings))]);
		expect(await text(2)).toBe(`No mentor note named "${HOSTILE.iframe}". Check the link, or add "type: mentor" to that note's properties.`);
		expect(await text(3)).toContain('No mentor note named "javascript:window.__pwned=1".');
		expect(await text(4)).toContain(`No mentor note named "${HOSTILE.anchor}".`);
		expectAll(await text(5), [HOSTILE.entities, 'Tom &amp; Jerry &lt;b&gt;']);
		expect(found.visible).toContain(`"${HOSTILE.img}"`);

		await clickEverything(page, '.markdown-preview-view');
		expect(await page.evaluate(() => window.surfaces.calls)).toEqual(expect.arrayContaining([`openMentor ${MENTOR.img}`]));
		await audit(page, '.markdown-preview-view');
		await expectNothingRan(watched);
	});

	it('the mentor and item pickers show names, roles and tasks as text, highlights and all', async () => {
		const watched = await open();
		const { page } = watched;
		await page.evaluate((t) => window.surfaces.mentorSuggest(t, 'img'), team);
		await page.evaluate((t) => window.surfaces.itemSuggest(t, 'script'), team);
		const found = await audit(page, '.modals');
		const titles = await page.locator('.mentor-rally-suggestion-title').allTextContents();
		const listed = team.items.filter((i) => i.open);
		expect([...titles].sort()).toEqual([...team.mentors.map((m) => m.name), ...listed.map((i) => i.text)].sort());
		expect(await page.locator('.suggestion-highlight').count()).toBeGreaterThan(team.mentors.length);
		const notes = (await page.locator('.mentor-rally-suggestion-note').allTextContents()).join('\n');
		expectAll(notes, [HOSTILE.img, HOSTILE.svg, HOSTILE.mdLink, '<script>window. pwned=1</script>']);
		expectAll(found.visible, [HOSTILE.img, HOSTILE.script, HOSTILE.anchor, HOSTILE.iframe, HOSTILE.mdLinkHtml, HOSTILE.wikiImg, HOSTILE.entities]);

		await clickEverything(page, '.modals');
		const calls = await page.evaluate(() => window.surfaces.calls);
		expect(calls.filter((c) => c.startsWith('chooseMentor'))).toHaveLength(team.mentors.length);
		expect(calls.filter((c) => c.startsWith('chooseItem'))).toHaveLength(listed.length);
		await expectNothingRan(watched);
	});

	it('the item modal shows a hostile mentor name and typed markup as text in its title and preview', async () => {
		const watched = await open();
		const { page } = watched;
		await page.evaluate(([t, path]) => window.surfaces.itemModal(t, path, 'item'), [team, MENTOR.img] as const);
		const modal = page.locator('.modal').last();
		await expect(modal.locator('.modal-title').textContent()).resolves.toBe(`Add an item for ${HOSTILE.img}`);
		const typed = `${HOSTILE.mdLinkHtml} ${HOSTILE.script} by Friday`;
		await modal.locator('input').first().fill(typed);
		const preview = modal.locator('.mentor-rally-preview');
		await expect(preview.textContent()).resolves.toBe(await page.evaluate(() => window.surfaces.expectedPreview()));
		await expect(preview.textContent()).resolves.toMatch(/^You owe this, due .*, read from "(by )?Friday"\.$/);
		await modal.locator('[role="switch"]').click();
		await expect(preview.textContent()).resolves.toMatch(new RegExp(`^${escape(HOSTILE.img)} owes this, due `));
		await expect(preview.textContent()).resolves.toBe(await page.evaluate(() => window.surfaces.expectedPreview()));
		await audit(page, '.modals');
		await modal.getByRole('button', { name: 'Add item' }).click();
		await expect.poll(() => page.evaluate((p) => window.surfaces.read(p), MENTOR.img)).toContain(`- [ ] ${HOSTILE.mdLinkHtml} ${HOSTILE.script}`);

		await page.evaluate(([t, path]) => window.surfaces.itemModal(t, path, 'reply'), [team, MENTOR.svg] as const);
		const reply = page.locator('.modal').last();
		await expect(reply.locator('.modal-title').textContent()).resolves.toBe(`Log an email from ${HOSTILE.svg}`);
		await reply.locator('input').first().fill(`${HOSTILE.anchor} ${HOSTILE.iframe}`);
		await expect(reply.locator('.mentor-rally-preview').textContent()).resolves.toBe(await page.evaluate(() => window.surfaces.expectedPreview()));
		const found = await audit(page, '.modals');
		expectAll(found.visible, [HOSTILE.svg]);
		await clickEverything(page, '.modals');
		await expectNothingRan(watched);
	});

	it('the snooze and new mentor modals show names and typed markup as text, and so do the notices they lead to', async () => {
		const watched = await open();
		const { page } = watched;
		await page.evaluate(([t, path]) => window.surfaces.snoozeModal(t, path), [team, MENTOR.mdLink] as const);
		const snooze = page.locator('.modal').last();
		await expect(snooze.locator('.modal-title').textContent()).resolves.toBe(`Snooze ${HOSTILE.mdLink}`);
		await snooze.locator('input').first().fill('in 2 weeks');
		await expect(snooze.locator('.mentor-rally-preview').textContent()).resolves.toMatch(new RegExp(`^No meeting reminders for ${escape(HOSTILE.mdLink)} until `));
		await audit(page, '.modals');
		await snooze.getByRole('button', { name: 'Snooze' }).click();
		await expect.poll(() => page.locator('.notice-message').allTextContents()).toEqual([`No meeting reminders for ${HOSTILE.mdLink} until Tue 8 Dec.`]);

		await page.evaluate(() => window.surfaces.newMentorModal());
		const form = page.locator('.modal').last();
		const inputs = form.locator('input');
		// The cadence field shows the default cadence as its placeholder.
		const cadence = form.locator(`input[placeholder="${settings.defaultCadence}"]`);
		await inputs.first().fill(HOSTILE.anchor);
		await cadence.fill(HOSTILE.img);
		// A cadence it cannot read is said in the form's error line, as text.
		await expect(form.locator('.mentor-rally-form-error').textContent()).resolves.toMatch(new RegExp(`^Cadence "${escape(HOSTILE.img)}" is not understood; `));
		await audit(page, '.modals');
		await inputs.first().fill('Tom &amp; Jerry &lt;b&gt;');
		await inputs.nth(1).fill(HOSTILE.script);
		await cadence.fill('monthly');
		await form.getByRole('button', { name: 'Create mentor note' }).click();
		await expect.poll(() => page.locator('.notice-message').allTextContents()).toContain('A note named "Mentors/Tom &amp; Jerry &lt;b&gt;.md" already exists; nothing was created.');
		await audit(page, '.modals, .notice-container');
		await clickEverything(page, '.modals, .notice-container');
		await expectNothingRan(watched);
	});

	it('the reminder notices are one line with no note text, and only their Open link opens the dashboard', async () => {
		const watched = await open();
		const { page } = watched;
		const all = remindersFor(team, settings.dueSoonDays);
		expectAll(
			all.map((r) => r.text).join('\n'),
			shownAs([HOSTILE.img, HOSTILE.svg, HOSTILE.script, HOSTILE.mdLink, HOSTILE.wikiImg, HOSTILE.anchor, HOSTILE.iframe, HOSTILE.mdLinkHtml, HOSTILE.entities]),
		);
		const teams = chunkedTeams(team, 3);
		const shown = await page.evaluate(([ts, today]) => window.surfaces.reminders(ts, today), [teams, TODAY] as const);
		expect(shown).toBe(teams.length);
		await audit(page, '.notice-container');
		// The details are in the dashboard: the notice says how many, never what.
		const texts = await page.locator('.mentor-rally-notice').allTextContents();
		expect(texts).toEqual(teams.map((t) => `${noticeLine(remindersFor(t, settings.dueSoonDays).length)} — Open`));
		expect(await page.locator('.mentor-rally-notice li').count()).toBe(0);

		await clickEverything(page, '.notice-container');
		const calls = await page.evaluate(() => window.surfaces.calls);
		expect(calls.filter((c) => c === 'openDashboard notice').length).toBe(teams.length);
		expect(calls.filter((c) => c !== 'openDashboard notice')).toEqual([]);
		await expectNothingRan(watched);
	});

	it("the NoteWriter's notices quote hostile tasks, names and file names as text", async () => {
		// A byte-order mark and YAML that does not parse: the property writer refuses, and says why.
		const broken = `Mentors/Broken ${HOSTILE.svg}.md`;
		const watched = await open({ [broken]: `\uFEFF---\ntype: mentor\nrole: [${HOSTILE.script}\n---\n` }, { meetingTemplate: `Templates/${HOSTILE.img}` });
		const { page } = watched;
		const itemIn = (path: string, words: string): Item => {
			const item = team.items.find((i) => i.path === path && i.text.includes(words));
			if (!item) throw new Error(`no item with ${words} in ${path}`);
			return item;
		};
		const closed = itemIn(MENTOR.img, `${HOSTILE.svg} done`);
		const edited = itemIn(MENTOR.img, `${HOSTILE.script} send notes`);
		const gone = itemIn(MENTOR.mdLink, HOSTILE.anchor);
		const ops: { op: WriterOp; says: string | RegExp }[] = [
			{ op: { kind: 'complete', path: closed.path, line: closed.line }, says: `"${closed.text}" is already closed.` },
			{
				op: { kind: 'complete', path: edited.path, line: edited.line, editFirst: true },
				says: new RegExp(`^Not completed: .* in ${escape(HOSTILE.img)}\\. Nothing was written; the dashboard will refresh\\.$`),
			},
			{ op: { kind: 'complete', path: gone.path, line: gone.line, deleteFirst: true }, says: `"${MENTOR.mdLink}" no longer exists.` },
			{ op: { kind: 'freeze', path: MENTOR.img }, says: `Froze 1 due date in ${HOSTILE.img}.` },
			{ op: { kind: 'logContact', path: MENTOR.svg }, says: `Logged contact with ${HOSTILE.svg} today.` },
			{ op: { kind: 'snooze', path: MENTOR.img, until: '2026-12-01' }, says: `No meeting reminders for ${HOSTILE.img} until Tue 1 Dec.` },
			{
				op: { kind: 'logContact', path: MENTOR.svg, asPath: broken },
				says: new RegExp(`^Could not update the properties of Broken ${escape(HOSTILE.svg)} \\(.+\\)\\. Nothing was written\\.$`),
			},
			{ op: { kind: 'startMeeting', path: MENTOR.img }, says: `The meeting template "Templates/${HOSTILE.img}" was not found; using the built-in one.` },
		];
		for (const [index, { op, says }] of ops.entries()) {
			await page.evaluate(([o, t]) => window.surfaces.write(o, t), [op, team] as const);
			const messages = await page.locator('.notice-message').allTextContents();
			// Starting a meeting note says the template was missing, then what it made (with Undo).
			expect(messages, JSON.stringify(op)).toHaveLength(op.kind === 'startMeeting' ? index + 2 : index + 1);
			expect(messages[index]).toMatch(typeof says === 'string' ? new RegExp(`^${escape(says)}$`) : says);
		}
		const found = await audit(page, '.notice-container');
		expectAll(found.visible, [HOSTILE.img, HOSTILE.svg, HOSTILE.mdLink, closed.text]);
		await clickEverything(page, '.notice-container');
		await expectNothingRan(watched);
	});

	it('the status bar count lists hostile tasks and names in its tooltip as plain text', async () => {
		const watched = await open();
		const { page } = watched;
		await page.evaluate((t) => window.surfaces.statusBar(t), team);
		const item = page.locator('.status-bar-item[data-ready]');
		await expect(item.count()).resolves.toBe(1);
		const summary = dueNowSummary(team);
		expect(summary.lines.length).toBeLessThanOrEqual(10);
		await expect(item.textContent()).resolves.toBe(summary.label);
		await expect(item.getAttribute('aria-label')).resolves.toBe(['Due today or overdue:', ...summary.lines].join('\n'));
		expectAll(summary.lines.join('\n'), shownAs([HOSTILE.img, HOSTILE.svg, HOSTILE.script, HOSTILE.mdLink, HOSTILE.wikiImg, HOSTILE.anchor, HOSTILE.iframe, HOSTILE.mdLinkHtml, HOSTILE.entities]));
		const found = await audit(page, '.status-bar');
		expect(found.tags).toEqual({ div: 2 });
		await item.hover();
		await item.click();
		expect(await page.evaluate(() => window.surfaces.calls)).toEqual(['openDashboard status bar']);
		await expectNothingRan(watched);
	});
});

/** The team with its items split into groups of `size`: each group a team of its own (mentors kept). */
function chunkedTeams(full: TeamSnapshot, size: number): TeamSnapshot[] {
	const due = full.items.filter((i) => remindersFor({ ...full, items: [i] }, settings.dueSoonDays).some((r) => r.line === i.line && r.path === i.path));
	const teams: TeamSnapshot[] = [];
	for (let i = 0; i < due.length; i += size) teams.push({ ...full, items: due.slice(i, i + size) });
	return teams;
}

function escape(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
