import { Platform, Plugin, type WorkspaceLeaf } from 'obsidian';
import { localDateOf } from './core/calendar-date';
import { CalendarFeedKeeper } from './obsidian/calendar/feed-keeper';
import { createCodeBlockProcessor, CODE_BLOCK_LANGUAGE } from './obsidian/dashboard/code-block';
import { DashboardView, VIEW_TYPE_DASHBOARD } from './obsidian/dashboard/dashboard-view';
import { registerCommands } from './obsidian/commands';
import { NewMentorModal } from './obsidian/modals/new-mentor-modal';
import { FirstSeenStore } from './obsidian/first-seen-store';
import { NoteWriter } from './obsidian/note-writer';
import { showOffer } from './obsidian/loop/action-notice';
import { LoopWriter } from './obsidian/loop/loop-writer';
import { CloseTheLoop } from './obsidian/loop/close-the-loop';
import { createDashboardActions } from './obsidian/plugin-actions';
import { createRelationshipActions } from './obsidian/relationship/relationship-actions';
import { PluginDataStore } from './obsidian/plugin-data';
import { ReminderService, StatusBarCount } from './obsidian/reminders';
import { MentorRallySettingTab } from './obsidian/settings/settings-tab';
import { TeamStore } from './obsidian/team-store';
import { showNotice } from './obsidian/undo';
import { openNote } from './obsidian/workspace-helpers';

/** How often to check whether the day has turned (so "due today" moves on at midnight). */
const DAY_CHECK_MS = 60_000;

/**
 * Lifecycle wiring only. onload registers things; the index is built once the workspace
 * layout is ready, and everything after that happens one changed file at a time.
 */
export default class MentorRallyPlugin extends Plugin {
	private data!: PluginDataStore;
	private store!: TeamStore;
	private reminders!: ReminderService;
	/** Set on unload: the wait for the metadata cache can outlive the plugin. */
	private unloaded = false;

	override async onload(): Promise<void> {
		this.register(() => (this.unloaded = true));
		this.data = await PluginDataStore.load(this);
		// The day each line of an undated section was first seen, kept in data.json.
		const firstSeen = new FirstSeenStore(this.app, this.data, () => localDateOf(new Date()));
		const store = new TeamStore(this.app, () => this.data.settings, undefined, firstSeen.makeIndex);
		this.store = store;
		const writer = new NoteWriter(
			this.app,
			() => this.data.settings,
			() => store.today(),
			showNotice,
		);
		// A tick writes the DONE symbol of the Tasks plugin's statuses, as the store read them.
		writer.readStatusesFrom(() => store.taskStatuses());
		const newMentor = (): void =>
			new NewMentorModal(this.app, this.data.settings, store.today(), async (mentor) => {
				const file = await writer.createMentor(mentor);
				if (file) await openNote(this.app, file.path, null, false);
				return file !== null;
			}).open();
		// The meeting loop (prepare, wrap up, close the loop, updates): its own writer, shared by buttons and commands.
		const loop = new LoopWriter(
			this.app,
			() => this.data.settings,
			() => store.today(),
			showNotice,
		);
		// Their item ticked, on the dashboard or in the editor: one offer of a thank-you per item.
		const closeTheLoop = new CloseTheLoop(store, loop, showOffer);
		this.register(closeTheLoop.watch());
		const actions = {
			...createDashboardActions(this.app, store, writer, newMentor, { writer: loop, offer: showOffer, closeTheLoop }),
			...createRelationshipActions(this.app, store, showNotice),
		};
		const openDashboard = (): Promise<void> => this.openDashboard();

		this.registerView(VIEW_TYPE_DASHBOARD, (leaf) => new DashboardView(leaf, store, actions));
		this.addRibbonIcon('users', 'Open team dashboard', () => void openDashboard());
		registerCommands(this, { app: this.app, store, writer, actions, openDashboard, loop });
		this.registerMarkdownCodeBlockProcessor(CODE_BLOCK_LANGUAGE, createCodeBlockProcessor(store, actions));
		this.addSettingTab(new MentorRallySettingTab(this.app, this, this.data));

		// First: a renamed note must keep its days before the team store reads it again.
		firstSeen.registerEvents(this);
		store.registerEvents(this);
		this.registerInterval(
			window.setInterval(() => {
				store.checkDay();
				// Tasks' status settings changed where no event says so (another device, another app).
				void store.refreshTaskStatuses();
			}, DAY_CHECK_MS),
		);
		// Phones and tablets have no status bar (addStatusBarItem is desktop only): the ribbon icon and the dashboard give the count there.
		if (!Platform.isMobile) {
			new StatusBarCount({ el: this.addStatusBarItem(), host: this, source: store, data: this.data, openDashboard: () => void openDashboard() }).start();
		}
		this.reminders = new ReminderService({ host: this, source: store, data: this.data, openDashboard: () => void openDashboard() });
		// New settings change how every note reads: rebuild (only once the first build ran).
		this.register(this.data.onSettingsChange(() => void (store.snapshot() ? store.build() : undefined)));

		this.app.workspace.onLayoutReady(() => void this.afterLayoutReady());
	}

	/** Data changed on disk (sync from another device): take the new settings. */
	override async onExternalSettingsChange(): Promise<void> {
		await this.data.reload();
	}

	private async afterLayoutReady(): Promise<void> {
		this.store.registerCreate(this);
		await this.store.build();
		// The metadata cache may still be indexing (new device, rebuilt cache, sync): the first
		// reminder of the day is worked out on the whole team, never on the part indexed so far.
		await this.store.whenComplete();
		if (this.unloaded) return;
		await this.reminders.start();
		// Like the first reminder: the feed is written from the whole team, never a part of it.
		if (!this.unloaded) await new CalendarFeedKeeper(this.app, this.store, showNotice).start(this);
	}

	/** Shows the dashboard: the open one if there is one, else a new tab. */
	async openDashboard(): Promise<void> {
		const { workspace } = this.app;
		void this.store.refreshTaskStatuses();
		let leaf: WorkspaceLeaf | null = workspace.getLeavesOfType(VIEW_TYPE_DASHBOARD)[0] ?? null;
		if (!leaf) {
			leaf = workspace.getLeaf('tab');
			await leaf.setViewState({ type: VIEW_TYPE_DASHBOARD, active: true });
		}
		await workspace.revealLeaf(leaf);
	}
}
