import { createSection, emptyState, limitedList, sectionButton, type SectionContext } from '../dom';
import { renderDoneToday } from './done-today';
import { renderItemRow } from './item-row';
import { renderQuickCapture } from './quick-capture';

/** Open items I owe: overdue first. */
export function renderYourCourt(parent: HTMLElement, ctx: SectionContext): void {
	const items = ctx.lists.yourCourt();
	const body = createSection(parent, 'your-court', 'Your court', 'list-checks', items.length);
	addItemButton(body, ctx);
	renderQuickCapture(body, ctx);
	if (items.length === 0) {
		emptyState(body, 'Nothing you owe anyone: the ball is in their court.', 'Tasks you write in a mentor note or a meeting note show up here until you tick them.');
	} else {
		const list = body.createEl('ul', { cls: 'mentor-rally-list' });
		limitedList(list, body, 'your-court', items, ctx, (p, item) => renderItemRow(p, item, ctx, 'mine'));
	}
	renderDoneToday(body, ctx);
}

/**
 * "Add item" on a section: for the one mentor shown, else the dialog asks which mentor.
 * On Their court the item is one they owe: the dialog starts with "They owe this" on.
 */
export function addItemButton(body: HTMLElement, ctx: SectionContext, court: 'mine' | 'theirs' = 'mine'): void {
	const only = ctx.team.mentors.length === 1 ? (ctx.team.mentors[0] ?? null) : null;
	const theirs = court === 'theirs';
	const label = theirs ? (only ? `Add an item ${only.name} owes you` : 'Add an item a mentor owes you') : only ? `Add an item for ${only.name}` : 'Add an item for a mentor';
	sectionButton(body, 'Add item', 'plus', label, () => (theirs ? ctx.actions.addItem(only, { theirs }) : ctx.actions.addItem(only)), 'mentor-rally-add-item');
}
