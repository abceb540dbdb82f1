import { doneToday } from '../../../core/done-today';
import type { Item } from '../../../core/types';
import { itemWords } from '../../../core/presentation/item-words';
import { makeOpener, type SectionContext } from '../dom';

/**
 * "Done today": what was ticked today stays in sight, struck through, under Your court until
 * the day turns. Nothing shows when nothing was ticked.
 */
export function renderDoneToday(body: HTMLElement, ctx: SectionContext): void {
	const items = doneToday(ctx.team);
	if (items.length === 0) return;
	const strip = body.createDiv({ cls: 'mentor-rally-done-today', attr: { role: 'group', 'aria-label': 'Done today' } });
	const heading = strip.createEl('h4', { cls: 'mentor-rally-subheading', text: 'Done today' });
	heading.createSpan({ cls: 'mentor-rally-subheading-count', text: ` · ${items.length}` });
	const list = strip.createEl('ul', { cls: 'mentor-rally-list mentor-rally-done-list' });
	for (const item of items) renderDoneRow(list, item, ctx);
}

function renderDoneRow(list: HTMLElement, item: Item, ctx: SectionContext): void {
	const label = itemWords(item.text, ctx.settings);
	const row = list.createEl('li', {
		cls: ['mentor-rally-row', 'mentor-rally-done-row', 'is-done'],
		attr: { 'data-path': item.path, 'data-line': String(item.line), role: 'link', tabindex: '0', 'aria-label': `Done today: ${label}, ${item.mentor}` },
	});
	row.createEl('s', { cls: 'mentor-rally-row-title', text: label });
	row.createSpan({ cls: 'mentor-rally-row-mentor', text: item.mentor });
	makeOpener(row, (newLeaf) => ctx.actions.openItem(item, newLeaf));
}
