import { Modal, type App } from 'obsidian';
import type { CalendarDate } from '../../core/calendar-date';
import { relativeDay, shortDate } from '../../core/format';
import type { ItemDraft } from '../../core/item-draft';
import type { MentorRallySettings } from '../../core/settings';
import { readTypedDay } from '../../core/typed-day';
import type { MentorSummary } from '../../core/types';
import { draftSide, suggestNextMeeting } from '../../core/wrap-up';
import { describeDraft } from './item-modal';
import { ModalForm, type FormPreview } from './modal-form';
import { submitSafely } from './submit-safely';

export interface WrapUp {
	/** The next meeting to book; null when the field was cleared ("not booked yet"). */
	next: CalendarDate | null;
	mine: ItemDraft[];
	theirs: ItemDraft[];
}

/**
 * "Wrap up meeting": one dialog after a meeting. It logs the meeting as a contact on its own
 * day, books the next one (suggested one cadence on; type another day, or clear it), and
 * takes down what each side took away, one item a line, each with its due date previewed.
 */
export class WrapUpModal extends Modal {
	private nextText = '';
	private mineText = '';
	private theirsText = '';
	private readonly form: ModalForm;
	private readonly suggested: CalendarDate;
	private minePreview: HTMLElement | null = null;
	private theirsPreview: HTMLElement | null = null;

	constructor(
		app: App,
		private readonly mentor: MentorSummary,
		private readonly meetingDay: CalendarDate,
		private readonly today: CalendarDate,
		private readonly settings: MentorRallySettings,
		private readonly submit: (wrapUp: WrapUp) => Promise<boolean>,
	) {
		super(app);
		this.suggested = suggestNextMeeting(mentor, meetingDay);
		this.nextText = this.suggested;
		this.form = new ModalForm(this, () => void this.save());
	}

	override onOpen(): void {
		this.setTitle(`Wrap up the meeting with ${this.mentor.name}`);
		const { contentEl } = this;
		contentEl.createDiv({ cls: 'mentor-rally-form-note', text: `Held ${shortDate(this.meetingDay, this.today)}: logged as a contact on that day.` });
		this.form.captureInput(contentEl, {
			label: 'Next meeting',
			placeholder: 'Leave empty if not booked yet',
			value: this.nextText,
			onChange: (value) => {
				this.nextText = value;
				this.refresh();
			},
		});
		this.form.previewArea(contentEl);
		this.minePreview = this.side(contentEl, 'I will…', 'One item a line, e.g. "Send the revised abstract by Friday"', (value) => (this.mineText = value));
		this.theirsPreview = this.side(contentEl, `${this.mentor.name} will…`, 'One item a line, e.g. "Intro to the trauma team"', (value) => (this.theirsText = value));
		this.form.buttons(contentEl, 'Wrap up');
		this.refresh();
	}

	override onClose(): void {
		this.contentEl.empty();
	}

	private side(parent: HTMLElement, label: string, placeholder: string, set: (value: string) => void): HTMLElement {
		const wrap = parent.createDiv({ cls: 'mentor-rally-modal-capture mentor-rally-wrap-up-side' });
		wrap.createEl('label', { text: label, cls: 'mentor-rally-modal-capture-label' });
		const area = wrap.createEl('textarea', { cls: 'mentor-rally-wrap-up-items', attr: { placeholder, 'aria-label': label, rows: '3' } });
		area.addEventListener('input', () => {
			set(area.value);
			this.refresh();
		});
		return wrap.createEl('ul', { cls: 'mentor-rally-wrap-up-preview', attr: { 'aria-live': 'polite' } });
	}

	/** Sets the fields as if typed (tests). */
	setFields(fields: { next?: string; mine?: string; theirs?: string }): void {
		if (fields.next !== undefined) this.nextText = fields.next;
		if (fields.mine !== undefined) this.mineText = fields.mine;
		if (fields.theirs !== undefined) this.theirsText = fields.theirs;
		this.refresh();
	}

	/** The next meeting typed: null when left empty, undefined when the text names no day. */
	next(): CalendarDate | null | undefined {
		if (this.nextText.trim() === '') return null;
		return readTypedDay(this.nextText, this.today, this.settings.dateOrder) ?? undefined;
	}

	wrapUp(): WrapUp {
		return {
			next: this.next() ?? null,
			mine: draftSide(this.mineText, false, this.meetingDay, this.settings, this.mentor),
			theirs: draftSide(this.theirsText, true, this.meetingDay, this.settings, this.mentor),
		};
	}

	preview(): FormPreview {
		const next = this.next();
		if (next === undefined) return { chips: [], error: 'Type a day such as "Thu", "Dec 8" or 2026-12-08, or leave it empty.' };
		const { mine, theirs } = this.wrapUp();
		if ([...mine, ...theirs].some((d) => d.source === 'invalid')) return { chips: [], error: 'An item has a date that is not a real day; fix it to wrap up.' };
		if (next === null) return { chips: ['Not booked'], note: 'No next meeting is booked.' };
		const note =
			next === this.suggested ? `One cadence on (${this.mentor.cadence.count} ${this.mentor.cadence.unit}${this.mentor.cadence.count === 1 ? '' : 's'}).` : 'Booked into the mentor note.';
		return { chips: [shortDate(next, this.today), relativeDay(next, this.today)], note };
	}

	private refresh(): void {
		this.form.show(this.preview());
		const { mine, theirs } = this.wrapUp();
		this.fill(this.minePreview, mine);
		this.fill(this.theirsPreview, theirs);
	}

	private fill(list: HTMLElement | null, drafts: readonly ItemDraft[]): void {
		if (!list) return;
		list.empty();
		for (const draft of drafts) list.createEl('li', { cls: 'mentor-rally-preview', text: `${draft.item.text} — ${describeDraft(draft, this.mentor, this.today)}` });
	}

	async save(): Promise<boolean> {
		if (!this.form.canSubmit) return false;
		const done = await submitSafely(() => this.submit(this.wrapUp()), this.form.messageEl);
		if (done) this.close();
		return done;
	}
}
