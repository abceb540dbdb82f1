import { Modal, Setting, type App } from 'obsidian';
import { parseCalendarDate, type CalendarDate } from '../../core/calendar-date';
import { relativeDay, shortDate } from '../../core/format';
import { readDuePhrase } from '../../core/natural-date';
import type { MentorRallySettings } from '../../core/settings';
import type { MentorSummary } from '../../core/types';
import { submitSafely } from './submit-safely';

/** "Snooze a mentor": no reminders until a day, typed as a date or in words ("in 2 weeks"). */
export class SnoozeModal extends Modal {
	private text = '';
	private previewEl: HTMLElement | null = null;

	constructor(
		app: App,
		private readonly mentor: MentorSummary,
		private readonly today: CalendarDate,
		private readonly settings: MentorRallySettings,
		private readonly submit: (until: CalendarDate | null) => Promise<boolean>,
	) {
		super(app);
	}

	override onOpen(): void {
		this.setTitle(`Snooze ${this.mentor.name}`);
		const { contentEl } = this;
		new Setting(contentEl)
			.setName('Until')
			.setDesc('A date such as 2026-12-15, or words such as "in 2 weeks" or "end of the month".')
			.addText((input) => {
				input.setPlaceholder('In 2 weeks').onChange((value) => {
					this.text = value;
					this.renderPreview();
				});
				window.setTimeout(() => input.inputEl.focus(), 0);
			});
		this.previewEl = contentEl.createDiv({ cls: 'mentor-rally-preview', attr: { 'aria-live': 'polite' } });
		this.renderPreview();
		const buttons = new Setting(contentEl);
		if (this.mentor.snoozedUntil) {
			buttons.addButton((button) => button.setButtonText('Turn reminders back on').onClick(() => void this.finish(null)));
		}
		buttons.addButton((button) =>
			button
				.setButtonText('Snooze')
				.setCta()
				.onClick(() => void this.save()),
		);
	}

	override onClose(): void {
		this.contentEl.empty();
	}

	setText(text: string): void {
		this.text = text;
		this.renderPreview();
	}

	/** The day typed, read forward from today; null when there is none (or it is not after today). */
	until(): CalendarDate | null {
		const text = this.text.trim();
		const date = parseCalendarDate(text) ?? (() => {
			const phrase = readDuePhrase(text, this.today, this.settings.dateOrder);
			return phrase?.kind === 'date' ? phrase.date : null;
		})();
		return date && date > this.today ? date : null;
	}

	async save(): Promise<boolean> {
		const until = this.until();
		if (!until) {
			this.renderPreview();
			return false;
		}
		return this.finish(until);
	}

	private async finish(until: CalendarDate | null): Promise<boolean> {
		const done = await submitSafely(() => this.submit(until), this.previewEl);
		if (done) this.close();
		return done;
	}

	private renderPreview(): void {
		if (!this.previewEl) return;
		const until = this.until();
		if (until) this.previewEl.setText(`No reminders for ${this.mentor.name} until ${shortDate(until, this.today)} (${relativeDay(until, this.today)}).`);
		else if (this.text.trim() === '') this.previewEl.setText(this.mentor.snoozedUntil ? `Snoozed until ${this.mentor.snoozedUntil}.` : 'Type a day after today.');
		else this.previewEl.setText('That is not a day after today.');
	}
}
