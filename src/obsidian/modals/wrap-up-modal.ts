import { Modal, type App } from 'obsidian';
import type { CalendarDate } from '../../core/calendar-date';
import { listWords, relativeDay, shortDate } from '../../core/format';
import type { ItemDraft } from '../../core/item-draft';
import type { MentorRallySettings } from '../../core/settings';
import { readTypedDay } from '../../core/typed-day';
import type { MentorSummary } from '../../core/types';
import { draftSide, suggestGroupNext } from '../../core/wrap-up';
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
 * A group meeting (several mentors linked) books the next one for each of them, and has one
 * "… will" field per mentor: each of those items starts with that mentor's name.
 */
export class WrapUpModal extends Modal {
	private nextText = '';
	private mineText = '';
	/** What each mentor will do, in the order of `mentors`. */
	private readonly theirsText: string[];
	private readonly form: ModalForm;
	private readonly suggested: CalendarDate;
	private readonly mentors: readonly MentorSummary[];
	/** The first linked mentor: my items go to them, as the index reads a group meeting. */
	private readonly mentor: MentorSummary;
	private minePreview: HTMLElement | null = null;
	private theirsPreviews: HTMLElement[] = [];

	constructor(
		app: App,
		mentors: MentorSummary | readonly [MentorSummary, ...MentorSummary[]],
		private readonly meetingDay: CalendarDate,
		private readonly today: CalendarDate,
		private readonly settings: MentorRallySettings,
		private readonly submit: (wrapUp: WrapUp) => Promise<boolean>,
	) {
		super(app);
		this.mentors = 'path' in mentors ? [mentors] : mentors;
		this.mentor = this.mentors[0] as MentorSummary;
		this.theirsText = this.mentors.map(() => '');
		this.suggested = suggestGroupNext(this.mentors, meetingDay);
		this.nextText = this.suggested;
		this.form = new ModalForm(this, () => void this.save());
	}

	override onOpen(): void {
		this.setTitle(`Wrap up the meeting with ${listWords(this.mentors.map((m) => m.name))}`);
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
		this.theirsPreviews = this.mentors.map((mentor, at) =>
			this.side(contentEl, `${mentor.name} will…`, 'One item a line, e.g. "Intro to the trauma team"', (value) => (this.theirsText[at] = value)),
		);
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

	/** Sets the fields as if typed (tests): `theirs` for the first mentor, `theirsOf` by mentor path. */
	setFields(fields: { next?: string; mine?: string; theirs?: string; theirsOf?: Record<string, string> }): void {
		if (fields.next !== undefined) this.nextText = fields.next;
		if (fields.mine !== undefined) this.mineText = fields.mine;
		if (fields.theirs !== undefined) this.theirsText[0] = fields.theirs;
		this.mentors.forEach((mentor, at) => {
			const text = fields.theirsOf && Object.hasOwn(fields.theirsOf, mentor.path) ? fields.theirsOf[mentor.path] : undefined;
			if (text !== undefined) this.theirsText[at] = text;
		});
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
			theirs: this.theirsByMentor().flat(),
		};
	}

	/** Each mentor's items, in the order of `mentors`; in a group meeting each starts with the mentor's name. */
	private theirsByMentor(): ItemDraft[][] {
		const group = this.mentors.length > 1;
		return this.mentors.map((mentor, at) => draftSide(this.theirsText[at] ?? '', true, this.meetingDay, this.settings, mentor, group));
	}

	preview(): FormPreview {
		const next = this.next();
		if (next === undefined) return { chips: [], error: 'Type a day such as "Thu", "Dec 8" or 2026-12-08, or leave it empty.' };
		const { mine, theirs } = this.wrapUp();
		if ([...mine, ...theirs].some((d) => d.source === 'invalid')) return { chips: [], error: 'An item has a date that is not a real day; fix it to wrap up.' };
		if (next === null) return { chips: ['Not booked'], note: 'No next meeting is booked.' };
		const cadence = next === this.suggested ? `One cadence on (${cadenceWords(this.mentors, this.meetingDay, next)}).` : null;
		// A group meeting books the next one for every mentor it links.
		const note = this.mentors.length > 1 ? `${cadence ?? ''} Booked into each mentor note.`.trim() : (cadence ?? 'Booked into the mentor note.');
		return { chips: [shortDate(next, this.today), relativeDay(next, this.today)], note };
	}

	private refresh(): void {
		this.form.show(this.preview());
		this.fill(this.minePreview, this.wrapUp().mine, this.mentor);
		const theirs = this.theirsByMentor();
		this.mentors.forEach((mentor, at) => this.fill(this.theirsPreviews[at] ?? null, theirs[at] ?? [], mentor));
	}

	private fill(list: HTMLElement | null, drafts: readonly ItemDraft[], mentor: MentorSummary): void {
		if (!list) return;
		list.empty();
		for (const draft of drafts) list.createEl('li', { cls: 'mentor-rally-preview', text: `${draft.item.text} — ${describeDraft(draft, mentor, this.today)}` });
	}

	async save(): Promise<boolean> {
		if (!this.form.canSubmit) return false;
		const done = await submitSafely(() => this.submit(this.wrapUp()), this.form.messageEl);
		if (done) this.close();
		return done;
	}
}

/** The cadence the suggested day came from ("2 weeks"): the mentor whose cadence gives it. */
function cadenceWords(mentors: readonly MentorSummary[], meetingDay: CalendarDate, suggested: CalendarDate): string {
	const mentor = mentors.find((m) => suggestGroupNext([m], meetingDay) === suggested) ?? mentors[0];
	const cadence = mentor?.cadence;
	return cadence ? `${cadence.count} ${cadence.unit}${cadence.count === 1 ? '' : 's'}` : '';
}
