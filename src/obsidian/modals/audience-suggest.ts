import { FuzzySuggestModal, type App } from 'obsidian';
import type { Audience } from '../loop/updates';

/** "Draft an update": to whom — one mentor, everyone in a role, or the whole team. */
export class AudienceSuggestModal extends FuzzySuggestModal<Audience> {
	constructor(
		app: App,
		private readonly list: readonly Audience[],
		private readonly choose: (audience: Audience) => void,
	) {
		super(app);
		this.setPlaceholder('Draft a progress update to…');
		this.emptyStateText = 'No active mentor matches.';
	}

	getItems(): Audience[] {
		return [...this.list];
	}

	getItemText(audience: Audience): string {
		return audience.label;
	}

	onChooseItem(audience: Audience): void {
		this.choose(audience);
	}
}
