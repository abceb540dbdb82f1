import { ButtonComponent, Modal, type App } from 'obsidian';

export interface Question {
	title: string;
	message: string;
	/** The button that goes ahead, in sentence case: "Replace it". */
	confirm: string;
}

/** A yes/no question before a write that would lose something the user wrote. */
export class ConfirmModal extends Modal {
	private answered = false;

	constructor(
		app: App,
		private readonly question: Question,
		private readonly answer: (yes: boolean) => void,
	) {
		super(app);
		// Enter answers with the button that goes ahead, as in Obsidian's own questions; on a
		// focused button (Tab to Cancel) the button itself answers.
		this.scope.register([], 'Enter', (evt) => {
			if (evt.target instanceof HTMLButtonElement) return true;
			this.finish(true);
			return false;
		});
	}

	override onOpen(): void {
		this.setTitle(this.question.title);
		this.contentEl.addClass('mentor-rally-modal');
		this.contentEl.createEl('p', { text: this.question.message });
		// The buttons of every Mentor Rally modal: Cancel, then the one that goes ahead, at the right.
		const row = this.contentEl.createDiv({ cls: 'modal-button-container mentor-rally-form-buttons' });
		new ButtonComponent(row).setButtonText('Cancel').onClick(() => this.finish(false));
		new ButtonComponent(row)
			.setButtonText(this.question.confirm)
			.setCta()
			.onClick(() => this.finish(true));
	}

	override onClose(): void {
		this.contentEl.empty();
		// Closed with Escape or the × : the same as Cancel.
		this.finish(false);
	}

	private finish(yes: boolean): void {
		if (this.answered) return;
		this.answered = true;
		this.answer(yes);
		this.close();
	}
}

/** Asks, and resolves once the user answers (closing the modal counts as no). */
export function askToConfirm(app: App, question: Question): Promise<boolean> {
	return new Promise((resolve) => new ConfirmModal(app, question, resolve).open());
}
