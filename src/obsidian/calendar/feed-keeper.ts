import { normalizePath, type App } from 'obsidian';
import { FEED_FILE_NAME, sameCalendar, teamCalendar } from '../../core/calendar-feed/write-ics';
import { plainWriteError } from '../../core/write-errors';
import type { TeamSource } from '../team-source';
import { calendarFolder } from './add-to-calendar';
import { trashOldMeetingFiles } from './old-meeting-files';
import type { CalendarDate } from '../../core/calendar-date';
import { writeVaultFile, type FileWrite } from './vault-file';

/**
 * The always-current calendar feed, `<calendar folder>/mentor-rally.ics`, while its setting is
 * on: worked out again whenever the team changes, and written only when an event changed
 * (DTSTAMP aside, see sameCalendar), so editing a note does not touch the file, nor a sync,
 * nor a calendar subscribed to it. Turned off, the file is left where it is: it is the user's.
 * Once a day (at start and when the day turns), feed or not, the one-meeting files "Add to
 * calendar" wrote for meetings over a week past go to the trash (old-meeting-files.ts).
 */
export class CalendarFeedKeeper {
	private running: Promise<void> | null = null;
	private again = false;
	/** What was last written or found, so an unchanged team does not even read the file. */
	private last: { path: string; text: string } | null = null;
	private lastError: string | null = null;
	private unsubscribe: (() => void) | null = null;
	/** The day old meeting files were last cleared away. */
	private tidiedOn: CalendarDate | null = null;

	constructor(
		private readonly app: App,
		private readonly source: TeamSource,
		private readonly notify: (message: string) => void,
	) {}

	/** Follows the team from now on, and brings the feed up to date at once. */
	start(host: { register(cleanup: () => unknown): void }): Promise<void> {
		this.unsubscribe = this.source.onChange(() => void this.update());
		host.register(() => this.stop());
		return this.update();
	}

	stop(): void {
		this.unsubscribe?.();
		this.unsubscribe = null;
	}

	/**
	 * Brings the feed up to date. Updates never overlap: a change during a write is taken
	 * once that write is done. Resolves when the feed is current.
	 */
	update(): Promise<void> {
		if (this.running) {
			this.again = true;
			return this.running;
		}
		const run = async (): Promise<void> => {
			do {
				this.again = false;
				await this.tidyOnce();
				await this.writeOnce();
			} while (this.again);
		};
		this.running = run().finally(() => (this.running = null));
		return this.running;
	}

	/** Clears away old meeting files, once a day. */
	private async tidyOnce(): Promise<void> {
		const team = this.source.snapshot();
		if (!team || team.today === this.tidiedOn) return;
		this.tidiedOn = team.today;
		await trashOldMeetingFiles(this.app, this.source.settings(), team.today);
	}

	private async writeOnce(): Promise<FileWrite | null> {
		const settings = this.source.settings();
		const team = this.source.snapshot();
		if (!settings.calendarFeed || !team) return null;
		const path = normalizePath(`${calendarFolder(settings)}/${FEED_FILE_NAME}`);
		const text = teamCalendar(team, { itemText: settings.calendarItemText });
		// Deleted meanwhile (by the user, by a sync): written again on the next change.
		if (this.last?.path === path && sameCalendar(this.last.text, text) && this.app.vault.getAbstractFileByPath(path)) return 'unchanged';
		try {
			const result = await writeVaultFile(this.app, path, text, (old) => sameCalendar(old, text));
			this.last = { path, text };
			this.lastError = null;
			return result;
		} catch (error) {
			// Said once, not on every edit of every note while the cause stays.
			const message = `Could not write the calendar feed ${path}: ${plainWriteError(error)}.`;
			if (message !== this.lastError) this.notify(message);
			this.lastError = message;
			return null;
		}
	}
}
