import { Notice, requireApiVersion } from 'obsidian';
import { localDateOf } from '../core/calendar-date';
import { dueNowSummary, remindersFor, selectUnnotified, summariseReminders, type Reminder, type ReminderLog } from '../core/reminders';
import { noticeLine } from '../core/presentation/reminder-line';
import type { MentorRallySettings } from '../core/settings';
import type { PluginDataStore } from './plugin-data';
import { desktopNotificationApi, showSystemNotification, type NotificationApi } from './system-notification';
import type { TeamSource } from './team-source';

/** What the reminders and the status bar need from the plugin (a Plugin is one). */
export interface ReminderHost {
	/** Runs `cleanup` when the plugin unloads. */
	register(cleanup: () => unknown): void;
	/** Clears the interval when the plugin unloads. */
	registerInterval(id: number): number;
}

export interface ReminderServiceOptions {
	host: ReminderHost;
	source: TeamSource;
	data: PluginDataStore;
	openDashboard: () => void;
	/** The current instant; tests pin it. Today, for the reminder log, is its local calendar day. */
	now?: () => Date;
	/** The system notification API; default: the desktop app's own (none on mobile). Tests pass a fake. */
	notificationApi?: NotificationApi | null;
}

/**
 * The reminder notice hides itself after this long: it is one short line ("3 things need you
 * today — Open"), the details are in the dashboard, and each thing is still shown only once a day.
 */
export const REMINDER_NOTICE_DURATION_MS = 12_000;

/**
 * Reminders: once started (after the workspace is ready and the team is indexed), a check at
 * once and then every N minutes (a setting). A check shows one notice for what is new today,
 * and writes what it showed to the reminder log in data.json, so neither the next check nor a
 * restart on the same day shows it again. Reminders off: no notices, no timer.
 */
export class ReminderService {
	private intervalId: number | null = null;
	private started = false;
	private unsubscribe: (() => void) | null = null;
	private queue: Promise<unknown> = Promise.resolve();
	private readonly now: () => Date;

	constructor(private readonly options: ReminderServiceOptions) {
		this.now = options.now ?? (() => new Date());
	}

	/** Checks now, then on the interval; follows later changes to the reminder settings. Resolves after the first check. */
	async start(): Promise<void> {
		if (this.started) return;
		this.started = true;
		this.unsubscribe = this.options.data.onSettingsChange((settings, previous) => this.settingsChanged(settings, previous));
		this.options.host.register(() => this.stop());
		this.arm();
		await this.check();
	}

	/** Stops the timer and stops following settings (also done when the plugin unloads). */
	stop(): void {
		this.started = false;
		this.disarm();
		this.unsubscribe?.();
		this.unsubscribe = null;
	}

	/**
	 * Looks for reminders not yet shown today; shows them in one notice and logs them.
	 * Resolves with what was shown. Checks never overlap: a second call waits for the first.
	 */
	check(): Promise<Reminder[]> {
		const run = this.queue.then(() => this.runCheck());
		this.queue = run.catch(() => undefined);
		return run;
	}

	private async runCheck(): Promise<Reminder[]> {
		const { data, source } = this.options;
		if (!data.settings.remindersEnabled) return [];
		const team = source.snapshot();
		if (!team) return [];
		const today = localDateOf(this.now());
		const { fresh, log } = selectUnnotified(remindersFor(team, data.settings.dueSoonDays), data.reminderLog, today);
		if (fresh.length > 0 && !(data.settings.systemNotifications && this.showSystemNotification(fresh))) this.showNotice(fresh);
		if (!sameLog(log, data.reminderLog)) {
			try {
				await data.setReminderLog(log);
			} catch (error) {
				console.error('Mentor Rally: could not save the reminder log.', error);
			}
		}
		return fresh;
	}

	/** On desktop, when the setting is on and the system allows it: one notification that opens the dashboard. */
	private showSystemNotification(reminders: readonly Reminder[]): boolean {
		const api = this.options.notificationApi === undefined ? desktopNotificationApi() : this.options.notificationApi;
		return showSystemNotification(api, 'Mentor Rally', `${noticeLine(reminders.length)}: ${summariseReminders(reminders).title}`, this.options.openDashboard);
	}

