import { shortDate } from '../../../core/format';
import type { Item } from '../../../core/types';
import { iconSpan, makeOpener, pill, type SectionContext } from '../dom';
import { dueSourceWords } from '../../../core/presentation/due-source';
import { itemWords } from '../../../core/presentation/item-words';
import { dueLabel, waitLabel } from '../../../core/presentation/labels';

/**
 * One task as a row: a real checkbox (ticks it the way the Tasks plugin does), the task's
 * words, who it is with and when, and a badge. Clicking the row opens the note at the line.
 */
export function renderItemRow(parent: Node, item: Item, ctx: SectionContext, court: 'mine' | 'theirs'): HTMLElement {
	const today = ctx.team.today;
	const label = itemWords(item.text, ctx.settings);
	const row = parent.createEl('li', {
		cls: ['mentor-rally-row', 'mentor-rally-item-row'],
		attr: { 'data-path': item.path, 'data-line': String(item.line) },
	});
	if (item.overdue) row.addClass('is-overdue');

	const checkbox = row.createEl('input', {
		cls: ['task-list-item-checkbox', 'mentor-rally-checkbox'],
		type: 'checkbox',
		attr: { 'aria-label': `Mark as done: ${label}` },
	});
	checkbox.addEventListener('click', (evt) => evt.stopPropagation());
	checkbox.addEventListener('change', () => {
		if (!checkbox.checked) return;
		checkbox.disabled = true;
		row.addClass('is-done');
		const revert = (): void => {
			checkbox.checked = false;
			checkbox.disabled = false;
			row.removeClass('is-done');
		};
		ctx.actions.completeItem(item).then((ok) => {
			if (!ok) revert();
		}, revert);
	});

	const main = row.createDiv({ cls: 'mentor-rally-row-main' });
	const title = main.createSpan({ cls: 'mentor-rally-row-title', text: label, attr: { role: 'link', tabindex: '0', title: item.text } });
	const meta = main.createDiv({ cls: 'mentor-rally-row-meta' });
	meta.createSpan({ cls: 'mentor-rally-row-mentor', text: item.mentor });
	if (court === 'mine') {
		if (item.reply) pill(meta, 'Reply', 'accent', 'mentor-rally-pill-small');
		if (item.dueDate) meta.createSpan({ cls: 'mentor-rally-row-date', text: shortDate(item.dueDate, today) });
	} else {
		if (item.referenceDate) meta.createSpan({ cls: 'mentor-rally-row-date', text: `Asked ${shortDate(item.referenceDate, today)}` });
		if (item.dueDate && item.dueSource !== 'next-meeting' && item.dueSource !== null) {
			meta.createSpan({ cls: 'mentor-rally-row-date', text: `Promised by ${shortDate(item.dueDate, today)}` });
		}
	}

	// A date read from words says which words and from which day ("by Friday, read from Tue
	// 24 Nov"), beside the pin that writes it in. A line of its own, so that on a phone it
	// wraps under the row instead of being cut off.
	const source = court === 'mine' ? dueSourceWords(item, today) : null;
	const pinnable = item.open && item.dueSource === 'phrase' && item.due !== null;
	if (source || pinnable) {
		const line = main.createDiv({ cls: 'mentor-rally-row-source-line' });
		if (source) line.createSpan({ cls: 'mentor-rally-row-source', text: source });
		if (pinnable) pinButton(line, item, ctx);
	}

	const badge = court === 'mine' ? dueLabel(item, today, ctx.settings.dueSoonDays) : waitLabel(item);
	pill(row, badge.text, badge.tone, 'mentor-rally-row-badge');

	makeOpener(row, (newLeaf) => ctx.actions.openItem(item, newLeaf));
	// Enter on the focused title opens the item too.
	title.addEventListener('keydown', (evt) => {
		if (evt.key !== 'Enter') return;
		evt.preventDefault();
		evt.stopPropagation();
		ctx.actions.openItem(item, evt.ctrlKey || evt.metaKey);
	});
	return row;
}

/**
 * One click writes the date read from the words into the task (` 📅 YYYY-MM-DD`), so it stays
 * put whatever day the line is read from later. Disabled while the write runs; enabled again
 * when it is refused (the line changed meanwhile).
 */
function pinButton(parent: HTMLElement, item: Item, ctx: SectionContext): HTMLButtonElement {
	const button = parent.createEl('button', {
		cls: ['mentor-rally-pin', 'clickable-icon'],
		attr: { type: 'button', 'aria-label': 'Pin due date' },
	});
	iconSpan(button, 'pin');
	button.addEventListener('click', (evt) => {
		evt.stopPropagation();
		if (button.disabled) return;
		button.disabled = true;
		const done = (ok: unknown): void => {
			if (ok !== true) button.disabled = false;
		};
		Promise.resolve()
			.then(() => ctx.actions.pinDueDate(item))
			.then(done, done);
	});
	return button;
}
