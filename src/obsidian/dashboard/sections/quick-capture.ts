import { parseCalendarDate } from '../../../core/calendar-date';
import { shortDate } from '../../../core/format';
import { draftItem, type ItemDraft } from '../../../core/item-draft';
import { mentionAt, mentionFor, readCapture, suggestMentors } from '../../../core/quick-capture';
import type { MentorSummary } from '../../../core/types';
import type { SectionContext } from '../dom';

/** What the row keeps across re-renders of the same view (typed text, toggle, focus). */
interface CaptureState {
	/** The row's element ids, given on first use: unique on the page, the same across re-renders of one view. */
	id: string | null;
	text: string;
	theirs: boolean;
	chosen: MentorSummary | null;
	focused: boolean;
}

/** Keyed by the view's `expanded` set: one state per dashboard view or code block, dropped with it. */
const states = new WeakMap<Set<string>, CaptureState>();
let nextId = 0;

/** The example in the empty field: a mentor's name as typed after @, then the item as said. */
export const CAPTURE_EXAMPLE = ['@Marsh', 'send CV by Fri'].join(' ');

/**
 * One line to add an item from the dashboard: "@Marsh send CV by Fri". The @mention picks the
 * mentor (suggested as you type, ↑/↓ and Enter or Tab to pick), a chip shows the due date read
 * the way the index reads it, a toggle marks it as theirs, and Enter writes it through the same
 * writer as the "add an item" dialog. Problems are said inline, in the error colour.
 */
