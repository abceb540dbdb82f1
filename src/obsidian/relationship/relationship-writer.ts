import type { App } from 'obsidian';
import type { CalendarDate } from '../../core/calendar-date';
import { appendHistoryLine, historyLine } from '../../core/relationship/history-edit';
import type { MentorRallySettings } from '../../core/settings';
import type { MentorSummary } from '../../core/types';
import type { Notify } from '../undo';
import { existingKey, NoteAccess } from '../writes/note-access';

/**
 * The writes of a relationship changing: a prospect joins the team, a role changes. Each sets
 * the property through Obsidian's property writer and appends a dated line to the note's
 * `## History` section, so the change stays in the relationship's history. One undo covers both.
 */
export class RelationshipWriter {
	private readonly access: NoteAccess;

	constructor(
		app: App,
		private readonly settings: () => MentorRallySettings,
		private readonly today: () => CalendarDate,
		private readonly notify: Notify,
	) {
		this.access = new NoteAccess(app, notify);
	}

	/** A prospect joins the team: status active, since today, and `- today Status: active (was prospect)`. */
	async convertProspect(mentor: MentorSummary): Promise<boolean> {
		const file = this.access.noteAt(mentor.path);
		if (!file) return false;
		const today = this.today();
		const names = this.settings().properties;
		const undo = this.access.recorder();
		await undo.watch(file);
		const written = await this.access.editProperties(file, (frontmatter) => {
			frontmatter[existingKey(frontmatter, names.status)] = 'active';
			frontmatter[existingKey(frontmatter, names.since)] = today;
		});
		if (!written) return false;
		const line = historyLine(today, 'status', `active (was ${this.settings().relationships.prospectStatus})`);
		if (!(await this.access.processBody(file, `Could not add to the history of ${file.basename}`, (text) => appendHistoryLine(text, line)))) return false;
		this.notify(`${mentor.name} joined your team today.`, (await undo.finish()) ?? undefined);
		return true;
	}

	/** Sets the mentor's roles and records the change: `- today Role: sponsor`. */
	async setRoles(mentor: MentorSummary, roles: readonly string[]): Promise<boolean> {
		const file = this.access.noteAt(mentor.path);
		if (!file) return false;
		const today = this.today();
		const key = this.settings().properties.role;
		const undo = this.access.recorder();
		await undo.watch(file);
		const written = await this.access.editProperties(file, (frontmatter) => {
			frontmatter[existingKey(frontmatter, key)] = roles.length === 1 ? roles[0] : [...roles];
		});
		if (!written) return false;
		const line = historyLine(today, 'role', roles.join(', '));
		if (!(await this.access.processBody(file, `Could not add to the history of ${file.basename}`, (text) => appendHistoryLine(text, line)))) return false;
		this.notify(`${mentor.name}'s role is now ${roles.join(', ')}.`, (await undo.finish()) ?? undefined);
		return true;
	}
}
