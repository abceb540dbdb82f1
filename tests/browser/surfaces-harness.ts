// Every surface that shows note text, in a real browser: bundled by tests/browser/hostile-text.test.ts
// with esbuild (`obsidian` → tests/browser/obsidian-in-browser.ts, the test mocks made to act on a
// real page), loaded into Chromium, driven through `window.surfaces`. The team arrives as JSON,
// read in Node by the command line's reader; the vault's files arrive as text for the NoteWriter.
import { addIcon, prepareFuzzySearch, type FuzzyMatch, type MarkdownPostProcessorContext, type Plugin as ObsidianPlugin } from 'obsidian';
import { App, Plugin, TFile, WorkspaceLeaf } from '../fakes/obsidian';
import { setup } from 'obsidian-test-mocks/setup';
import type { CalendarDate } from '../../src/core/calendar-date';
import { normalizeSettings, type MentorRallySettings } from '../../src/core/settings';
import type { Item, MentorSummary, TeamSnapshot } from '../../src/core/types';
import type { DashboardActions } from '../../src/obsidian/dashboard/actions';
import { createCodeBlockProcessor } from '../../src/obsidian/dashboard/code-block';
import { DashboardView } from '../../src/obsidian/dashboard/dashboard-view';
import { describeDraft, ItemModal } from '../../src/obsidian/modals/item-modal';
import { ItemSuggestModal } from '../../src/obsidian/modals/item-suggest';
import { ConfirmModal } from '../../src/obsidian/modals/confirm-modal';
import { MeetingDateModal } from '../../src/obsidian/modals/meeting-date-modal';
import { MentorSuggestModal } from '../../src/obsidian/modals/mentor-suggest';
import { NewMentorModal } from '../../src/obsidian/modals/new-mentor-modal';
import { SnoozeModal } from '../../src/obsidian/modals/snooze-modal';
import { HistoryModal } from '../../src/obsidian/relationship/history-modal';
import { NoteWriter } from '../../src/obsidian/note-writer';
import { meetingAgenda } from '../../src/core/dashboard';
import { PluginDataStore } from '../../src/obsidian/plugin-data';
import { ReminderService, StatusBarCount } from '../../src/obsidian/reminders';
import { MentorRallySettingTab } from '../../src/obsidian/settings/settings-tab';
import type { TeamSource } from '../../src/obsidian/team-source';
import { TeamStore } from '../../src/obsidian/team-store';
import { ICON_IDS, iconSvg } from './icons';
import { Notice, shownNotices } from './obsidian-in-browser';

setup();
for (const id of ICON_IDS) addIcon(id, iconSvg(id) ?? '');

/** What the audit found under a surface. */
export interface Audit {
	/** How many elements the selector matched (0 means the surface is not on the page). */
	roots: number;
	/** All text, as the DOM holds it. */
	text: string;
	/** The text as rendered on screen (`innerText`). */
	visible: string;
	/** `title` and `aria-label` values (tooltips, screen-reader labels). */
	labels: string[];
	/** Elements and attributes the plugin never creates: any of them means note text became markup. */
	offenders: string[];
	/** Every element by tag, for the report. */
	tags: Record<string, number>;
}

