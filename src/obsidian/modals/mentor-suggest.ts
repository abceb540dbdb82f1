import { FuzzySuggestModal, renderMatches, type App, type FuzzyMatch } from 'obsidian';
import { describeCadence } from '../../core/cadence';
import type { CalendarDate } from '../../core/calendar-date';
import { statusLabel } from '../../core/presentation/labels';
import type { MentorSummary } from '../../core/types';

/** A fuzzy picker over mentors: matches names, aliases and roles; active mentors first. */
export class MentorSuggestModal extends FuzzySuggestModal<MentorSummary> {
	constructor(
		app: App,
		private readonly mentors: readonly MentorSummary[],
		private readonly today: CalendarDate,
		placeholder: string,
		private readonly choose: (mentor: MentorSummary) => void,
	) {
		super(app);
		this.setPlaceholder(placeholder);
		this.emptyStateText = 'No mentor matches. Use "New mentor" to add one.';
	}

	getItems(): MentorSummary[] {
		const rank = { active: 0, prospect: 1, paused: 2, alumni: 3 } as const;
		return [...this.mentors].sort((a, b) => rank[a.lifecycle] - rank[b.lifecycle]);
	}

	getItemText(mentor: MentorSummary): string {
		return [mentor.name, ...mentor.aliases, ...mentor.roles].join(' ');
	}

	override renderSuggestion(match: FuzzyMatch<MentorSummary>, el: HTMLElement): void {
		const mentor = match.item;
		// Obsidian's own row pattern (suggestion-content, -title, -note), as in its core pickers.
		el.addClass('mod-complex');
		const content = el.createDiv({ cls: 'suggestion-content' });
		const title = content.createDiv({ cls: 'suggestion-title mentor-rally-suggestion-title' });
		// Highlight only within the name; matches in aliases or roles still count.
		renderMatches(
			title,
			mentor.name,
			match.match.matches.filter(([start]) => start < mentor.name.length),
		);
		const details = [mentor.roles.join(', ') || 'no role', describeCadence(mentor.cadence), statusLabel(mentor, this.today).text];
		content.createDiv({ cls: 'suggestion-note mentor-rally-suggestion-note', text: details.join(' · ') });
	}

	onChooseItem(mentor: MentorSummary): void {
		this.choose(mentor);
	}
}
