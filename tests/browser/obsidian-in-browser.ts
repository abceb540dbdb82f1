// `obsidian` for tests/browser/surfaces-harness.ts: the one fake (tests/fakes/obsidian.ts), plus
// what the mocks leave out and a real window needs for the hostile-text tests to see what a user sees.
// - Notice: the mock builds the notice detached; Obsidian shows it in `.notice-container` on the
//   page. Here every notice goes there, and is kept in `shownNotices`.
// - renderMatches: a no-op in the mock (the suggestion would show nothing). Obsidian's writes the
//   text as text nodes with `suggestion-highlight` spans around the matched ranges; so does this.
// - Text fields, toggles and buttons: the mock keeps the callbacks but never listens to the DOM,
//   so typing and clicking in the page did nothing. Here the `input` and `click` events call them,
//   as Obsidian's components do.
import type { SearchMatches } from 'obsidian';
import { ButtonComponent, ExtraButtonComponent, Notice as MockNotice, setIcon, TextComponent, ToggleComponent } from '../fakes/obsidian';

export * from '../fakes/obsidian';

export const shownNotices: MockNotice[] = [];

export class Notice extends MockNotice {
	constructor(message: DocumentFragment | string, duration?: number) {
		super(message, duration);
		this.containerEl.addClass('notice');
		this.messageEl.addClass('notice-message');
		noticeContainer().appendChild(this.containerEl);
		shownNotices.push(this);
	}
}

/** A page set up for screenshots (tests/browser/screenshots.test.ts marks its body). */
function screenshotPage(): boolean {
	return activeDocument.body.hasClass('is-screenshot');
}

function noticeContainer(): HTMLElement {
	return activeDocument.body.querySelector<HTMLElement>(':scope > .notice-container') ?? activeDocument.body.createDiv({ cls: 'notice-container' });
}

export function renderMatches(el: HTMLElement | DocumentFragment, text: string, matches: SearchMatches | null, offset = 0): void {
	let at = 0;
	for (const [from, to] of matches ?? []) {
		const start = Math.max(at, from + offset);
		const end = Math.min(text.length, to + offset);
		if (end <= start) continue;
		if (start > at) el.appendChild(activeDocument.createTextNode(text.slice(at, start)));
		el.appendChild(createSpan({ cls: 'suggestion-highlight', text: text.slice(start, end) }));
		at = end;
	}
	if (at < text.length) el.appendChild(activeDocument.createTextNode(text.slice(at)));
}

/** Runs `hook` on the instance, then the mock's own method, whenever `name` is called. */
function before<T>(proto: T, name: keyof T & string, hook: (self: T) => void): void {
	const original = Reflect.get(proto as object, name) as (this: T, ...args: unknown[]) => unknown;
	Reflect.set(proto as object, name, function (this: T, ...args: unknown[]): unknown {
		hook(this);
		return original.apply(this, args);
	});
}

/** Runs the mock's own method whenever `name` is called, then `hook` on the instance. */
function after<T>(proto: T, name: keyof T & string, hook: (self: T) => void): void {
	const original = Reflect.get(proto as object, name) as (this: T, ...args: unknown[]) => unknown;
	Reflect.set(proto as object, name, function (this: T, ...args: unknown[]): unknown {
		const result = original.apply(this, args);
		hook(this);
		return result;
	});
}

before(TextComponent.prototype, 'onChange', (text) => {
	text.inputEl.addEventListener('input', () => {
		text.setValue(text.inputEl.value);
	});
});

before(ToggleComponent.prototype, 'onChange', (toggle) => {
	toggle.toggleEl.addClass('checkbox-container');
	toggle.toggleEl.setAttr('role', 'switch');
	toggle.toggleEl.setCssStyles({ display: 'inline-block', width: '40px', height: '20px' });
	toggle.toggleEl.addEventListener('click', () => toggle.onClick());
});

// Obsidian marks a switched-on toggle with `is-enabled`; the mock does not.
after(ToggleComponent.prototype, 'setValue', (toggle) => {
	if (screenshotPage()) toggle.toggleEl.toggleClass('is-enabled', toggle.getValue());
});

// An extra button (a settings row's icon button) shows its icon, and a click runs it.
after(ExtraButtonComponent.prototype, 'setIcon', (button) => {
	if (!screenshotPage()) return;
	button.extraSettingsEl.addClass('clickable-icon', 'extra-setting-button');
	setIcon(button.extraSettingsEl, button.extraSettingsEl.dataset.icon ?? '');
});
before(ExtraButtonComponent.prototype, 'onClick', (button) => {
	button.extraSettingsEl.addEventListener('click', () => {
		if (screenshotPage()) (button as unknown as { simulateClick__(): void }).simulateClick__();
	});
});

// The mock keeps the callback in `clickHandler`; a click on the button calls it.
before(ButtonComponent.prototype, 'onClick', (button) => {
	button.buttonEl.addEventListener('click', (evt) => {
		const handler = Reflect.get(button, 'clickHandler') as ((evt: MouseEvent) => unknown) | undefined;
		void handler?.(evt);
	});
});
