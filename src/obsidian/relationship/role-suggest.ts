import { FuzzySuggestModal, type App } from 'obsidian';
import { capitalize } from '../../core/format';
import type { MentorRallySettings } from '../../core/settings';
import type { MentorSummary } from '../../core/types';

/** A choice of the role picker: a role of the targets, or the roles the note already has. */
export interface RoleChoice {
	readonly roles: readonly string[];
	readonly label: string;
}

/** The roles to offer a mentor: the note's own roles first (kept as they are), then each target role. */
export function roleChoices(mentor: MentorSummary, settings: MentorRallySettings): RoleChoice[] {
	const choices: RoleChoice[] = [];
	if (mentor.roles.length > 0) choices.push({ roles: mentor.roles, label: `Keep ${mentor.roles.join(', ')}` });
	for (const target of settings.roleTargets) {
		if (mentor.roles.length === 1 && mentor.roles[0] === target.role) continue;
		choices.push({ roles: [target.role], label: capitalize(target.role) });
	}
	return choices;
}

/** "Which role does … play on your team?": the same fuzzy picker as the mentor picker. */
export class RoleSuggestModal extends FuzzySuggestModal<RoleChoice> {
	constructor(
		app: App,
		private readonly choices: readonly RoleChoice[],
		name: string,
		private readonly choose: (choice: RoleChoice) => void,
	) {
		super(app);
		this.setPlaceholder(`Which role does ${name} play on your team?`);
		this.emptyStateText = 'No role matches. Roles are set in the settings, under Team.';
	}

	getItems(): RoleChoice[] {
		return [...this.choices];
	}

	getItemText(choice: RoleChoice): string {
		return choice.label;
	}

	onChooseItem(choice: RoleChoice): void {
		this.choose(choice);
	}
}