export interface SurfacesApi {
	/** Actions the surfaces asked for (open a note, the dashboard…), as `action target`. */
	calls: string[];
	/** Starts the page's vault (for the NoteWriter and everything that writes) over these files. */
	useVault(files: Record<string, string>, settings?: Partial<MentorRallySettings>): void;
	/** The file's text in the page's vault, or null. */
	read(path: string): Promise<string | null>;
	openDashboard(team: TeamSnapshot): Promise<void>;
	/**
	 * The dashboard as the plugin runs it: over the page's vault (a TeamStore that follows every
	 * write), its buttons opening the real modals and writing through the NoteWriter.
	 */
	liveDashboard(): Promise<void>;
	/** Renders a ```mentor-rally block with this source into a new preview section; returns its index. */
	codeBlock(team: TeamSnapshot, source: string): number;
	mentorSuggest(team: TeamSnapshot, query: string): void;
	itemSuggest(team: TeamSnapshot, query: string): void;
	itemModal(team: TeamSnapshot, mentorPath: string, mode: 'item' | 'reply'): void;
	/** The sentence the open item modal should show for what is typed now. */
	expectedPreview(): string;
	snoozeModal(team: TeamSnapshot, mentorPath: string): void;
	newMentorModal(): void;
	/** "Start meeting note" asks the day first; the chosen day is recorded as `startMeeting <path> <day>`. */
	meetingDateModal(team: TeamSnapshot, mentorPath: string): void;
	/** The question before a write that would replace what the user wrote; the answer is recorded as `confirm yes|no`. */
	confirmModal(): void;
	/** A mentor's whole history (the card's History button): score, contacts per month by year, timeline. */
	historyModal(team: TeamSnapshot, mentorPath: string): void;
	/** The settings tab, drawn as Obsidian before 1.13 draws it, in a settings pane on the page. */
	settingsTab(): Promise<void>;
	/** A reminder service per team (each with a fresh reminder log), each checked once. Resolves with how many notices appeared. */
	reminders(teams: TeamSnapshot[], today: string): Promise<number>;
	statusBar(team: TeamSnapshot): void;
	/** Runs one NoteWriter operation that says something; resolves with what it returned. */
	write(op: WriterOp, team: TeamSnapshot): Promise<unknown>;
	/** How many notices are on the page. */
	noticeCount(): number;
	audit(selector: string): Audit;
	/** Whole-page facts: scripts, frames, images anywhere, and the payloads' flag. */
	page(): { scripts: number; frames: number; images: number; pwned: unknown };
}

export type WriterOp =
	| { kind: 'complete'; path: string; line: number; editFirst?: boolean; deleteFirst?: boolean }
	| { kind: 'logContact'; path: string; asPath?: string }
	| { kind: 'snooze'; path: string; until: string }
	| { kind: 'freeze'; path: string }
	| { kind: 'startMeeting'; path: string };

declare global {
	interface Window {
		surfaces: SurfacesApi;
	}
}

const TODAY = '2026-11-24' as CalendarDate;

let vaultApp: App = App.createConfigured__({ files: {} });
let settings: MentorRallySettings = normalizeSettings({});
let writer = makeWriter();

function makeWriter(): NoteWriter {
	return new NoteWriter(
		vaultApp.asOriginalType__(),
		() => settings,
		() => TODAY,
		(message) => new Notice(message),
	);
}

function record(action: string, target: string): void {
	api.calls.push(`${action} ${target}`);
}

function source(team: TeamSnapshot): TeamSource {
	return { snapshot: () => team, settings: () => settings, onChange: () => () => undefined };
}

function actions(team: TeamSnapshot): DashboardActions {
	return {
		openItem: (item, newLeaf) => record('openItem', `${item.path}:${item.line}${newLeaf ? ' new' : ''}`),
		completeItem: (item) => writer.completeItem(item),
		pinDueDate: (item) => writer.pinDueDate(item),
		openMentor: (mentor, newLeaf) => record('openMentor', `${mentor.path}${newLeaf ? ' new' : ''}`),
		logContact: (mentor) => writer.logContact(mentor),
		startMeeting: async (mentor) => {
			await writer.startMeeting(mentor, meetingAgenda(team, mentor));
		},
		newMentor: () => record('newMentor', ''),
		openProblem: (problem, newLeaf) => record('openProblem', `${problem.path}${newLeaf ? ' new' : ''}`),
		addItem: (mentor) => record('addItem', mentor?.path ?? ''),
		captureItem: (mentor, item) => writer.addItem(mentor, item),
		logEmail: (mentor) => writer.logContact(mentor, 'email'),
		snooze: (mentor) => record('snooze', mentor.path),
		addToCalendar: (mentor) => {
			record('addToCalendar', mentor.path);
			return Promise.resolve();
		},
	};
}

