import { describe, expect, it } from 'vitest';
import type { CalendarDate } from '../../../src/core/calendar-date';
import { DEFAULT_SETTINGS } from '../../../src/core/settings';
import type { Item } from '../../../src/core/types';
import { contactsPerMonth } from '../../../src/obsidian/dashboard/contact-chart';
import { initials } from '../../../src/obsidian/dashboard/dom';
import { teamOf } from './fixture';
import { dueBadge, itemLabel, waitBadge } from '../../../src/obsidian/dashboard/labels';
import { HOSTILE_LINES, MEGABYTE } from '../../fixtures/hostile-lines';

const d = (s: string): CalendarDate => s as CalendarDate;

/** An item as the core makes it, with the fields a test cares about changed. */
const template = teamOf({ 'Mentors/Dr. Maya Lee.md': '---\ntype: mentor\n---\n- [ ] Template\n' }).items[0];

function item(text: string, extra: Partial<Item> = {}): Item {
	if (!template) throw new Error('no template item');
	return {
		...template, raw: `- [ ] ${text}`, text, due: null, dueSource: null, dueText: null, referenceDate: null,
		owner: 'me', dueDate: null, open: true, overdue: false, age: null, reply: false, ...extra,
	};
}

describe('itemLabel', () => {
	it('takes out due fields, the owner and reply tags and link syntax', () => {
		expect(itemLabel(item('Send the abstract 📅 2026-11-20'), DEFAULT_SETTINGS)).toBe('Send the abstract');
		expect(itemLabel(item('Draft budget [due:: 2026-11-30] #theirs'), DEFAULT_SETTINGS)).toBe('Draft budget');
		expect(itemLabel(item('Answer #reply the email from [[People/Dr. Maya Lee|Maya]] about [[Trauma registry#Data]]'), DEFAULT_SETTINGS)).toBe(
			'Answer the email from Maya about Trauma registry',
		);
		expect(itemLabel(item('Read [the paper](https://example.org/paper.pdf) ✅ 2026-11-02'), DEFAULT_SETTINGS)).toBe('Read the paper');
		expect(itemLabel(item('Keep #research tags'), DEFAULT_SETTINGS)).toBe('Keep #research tags');
	});

	it('falls back to the raw text, or a placeholder, when nothing is left', () => {
		expect(itemLabel(item('📅 2026-11-20'), DEFAULT_SETTINGS)).toBe('📅 2026-11-20');
		expect(itemLabel(item(''), DEFAULT_SETTINGS)).toBe('Untitled task');
	});
});

describe('badges', () => {
	const today = d('2026-11-24');
	it('say how late or how soon an item is', () => {
		expect(dueBadge(item('a', { dueDate: d('2026-11-23'), overdue: true, dueSource: 'tasks' }), today, DEFAULT_SETTINGS)).toEqual({ text: '1 day overdue', tone: 'red' });
		expect(dueBadge(item('a', { dueDate: today, dueSource: 'phrase' }), today, DEFAULT_SETTINGS)).toEqual({ text: 'Due today', tone: 'orange' });
		expect(dueBadge(item('a', { dueDate: d('2026-11-26'), dueSource: 'phrase' }), today, DEFAULT_SETTINGS)).toEqual({ text: 'Due in 2 days', tone: 'yellow' });
		expect(dueBadge(item('a', { dueDate: d('2026-12-10'), dueSource: 'tasks' }), today, DEFAULT_SETTINGS)).toEqual({ text: 'Due in 16 days', tone: 'muted' });
		expect(dueBadge(item('a', { dueDate: d('2026-11-25') }), today, DEFAULT_SETTINGS)).toEqual({ text: 'Next meeting tomorrow', tone: 'accent' });
		expect(dueBadge(item('a'), today, DEFAULT_SETTINGS)).toEqual({ text: 'No date', tone: 'muted' });
	});

	it('say how long I have waited', () => {
		expect(waitBadge(item('a', { age: 0 }))).toEqual({ text: 'Asked today', tone: 'muted' });
		expect(waitBadge(item('a', { age: 3 }))).toEqual({ text: 'Waiting 3 days', tone: 'muted' });
		expect(waitBadge(item('a', { age: 15 }))).toEqual({ text: 'Waiting 2 weeks', tone: 'orange' });
		expect(waitBadge(item('a', { age: 70 }))).toEqual({ text: 'Waiting 2 months', tone: 'red' });
	});
});

describe('contactsPerMonth', () => {
	it('counts the twelve months that end with this month, across a new year, ignoring the future', () => {
		const months = contactsPerMonth([d('2025-01-31'), d('2025-02-01'), d('2025-12-24'), d('2026-01-05'), d('2026-01-20'), d('2026-01-30')], d('2026-01-20'));
		expect(months[0]).toEqual({ year: 2025, month: 2, count: 1 });
		expect(months[10]).toEqual({ year: 2025, month: 12, count: 1 });
		expect(months[11]).toEqual({ year: 2026, month: 1, count: 2 });
		expect(months.reduce((n, m) => n + m.count, 0)).toBe(4);
	});
});

describe('initials', () => {
	it('skips titles and keeps first and last names', () => {
		expect(initials('Dr. Maya Lee')).toBe('ML');
		expect(initials('Prof. Ana María de la Cruz')).toBe('AC');
		expect(initials('Priya')).toBe('P');
		expect(initials('Élodie Ångström')).toBe('ÉÅ');
	});
});

describe('itemLabel on a megabyte of hostile text', () => {
	it('reads runs of unclosed links and fields as text, in one pass', () => {
		for (const { name, line } of HOSTILE_LINES) expect(itemLabel(item(line), DEFAULT_SETTINGS).length, name).toBeGreaterThan(0);
		expect(itemLabel(item(`Ask ${'[['.repeat(MEGABYTE / 2)}`), DEFAULT_SETTINGS)).toMatch(/^Ask \[\[/);
		expect(itemLabel(item(`See [[Dr. Lee]] ${'[a]('.repeat(MEGABYTE / 4)}`), DEFAULT_SETTINGS)).toMatch(/^See Dr\. Lee \[a\]\(/);
	});
});
