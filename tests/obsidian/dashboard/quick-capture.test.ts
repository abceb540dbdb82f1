// Quick capture at the top of Your court: "@Marsh send CV by Fri" → an item for Dr. Marsh,
// due Friday, through the same writer as the "add an item" dialog.
import { beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../src/core/settings';
import { renderDashboard } from '../../../src/obsidian/dashboard/render-dashboard';
import { fixtureTeam } from './fixture';
import { flush, recordingActions, section, type RecordingActions } from './helpers';

let container: HTMLElement;
let actions: RecordingActions;
let expanded: Set<string>;

beforeEach(() => {
	activeDocument.body.empty();
	container = activeDocument.body.createDiv();
	actions = recordingActions();
	expanded = new Set();
});

function render(): HTMLElement {
	const root = renderDashboard(container, fixtureTeam(), DEFAULT_SETTINGS, actions, { expanded });
	return section(root, 'your-court');
}

function input(root: HTMLElement): HTMLInputElement {
	const el = root.querySelector<HTMLInputElement>('.mentor-rally-capture-input');
	if (!el) throw new Error('no capture input');
	return el;
}

function type(el: HTMLInputElement, text: string): void {
	el.value = text;
	el.setSelectionRange(text.length, text.length);
	el.dispatchEvent(new Event('input', { bubbles: true }));
}

function key(el: HTMLElement, name: string): void {
	el.dispatchEvent(new KeyboardEvent('keydown', { key: name, bubbles: true, cancelable: true }));
}

const chip = (root: HTMLElement): string => root.querySelector('.mentor-rally-capture-chip')?.textContent ?? '';
const errorText = (root: HTMLElement): string => root.querySelector('.mentor-rally-capture-error')?.textContent ?? '';
const suggestions = (root: HTMLElement): string[] => [...root.querySelectorAll('.mentor-rally-capture-option .suggestion-title')].map((o) => o.textContent ?? '');

describe('quick capture', () => {
	it('sits at the top of Your court, before the list', () => {
		const root = render();
		const body = root.querySelector('.mentor-rally-section-body');
		expect(body?.firstElementChild?.classList.contains('mentor-rally-capture')).toBe(true);
		expect(input(root).getAttribute('aria-label')).toBe('Quick add: @mentor, then the item');
	});

	it('adds "@Maya send CV by Friday" for Dr. Maya Lee, due that Friday, on Enter', async () => {
		const root = render();
		const field = input(root);
		type(field, '@Maya send CV by Friday');
		expect(chip(root)).toBe('Dr. Maya Lee · Fri 27 Nov');
		key(field, 'Enter');
		await flush();
		expect(actions.calls).toEqual([{ action: 'captureItem', target: 'Mentors/Dr. Maya Lee.md: send CV by Friday 📅 2026-11-27' }]);
		expect(field.value).toBe('');
		expect(errorText(root)).toBe('');
	});

	it('the they-owe toggle puts it in their court', async () => {
		const root = render();
		const toggle = root.querySelector<HTMLButtonElement>('.mentor-rally-capture-theirs');
		toggle?.click();
		expect(toggle?.getAttribute('aria-pressed')).toBe('true');
		type(input(root), '@Maya the reference letter');
		key(input(root), 'Enter');
		await flush();
		expect(actions.calls).toEqual([{ action: 'captureItem', target: 'Mentors/Dr. Maya Lee.md: the reference letter (theirs)' }]);
	});

	it('suggests mentors as you type an @name; arrows move, Enter picks', () => {
		const root = render();
		const field = input(root);
		type(field, '@Dr');
		expect(suggestions(root).length).toBeGreaterThan(1);
		expect(field.getAttribute('aria-expanded')).toBe('true');
		const second = suggestions(root)[1] ?? '';
		key(field, 'ArrowDown');
		expect(root.querySelector('.mentor-rally-capture-option.is-selected .suggestion-title')?.textContent).toBe(second);
		expect(field.getAttribute('aria-activedescendant')).toMatch(/-option-1$/);
		key(field, 'Enter');
		expect(suggestions(root)).toEqual([]);
		expect(field.value.startsWith('@')).toBe(true);
		expect(chip(root).startsWith(`${second} · `)).toBe(true);
		expect(actions.calls).toEqual([]);
	});

	it('Escape closes the suggestions without clearing the text', () => {
		const root = render();
		const field = input(root);
		type(field, '@Ma');
		expect(suggestions(root).length).toBeGreaterThan(0);
		key(field, 'Escape');
		expect(suggestions(root)).toEqual([]);
		expect(field.value).toBe('@Ma');
	});

	it('says inline, in the error colour, what is missing, and writes nothing', async () => {
		const root = render();
		const field = input(root);
		type(field, 'send CV by Friday');
		key(field, 'Enter');
		expect(errorText(root)).toBe('Start with @ and the mentor\'s name: "@Marsh send CV by Fri".');
		expect(field.getAttribute('aria-invalid')).toBe('true');
		type(field, '@Zed send CV');
		key(field, 'Enter');
		expect(errorText(root)).toBe('No mentor is called @Zed.');
		type(field, '@Maya send CV 📅 2026-02-30');
		key(field, 'Enter');
		expect(errorText(root)).toBe('2026-02-30 is not a real day.');
		await flush();
		expect(actions.calls).toEqual([]);
	});

	it('keeps the words when the write is refused', async () => {
		actions.captureResult = false;
		const root = render();
		type(input(root), '@Maya send CV');
		key(input(root), 'Enter');
		await flush();
		expect(input(root).value).toBe('@Maya send CV');
		expect(errorText(root)).toBe('The item was not added; your words are still here.');
	});

	it('keeps what was typed across a re-render of the same view', () => {
		type(input(render()), '@Maya half typed');
		expect(input(render()).value).toBe('@Maya half typed');
	});
});