/** Opens the dashboard view in the page's workspace leaf, as Obsidian does. */
async function mountView(from: TeamSource, with_: DashboardActions): Promise<void> {
	const leaf = WorkspaceLeaf.create2__(App.createConfigured__());
	const view = new DashboardView(leaf.asOriginalType3__(), from, with_);
	view.contentEl.addClass('view-content', 'is-scroller');
	const frame = activeDocument.querySelector('.workspace-leaf-content');
	if (!frame) throw new Error('no workspace leaf on the page');
	frame.querySelector('.view-content')?.remove();
	frame.appendChild(view.containerEl);
	view.load();
	await (view as unknown as { onOpen(): Promise<void> }).onOpen();
}

/** What the plugin wires the dashboard's buttons to (src/obsidian/plugin-actions.ts), with modals shown on the page. */
function liveActions(store: TeamStore): DashboardActions {
	const today = (): CalendarDate => store.today();
	const itemModal = (mentor: MentorSummary, theirs = false): void =>
		show(new ItemModal(vaultApp.asOriginalType__(), { mode: 'item', mentor, theirs, today: today(), settings, submit: (item) => writer.addItem(mentor, item) }));
	return {
		...actions(store.snapshot() as TeamSnapshot),
		addItem: (mentor, options) => {
			if (mentor) itemModal(mentor, options?.theirs === true);
			else record('addItem', '');
		},
		snooze: (mentor) => show(new SnoozeModal(vaultApp.asOriginalType__(), mentor, today(), settings, (until) => writer.snooze(mentor, until))),
		newMentor: () => show(new NewMentorModal(vaultApp.asOriginalType__(), settings, today(), async (mentor) => (await writer.createMentor(mentor)) !== null)),
		startMeeting: (mentor) => {
			const team = store.snapshot() as TeamSnapshot;
			const agenda = meetingAgenda(team, mentor);
			const booked = mentor.nextMeeting && mentor.nextMeeting.date >= team.today ? mentor.nextMeeting : null;
			show(
				new MeetingDateModal(vaultApp.asOriginalType__(), mentor, booked?.date ?? agenda.date, team.today, settings, async (day) => {
					const file = await writer.startMeeting(mentor, { ...agenda, date: day, time: booked?.date === day ? booked.time : null });
					if (file) record('openNote', file.path);
					return file !== null;
				}),
			);
			return Promise.resolve();
		},
	};
}

function mentorAt(team: TeamSnapshot, path: string): MentorSummary {
	const mentor = team.mentors.find((m) => m.path === path);
	if (!mentor) throw new Error(`no mentor at ${path}`);
	return mentor;
}

function itemAt(team: TeamSnapshot, path: string, line: number): Item {
	const item = team.items.find((i) => i.path === path && i.line === line);
	if (!item) throw new Error(`no item at ${path}:${line}`);
	return item;
}

class HarnessPlugin extends Plugin {}

/** A loaded plugin over an empty app: the reminders' and the status bar's host, and its data.json. */
function loadedPlugin(): HarnessPlugin {
	const manifest = { id: 'mentor-rally', name: 'Mentor Rally', version: '0.1.0', minAppVersion: '1.4.10', author: 'test', description: 'test' };
	const plugin = new HarnessPlugin(App.createConfigured__(), manifest);
	plugin.load();
	return plugin;
}

/** A section of the page for one surface, made on first use. */
function stage(cls: string): HTMLElement {
	return activeDocument.body.querySelector<HTMLElement>(`:scope > .${cls}`) ?? activeDocument.body.createDiv({ cls });
}

interface ModalLike {
	containerEl: HTMLElement;
	modalEl: HTMLElement;
	titleEl: HTMLElement;
	contentEl: HTMLElement;
	onOpen(): void;
}

let openModal: { modal: ModalLike; preview: () => string } | null = null;

/** Puts a modal on the page the way Obsidian lays one out, and opens it. (`open()` in the mock closes it again at once.) */
function show(modal: ModalLike): void {
	modal.containerEl.addClass('modal-container');
	modal.modalEl.addClass('modal');
	modal.titleEl.addClass('modal-title');
	modal.contentEl.addClass('modal-content');
	modal.modalEl.insertBefore(modal.titleEl, modal.contentEl);
	stage('modals').appendChild(modal.containerEl);
	modal.onOpen();
}

