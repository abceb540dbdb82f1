import { ButtonComponent, Modal, type App } from 'obsidian';
import { ModalForm } from './modal-form';
import { parseCalendarDate, type CalendarDate } from '../../core/calendar-date';
import { relativeDay, shortDate } from '../../core/format';
import { readDuePhrase } from '../../core/natural-date';
import type { MentorRallySettings } from '../../core/settings';
import type { MentorSummary } from '../../core/types';
import { submitSafely } from './submit-safely';

/** "Snooze a mentor": no reminders until a day, typed as a date or in words ("in 2 weeks"). */
export class SnoozeModal extends Modal {
	private text = '';
	private readonly form: ModalForm;

	constructor(
		app: App,
		private readonly mentor: MentorSummary,
		private readonly today: CalendarDate,
		private readonly settings: MentorRallySettings,
		private readonly submit: (until: CalendarDate | null) => Promise<boolean>,
	) {
		super(app);
		this.form = new ModalForm(this, () => void this.save());
	}

	override onOpen(): void {
		this.setTitle(`Snooze ${this.mentor.name}`);
		const { contentEl } = this;
		this.form.captureInput(contentEl, {
			label: 'Pause meeting reminders until',
			placeholder: 'In 2 weeks, Dec 15 or 2026-12-15',
			onChange: (value) => {
				this.text = value;
				this.renderPreview();
			},
		});
		this.form.previewArea(contentEl);
		this.form.buttons(contentEl, 'Snooze', (row) => {
			if (!this.mentor.snoozedUntil) return;
			new ButtonComponent(row).setButtonText('Turn reminders back on').onClick(() => void this.finish(null));
		});
		this.renderPreview();
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
		const date =
			parseCalendarDate(text) ??
			(() => {
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
		const done = await submitSafely(() => this.submit(until), this.form.messageEl);
		if (done) this.close();
		return done;
	}

	private renderPreview(): void {
		const until = this.until();
		if (until) {
			this.form.show({
				chips: [shortDate(until, this.today), relativeDay(until, this.today)],
				note: `No meeting reminders for ${this.mentor.name} until then; items and replies still remind.`,
			});
		} else if (this.text.trim() === '') {
			const now = this.mentor.snoozedUntil ? `Snoozed until ${shortDate(this.mentor.snoozedUntil, this.today)}.` : undefined;
			this.form.show({ chips: [], note: now, blocked: 'Type a day after today.' });
		} else this.form.show({ chips: [], error: 'That is not a day after today.' });
	}
}