	/**
	 * One short line and an "Open" button. Only that button opens the dashboard: a click anywhere else
	 * on the notice (or its close) just dismisses it, as every Obsidian notice does.
	 */
	private showNotice(reminders: readonly Reminder[]): Notice {
		const summary = summariseReminders(reminders);
		let box: HTMLElement | null = null;
		const message = createFragment((fragment) => {
			box = fragment.createDiv({ cls: 'mentor-rally-notice', attr: { title: `Mentor Rally: ${summary.title}` } });
			box.createSpan({ cls: 'mentor-rally-notice-text', text: `${noticeLine(reminders.length)} — ` });
			box.createEl('button', { cls: 'mentor-rally-notice-open', text: 'Open', attr: { type: 'button', 'aria-label': 'Open the team dashboard' } });
		});
		const notice = new Notice(message, REMINDER_NOTICE_DURATION_MS);
		// Obsidian moves the fragment into the notice; 1.8.7+ names the element it lands in.
		// Listening there (not on the button, which a test double may copy) and checking the target.
		const target: HTMLElement | null = requireApiVersion('1.8.7') ? notice.messageEl : box;
		target?.addEventListener('click', (evt) => {
			const clicked = evt.target as Element | null;
			if (!clicked || typeof clicked.closest !== 'function' || clicked.closest('.mentor-rally-notice-open') === null) return;
			evt.preventDefault();
			notice.hide();
			this.options.openDashboard();
		});
		return notice;
	}

	private arm(): void {
		this.disarm();
		const settings = this.options.data.settings;
		if (!this.started || !settings.remindersEnabled) return;
		const id = window.setInterval(() => {
			void this.check();
		}, settings.reminderIntervalMinutes * 60_000);
		this.intervalId = this.options.host.registerInterval(id);
	}

	private disarm(): void {
		if (this.intervalId !== null) window.clearInterval(this.intervalId);
		this.intervalId = null;
	}

	private settingsChanged(settings: MentorRallySettings, previous: MentorRallySettings): void {
		if (settings.remindersEnabled === previous.remindersEnabled && settings.reminderIntervalMinutes === previous.reminderIntervalMinutes) return;
		this.arm();
		// Turned on: say what is due now rather than after a whole interval.
		if (settings.remindersEnabled && !previous.remindersEnabled) void this.check();
	}
}

function sameLog(a: Readonly<ReminderLog>, b: Readonly<ReminderLog>): boolean {
	const keys = Object.keys(a);
	return keys.length === Object.keys(b).length && keys.every((key) => a[key] === b[key]);
}

export interface StatusBarCountOptions {
	/** The element from `plugin.addStatusBarItem()`. */
	el: HTMLElement;
	host: ReminderHost;
	source: TeamSource;
	data: PluginDataStore;
	openDashboard: () => void;
}

/** Tooltip lines before "and N more". */
export const TOOLTIP_LINES = 10;

/**
 * The status-bar count: how many meetings and items in my court are due today or overdue
 * (quiet mentors left out), such as "3 in your court", with the list in its tooltip. Hidden at
 * zero and when the setting is off; a click opens the dashboard; follows every team change.
 */
export class StatusBarCount {
	private readonly unsubscribers: (() => void)[] = [];
	private readonly onClick = (): void => this.options.openDashboard();

	constructor(private readonly options: StatusBarCountOptions) {}

	start(): void {
		const { el, host, source, data } = this.options;
		el.addClass('mod-clickable', 'mentor-rally-status');
		el.setAttribute('data-tooltip-position', 'top');
		el.addEventListener('click', this.onClick);
		this.unsubscribers.push(
			source.onChange(() => this.update()),
			data.onSettingsChange(() => this.update()),
			() => el.removeEventListener('click', this.onClick),
		);
		host.register(() => this.stop());
		this.update();
	}

	stop(): void {
		for (const unsubscribe of this.unsubscribers.splice(0)) unsubscribe();
	}

	/** Draws the count from the team as it is now. */
	update(): void {
		const { el, source, data } = this.options;
		const team = data.settings.showStatusBar ? source.snapshot() : null;
		// Only the lines the tooltip shows are written out: a long-neglected vault has thousands due.
		const summary = team ? dueNowSummary(team, TOOLTIP_LINES) : null;
		if (!summary || summary.count === 0) {
			el.empty();
			el.removeAttribute('aria-label');
			el.hide();
			return;
		}
		el.setText(summary.label);
		const more = summary.count - summary.lines.length;
		const lines = ['Due today or overdue:', ...summary.lines, ...(more > 0 ? [`and ${more} more`] : [])];
		el.setAttribute('aria-label', lines.join('\n'));
		el.show();
	}
}