/** A FuzzyMatch for the item's search text, as the suggest modal makes one; the query's letters are highlighted. */
function fuzzyMatch<T>(item: T, text: string, query: string): FuzzyMatch<T> {
	const found = prepareFuzzySearch(query)(text);
	return { item, match: found ?? { score: 0, matches: [[0, Math.min(4, text.length)]] } };
}

function suggest<T>(
	modal: {
		modalEl: HTMLElement;
		inputEl: HTMLInputElement;
		resultContainerEl: HTMLElement;
		getItemText(item: T): string;
		renderSuggestion(match: FuzzyMatch<T>, el: HTMLElement): void;
		selectSuggestion(value: FuzzyMatch<T>, evt: MouseEvent | KeyboardEvent): void;
	} & ModalLike,
	items: T[],
	query: string,
): void {
	modal.modalEl.addClass('prompt');
	modal.inputEl.addClass('prompt-input');
	modal.inputEl.value = query;
	modal.resultContainerEl.addClass('prompt-results');
	show(modal);
	for (const item of items) {
		const match = fuzzyMatch(item, modal.getItemText(item), query);
		const el = modal.resultContainerEl.createDiv({ cls: 'suggestion-item' });
		modal.renderSuggestion(match, el);
		// Obsidian chooses a suggestion on click, and closes the picker (taking it off the page). The
		// tests click every row: each click stands for the picker opened again, so it goes back.
		el.addEventListener('click', (evt) => {
			const { parentElement, nextSibling } = modal.containerEl;
			modal.selectSuggestion(match, evt);
			if (!modal.containerEl.isConnected) parentElement?.insertBefore(modal.containerEl, nextSibling);
		});
	}
}

