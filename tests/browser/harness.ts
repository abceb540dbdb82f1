// The dashboard in a real browser: bundled by tests/browser/dashboard.test.ts with esbuild
// (`obsidian` → the one fake, tests/fakes/obsidian.ts), loaded into Chromium with styles.css. The test hands
// in a TeamSnapshot as JSON (read in Node with the command line's reader) and drives the
// page through `window.mentorRally`.
import { addIcon } from 'obsidian';
import { setup } from 'obsidian-test-mocks/setup';
import { DEFAULT_SETTINGS, type MentorRallySettings } from '../../src/core/settings';
import type { Item, MentorSummary, Problem, TeamSnapshot } from '../../src/core/types';
import type { DashboardActions } from '../../src/obsidian/dashboard/actions';
import { App, WorkspaceLeaf } from '../fakes/obsidian';
import { DashboardView } from '../../src/obsidian/dashboard/dashboard-view';
import { renderDashboard, type DashboardOptions } from '../../src/obsidian/dashboard/render-dashboard';
import type { TeamSource } from '../../src/obsidian/team-source';
import { ICON_IDS, iconSvg } from './icons';

setup();
for (const id of ICON_IDS) addIcon(id, iconSvg(id) ?? '');

export interface RecordedCall {
	action: keyof DashboardActions;
	target: string;
	newLeaf?: boolean;
}

export interface Timing {
	firstMs: number;
	runsMs: number[];
	/** Of each run: building the DOM, and the layout it forced. */
	buildMs: number[];
	layoutMs: number[];
	nodes: number;
}

export interface HarnessApi {
	calls: RecordedCall[];
	/** What completeItem resolves to. */
	completeResult: boolean;
	/** Settings for the next renders (the vault's own, read in Node). */
	settings: MentorRallySettings;
	mount(team: TeamSnapshot | null, options?: Pick<DashboardOptions, 'sections' | 'mentorPath' | 'limit'>): void;
	/** Opens the real DashboardView (as Obsidian would) over `team`, in a scrolling pane. */
	openView(team: TeamSnapshot | null): Promise<void>;
	/** Hands the open view a new team, as the index does after an edit. */
	changeTeam(team: TeamSnapshot | null): void;
	/** Renders `runs + 1` times and returns how long each took (render plus a forced layout). */
	time(team: TeamSnapshot, runs: number): Timing;
}

declare global {
	interface Window {
		mentorRally: HarnessApi;
	}
}

const api: HarnessApi = {
	calls: [],
	completeResult: true,
	settings: DEFAULT_SETTINGS,
	mount(team, options = {}) {
		renderDashboard(container(), team, api.settings, actions, { ...options, expanded: new Set() });
	},
	async openView(team) {
		current = team;
		const leaf = WorkspaceLeaf.create2__(App.createConfigured__());
		const view = new DashboardView(leaf.asOriginalType3__(), source, actions);
		view.contentEl.addClass('view-content', 'is-scroller');
		const frame = container().parentElement;
		if (!frame) throw new Error('no frame');
		frame.querySelector('.view-content')?.remove();
		frame.appendChild(view.containerEl);
		view.load();
		await (view as unknown as { onOpen(): Promise<void> }).onOpen();
	},
	changeTeam(team) {
		current = team;
		for (const listener of [...listeners]) listener();
	},
	time(team, runs) {
		const el = container();
		const buildMs: number[] = [];
		const layoutMs: number[] = [];
		const once = (): number => {
			const start = performance.now();
			renderDashboard(el, team, api.settings, actions, { expanded: new Set() });
			const built = performance.now();
			// Reading a layout property makes the browser lay the page out now, inside the timing.
			void el.offsetHeight;
			const end = performance.now();
			buildMs.push(built - start);
			layoutMs.push(end - built);
			return end - start;
		};
		const firstMs = once();
		const runsMs: number[] = [];
		for (let i = 0; i < runs; i++) runsMs.push(once());
		return { firstMs, runsMs, buildMs, layoutMs, nodes: el.querySelectorAll('*').length };
	},
};

const record = (action: keyof DashboardActions, target: string, newLeaf?: boolean): void => {
	api.calls.push(newLeaf === undefined ? { action, target } : { action, target, newLeaf });
};

const actions: DashboardActions = {
	openItem: (item: Item, newLeaf) => record('openItem', `${item.path}:${item.line}`, newLeaf),
	completeItem: (item: Item) => {
		record('completeItem', `${item.path}:${item.line}`);
		return Promise.resolve(api.completeResult);
	},
	pinDueDate: (item: Item) => {
		record('pinDueDate', `${item.path}:${item.line}`);
		return Promise.resolve(true);
	},
	openMentor: (mentor: MentorSummary, newLeaf) => record('openMentor', mentor.path, newLeaf),
	logContact: (mentor: MentorSummary) => {
		record('logContact', mentor.path);
		return Promise.resolve(true);
	},
	startMeeting: (mentor: MentorSummary) => {
		record('startMeeting', mentor.path);
		return Promise.resolve();
	},
	newMentor: () => record('newMentor', ''),
	openProblem: (problem: Problem, newLeaf) => record('openProblem', problem.path, newLeaf),
	addItem: (mentor) => record('addItem', mentor?.path ?? ''),
	captureItem: (mentor, item) => {
		record('captureItem', `${mentor.path}: ${item.text}${item.theirs ? ' (theirs)' : ''}`);
		return Promise.resolve(true);
	},
	logEmail: (mentor) => {
		record('logEmail', mentor.path);
		return Promise.resolve(true);
	},
	snooze: (mentor) => record('snooze', mentor.path),
	addToCalendar: (mentor) => {
		record('addToCalendar', mentor.path);
		return Promise.resolve();
	},
	convertProspect: (mentor) => {
		record('convertProspect', mentor.path);
		return Promise.resolve(true);
	},
	showHistory: (mentor) => record('showHistory', mentor.path),
};

let current: TeamSnapshot | null = null;
const listeners = new Set<() => void>();
const source: TeamSource = {
	snapshot: () => current,
	settings: () => api.settings,
	onChange(listener) {
		listeners.add(listener);
		return () => listeners.delete(listener);
	},
};

function container(): HTMLElement {
	const el = activeDocument.querySelector<HTMLElement>('.view-content');
	if (!el) throw new Error('The harness page has no .view-content');
	return el;
}

window.mentorRally = api;
