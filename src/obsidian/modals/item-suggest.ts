import { FuzzySuggestModal, Platform, renderMatches, type App, type FuzzyMatch } from 'obsidian';
import type { CalendarDate } from '../../core/calendar-date';
import { duration, relativeDay } from '../../core/format';
import type { Item } from '../../core/types';

/** A fuzzy picker over items ("what is in my court", "what I am waiting on"). */
export class ItemSuggestModal extends FuzzySuggestModal<Item> {
	constructor(
		app: App,
		private readonly items: readonly Item[],
		private readonly today: CalendarDate,
		placeholder: string,
		emptyText: string,
		private readonly choose: (item: Item, newLeaf: boolean) => void,
	) {
		super(app);
		this.setPlaceholder(placeholder);
		this.emptyStateText = emptyText;
		this.setInstructions([
			{ command: '↵', purpose: 'to open the note at the item' },
			{ command: `${Platform.isMacOS ? '⌘' : 'ctrl'} ↵`, purpose: 'to open in a new tab' },
		]);
		// The suggest modal chooses on plain Enter only: Mod+Enter must be bound for the
		// instruction above to do anything. (Mod is ⌘ on macOS, Ctrl elsewhere.)
		this.scope.register(['Mod'], 'Enter', (evt) => {
			this.selectActiveSuggestion(evt);
			return false;
		});
	}

	getItems(): Item[] {
		return [...this.items];
	}

	getItemText(item: Item): string {
		return `${item.text} ${item.mentor}`;
	}

	override renderSuggestion(match: FuzzyMatch<Item>, el: HTMLElement): void {
		const item = match.item;
		// Obsidian's own row pattern (suggestion-content, -title, -note), as in its core pickers.
		el.addClass('mod-complex');
		const content = el.createDiv({ cls: 'suggestion-content' });
		const title = content.createDiv({ cls: 'suggestion-title mentor-rally-suggestion-title' });
		renderMatches(
			title,
			item.text,
			match.match.matches.filter(([start]) => start < item.text.length),
		);
		content.createDiv({ cls: 'suggestion-note mentor-rally-suggestion-note', text: `${item.mentor} · ${this.when(item)}` });
		if (item.overdue) el.addClass('mentor-rally-suggestion-overdue');
	}

	onChooseItem(item: Item, evt: MouseEvent | KeyboardEvent): void {
		this.choose(item, evt.ctrlKey || evt.metaKey);
	}

	private when(item: Item): string {
		if (item.owner === 'them') return item.age !== null && item.age > 0 ? `waiting ${duration(item.age)}` : 'asked today';
		if (!item.dueDate) return 'no date';
		return item.overdue ? `overdue, was due ${relativeDay(item.dueDate, this.today)}` : `due ${relativeDay(item.dueDate, this.today)}`;
	}
}