const api: SurfacesApi = {
	calls: [],
	useVault(files, overrides = {}) {
		vaultApp = App.createConfigured__({ files });
		settings = normalizeSettings({ ...overrides });
		writer = makeWriter();
	},
	async read(path) {
		const file = vaultApp.vault.getAbstractFileByPath(path);
		return file instanceof TFile ? vaultApp.vault.read(file) : null;
	},
	async openDashboard(team) {
		await mountView(source(team), actions(team));
	},
	async liveDashboard() {
		const host = loadedPlugin();
		const store = new TeamStore(
			vaultApp.asOriginalType__(),
			() => settings,
			() => new Date(2026, 10, 24, 9, 30),
		);
		store.registerEvents(host as unknown as ObsidianPlugin);
		await store.build();
		await mountView(store, liveActions(store));
	},
	codeBlock(team, blockSource) {
		const preview = stage('markdown-preview-view');
		const index = preview.children.length;
		const el = preview.createDiv({ cls: 'block-language-mentor-rally', attr: { 'data-block': String(index) } });
		const ctx = {
			addChild: (child: { load(): void }) => child.load(),
			docId: 'doc',
			sourcePath: 'Notes/Dashboard.md',
			frontmatter: null,
			getSectionInfo: () => null,
		} as unknown as MarkdownPostProcessorContext;
		createCodeBlockProcessor(source(team), actions(team))(blockSource, el, ctx);
		return index;
	},
	mentorSuggest(team, query) {
		const modal = new MentorSuggestModal(vaultApp.asOriginalType__(), team.mentors, team.today, 'Pick a mentor', (mentor) => record('chooseMentor', mentor.path));
		suggest(modal as unknown as Parameters<typeof suggest<MentorSummary>>[0], modal.getItems(), query);
	},
	itemSuggest(team, query) {
		const open = team.items.filter((i) => i.open);
		const modal = new ItemSuggestModal(vaultApp.asOriginalType__(), open, team.today, 'Find an item', 'Nothing open', (item, newLeaf) =>
			record('chooseItem', `${item.path}:${item.line}${newLeaf ? ' new' : ''}`),
		);
		suggest(modal as unknown as Parameters<typeof suggest<Item>>[0], modal.getItems(), query);
	},
	itemModal(team, mentorPath, mode) {
		const mentor = mentorAt(team, mentorPath);
		const modal = new ItemModal(vaultApp.asOriginalType__(), {
			mode,
			mentor,
			today: team.today,
			settings,
			submit: (item) => writer.addItem(mentor, item),
		});
		show(modal);
		openModal = { modal, preview: () => describeDraft(modal.draft(), mentor, team.today) };
	},
	expectedPreview() {
		if (!openModal) throw new Error('no modal with a preview is open');
		return openModal.preview();
	},
	snoozeModal(team, mentorPath) {
		const mentor = mentorAt(team, mentorPath);
		const modal = new SnoozeModal(vaultApp.asOriginalType__(), mentor, team.today, settings, (until) => writer.snooze(mentor, until));
		show(modal);
	},
	newMentorModal() {
		const modal = new NewMentorModal(vaultApp.asOriginalType__(), settings, TODAY, async (mentor) => (await writer.createMentor(mentor)) !== null);
		show(modal);
	},
	meetingDateModal(team, mentorPath) {
		const mentor = mentorAt(team, mentorPath);
		const booked = mentor.nextMeeting && mentor.nextMeeting.date >= team.today ? mentor.nextMeeting.date : team.today;
		const modal = new MeetingDateModal(vaultApp.asOriginalType__(), mentor, booked, team.today, settings, (day) => {
			record('startMeeting', `${mentor.path} ${day}`);
			return Promise.resolve(true);
		});
		show(modal);
	},
	confirmModal() {
		const modal = new ConfirmModal(
			vaultApp.asOriginalType__(),
			{
				title: 'Replace last_contact of Dr. Helena Marsh?',
				message: 'last_contact in Dr. Helena Marsh holds a list. Logging contact writes today’s date, 2026-11-24, in its place.',
				confirm: 'Replace it',
			},
			(yes) => record('confirm', yes ? 'yes' : 'no'),
		);
		show(modal);
	},
	historyModal(team, mentorPath) {
		show(new HistoryModal(vaultApp.asOriginalType__(), team, mentorAt(team, mentorPath)));
	},
	async settingsTab() {
		const plugin = loadedPlugin();
		const data = await PluginDataStore.load(plugin);
		const tab = new MentorRallySettingTab(plugin.app.asOriginalType__(), plugin as unknown as ObsidianPlugin, data);
		const pane = stage('vertical-tab-content');
		pane.empty();
		pane.appendChild(tab.containerEl);
		(tab as unknown as { display(): void }).display();
		// The mock's rows are bare divs (control, then name and description): give them
		// Obsidian's class names and order, so the screenshot looks as the tab does in Obsidian.
		for (const row of Array.from(tab.containerEl.children)) {
			const [control, info] = Array.from(row.children);
			if (!control || !info) continue;
			row.addClass('setting-item');
			control.addClass('setting-item-control');
			info.addClass('setting-item-info');
			info.children[0]?.addClass('setting-item-name');
			info.children[1]?.addClass('setting-item-description');
			row.appendChild(control);
		}
	},
	async reminders(teams, today) {
		const before = shownNotices.length;
		const [year, month, day] = today.split('-').map(Number);
		for (const team of teams) {
			const plugin = loadedPlugin();
			const data = await PluginDataStore.load(plugin);
			const service = new ReminderService({
				host: plugin,
				source: source(team),
				data,
				openDashboard: () => record('openDashboard', 'notice'),
				now: () => new Date(year ?? 2026, (month ?? 1) - 1, day ?? 1, 9, 0),
			});
			await service.start();
			service.stop();
			plugin.unload();
		}
		return shownNotices.length - before;
	},
	statusBar(team) {
		const plugin = loadedPlugin();
		const bar = stage('status-bar');
		const el = bar.createDiv({ cls: 'status-bar-item' });
		void PluginDataStore.load(plugin).then((data) => {
			new StatusBarCount({ el, host: plugin, source: source(team), data, openDashboard: () => record('openDashboard', 'status bar') }).start();
			el.setAttr('data-ready', 'true');
		});
	},
	async write(op, team) {
		switch (op.kind) {
			case 'complete': {
				const item = itemAt(team, op.path, op.line);
				const found = vaultApp.vault.getAbstractFileByPath(op.path);
				const file = found instanceof TFile ? found : null;
				if (file && op.editFirst) await vaultApp.vault.process(file, (text) => text.replace(item.raw, `${item.raw} (edited)`));
				if (file && op.deleteFirst) await vaultApp.vault.delete(file);
				return writer.completeItem(item);
			}
			case 'logContact': {
				const mentor = mentorAt(team, op.path);
				return writer.logContact(op.asPath ? { ...mentor, path: op.asPath } : mentor);
			}
			case 'snooze':
				return writer.snooze(mentorAt(team, op.path), op.until as CalendarDate);
			case 'freeze':
				return writer.freezeDueDates(op.path, team.items);
			case 'startMeeting': {
				const mentor = mentorAt(team, op.path);
				const file = await writer.startMeeting(mentor, meetingAgenda(team, mentor));
				return file?.path ?? null;
			}
		}
	},
	noticeCount() {
		return shownNotices.length;
	},
	audit(selector) {
		const roots = [...activeDocument.querySelectorAll<HTMLElement>(selector)];
		const offenders: string[] = [];
		const tags: Record<string, number> = {};
		const labels: string[] = [];
		for (const root of roots) {
			for (const el of [root, ...root.querySelectorAll('*')]) {
				const tag = el.tagName.toLowerCase();
				tags[tag] = (tags[tag] ?? 0) + 1;
				const problem = offence(el);
				if (problem) offenders.push(`${problem}: ${el.outerHTML.slice(0, 160)}`);
				for (const name of ['title', 'aria-label']) {
					const value = el.getAttribute(name);
					if (value !== null) labels.push(value);
				}
			}
		}
		return {
			roots: roots.length,
			text: roots.map((r) => r.textContent ?? '').join('\n'),
			visible: roots.map((r) => r.innerText).join('\n'),
			labels,
			offenders,
			tags,
		};
	},
	page() {
		return {
			scripts: activeDocument.scripts.length,
			frames: window.frames.length,
			images: activeDocument.images.length,
			pwned: (window as unknown as Record<string, unknown>).__pwned,
		};
	},
};

