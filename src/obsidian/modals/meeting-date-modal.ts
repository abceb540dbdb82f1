import { Modal, type App } from 'obsidian';
import type { CalendarDate } from '../../core/calendar-date';
import { relativeDay, shortDate } from '../../core/format';
import type { MentorRallySettings } from '../../core/settings';
import { readTypedDay } from '../../core/typed-day';
import type { MentorSummary } from '../../core/types';
import { ModalForm, type FormPreview } from './modal-form';
import { submitSafely } from './submit-safely';

/**
 * "Start meeting note": asks the day first. A meeting note counts as a contact once its
 * day has come; dated ahead, it is a booked meeting (the writer sets next_meeting), so a
 * note made to prepare never logs a meeting that has not happened. Empty input means the
 * default: the booked day, else today.
 */
export class MeetingDateModal extends Modal {
	private text = '';
	private readonly form: ModalForm;

	constructor(
		app: App,
		private readonly mentor: MentorSummary,
		private readonly defaultDay: CalendarDate,
		private readonly today: CalendarDate,
		private readonly settings: MentorRallySettings,
		private readonly submit: (day: CalendarDate) => Promise<boolean>,
	) {
		super(app);
		this.form = new ModalForm(this, () => void this.save());
	}

	override onOpen(): void {
		this.setTitle(`Meeting with ${this.mentor.name}`);
		const { contentEl } = this;
		this.form.captureInput(contentEl, {
			label: 'When',
			placeholder: `${shortDate(this.defaultDay, this.today)} (type "Thu", "Dec 8" or 2026-12-08)`,
			onChange: (value) => {
				this.text = value;
				this.form.show(this.preview());
			},
		});
		this.form.previewArea(contentEl);
		this.form.buttons(contentEl, 'Start meeting note');
		this.form.show(this.preview());
	}

	override onClose(): void {
		this.contentEl.empty();
	}

	/** Sets the text as if typed (tests). */
	setText(text: string): void {
		this.text = text;
		this.form.show(this.preview());
	}

	/** The day chosen: the typed one, else the default; null when the text names no day. */
	day(): CalendarDate | null {
		return this.text.trim() === '' ? this.defaultDay : readTypedDay(this.text, this.today, this.settings.dateOrder);
	}

	preview(): FormPreview {
		const day = this.day();
		if (!day) return { chips: [], error: 'Type a day such as "Thu", "Dec 8" or 2026-12-08.' };
		const chips = [shortDate(day, this.today), relativeDay(day, this.today)];
		if (day > this.today) return { chips, note: 'Booked: no contact is logged until that day.' };
		return { chips, note: day === this.today ? 'Held today: logged as a contact.' : 'Held then: logged as a contact on that day.' };
	}

	async save(): Promise<boolean> {
		const day = this.day();
		if (!day) {
			this.form.show(this.preview());
			return false;
		}
		const done = await submitSafely(() => this.submit(day), this.form.messageEl);
		if (done) this.close();
		return done;
	}
}
