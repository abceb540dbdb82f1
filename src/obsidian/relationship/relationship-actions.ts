import type { App } from 'obsidian';
import type { MentorSummary } from '../../core/types';
import type { TeamStore } from '../team-store';
import type { Notify } from '../undo';
import { HistoryModal } from './history-modal';
import { RelationshipWriter } from './relationship-writer';
import { roleChoices, RoleSuggestModal } from './role-suggest';

/** The dashboard's relationship buttons: convert a prospect, open a mentor's history. */
export interface RelationshipActions {
	/** One click: status active, since today, a line in the History section; then the role picker. */
	convertProspect(mentor: MentorSummary): Promise<boolean>;
	/** Open the mentor's whole history (score, contacts per month by year, timeline). */
	showHistory(mentor: MentorSummary): void;
}

export function createRelationshipActions(app: App, store: TeamStore, notify: Notify): RelationshipActions {
	const writer = new RelationshipWriter(
		app,
		() => store.settings(),
		() => store.today(),
		notify,
	);
	return {
		convertProspect: async (mentor) => {
			if (!(await writer.convertProspect(mentor))) return false;
			const settings = store.settings();
			new RoleSuggestModal(app, roleChoices(mentor, settings), mentor.name, (choice) => {
				// Keeping the roles the note has writes nothing more.
				if (choice.roles !== mentor.roles) void writer.setRoles(mentor, choice.roles);
			}).open();
			return true;
		},
		showHistory: (mentor) => {
			const team = store.snapshot();
			if (team) new HistoryModal(app, team, mentor).open();
		},
	};
}
