import { createSection, emptyState, limitedList, type SectionContext } from '../dom';
import { renderItemRow } from './item-row';
import { addItemButton } from './your-court';

/** What mentors owe me, longest wait first. */
export function renderTheirCourt(parent: HTMLElement, ctx: SectionContext): void {
	const items = ctx.lists.theirCourt();
	const body = createSection(parent, 'their-court', 'Their court', 'hourglass', items.length);
	addItemButton(body, ctx, 'theirs');
	if (items.length === 0) {
		emptyState(body, 'Nobody owes you anything right now.', `To keep track of what a mentor promised you, tag the task #${ctx.settings.ownerTag} or start it with their name and a colon.`);
		return;
	}
	const list = body.createEl('ul', { cls: 'mentor-rally-list' });
	limitedList(list, body, 'their-court', items, ctx, (p, item) => renderItemRow(p, item, ctx, 'theirs'));
}