/** The elements the surfaces create themselves; anything else came from parsing text as HTML. */
const PLUGIN_TAGS = new Set(['div', 'span', 'section', 'h2', 'h3', 'h4', 'ul', 'li', 'p', 'input', 'button', 'a', 'strong', 'dl', 'dt', 'dd', 'pre', 'code', 'label']);
/** Inside the icons (`svg.svg-icon`, drawn by setIcon) and the contact chart (`svg.mentor-rally-chart-svg`). */
const SVG_TAGS = new Set(['svg', 'path', 'circle', 'rect', 'polyline', 'title']);
const LEGIT_SVG = 'svg.svg-icon, svg.mentor-rally-chart-svg';
const URL_ATTRIBUTES = new Set(['href', 'src', 'srcdoc', 'srcset', 'xlink:href', 'action', 'formaction', 'data', 'poster', 'background']);

function offence(el: Element): string | null {
	const tag = el.tagName.toLowerCase();
	if (SVG_TAGS.has(tag)) {
		if (el.closest('svg')?.matches(LEGIT_SVG) !== true) return `an <${tag}> outside the plugin's icons and chart`;
	} else if (!PLUGIN_TAGS.has(tag)) return `a <${tag}> element`;
	for (const attr of el.attributes) {
		const name = attr.name.toLowerCase();
		if (name.startsWith('on')) return `an event handler attribute (${name})`;
		if (URL_ATTRIBUTES.has(name)) return `a URL attribute (${name})`;
		if (/^\s*(javascript|vbscript|data):/i.test(attr.value)) return `a script URL in ${name}`;
		if (name === 'style' && /url\(|expression\(/i.test(attr.value)) return 'a style that loads something';
	}
	return null;
}

window.surfaces = api;
