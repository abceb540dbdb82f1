import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Modal } from 'obsidian';
import { describe, expect, it } from 'vitest';
import type { CalendarDate } from '../../src/core/calendar-date';
import { normalizeSettings } from '../../src/core/settings';
import type { Item, MentorSummary } from '../../src/core/types';
import { ConfirmModal } from '../../src/obsidian/modals/confirm-modal';
import { ItemModal } from '../../src/obsidian/modals/item-modal';
import { ItemSuggestModal } from '../../src/obsidian/modals/item-suggest';
import { MeetingDateModal } from '../../src/obsidian/modals/meeting-date-modal';
import { MentorSuggestModal } from '../../src/obsidian/modals/mentor-suggest';
import { NewMentorModal } from '../../src/obsidian/modals/new-mentor-modal';
import { SnoozeModal } from '../../src/obsidian/modals/snooze-modal';
import { WrapUpModal } from '../../src/obsidian/modals/wrap-up-modal';
import { AudienceSuggestModal } from '../../src/obsidian/modals/audience-suggest';
import { HistoryModal } from '../../src/obsidian/relationship/history-modal';
import { roleChoices, RoleSuggestModal, type RoleChoice } from '../../src/obsidian/relationship/role-suggest';
import { note, team } from '../helpers/notes';
import { createTestVault, settle } from '../fakes/vault';

/**
 * Issue 8: Escape cancels in every modal and Enter submits, but only what the form accepts.
 * Keys reach the modal as Obsidian hands them over (tests/fakes/fidelity.ts): first the
 * modal's scope (Escape closes), then the focused element.
 */

const TODAY = '2026-11-24' as CalendarDate;
const SETTINGS = normalizeSettings({});
const MENTOR = {
	name: 'Dr. Maya Lee',
	path: 'Mentors/Dr. Maya Lee.md',
	aliases: [],
	roles: ['research'],
	lifecycle: 'active',
	cadence: { count: 2, unit: 'week' },
	nextDue: '2026-12-01',
	snoozedUntil: null,
} as unknown as MentorSummary;
const ITEM = { text: 'Send the CV', mentor: 'Dr. Maya Lee', path: MENTOR.path, line: 7, owner: 'me', dueDate: null, age: 0, overdue: false } as unknown as Item;

interface Opened {
	modal: Modal;
	/** What the modal handed on (a write, an answer, a choice). */
	sent: unknown[];
	closed: () => boolean;
}

function opened(make: (send: (value: unknown) => Promise<boolean>) => Modal): Opened {
	const sent: unknown[] = [];
	const modal = make((value) => {
		sent.push(value);
		return Promise.resolve(true);
	});
	let closed = false;
	const onClose = modal.onClose.bind(modal);
	modal.onClose = () => {
		closed = true;
		onClose();
	};
	activeDocument.body.appendChild(modal.containerEl);
	void modal.onOpen();
	return { modal, sent, closed: () => closed };
}

const app = () => createTestVault({}).app;

/** Each form modal: what it needs to be sent, typed into its first input, and text it refuses. */
const FORMS: { name: string; make: (send: (value: unknown) => Promise<boolean>) => Modal; invalid: string | null; valid: string }[] = [
	{ name: 'add item', make: (send) => new ItemModal(app(), { mode: 'item', mentor: MENTOR, today: TODAY, settings: SETTINGS, submit: send }), invalid: ' ', valid: 'Send the CV by Friday' },
	// Any subject will do for an email, even none: there is nothing to refuse.
	{ name: 'log email', make: (send) => new ItemModal(app(), { mode: 'reply', mentor: MENTOR, today: TODAY, settings: SETTINGS, submit: send }), invalid: null, valid: '' },
	{ name: 'snooze', make: (send) => new SnoozeModal(app(), MENTOR, TODAY, SETTINGS, send), invalid: 'yesterday', valid: 'in 2 weeks' },
	{ name: 'meeting date', make: (send) => new MeetingDateModal(app(), MENTOR, TODAY, TODAY, SETTINGS, send), invalid: 'someday', valid: 'Thu' },
	{ name: 'new mentor', make: (send) => new NewMentorModal(app(), SETTINGS, TODAY, send), invalid: '???', valid: 'Dr. Ana Ruiz' },
	{ name: 'wrap up', make: (send) => new WrapUpModal(app(), MENTOR, TODAY, TODAY, SETTINGS, send), invalid: 'someday', valid: 'in 2 weeks' },
];

function firstInput(modal: Modal): HTMLInputElement {
	const input = modal.contentEl.querySelector('input');
	if (!input) throw new Error('no input');
	return input;
}

function type(input: HTMLInputElement, text: string): void {
	input.value = text;
	input.dispatchEvent(new Event('input', { bubbles: true }));
}

function press(el: Element, key: string): KeyboardEvent {
	const event = new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true });
	el.dispatchEvent(event);
	return event;
}