export function renderQuickCapture(body: HTMLElement, ctx: SectionContext): void {
	const mentors = ctx.team.mentors;
	if (mentors.length === 0) return;
	let state = states.get(ctx.expanded);
	if (!state) {
		state = { id: null, text: '', theirs: false, chosen: null, focused: false };
		states.set(ctx.expanded, state);
	}
	const s = state;
	const row = body.createDiv({ cls: 'mentor-rally-capture' });
	const line = row.createDiv({ cls: 'mentor-rally-capture-line' });
	const input = line.createEl('input', {
		cls: 'mentor-rally-capture-input',
		type: 'text',
		attr: {
			placeholder: CAPTURE_EXAMPLE,
			'aria-label': 'Quick add: @mentor, then the item',
			role: 'combobox',
			'aria-autocomplete': 'list',
			'aria-expanded': 'false',
			enterkeyhint: 'done',
			autocomplete: 'off',
			spellcheck: 'false',
		},
	});
	input.value = s.text;
	const chip = line.createSpan({ cls: 'mentor-rally-capture-chip', attr: { 'aria-live': 'polite' } });
	const toggle = line.createEl('button', {
		cls: 'mentor-rally-capture-theirs',
		text: 'They owe it',
		attr: { type: 'button', 'aria-pressed': String(s.theirs), 'aria-label': 'They owe it: their court' },
	});
	const list = row.createEl('ul', { cls: 'mentor-rally-capture-suggestions', attr: { role: 'listbox', 'aria-label': 'Mentors' } });
	list.hide();
	const error = row.createDiv({ cls: 'mentor-rally-capture-error', attr: { role: 'alert' } });

	let options: MentorSummary[] = [];
	let active = 0;

	const draft = (): { capture: ReturnType<typeof readCapture<MentorSummary>>; item: ItemDraft } => {
		const capture = readCapture(s.text, mentors, s.chosen);
		return { capture, item: draftItem(capture.text, s.theirs, ctx.team.today, ctx.settings) };
	};

	const renderChip = (): void => {
		const { capture, item } = draft();
		chip.empty();
		chip.removeClass('is-invalid');
		const who = capture.mentor ? `${capture.mentor.name} · ` : '';
		let when: string;
		switch (item.source) {
			case 'explicit': {
				const date = parseCalendarDate(item.phrase);
				when = date ? shortDate(date, ctx.team.today) : 'Date';
				break;
			}
			case 'phrase':
				when = item.item.due ? shortDate(item.item.due, ctx.team.today) : 'Date';
				break;
			case 'invalid':
				when = 'Not a real day';
				chip.addClass('is-invalid');
				break;
			case 'next-meeting':
			case 'none':
			case 'reply-window':
				when = 'Next meeting';
				break;
		}
		chip.setText(s.text.trim() === '' ? 'Due date' : `${who}${when}`);
		chip.toggleClass('is-empty', s.text.trim() === '');
	};

	// Ids are given when the list is first used, so the rendered HTML does not depend on how many rows came before.
	const idOf = (): string => {
		s.id ??= `mentor-rally-capture-${nextId++}`;
		list.id = `${s.id}-list`;
		input.setAttr('aria-controls', list.id);
		return s.id;
	};

	const renderOptions = (): void => {
		list.empty();
		const expanded = options.length > 0;
		input.setAttr('aria-expanded', String(expanded));
		if (!expanded) {
			list.hide();
			input.removeAttribute('aria-activedescendant');
			return;
		}
		list.show();
		const id = idOf();
		options.forEach((mentor, index) => {
			const option = list.createEl('li', {
				cls: ['mentor-rally-capture-option', 'suggestion-item', ...(index === active ? ['is-selected'] : [])],
				attr: { id: `${id}-option-${index}`, role: 'option', 'aria-selected': String(index === active) },
			});
			option.createDiv({ cls: 'suggestion-title', text: mentor.name });
			if (mentor.roles.length > 0) option.createDiv({ cls: 'suggestion-note', text: mentor.roles.join(', ') });
			// mousedown, not click: the input keeps its focus.
			option.addEventListener('mousedown', (evt) => {
				evt.preventDefault();
				pick(mentor);
			});
		});
		input.setAttr('aria-activedescendant', `${id}-option-${active}`);
	};

	const refreshOptions = (): void => {
		const at = mentionAt(input.value, input.selectionStart ?? input.value.length);
		options = at ? suggestMentors(at.query, mentors) : [];
		active = Math.min(active, Math.max(options.length - 1, 0));
		renderOptions();
	};

	const pick = (mentor: MentorSummary): void => {
		const caret = input.selectionStart ?? input.value.length;
		const at = mentionAt(input.value, caret);
		if (!at) return;
		const word = `@${mentionFor(mentor, mentors)} `;
		const after = input.value.slice(at.end).replace(/^\s+/, '');
		input.value = `${input.value.slice(0, at.start)}${word}${after}`;
		const position = at.start + word.length;
		input.setSelectionRange(position, position);
		s.text = input.value;
		s.chosen = mentor;
		options = [];
		renderOptions();
		renderChip();
	};

	const say = (message: string): void => {
		error.setText(message);
		input.setAttr('aria-invalid', message === '' ? 'false' : 'true');
	};

	const submit = async (): Promise<void> => {
		const { capture, item } = draft();
		if (capture.problem === 'no-mention') return say('Start with @ and the mentor\'s name: "@Marsh send CV by Fri".');
		if (capture.problem === 'unknown') return say(`No mentor is called ${capture.mention ?? '@'}.`);
		if (capture.problem === 'ambiguous') return say(`${capture.mention ?? '@'} could be several mentors: pick one from the list.`);
		if (capture.text === '') return say('Write what needs doing after the name.');
		if (item.source === 'invalid') return say(`${item.phrase ?? 'That date'} is not a real day.`);
		if (!capture.mentor) return;
		say('');
		input.disabled = true;
		let written = false;
		try {
			written = await ctx.actions.captureItem(capture.mentor, item.item);
		} catch {
			written = false;
		}
		input.disabled = false;
		if (!written) {
			say('The item was not added; your words are still here.');
			input.focus();
			return;
		}
		s.text = '';
		s.chosen = null;
		s.focused = true;
		input.value = '';
		renderChip();
		input.focus();
	};

	input.addEventListener('input', () => {
		s.text = input.value;
		if (s.chosen && !readCapture(s.text, mentors, s.chosen).mentor) s.chosen = null;
		say('');
		active = 0;
		refreshOptions();
		renderChip();
	});
	input.addEventListener('focus', () => (s.focused = true));
	input.addEventListener('blur', () => {
		s.focused = false;
		options = [];
		renderOptions();
	});
	input.addEventListener('click', refreshOptions);
	input.addEventListener('keydown', (evt) => {
		if (evt.isComposing) return;
		if (options.length > 0) {
			if (evt.key === 'ArrowDown' || evt.key === 'ArrowUp') {
				evt.preventDefault();
				active = (active + (evt.key === 'ArrowDown' ? 1 : options.length - 1)) % options.length;
				renderOptions();
				return;
			}
			if (evt.key === 'Enter' || evt.key === 'Tab') {
				const mentor = options[active];
				if (mentor) {
					evt.preventDefault();
					pick(mentor);
				}
				return;
			}
			if (evt.key === 'Escape') {
				evt.preventDefault();
				evt.stopPropagation();
				options = [];
				renderOptions();
				return;
			}
		}
		if (evt.key === 'Enter') {
			evt.preventDefault();
			void submit();
		}
	});
	toggle.addEventListener('click', () => {
		s.theirs = !s.theirs;
		toggle.setAttr('aria-pressed', String(s.theirs));
		toggle.toggleClass('is-on', s.theirs);
		renderChip();
	});
	toggle.toggleClass('is-on', s.theirs);
	renderChip();
	// A re-render (the index changed, often because of this very write) keeps the cursor here.
	if (s.focused) window.setTimeout(() => input.focus(), 0);
}
