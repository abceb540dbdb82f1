import type { UpdateDue } from '../../core/updates-due';
import { setIcon } from 'obsidian';
import { initials } from '../../core/names';
import type { Tone } from '../../core/presentation/labels';
import type { MentorRallySettings } from '../../core/settings';
import { meetingsDue, meetingsScheduledSoon, meetingsSnoozed, teamOrder, theirCourt, yourCourt } from '../../core/dashboard';
import type { Item, MentorSummary, TeamSnapshot } from '../../core/types';
import type { DashboardActions } from './actions';

/** The dashboard's sections, in the order they are shown. */
export type SectionId = 'coverage' | 'your-court' | 'meetings' | 'their-court' | 'prospects' | 'team' | 'problems';
export const SECTION_IDS: readonly SectionId[] = ['coverage', 'your-court', 'meetings', 'their-court', 'prospects', 'team', 'problems'];

/** How many rows a list shows before its "Show all" button. */
export const DEFAULT_LIST_LIMIT = 30;
/** Cards are eight rows tall: fewer of them before "Show all". */
export const CARD_LIMIT = 12;

/** What every section renderer gets. */
export interface SectionContext {
	team: TeamSnapshot;
	settings: MentorRallySettings;
	actions: DashboardActions;
	/** Lists the user expanded with "Show all"; kept by the caller across re-renders. */
	expanded: Set<string>;
	limit: number;
	/** The user asked for these sections by name (a code block): show them even when empty. */
	explicit: boolean;
	/** The sorted lists, computed once per render (the header and the sections share them). */
	lists: SectionLists;
	/** Mentors due for a progress update (meeting loop), when the plugin reads them. */
	updatesDue?: readonly UpdateDue[];
}

/** The core's dashboard selectors, each run at most once per render. */
export class SectionLists {
	private mine: Item[] | null = null;
	private theirs: Item[] | null = null;
	private due: MentorSummary[] | null = null;
	private booked: MentorSummary[] | null = null;
	private snoozed: MentorSummary[] | null = null;
	private order: MentorSummary[] | null = null;

	constructor(
		private readonly team: TeamSnapshot,
		private readonly dueSoonDays: number,
	) {}

	yourCourt(): Item[] {
		return (this.mine ??= yourCourt(this.team));
	}

	theirCourt(): Item[] {
		return (this.theirs ??= theirCourt(this.team));
	}

	meetingsDue(): MentorSummary[] {
		return (this.due ??= meetingsDue(this.team));
	}

	meetingsBooked(): MentorSummary[] {
		return (this.booked ??= meetingsScheduledSoon(this.team, this.dueSoonDays));
	}

	meetingsSnoozed(): MentorSummary[] {
		return (this.snoozed ??= meetingsSnoozed(this.team));
	}

	teamOrder(): MentorSummary[] {
		return (this.order ??= teamOrder(this.team));
	}
}

export type { Tone };

/** Ctrl/Cmd-click or a middle click: the user wants a new tab. */
export function wantsNewLeaf(evt: MouseEvent | KeyboardEvent): boolean {
	// No `instanceof MouseEvent`: in a pop-out window events come from another window's classes.
	return evt.ctrlKey || evt.metaKey || ('button' in evt && evt.button === 1);
}

/** A section: a titled landmark with a body to fill. */
export function createSection(parent: HTMLElement, id: SectionId, title: string, icon: string, count: number | null): HTMLElement {
	const section = parent.createEl('section', {
		cls: ['mentor-rally-section', `mentor-rally-section-${id}`],
		attr: { 'data-section': id, 'aria-label': title },
	});
	const heading = section.createEl('h3', { cls: 'mentor-rally-section-title' });
	iconSpan(heading, icon);
	heading.createSpan({ cls: 'mentor-rally-section-name', text: title });
	if (count !== null) heading.createSpan({ cls: 'mentor-rally-count', text: String(count) });
	return section.createDiv({ cls: 'mentor-rally-section-body' });
}

/**
 * A small button at the end of a section's title row ("Add item", "New mentor"): the action
 * sits where the user is looking. `body` is what createSection returned.
 */
export function sectionButton(body: HTMLElement, text: string, icon: string, ariaLabel: string, run: () => unknown, cls: string): HTMLButtonElement {
	const heading = body.parentElement?.querySelector<HTMLElement>(':scope > .mentor-rally-section-title') ?? body;
	const button = actionButton(heading, text, icon, async () => run(), `mentor-rally-section-button ${cls}`);
	button.setAttr('aria-label', ariaLabel);
	return button;
}

/** Icons drawn once and copied after: a list of a hundred buttons asks setIcon only twice. */
const iconPrototypes = new Map<string, HTMLElement>();

export function iconSpan(parent: HTMLElement, icon: string, cls = 'mentor-rally-icon'): HTMLElement {
	let prototype = iconPrototypes.get(icon);
	if (!prototype) {
		prototype = createSpan({ attr: { 'aria-hidden': 'true' } });
		setIcon(prototype, icon);
		iconPrototypes.set(icon, prototype);
	}
	const span = prototype.cloneNode(true) as HTMLElement;
	span.className = cls;
	parent.appendChild(span);
	return span;
}