describe('Escape and Enter in every modal', () => {
	it.each(FORMS)('$name: Escape closes it and sends nothing, even with valid text typed', async ({ make, valid }) => {
		const { modal, sent, closed } = opened(make);
		type(firstInput(modal), valid);
		const event = press(firstInput(modal), 'Escape');
		await settle();
		expect(closed()).toBe(true);
		expect(event.defaultPrevented).toBe(true);
		expect(modal.containerEl.isConnected).toBe(false);
		expect(sent).toEqual([]);
	});

	it.each(FORMS)('$name: Enter sends nothing while the form refuses the text, then sends it once valid', async ({ make, invalid, valid }) => {
		const { modal, sent, closed } = opened(make);
		if (invalid !== null) {
			type(firstInput(modal), invalid);
			expect(modal.contentEl.querySelector<HTMLButtonElement>('button.mod-cta')?.disabled).toBe(true);
			press(firstInput(modal), 'Enter');
			await settle();
			expect(sent).toEqual([]);
			expect(closed()).toBe(false);
		}
		type(firstInput(modal), valid);
		press(firstInput(modal), 'Enter');
		await settle();
		expect(sent).toHaveLength(1);
		expect(closed()).toBe(true);
	});

	it('the question before a write: Escape answers no, Enter yes, Enter on Cancel no', async () => {
		const answer = (keyOn: (modal: Modal) => Element, key: string): unknown[] => {
			const answers: unknown[] = [];
			const modal = new ConfirmModal(app(), { title: 'Replace?', message: 'It holds a list.', confirm: 'Replace it' }, (yes) => answers.push(yes));
			activeDocument.body.appendChild(modal.containerEl);
			void modal.onOpen();
			press(keyOn(modal), key);
			return answers;
		};
		expect(answer((m) => m.contentEl, 'Escape')).toEqual([false]);
		expect(answer((m) => m.contentEl, 'Enter')).toEqual([true]);
		const cancel = (m: Modal): Element => [...m.contentEl.querySelectorAll('button')].find((b) => b.textContent === 'Cancel') ?? m.contentEl;
		// The focused Cancel button answers itself (the browser clicks it); the modal's Enter stands aside.
		expect(answer(cancel, 'Enter')).toEqual([]);
	});

	it.each([
		['mentor picker', () => new MentorSuggestModal(app(), [MENTOR], TODAY, 'Pick a mentor', () => undefined)],
		['item picker', () => new ItemSuggestModal(app(), [ITEM], TODAY, 'Find an item', 'Nothing', () => undefined)],
		['update audience picker', () => new AudienceSuggestModal(app(), [{ label: MENTOR.name, name: MENTOR.name, mentors: [MENTOR] }], () => undefined)],
	])('%s: Escape closes it without choosing', async (_, make) => {
		const chosen: unknown[] = [];
		const { modal, closed } = opened(() => make());
		(modal as unknown as { onChooseItem: (item: unknown) => void }).onChooseItem = (item) => chosen.push(item);
		press(modal.modalEl, 'Escape');
		await settle();
		expect(closed()).toBe(true);
		expect(chosen).toEqual([]);
	});

	it('covers every modal of the plugin', () => {
		const dir = join(process.cwd(), 'src/obsidian');
		const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.ts'));
		const classes = files.flatMap((file) => [...readFileSync(join(dir, file), 'utf8').matchAll(/export class (\w+) extends \w*Modal\b/g)].map((m) => m[1]));
		expect(classes.sort()).toEqual([
			'AudienceSuggestModal',
			'ConfirmModal',
			'HistoryModal',
			'ItemModal',
			'ItemSuggestModal',
			'MeetingDateModal',
			'MentorSuggestModal',
			'NewMentorModal',
			'RoleSuggestModal',
			'SnoozeModal',
			'WrapUpModal',
		]);
	});
});

describe('the relationship modals', () => {
	/** The role picker over MENTOR (a research mentor): Keep research, Support, Sponsor; what it chose. */
	function rolePicker() {
		const chosen: string[] = [];
		const { modal, closed } = opened(() => new RoleSuggestModal(app(), roleChoices(MENTOR, SETTINGS), MENTOR.name, (choice: RoleChoice) => chosen.push(choice.label)));
		return { input: (modal as RoleSuggestModal).inputEl, chosen, closed };
	}

	it('role picker: Enter picks the highlighted role (the first for what is typed) and closes it', async () => {
		const picker = rolePicker();
		type(picker.input, 'spon');
		const event = press(picker.input, 'Enter');
		await settle();
		expect(picker.chosen).toEqual(['Sponsor']);
		expect(event.defaultPrevented).toBe(true);
		expect(picker.closed()).toBe(true);
	});

	it('role picker: with nothing typed Enter keeps the roles the note has; ArrowDown moves the highlight', async () => {
		const first = rolePicker();
		press(first.input, 'Enter');
		expect(first.chosen).toEqual(['Keep research']);
		const moved = rolePicker();
		press(moved.input, 'ArrowDown');
		press(moved.input, 'Enter');
		await settle();
		expect(moved.chosen).toEqual(['Support']);
	});

	it('role picker: Escape closes it without choosing, even with a role typed', async () => {
		const picker = rolePicker();
		type(picker.input, 'sponsor');
		press(picker.input, 'Escape');
		await settle();
		expect(picker.closed()).toBe(true);
		expect(picker.chosen).toEqual([]);
	});

	it('history: Escape closes it; Enter leaves it open (there is nothing to submit)', async () => {
		const snapshot = team([note('Mentors/Dr. Maya Lee.md', '---\ntype: mentor\nsince: 2025-03-01\n---\n### 2025-03-01 First coffee\n')], TODAY);
		const mentor = snapshot.mentors[0] as MentorSummary;
		const { modal, closed } = opened(() => new HistoryModal(app(), snapshot, mentor));
		expect(modal.contentEl.textContent).toContain('First coffee');
		press(modal.modalEl, 'Enter');
		await settle();
		expect(closed()).toBe(false);
		const event = press(modal.modalEl, 'Escape');
		await settle();
		expect(closed()).toBe(true);
		expect(event.defaultPrevented).toBe(true);
		expect(modal.containerEl.isConnected).toBe(false);
	});
});

describe('the fake hands keys over as Obsidian does', () => {
	it('Shift+Escape is not Escape: the modal stays open', () => {
		const { modal, closed } = opened((send) => new SnoozeModal(app(), MENTOR, TODAY, SETTINGS, send));
		firstInput(modal).dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', shiftKey: true, bubbles: true }));
		expect(closed()).toBe(false);
	});
});
