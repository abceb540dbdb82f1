import { ButtonComponent, type Modal } from 'obsidian';

/** What a form shows under its input as the user types. */
export interface FormPreview {
	/** Short facts as chips: the date ("Tue 8 Dec"), the owner. */
	chips: readonly string[];
	/** A sentence under the chips (plain, muted). */
	note?: string;
	/** Why the form cannot be sent: shown in the error colour, and the submit button is disabled. */
	error?: string | null;
	/** Why the form cannot be sent yet, before anything is typed: the button is disabled and says why, no red. */
	blocked?: string | null;
}

/**
 * The parts every Mentor Rally modal shares, so they look and behave alike: a full-width
 * capture input, a live preview of chips, an error line in the error colour, a Cancel
 * button and a submit button that is disabled (saying why) while the input is invalid,
 * and Enter to submit from any single-line input. Escape closes the modal, as in every
 * Obsidian modal (the modal's own scope handles it).
 */
export class ModalForm {
	private chipsEl: HTMLElement | null = null;
	private noteEl: HTMLElement | null = null;
	private errorEl: HTMLElement | null = null;
	private submitButton: ButtonComponent | null = null;
	private blocked: string | null = null;

	constructor(
		private readonly modal: Modal,
		private readonly submit: () => void,
	) {
		modal.contentEl.addClass('mentor-rally-modal');
		modal.contentEl.addEventListener('keydown', (event) => {
			if (event.key !== 'Enter' || event.isComposing || event.shiftKey) return;
			const target = event.target;
			if (target instanceof HTMLTextAreaElement || target instanceof HTMLButtonElement) return;
			event.preventDefault();
			this.trySubmit();
		});
	}

	/** A full-width text input, focused when the modal opens. */
	captureInput(container: HTMLElement, options: { label: string; placeholder: string; value?: string; onChange: (value: string) => void }): HTMLInputElement {
		const wrap = container.createDiv({ cls: 'mentor-rally-modal-capture' });
		wrap.createEl('label', { text: options.label, cls: 'mentor-rally-modal-capture-label' });
		const input = wrap.createEl('input', { type: 'text', cls: 'mentor-rally-modal-capture-input', attr: { placeholder: options.placeholder, 'aria-label': options.label } });
		input.value = options.value ?? '';
		input.addEventListener('input', () => options.onChange(input.value));
		window.setTimeout(() => input.focus(), 0);
		return input;
	}

	/**
	 * A labelled text input under the capture input (cadence, a day), with, when asked, a hint
	 * line under it for the caller to fill as the user types. Enter in it submits, as in the
	 * capture input.
	 */
	field(container: HTMLElement, options: { label: string; placeholder: string; hint?: boolean; onChange: (value: string) => void }): { input: HTMLInputElement; hint: HTMLElement | null } {
		const wrap = container.createDiv({ cls: 'mentor-rally-modal-field' });
		wrap.createEl('label', { text: options.label, cls: 'mentor-rally-modal-field-label' });
		const input = wrap.createEl('input', { type: 'text', cls: 'mentor-rally-modal-field-input', attr: { placeholder: options.placeholder, 'aria-label': options.label } });
		input.addEventListener('input', () => options.onChange(input.value));
		const hint = options.hint ? wrap.createDiv({ cls: 'mentor-rally-modal-field-hint', attr: { 'aria-live': 'polite' } }) : null;
		return { input, hint };
	}

	/** Choices any number of which can be on (roles): buttons that say whether they are pressed. */
	choices(container: HTMLElement, label: string, options: readonly { value: string; text: string }[], onChange: (value: string, on: boolean) => void): HTMLElement {
		const wrap = container.createDiv({ cls: 'mentor-rally-modal-field' });
		wrap.createDiv({ cls: 'mentor-rally-modal-field-label', text: label });
		const group = wrap.createDiv({ cls: 'mentor-rally-choices', attr: { role: 'group', 'aria-label': label } });
		for (const option of options) {
			const button = group.createEl('button', { cls: 'mentor-rally-choice', text: option.text, attr: { type: 'button', 'aria-pressed': 'false', 'data-value': option.value } });
			button.addEventListener('click', () => {
				const on = button.getAttribute('aria-pressed') !== 'true';
				button.setAttribute('aria-pressed', String(on));
				button.toggleClass('is-active', on);
				onChange(option.value, on);
			});
		}
		return group;
	}

	/** The live preview's place (chips, a note and the error line). */
	previewArea(container: HTMLElement): void {
		const area = container.createDiv({ cls: 'mentor-rally-form-preview', attr: { 'aria-live': 'polite' } });
		this.chipsEl = area.createDiv({ cls: 'mentor-rally-chips' });
		this.noteEl = area.createDiv({ cls: 'mentor-rally-form-note mentor-rally-preview' });
		this.errorEl = area.createDiv({ cls: 'mentor-rally-form-error' });
	}

	/** Cancel and the submit button, at the foot of the modal. */
	buttons(container: HTMLElement, submitText: string, extra?: (row: HTMLElement) => void): void {
		const row = container.createDiv({ cls: 'modal-button-container mentor-rally-form-buttons' });
		extra?.(row);
		new ButtonComponent(row).setButtonText('Cancel').onClick(() => this.modal.close());
		this.submitButton = new ButtonComponent(row)
			.setButtonText(submitText)
			.setCta()
			.onClick(() => this.trySubmit());
		this.applyBlocked();
	}

	/** Shows the preview; an error disables the submit button and says why. */
	show(preview: FormPreview): void {
		if (this.chipsEl) {
			this.chipsEl.empty();
			for (const chip of preview.chips) this.chipsEl.createSpan({ cls: 'mentor-rally-chip', text: chip });
		}
		this.noteEl?.setText(preview.note ?? '');
		this.blocked = preview.error ?? preview.blocked ?? null;
		this.errorEl?.setText(preview.error ?? '');
		this.applyBlocked();
	}

	/** Says a failure after submitting (the write was refused): in the error colour, button left enabled. */
	fail(message: string): void {
		this.errorEl?.setText(message);
	}

	/** The error element, for submitSafely's message. */
	get messageEl(): HTMLElement | null {
		return this.errorEl;
	}

	/** True when the submit button is enabled. */
	get canSubmit(): boolean {
		return this.blocked === null;
	}

	private trySubmit(): void {
		if (this.blocked !== null) return;
		this.submit();
	}

	private applyBlocked(): void {
		if (!this.submitButton) return;
		const blocked = this.blocked !== null;
		this.submitButton.setDisabled(blocked);
		// Also on the element itself: what the browser (and a screen reader) reads.
		this.submitButton.buttonEl.disabled = blocked;
		this.submitButton.buttonEl.toggleClass('is-disabled', blocked);
		// The reason is the blocked button's tooltip and accessible name; enabled, its text names it.
		if (this.blocked !== null) this.submitButton.setTooltip(this.blocked);
		else this.submitButton.buttonEl.removeAttribute('aria-label');
	}
}
