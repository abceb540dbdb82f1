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
import { addDays, type CalendarDate } from '../src/core/calendar-date';
import type { Cadence } from '../src/core/cadence';
import { DEFAULT_SETTINGS } from '../src/core/settings';
import type { CoverageRow, Item, Lifecycle, MentorStatus, MentorSummary, TeamSnapshot } from '../src/core/types';
import { VaultIndex } from '../src/core/vault-index';
import { bundleHarness, launchChromium, openHarness } from '../tests/browser/browser-page';

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
const CADENCES: Cadence[] = [
	{ count: 2, unit: 'week' },
	{ count: 1, unit: 'month' },
	{ count: 10, unit: 'day' },
];

/** A team of `mentors` mentors with `openItems` open items (and some closed ones), in the shape the core makes. */
export function syntheticTeam(mentors: number, openItems: number): TeamSnapshot {
	const summaries: { -readonly [K in keyof MentorSummary]: MentorSummary[K] }[] = [];
	for (let m = 0; m < mentors; m++) {
		const lifecycle: Lifecycle = m % 10 === 8 ? 'paused' : m % 10 === 9 ? 'alumni' : 'active';
		const lastContact = addDays(TODAY, -((m * 7) % 60) - 1);
		const nextDue = lifecycle === 'active' ? addDays(lastContact, 14) : null;
		const status: MentorStatus =
			lifecycle !== 'active' ? lifecycle : nextDue && nextDue < TODAY ? 'overdue' : nextDue && nextDue <= addDays(TODAY, 3) ? 'due' : m % 7 === 0 ? 'scheduled' : 'ok';
		const contacts = Array.from({ length: 8 }, (_, i) => addDays(lastContact, -i * 41));
		contacts.reverse();
		summaries.push({
			name: `Dr. Mentor ${String(m + 1).padStart(4, '0')}`,
			path: `Mentors/Dr. Mentor ${String(m + 1).padStart(4, '0')}.md`,
			aliases: [],
			roles: [ROLES[m % 3] ?? 'support'],
			lifecycle,
			status,
			cadence: CADENCES[m % 3] ?? { count: 2, unit: 'week' },
			cadenceIsDefault: m % 5 === 0,
			lastContact,
			daysSinceContact: null,
			nextDue,
			nextMeeting: status === 'scheduled' && nextDue ? { date: nextDue, time: '15:00' } : null,
			ball: 'none',
			openMine: 0,
			openTheirs: 0,
			overdueMine: 0,
			snoozedUntil: null,
			contacts,
			email: null,
			institution: m % 2 === 0 ? 'Lakeside University Hospital, General Surgery' : null,
			since: null,
		});
	}

	const template = templateItem();
	const items: Item[] = [];
	const closed = Math.round(openItems / 4);
	for (let i = 0; i < openItems + closed; i++) {
		const mentor = summaries[i % Math.max(1, mentors)];
		if (!mentor) break;
		const open = i < openItems;
		const owner = i % 3 === 2 ? 'them' : 'me';
		const referenceDate = addDays(TODAY, -(i % 90));
		const dueDate = open ? addDays(TODAY, (i % 40) - 10) : null;
		const overdue = open && dueDate !== null && dueDate < TODAY;
		const text = `${owner === 'them' ? `${mentor.name}: ` : ''}Follow up on the chart review batch ${i + 1} and send the summary`;
		items.push({
			...template,
			path: mentor.path,
			line: 10 + i,
			raw: `- [${open ? ' ' : 'x'}] ${text}`,
			text,
			status: open ? ' ' : 'x',
			state: open ? 'open' : 'done',
			taggedTheirs: false,
			reply: i % 17 === 0,
			prefixKey: null,
			linkKeys: [],
			referenceDate,
			firstSeenKey: null,
			due: dueDate,
			dueSource: i % 4 === 0 ? 'next-meeting' : 'tasks',
			dueText: null,
			mentor: mentor.name,
			mentorPath: mentor.path,
			owner,
			dueDate,
			open,
			overdue,
			age: i % 90,
		});
		if (open && owner === 'me') {
			mentor.openMine++;
			if (overdue) mentor.overdueMine++;
		} else if (open) mentor.openTheirs++;
	}
	for (const mentor of summaries) mentor.ball = mentor.openMine > 0 ? 'mine' : mentor.openTheirs > 0 ? 'theirs' : 'none';

	const active = summaries.filter((s) => s.lifecycle === 'active');
	const coverage: CoverageRow[] = ROLES.map((role) => {
		const names = active.filter((s) => s.roles.includes(role)).map((s) => s.name);
		return { role, count: names.length, min: 1, max: 2, state: names.length < 1 ? 'missing' : names.length > 2 ? 'over' : 'ok', mentors: names };
	});
	coverage.push({ role: 'team', count: active.length, min: 4, max: 5, state: active.length < 4 ? 'missing' : active.length > 5 ? 'over' : 'ok', mentors: active.map((s) => s.name) });
	const problems = Array.from({ length: Math.min(5, mentors) }, (_, i) => ({ path: `Meetings/2026-11-0${i + 1} Unknown.md`, message: 'links to "Dr. Nobody", which is not a mentor note; create the mentor or fix the link' }));
	return { today: TODAY, markerTags: DEFAULT_SETTINGS, mentors: summaries, items, coverage, problems };
}

/** One item as the core makes it, so the synthetic ones carry every field the core defines. */
function templateItem(): Item {
	const index = new VaultIndex(DEFAULT_SETTINGS);
	index.set({ path: 'Mentors/Template.md', frontmatter: { type: 'mentor' }, content: '---\ntype: mentor\n---\n- [ ] Template\n', created: TODAY });
	const item = index.snapshot(TODAY).items[0];
	if (!item) throw new Error('the core read no item from the template note');
	return item;
}

function percentile(sorted: readonly number[], p: number): number {
	if (sorted.length === 0) return NaN;
	const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
	return sorted[index] ?? NaN;
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
		const sorted = [...runsMs].sort((a, b) => a - b);
		return {
			medianMs: round(percentile(sorted, 50)),
			p95Ms: round(percentile(sorted, 95)),
			firstMs: round(median(firsts)),
			buildMedianMs: round(median(buildMs)),
			layoutMedianMs: round(median(layoutMs)),
			nodes,
		};
	} finally {
		await session.close();
	}
}

function median(values: readonly number[]): number {
	return percentile([...values].sort((a, b) => a - b), 50);
}

function round(ms: number): number {
	return Math.round(ms * 100) / 100;
}
