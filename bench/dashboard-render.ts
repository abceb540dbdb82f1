/**
 * How long the team dashboard takes to render in a real browser (Debian's Chromium through
 * playwright-core): a synthetic team of a given size is handed to the browser harness
 * (tests/browser/harness.ts), which times `renderDashboard` plus a forced layout with
 * `performance.now()` inside the page. The first render in a fresh page is reported apart
 * (the median over three fresh pages): it includes the engine warming up, as the first
 * render after Obsidian starts does.
 *
 * Budgets: 50 mentors and 1,000 open items ≤ 50 ms (median); 500 mentors and 10,000 open
 * items ≤ 100 ms for the first render.
 */
import { readNoteFile } from '../src/cli/read-vault';
import { addDays, type CalendarDate } from '../src/core/calendar-date';
import { normalizeSettings } from '../src/core/settings';
import type { TeamSnapshot } from '../src/core/types';
import { VaultIndex } from '../src/core/vault-index';
import { bundleHarness, launchChromium, openHarness } from '../tests/browser/browser-page';
import { median, percentile } from './lib';

export interface DashboardRenderOptions {
	mentors: number;
	openItems: number;
	runs: number;
}

export interface DashboardRenderResult {
	medianMs: number;
	p95Ms: number;
	firstMs: number;
	/** Of the repeated renders, the median time spent building the DOM and in the forced layout. */
	buildMedianMs: number;
	layoutMedianMs: number;
	/** Elements the dashboard put in the page (lists stop at their "Show all" limit). */
	nodes: number;
}

const TODAY = '2026-11-24' as CalendarDate;
const ROLES = ['research', 'support', 'sponsor'];
const CADENCES = ['every 2 weeks', 'monthly', 'every 10 days'];
/** Contacts per mentor, 41 days apart: the dated log headings of their note (its contact chart). */
const CONTACTS = 8;

/**
 * A team of `mentors` mentors with `openItems` open items (and a quarter as many closed
 * ones), made the way a user's team is made: mentor and meeting notes written as markdown,
 * read by the command line's reader and derived by the core's index. Statuses, balls,
 * coverage and problems are the product's own answers for these notes.
 */
export function syntheticTeam(mentors: number, openItems: number): TeamSnapshot {
	const settings = normalizeSettings({});
	const index = new VaultIndex(settings);
	for (const [path, text] of syntheticNotes(mentors, openItems, settings.replyTag)) index.set(readNoteFile(path, path, settings, () => text));
	const team = index.snapshot(TODAY);
	const open = team.items.filter((item) => item.open).length;
	if (team.mentors.length !== mentors || open !== openItems) {
		throw new Error(`the synthetic notes read as ${team.mentors.length} mentors and ${open} open items, not ${mentors} and ${openItems}`);
	}
	return team;
}

/**
 * The notes, path → text. Mentor m: a role, a cadence (every fifth left to the default), a
 * last contact 1–60 days ago, a booked meeting for every seventh, paused or alumni for two in
 * ten; items in both courts under the dated headings of their log, due by a 📅 date or "by
 * the next meeting", some of them emails awaiting a reply. Five meeting notes link to no one.
 */