export function pill(parent: HTMLElement, text: string, tone: Tone, extraCls?: string): HTMLElement {
	const cls = ['mentor-rally-pill', `mentor-rally-tone-${tone}`];
	if (extraCls) cls.push(extraCls);
	return parent.createSpan({ cls, text });
}

/** A "what to do next" message for an empty list. */
export function emptyState(parent: HTMLElement, text: string, hint?: string): HTMLElement {
	const box = parent.createDiv({ cls: 'mentor-rally-empty' });
	box.createEl('p', { cls: 'mentor-rally-empty-text', text });
	if (hint) box.createEl('p', { cls: 'mentor-rally-empty-hint', text: hint });
	return box;
}

/**
 * A button that runs an action; it is disabled while the action runs so a double
 * click does not log a contact twice. A failing action only re-enables the button.
 */
export function actionButton(parent: HTMLElement, text: string, icon: string, run: () => Promise<unknown>, cls?: string): HTMLButtonElement {
	const button = parent.createEl('button', { cls: ['mentor-rally-button', ...(cls ? cls.split(' ') : [])], attr: { type: 'button' } });
	iconSpan(button, icon);
	button.createSpan({ text });
	button.addEventListener('click', (evt) => {
		evt.stopPropagation();
		if (button.disabled) return;
		button.disabled = true;
		const done = (): void => {
			button.disabled = false;
		};
		// A synchronous throw counts as a failure too: the button must not stay disabled.
		Promise.resolve().then(run).then(done, done);
	});
	return button;
}

/**
 * Makes an element open something: a click (Ctrl/Cmd-click for a new tab), a middle click,
 * or Enter on the keyboard. Clicks on inner buttons, checkboxes and links are theirs.
 */
export function makeOpener(el: HTMLElement, open: (newLeaf: boolean) => void, own = false): void {
	const inner = (evt: Event): boolean => {
		if (own) return false;
		const target = evt.target as Element | null;
		if (!target || target === el || typeof target.closest !== 'function') return false;
		const control = target.closest('button, input, .mentor-rally-link');
		return control !== null && control !== el && el.contains(control);
	};
	el.addEventListener('click', (evt) => {
		if (inner(evt)) return;
		evt.preventDefault();
		if (own) evt.stopPropagation();
		open(wantsNewLeaf(evt));
	});
	// A middle press would start the browser's auto-scroll; the click is ours.
	el.addEventListener('mousedown', (evt) => {
		if (evt.button === 1 && !inner(evt)) evt.preventDefault();
	});
	el.addEventListener('auxclick', (evt) => {
		if (evt.button !== 1 || inner(evt)) return;
		evt.preventDefault();
		if (own) evt.stopPropagation();
		open(true);
	});
	el.addEventListener('keydown', (evt) => {
		if (evt.key !== 'Enter' || evt.target !== el) return;
		evt.preventDefault();
		open(wantsNewLeaf(evt));
	});
}

/** A name that opens a note; focusable, and announced as a link. */
export function noteLink(parent: HTMLElement, text: string, open: (newLeaf: boolean) => void, title?: string): HTMLElement {
	const link = parent.createEl('a', { cls: 'mentor-rally-link', text, attr: { role: 'link', tabindex: '0' } });
	if (title) link.setAttr('aria-label', title);
	makeOpener(link, open, true);
	return link;
}

/**
 * Renders at most `ctx.limit` entries, then a "Show all N" button that adds the rest in
 * place (and remembers that choice in `ctx.expanded` for the next re-render).
 */
export function limitedList<T>(list: HTMLElement, after: HTMLElement, key: string, entries: readonly T[], ctx: SectionContext, renderOne: (parent: Node, entry: T) => void, max = ctx.limit): void {
	const limit = ctx.expanded.has(key) ? entries.length : Math.min(max, entries.length);
	for (let i = 0; i < limit; i++) renderOne(list, entries[i] as T);
	if (limit >= entries.length) return;
	const button = after.createEl('button', {
		cls: 'mentor-rally-show-all',
		text: `Show all ${entries.length}`,
		attr: { type: 'button', 'data-list': key },
	});
	button.addEventListener('click', () => {
		ctx.expanded.add(key);
		const rest = createFragment();
		for (let i = limit; i < entries.length; i++) renderOne(rest, entries[i] as T);
		list.appendChild(rest);
		button.remove();
	});
}

/** A small round avatar with the mentor's initials, in one of six theme colours. */
export function avatar(parent: HTMLElement, name: string): HTMLElement {
	let hash = 0;
	for (let i = 0; i < name.length; i++) hash = (hash * 31 + name.charCodeAt(i)) >>> 0;
	return parent.createSpan({
		cls: ['mentor-rally-avatar', `mentor-rally-hue-${hash % 6}`],
		text: initials(name),
		attr: { 'aria-hidden': 'true' },
	});
}

export { capitalize } from '../../core/format';
