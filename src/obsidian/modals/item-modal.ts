import { Modal, Setting, type App } from 'obsidian';
import { parseCalendarDate, type CalendarDate } from '../../core/calendar-date';
import { relativeDay, shortDate } from '../../core/format';
import { draftItem, draftReply, type ItemDraft } from '../../core/item-draft';
import type { NewItem } from '../../core/note-templates';
import type { MentorRallySettings } from '../../core/settings';
import type { MentorSummary } from '../../core/types';
import { ModalForm, type FormPreview } from './modal-form';
import { submitSafely } from './submit-safely';

export interface ItemModalOptions {
	/** `item`: anything promised either way; `reply`: an email I owe an answer to. */
	mode: 'item' | 'reply';
	mentor: MentorSummary;
	today: CalendarDate;
	settings: MentorRallySettings;
	/** Start with "They owe this" on (Add item on Their court). */
	theirs?: boolean;
	/** The note the item goes into, when not the mentor note (the open meeting note). */
	into?: string | null;
	submit: (item: NewItem) => Promise<boolean>;
}

/**
 * "Add an item" and "log an email that needs a reply": one capture input, a live preview
 * (the due date and whose court, read as the index will read the line) and a button that
 * writes the item with an explicit `📅` date.
 */
export class ItemModal extends Modal {
	private text = '';
	private theirs = false;
	private readonly form: ModalForm;

	constructor(
		app: App,
		private readonly options: ItemModalOptions,
	) {
		super(app);
		this.theirs = options.theirs === true;
		this.form = new ModalForm(this, () => void this.save());
	}

	override onOpen(): void {
		const { mode, mentor, into } = this.options;
		this.setTitle(mode === 'item' ? `Add an item for ${mentor.name}` : `Log an email from ${mentor.name}`);
		const { contentEl } = this;
		contentEl.addClass('mentor-rally-item-modal');
		this.form.captureInput(contentEl, {
			label: mode === 'item' ? 'Write it the way you would say it' : 'What the email is about',
			placeholder: mode === 'item' ? 'Send the revised abstract by Friday' : 'Poster deadline',
			onChange: (value) => {
				this.text = value;
				this.renderPreview();
			},
		});
		if (mode === 'item') {
			new Setting(contentEl)
				.setName('They owe this')
				.setDesc(`Their court: tags the item #${this.options.settings.ownerTag}. Starting with their name ("Dr. Lee will…", "Maya to…", "Lee:") does the same.`)
				.addToggle((toggle) =>
					toggle.setValue(this.theirs).onChange((value) => {
						this.theirs = value;
						this.renderPreview();
					}),
				);
		}
		if (into) contentEl.createDiv({ cls: 'mentor-rally-form-note', text: `Goes into the open meeting note, ${baseName(into)}.` });
		this.form.previewArea(contentEl);
		this.form.buttons(contentEl, mode === 'item' ? 'Add item' : 'Log email');
		this.renderPreview();
	}

	override onClose(): void {
		this.contentEl.empty();
	}

	/** The item as it will be written, from what is typed now. */
	draft(): ItemDraft {
		const { mode, mentor, today, settings } = this.options;
		return mode === 'reply' ? draftReply(mentor.name, this.text, today, settings) : draftItem(this.text, this.theirs, today, settings, mentor);
	}

	/** Sets the text as if typed (for tests and for prefilled calls). */
	setText(text: string, theirs = false): void {
		this.text = text;
		this.theirs = theirs;
		this.renderPreview();
	}

	async save(): Promise<boolean> {
		const draft = this.draft();
		if (this.options.mode === 'item' && draft.item.text === '') {
			this.form.show({ chips: [], error: 'Write what needs doing first.' });
			return false;
		}
		if (draft.source === 'invalid') return false;
		const written = await submitSafely(() => this.options.submit(draft.item), this.form.messageEl);
		if (written) this.close();
		return written;
	}

	/** The preview: chips for the date and the owner, the sentence, and why it cannot be added yet. */
	preview(): FormPreview {
		const { mode, mentor, today } = this.options;
		const draft = this.draft();
		const note = describeDraft(draft, mentor, today);
		if (mode === 'item' && draft.item.text === '') return { chips: [], note, blocked: 'Write what needs doing first.' };
		if (draft.source === 'invalid') return { chips: [], error: note };
		const due = draft.item.due ?? (draft.source === 'explicit' ? parseCalendarDate(draft.phrase) : null);
		const chips = [due ? shortDate(due, today) : draft.source === 'next-meeting' || draft.source === 'none' ? 'Next meeting' : 'No date'];
		if (mode === 'item') chips.push(draft.owner === 'them' ? `Theirs: ${mentor.name}` : 'Yours');
		return { chips, note };
	}

	private renderPreview(): void {
		this.form.show(this.preview());
	}
}

function baseName(path: string): string {
	return path.slice(path.lastIndexOf('/') + 1).replace(/\.md$/i, '');
}

/** The live preview's sentence: when the item will be due, and why. */
export function describeDraft(draft: ItemDraft, mentor: MentorSummary, today: CalendarDate): string {
	const owner = draft.owner === 'them' ? `${mentor.name} owes this` : 'You owe this';
	const at = (date: CalendarDate): string => `${shortDate(date, today)} (${relativeDay(date, today)})`;
	const nextMeeting = mentor.nextDue ? `the next meeting, ${at(mentor.nextDue)}` : 'the next meeting';
	switch (draft.source) {
		case 'explicit': {
			const date = parseCalendarDate(draft.phrase);
			return date ? `${owner}, due ${at(date)}.` : `${owner}.`;
		}
		case 'invalid':
			return `${draft.phrase ?? 'That date'} is not a real day; fix the date to add the item.`;
		case 'phrase':
			return draft.item.due ? `${owner}, due ${at(draft.item.due)}, read from "${draft.phrase ?? ''}".` : `${owner}.`;
		case 'next-meeting':
			return `${owner}, due at ${nextMeeting}.`;
		case 'reply-window':
			return draft.item.due ? `Reply due ${at(draft.item.due)}.` : 'Reply owed.';
		case 'none':
			return draft.item.text === '' ? 'The due date will show here as you type.' : `${owner}. No date found: due at ${nextMeeting}.`;
	}
}
