import { Modal, type App } from 'obsidian';
import { describeCadence } from '../../core/cadence';
import type { CalendarDate } from '../../core/calendar-date';
import { capitalize, shortDate } from '../../core/format';
import { cadencePreview, draftNewMentor, draftSchedule, roleChoices, type NewMentorDraft } from '../../core/new-mentor-draft';
import type { NewMentor } from '../../core/note-templates';
import type { MentorRallySettings } from '../../core/settings';
import { ModalForm } from './modal-form';
import { submitSafely } from './submit-safely';

/**
 * "New mentor": a name, the roles they play on the team (picked from the built-in and the
 * custom roles of the settings, or typed), how often to meet with a live preview of when
 * the first meeting falls due, and when you last met.
 */
export class NewMentorModal extends Modal {
	private name = '';
	private readonly roles = new Set<string>();
	private otherRoles = '';
	private cadenceText = '';
	private lastMetText = '';
	private cadenceHint: HTMLElement | null = null;
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
		const choices = roleChoices(this.settings).map((role) => ({ value: role, text: capitalize(role) }));
		this.form.choices(contentEl, 'Role on your team', choices, (role, on) => {
			if (on) this.roles.add(role);
			else this.roles.delete(role);
			this.validate();
		});
		this.form.field(contentEl, {
			label: 'Other roles (separate several with commas)',
			placeholder: 'Clinical',
			onChange: (value) => {
				this.otherRoles = value;
				this.validate();
			},
		});
		this.cadenceHint = this.form.field(contentEl, {
			label: 'How often to meet',
			placeholder: this.settings.defaultCadence,
			hint: true,
			onChange: (value) => {
				this.cadenceText = value;
				this.validate();
			},
		}).hint;
		this.form.field(contentEl, {
			label: 'When did you last meet? (optional)',
			placeholder: '"Oct 3", "yesterday" or 2026-10-03; empty: not yet',
			onChange: (value) => {
				this.lastMetText = value;
				this.validate();
			},
		});
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
	draft(): NewMentorDraft {
		return draftNewMentor({ name: this.name, roles: [...this.roles], otherRoles: this.otherRoles, cadence: this.cadenceText, lastMet: this.lastMetText }, this.settings, this.today);
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
		this.showCadence();
		if ('message' in draft) {
			// Nothing typed yet: the button says why it waits, nothing in red.
			this.form.show(draft.field === 'name' && this.name.trim() === '' ? { chips: [], blocked: draft.message } : { chips: [], error: draft.message });
			return;
		}
		const { mentor } = draft;
		const chips = [mentor.name];
		if (mentor.roles.length > 0) chips.push(mentor.roles.map(capitalize).join(', '));
		chips.push(draft.cadence ? describeCadence(draft.cadence) : this.settings.defaultCadence);
		if (mentor.lastContact) chips.push(`Last met ${shortDate(mentor.lastContact, this.today)}`);
		this.form.show({ chips });
	}

	/** Under the cadence: "every 2 weeks → next due Tue 8 Dec", or why the cadence is not read. */
	private showCadence(): void {
		if (!this.cadenceHint) return;
		const schedule = draftSchedule({ cadence: this.cadenceText, lastMet: this.lastMetText }, this.settings, this.today);
		const wrong = 'message' in schedule && schedule.field === 'cadence';
		this.cadenceHint.toggleClass('mod-error', wrong);
		if (wrong) this.cadenceHint.setText('Not a cadence yet: try "weekly", "every 2 weeks" or "monthly".');
		else if ('message' in schedule) this.cadenceHint.setText('');
		else this.cadenceHint.setText(cadencePreview(schedule.cadence, schedule.nextDue, this.today, this.settings));
	}
}
