import { Modal, Setting, type App } from 'obsidian';
import { describeCadence, parseCadence, type Cadence } from '../../core/cadence';
import { addDays, type CalendarDate } from '../../core/calendar-date';
import { readTypedDay } from '../../core/typed-day';
import { ModalForm } from './modal-form';
import type { NewMentor } from '../../core/note-templates';
import { fileNameFor } from '../../core/file-names';
import { canonicalRole } from '../../core/roles';
import type { MentorRallySettings } from '../../core/settings';
import { capitalize, shortDate } from '../../core/format';
import { submitSafely } from './submit-safely';

/** "New mentor": a name, the roles they play on the team, how often to meet, and when you last met. */
export class NewMentorModal extends Modal {
	private name = '';
	private readonly roles = new Set<string>();
	private otherRoles = '';
	private cadenceText = '';
	private lastMetText = '';
	private readonly form: ModalForm;

	constructor(
		app: App,
		private readonly settings: MentorRallySettings,
		private readonly today: CalendarDate,
		private readonly submit: (mentor: NewMentor) => Promise<boolean>,
	) {
		super(app);
		this.form = new ModalForm(this, () => void this.save());
	}

	override onOpen(): void {
		this.setTitle('New mentor');
		const { contentEl } = this;
		contentEl.addClass('mentor-rally-new-mentor-modal');
		this.form.captureInput(contentEl, {
			label: 'Name (the note takes it)',
			placeholder: 'Dr. Maya Lee',
			onChange: (value) => {
				this.name = value;
				this.validate();
			},
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
		new Setting(contentEl)
			.setName('When did you last meet?')
			.setDesc('Optional: "Oct 3", "yesterday" or 2026-10-03. Empty: not yet.')
			.addText((input) =>
				input.setPlaceholder('Not yet').onChange((value) => {
					this.lastMetText = value;
					this.validate();
				}),
			);
		this.form.previewArea(contentEl);
		this.form.buttons(contentEl, 'Create mentor note');
		this.validate();
	}

	override onClose(): void {
		this.contentEl.empty();
	}

	/** Fills the form as if typed (for tests). */
	fill(name: string, roles: string[], cadence: string, lastMet = ''): void {
		this.name = name;
		this.roles.clear();
		for (const role of roles) this.roles.add(role);
		this.cadenceText = cadence;
		this.lastMetText = lastMet;
		this.validate();
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
		let lastContact: CalendarDate | null = null;
		if (this.lastMetText.trim() !== '') {
			lastContact = readTypedDay(this.lastMetText, this.today, this.settings.dateOrder);
			if (!lastContact) return { message: 'When you last met is not a day: try "Oct 3" or 2026-10-03, or leave it empty.' };
			// "Friday" reads forward for due dates; a meeting already held is the one before.
			if (lastContact > this.today && /^[a-z]+$/i.test(this.lastMetText.trim())) lastContact = addDays(lastContact, -7);
			if (lastContact > this.today) return { message: 'When you last met cannot be after today; a meeting ahead is booked from the mentor note.' };
		}
		return { mentor: { name, roles, cadence, today: this.today, lastContact } };
	}

	async save(): Promise<boolean> {
		const draft = this.draft();
		if ('message' in draft) {
			this.form.show({ chips: [], error: draft.message });
			return false;
		}
		const created = await submitSafely(() => this.submit(draft.mentor), this.form.messageEl);
		if (created) this.close();
		return created;
	}

	private validate(): void {
		const draft = this.draft();
		if ('message' in draft) {
			// Nothing typed yet: the button says why it waits, nothing in red.
			this.form.show(this.name.trim() === '' ? { chips: [], blocked: draft.message } : { chips: [], error: draft.message });
			return;
		}
		const { mentor } = draft;
		const chips = [mentor.name, mentor.cadence ? describeCadence(mentor.cadence) : this.settings.defaultCadence];
		if (mentor.lastContact) chips.push(`Last met ${shortDate(mentor.lastContact, this.today)}`);
		this.form.show({ chips });
	}
}
