import { Modal, Setting, type App } from 'obsidian';
import { parseCalendarDate, type CalendarDate } from '../../core/calendar-date';
import { relativeDay, shortDate } from '../../core/format';
import { draftItem, draftReply, type ItemDraft } from '../../core/item-draft';
import type { NewItem } from '../../core/note-templates';
import type { MentorRallySettings } from '../../core/settings';
import type { MentorSummary } from '../../core/types';
import { submitSafely } from './submit-safely';

export interface ItemModalOptions {
	/** `item`: anything promised either way; `reply`: an email I owe an answer to. */
	mode: 'item' | 'reply';
	mentor: MentorSummary;
	today: CalendarDate;
	settings: MentorRallySettings;
	submit: (item: NewItem) => Promise<boolean>;
}

/**
 * "Add an item" and "log an email that needs a reply": one text field, a live preview
 * of the due date read from it, and a button that writes the item with an explicit
 * `📅` date.
 */
export class ItemModal extends Modal {
	private text = '';
	private theirs = false;
	private previewEl: HTMLElement | null = null;

	constructor(app: App, private readonly options: ItemModalOptions) {
		super(app);
	}

	override onOpen(): void {
		const { mode, mentor } = this.options;
		this.setTitle(mode === 'item' ? `Add an item for ${mentor.name}` : `Log an email from ${mentor.name}`);
		const { contentEl } = this;
		contentEl.addClass('mentor-rally-item-modal');

		new Setting(contentEl)
			.setName(mode === 'item' ? 'Item' : 'About')
			.setDesc(mode === 'item' ? 'Write it the way you would say it: "send the revised abstract by Friday".' : 'What the email is about, in a few words.')
			.addText((input) => {
				input.setPlaceholder(mode === 'item' ? 'Send the revised abstract by Friday' : 'Poster deadline');
				input.onChange((value) => {
					this.text = value;
					this.renderPreview();
				});
				input.inputEl.addEventListener('keydown', (event) => {
					if (event.key === 'Enter' && !event.isComposing) {
						event.preventDefault();
						void this.save();
					}
				});
				window.setTimeout(() => input.inputEl.focus(), 0);
			});
		if (mode === 'item') {
			new Setting(contentEl)
				.setName('They owe this')
				.setDesc(`Their court: tags the item #${this.options.settings.ownerTag}.`)
				.addToggle((toggle) =>
					toggle.onChange((value) => {
						this.theirs = value;
						this.renderPreview();
					}),
				);
		}
		this.previewEl = contentEl.createDiv({ cls: 'mentor-rally-preview', attr: { 'aria-live': 'polite' } });
		this.renderPreview();
		new Setting(contentEl)
			.addButton((button) => button.setButtonText('Cancel').onClick(() => this.close()))
			.addButton((button) =>
				button
					.setButtonText(mode === 'item' ? 'Add item' : 'Log email')
					.setCta()
					.onClick(() => void this.save()),
			);
	}

	override onClose(): void {
		this.contentEl.empty();
	}

	/** The item as it will be written, from what is typed now. */
	draft(): ItemDraft {
		const { mode, mentor, today, settings } = this.options;
		return mode === 'reply' ? draftReply(mentor.name, this.text, today, settings) : draftItem(this.text, this.theirs, today, settings);
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
			this.previewEl?.setText('Write what needs doing first.');
			return false;
		}
		if (draft.source === 'invalid') return false;
		const written = await submitSafely(() => this.options.submit(draft.item), this.previewEl);
		if (written) this.close();
		return written;
	}

	private renderPreview(): void {
		if (!this.previewEl) return;
		this.previewEl.setText(describeDraft(this.draft(), this.options.mentor, this.options.today));
	}
}

/** The live preview's sentence: when the item will be due, and why. */
export function describeDraft(draft: ItemDraft, mentor: MentorSummary, today: CalendarDate): string {
	const owner = draft.item.theirs ? `${mentor.name} owes this` : 'You owe this';
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
