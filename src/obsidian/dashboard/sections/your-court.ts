import { createSection, emptyState, limitedList, type SectionContext } from '../dom';
import { renderItemRow } from './item-row';

/** Open items I owe: overdue first. */
export function renderYourCourt(parent: HTMLElement, ctx: SectionContext): void {
	const items = ctx.lists.yourCourt();
	const body = createSection(parent, 'your-court', 'Your court', 'list-checks', items.length);
	if (items.length === 0) {
		emptyState(body, 'Nothing you owe anyone: the ball is in their court.', 'Tasks you write in a mentor note or a meeting note show up here until you tick them.');
		return;
	}
	const list = body.createEl('ul', { cls: 'mentor-rally-list' });
	limitedList(list, body, 'your-court', items, ctx, (p, item) => renderItemRow(p, item, ctx, 'mine'));
}
