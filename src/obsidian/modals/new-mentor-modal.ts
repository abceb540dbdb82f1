import { Modal, Setting, type App } from 'obsidian';
import { parseCadence, type Cadence } from '../../core/cadence';
import type { CalendarDate } from '../../core/calendar-date';
import type { NewMentor } from '../../core/note-templates';
import { fileNameFor } from '../../core/file-names';
import { canonicalRole } from '../../core/roles';
import type { MentorRallySettings } from '../../core/settings';
import { capitalize } from '../../core/format';
import { submitSafely } from './submit-safely';

/** "New mentor": a name, the roles they play on the team, and how often to meet. */
export class NewMentorModal extends Modal {
	private name = '';
	private readonly roles = new Set<string>();
	private otherRoles = '';
	private cadenceText = '';
	private messageEl: HTMLElement | null = null;

	constructor(
		app: App,
		private readonly settings: MentorRallySettings,
		private readonly today: CalendarDate,
		private readonly submit: (mentor: NewMentor) => Promise<boolean>,
	) {
		super(app);
	}

	override onOpen(): void {
		this.setTitle('New mentor');
		const { contentEl } = this;
		contentEl.addClass('mentor-rally-new-mentor-modal');
		new Setting(contentEl)
			.setName('Name')
			.setDesc('The note takes their name.')
			.addText((input) => {
				input.setPlaceholder('Dr. Maya Lee').onChange((value) => {
					this.name = value;
					this.validate();
				});
				window.setTimeout(() => input.inputEl.focus(), 0);
			});
		for (const target of this.settings.roleTargets) {
			new Setting(contentEl).setName(capitalize(target.role)).addToggle((toggle) =>
				toggle.onChange((on) => {
					if (on) this.roles.add(target.role);
					else this.roles.delete(target.role);
				}),
			);
		}
		new Setting(contentEl)
			.setName('Other roles')
			.setDesc('Separate several with commas.')
			.addText((input) => input.setPlaceholder('Clinical').onChange((value) => (this.otherRoles = value)));
		new Setting(contentEl)
			.setName('Cadence')
			.setDesc(`How often to meet. Empty: the default, ${this.settings.defaultCadence}.`)
			.addText((input) =>
				input.setPlaceholder(this.settings.defaultCadence).onChange((value) => {
					this.cadenceText = value;
					this.validate();
				}),
			);
		this.messageEl = contentEl.createDiv({ cls: 'mentor-rally-preview', attr: { 'aria-live': 'polite' } });
		new Setting(contentEl)
			.addButton((button) => button.setButtonText('Cancel').onClick(() => this.close()))
			.addButton((button) => button.setButtonText('Create mentor note').setCta().onClick(() => void this.save()));
	}

	override onClose(): void {
		this.contentEl.empty();
	}

	/** Fills the form as if typed (for tests). */
	fill(name: string, roles: string[], cadence: string): void {
		this.name = name;
		this.roles.clear();
		for (const role of roles) this.roles.add(role);
		this.cadenceText = cadence;
	}

	/** The mentor to create, or a message saying what is missing. */
	draft(): { mentor: NewMentor } | { message: string } {
		const name = this.name.trim();
		if (name === '') return { message: 'Give the mentor a name.' };
		// The note takes the name: one that cannot be a file name is refused here, as typed.
		const file = fileNameFor(name);
		if (!file.ok) return { message: file.message };
		let cadence: Cadence | null = null;
		if (this.cadenceText.trim() !== '') {
			const parsed = parseCadence(this.cadenceText);
			if (!parsed.ok) return { message: `${capitalize(parsed.message)}.` };
			cadence = parsed.cadence;
		}
		const roles = [...this.roles];
		for (const other of this.otherRoles.split(',')) {
			const role = canonicalRole(other, this.settings.roleSynonyms);
			if (role !== '' && !roles.includes(role)) roles.push(role);
		}
		return { mentor: { name, roles, cadence, today: this.today } };
	}

	async save(): Promise<boolean> {
		const draft = this.draft();
		if ('message' in draft) {
			this.messageEl?.setText(draft.message);
			return false;
		}
		const created = await submitSafely(() => this.submit(draft.mentor), this.messageEl);
		if (created) this.close();
		return created;
	}

	private validate(): void {
		const draft = this.draft();
		this.messageEl?.setText('message' in draft && this.name.trim() !== '' ? draft.message : '');
	}
}
