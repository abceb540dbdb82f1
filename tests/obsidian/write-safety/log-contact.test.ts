import { afterEach, describe, expect, it, vi } from 'vitest';
import { ButtonComponent, parseYaml } from 'obsidian';
import type { CalendarDate } from '../../../src/core/calendar-date';
import { frontmatterBlock } from '../../../src/core/properties';
import { normalizeSettings } from '../../../src/core/settings';
import type { TeamSnapshot } from '../../../src/core/types';
import { ConfirmModal, type Question } from '../../../src/obsidian/modals/confirm-modal';
import { NoteWriter } from '../../../src/obsidian/note-writer';
import { TeamStore } from '../../../src/obsidian/team-store';
import { createTestVault, settle } from '../../fakes/vault';

/**
 * Log contact writes today into `last_contact`. A value there that is not a date (a list, a
 * set of fields, words) was put there by someone: it is replaced only after asking.
 */

const TODAY = '2026-11-24' as CalendarDate;
const PATH = 'Mentors/Dr. Vega.md';

async function logContactOn(lastContactYaml: string | null, answer: boolean, kind: 'contact' | 'email' = 'contact') {
	const text = `---\ntype: mentor\n${lastContactYaml === null ? '' : `last_contact: ${lastContactYaml}\n`}---\n# Dr. Vega\n`;
	const vault = createTestVault({ [PATH]: text });
	const settings = normalizeSettings({});
	const store = new TeamStore(
		vault.app,
		() => settings,
		() => new Date(2026, 10, 24, 9),
	);
	await store.build();
	const asked: Question[] = [];
	const notices: string[] = [];
	const writer = new NoteWriter(
		vault.app,
		() => settings,
		() => TODAY,
		(m) => notices.push(m),
		(question) => {
			asked.push(question);
			return Promise.resolve(answer);
		},
	);
	const mentor = (store.snapshot() as TeamSnapshot).mentors[0];
	if (!mentor) throw new Error('no mentor');
	const written = await writer.logContact(mentor, kind);
	const after = await vault.read(PATH);
	return { text, after, written, asked, notices, lastContact: (parseYaml(frontmatterBlock(after) ?? '') as Record<string, unknown>).last_contact };
}

describe('log contact over a last_contact that is not a date', () => {
	it('Log email asks and answers in its own words', async () => {
		const { asked, notices, written } = await logContactOn('last week at the clinic', false, 'email');
		expect(written).toBe(false);
		expect(asked[0]?.message).toBe(`last_contact in Dr. Vega holds "last week at the clinic", which is not a date. Logging an email writes today's date, 2026-11-24, in its place.`);
		expect(notices).toEqual(['Email to Dr. Vega not logged; last_contact was left as it was.']);
	});

	it.each([
		['a list', '[2026-11-10, 2026-11-17]', 'a list: "["2026-11-10","2026-11-17"]"'],
		['a set of fields', '{when: 2026-11-10, where: clinic}', 'a set of fields: "{"when":"2026-11-10","where":"clinic"}"'],
		['words', 'last week at the clinic', '"last week at the clinic", which is not a date'],
	])('%s: asks first; "Cancel" keeps every byte and says so', async (_, yaml, holds) => {
		const { text, after, written, asked, notices } = await logContactOn(yaml, false);
		expect(asked).toEqual([
			{ title: 'Replace last_contact of Dr. Vega?', message: `last_contact in Dr. Vega holds ${holds}. Logging contact writes today's date, 2026-11-24, in its place.`, confirm: 'Replace it' },
		]);
		expect(written).toBe(false);
		expect(after).toBe(text);
		expect(notices).toEqual(['Contact with Dr. Vega not logged; last_contact was left as it was.']);
	});

	it('"Replace it" writes today', async () => {
		const { written, asked, lastContact } = await logContactOn('[2026-11-10, 2026-11-17]', true);
		expect(asked).toHaveLength(1);
		expect(written).toBe(true);
		expect(lastContact).toBe('2026-11-24');
	});

	it.each([
		['a date', '2026-11-10'],
		['a date and time', '"2026-11-10 15:00"'],
		['an empty value', '""'],
		['nothing at all', ''],
		['no property', null],
	])('%s: replaced without asking', async (_, yaml) => {
		const { written, asked, lastContact } = await logContactOn(yaml, false);
		expect(asked).toEqual([]);
		expect(written).toBe(true);
		expect(lastContact).toBe('2026-11-24');
	});
});

describe('the confirm modal', () => {
	afterEach(() => vi.restoreAllMocks());
	const QUESTION: Question = { title: 'Replace?', message: 'It holds a list.', confirm: 'Replace it' };

	function ask(): { modal: ConfirmModal; answers: boolean[]; click: (label: string) => void } {
		// The fake's buttons run their handler from simulateClick__, not from a DOM click.
		const made: ButtonComponent[] = [];
		vi.spyOn(ButtonComponent.prototype, 'setButtonText').mockImplementation(function (this: ButtonComponent, text: string) {
			made.push(this);
			this.buttonEl.textContent = text;
			return this;
		});
		const answers: boolean[] = [];
		const modal = new ConfirmModal(createTestVault({}).app, QUESTION, (yes) => answers.push(yes));
		modal.open();
		const click = (label: string) => {
			const button = made.find((b) => b.buttonEl.textContent === label);
			if (!button) throw new Error(`no button ${label}`);
			(button as unknown as { simulateClick__(): void }).simulateClick__();
		};
		return { modal, answers, click };
	}

	it('shows the question; its confirm button answers yes, once', async () => {
		const { modal, answers, click } = ask();
		expect(modal.contentEl.textContent).toContain('It holds a list.');
		click('Replace it');
		await settle();
		expect(answers).toEqual([true]);
	});

	it('Cancel answers no', async () => {
		const { answers, click } = ask();
		click('Cancel');
		await settle();
		expect(answers).toEqual([false]);
	});

	it('closing it without a choice (Escape) answers no', async () => {
		const { modal, answers } = ask();
		modal.close();
		expect(answers).toEqual([false]);
	});
});