export function syntheticNotes(mentors: number, openItems: number, replyTag: string): Map<string, string> {
	const names = Array.from({ length: mentors }, (_, m) => `Dr. Mentor ${String(m + 1).padStart(4, '0')}`);
	const logs = names.map((_, m) => {
		const lastContact = addDays(TODAY, -((m * 7) % 60) - 1);
		return Array.from({ length: CONTACTS }, (_, i) => ({ day: addDays(lastContact, -(CONTACTS - 1 - i) * 41), lines: [] as string[] }));
	});
	const closed = Math.round(openItems / 4);
	for (let i = 0; i < openItems + closed && mentors > 0; i++) {
		const m = i % mentors;
		const entry = logs[m]?.[Math.floor(i / mentors) % CONTACTS];
		if (!entry) continue;
		const open = i < openItems;
		const owner = i % 3 === 2 ? `${names[m] ?? ''}: ` : '';
		let line = `- [${open ? ' ' : 'x'}] ${owner}Follow up on the chart review batch ${i + 1} and send the summary`;
		if (i % 17 === 0) line += ` #${replyTag}`;
		if (!open) line += ` ✅ ${entry.day}`;
		else if (i % 4 === 0) line += ' by the next meeting';
		else line += ` 📅 ${addDays(TODAY, (i % 40) - 10)}`;
		entry.lines.push(line);
	}

	const notes = new Map<string, string>();
	names.forEach((name, m) => {
		const log = logs[m] ?? [];
		const lifecycle = m % 10 === 8 ? 'paused' : m % 10 === 9 ? 'alumni' : null;
		const lines = [
			'---',
			'type: mentor',
			`role: ${ROLES[m % ROLES.length] ?? 'support'}`,
			...(m % 5 === 0 ? [] : [`cadence: ${CADENCES[m % CADENCES.length] ?? 'monthly'}`]),
			`last_contact: ${log[log.length - 1]?.day ?? TODAY}`,
			...(m % 7 === 0 ? [`next_meeting: "${addDays(TODAY, (m % 5) + 1)} 15:00"`] : []),
			...(lifecycle ? [`status: ${lifecycle}`] : []),
			...(m % 2 === 0 ? ['institution: "Lakeside University Hospital, General Surgery"'] : []),
			'---',
			`# ${name}`,
			'',
		];
		for (const entry of log) lines.push(`### ${entry.day} Meeting`, ...entry.lines, '');
		notes.set(`Mentors/${name}.md`, lines.join('\n'));
	});
	for (let i = 1; i <= Math.min(5, mentors); i++) {
		notes.set(`Meetings/2026-11-0${i} Unknown.md`, `---\nmentor: "[[Dr. Nobody]]"\ndate: 2026-11-0${i}\n---\n# Catch-up\n`);
	}
	return notes;
}

/** Fresh pages whose first render is timed; the median of them is `firstMs` (one cold page is noisy). */
const FIRST_RENDER_PAGES = 3;

/**
 * Opens the harness in Chromium and times the first render in a fresh page (median of three
 * pages) and `runs` further renders in the last one, over a synthetic team.
 */
export async function measureDashboardRender(options: DashboardRenderOptions): Promise<DashboardRenderResult> {
	const team = syntheticTeam(options.mentors, options.openItems);
	const bundle = await bundleHarness();
	const session = await launchChromium();
	try {
		const firsts: number[] = [];
		let runsMs: number[] = [];
		let buildMs: number[] = [];
		let layoutMs: number[] = [];
		let nodes = 0;
		for (let i = 0; i < FIRST_RENDER_PAGES; i++) {
			const { page, errors } = await openHarness(session, bundle, { width: 1200, height: 900 });
			const last = i === FIRST_RENDER_PAGES - 1;
			const timing = await page.evaluate(([snapshot, runs]) => window.mentorRally.time(snapshot, runs), [team, last ? options.runs : 0] as const);
			if (errors.length > 0) throw new Error(`the dashboard failed in the browser: ${errors.join('; ')}`);
			firsts.push(timing.firstMs);
			if (last) {
				// The first entries belong to the first render, timed above.
				runsMs = timing.runsMs;
				buildMs = timing.buildMs.slice(1);
				layoutMs = timing.layoutMs.slice(1);
				nodes = timing.nodes;
			}
			await page.close();
		}
		return {
			medianMs: round(median(runsMs)),
			p95Ms: round(percentile(runsMs, 95)),
			firstMs: round(median(firsts)),
			buildMedianMs: round(median(buildMs)),
			layoutMedianMs: round(median(layoutMs)),
			nodes,
		};
	} finally {
		await session.close();
	}
}

function round(ms: number): number {
	return Math.round(ms * 100) / 100;
}
