import { describe, expect, it } from 'vitest';
import { ballWords, dueLabel, meetingLabel, NEXT_MOVE_TERM, overdueBy, statusLabel, waitLabel } from '../../../src/core/presentation/labels';
import type { Item, MentorSummary } from '../../../src/core/types';
import { day } from '../../helpers/dates';
import { md, note, team } from '../../helpers/notes';

const today = day('2026-11-24');
const sample = team([note('Mentors/Dr. Maya Lee.md', md('---', 'type: mentor', 'last_contact: 2026-11-01', '---', '- [ ] Template'))], today);

/** An item as the core makes it, with the fields a test cares about changed. */
function item(extra: Partial<Item> = {}): Item {
	const template = sample.items[0];
	if (!template) throw new Error('no template item');
	return {
		...template,
		due: null,
		dueSource: null,
		dueText: null,
		doneDate: null,
		referenceDate: null,
		firstSeenKey: null,
		owner: 'me',
		dueDate: null,
		open: true,
		overdue: false,
		age: null,
		...extra,
	};
}

function mentor(extra: Partial<MentorSummary> = {}): MentorSummary {
	const template = sample.mentors[0];
	if (!template) throw new Error('no template mentor');
	return { ...template, ...extra };
}

describe('labels every surface shares', () => {
	it('say how late or how soon an item is', () => {
		expect(dueLabel(item({ dueDate: day('2026-11-23'), overdue: true, dueSource: 'tasks' }), today, 3)).toEqual({ text: '1 day overdue', tone: 'red' });
		expect(dueLabel(item({ dueDate: today, dueSource: 'phrase' }), today, 3)).toEqual({ text: 'Due today', tone: 'orange' });
		expect(dueLabel(item({ dueDate: day('2026-11-26'), dueSource: 'phrase' }), today, 3)).toEqual({ text: 'Due in 2 days', tone: 'yellow' });
		expect(dueLabel(item({ dueDate: day('2026-11-26'), dueSource: 'phrase' }), today, 1)).toEqual({ text: 'Due in 2 days', tone: 'muted' });
		expect(dueLabel(item({ dueDate: day('2026-12-10'), dueSource: 'tasks' }), today, 3)).toEqual({ text: 'Due in 16 days', tone: 'muted' });
		expect(dueLabel(item({ dueDate: day('2026-11-25') }), today, 3)).toEqual({ text: 'Next meeting tomorrow', tone: 'accent' });
		expect(dueLabel(item(), today, 3)).toEqual({ text: 'No date', tone: 'muted' });
	});

	it('say how long I have waited', () => {
		expect(waitLabel(item({ age: 0 }))).toEqual({ text: 'Asked today', tone: 'muted' });
		expect(waitLabel(item({ age: 3 }))).toEqual({ text: 'Waiting 3 days', tone: 'muted' });
		expect(waitLabel(item({ age: 15 }))).toEqual({ text: 'Waiting 2 weeks', tone: 'orange' });
		expect(waitLabel(item({ age: 70 }))).toEqual({ text: 'Waiting 2 months', tone: 'red' });
	});

	it('count days overdue the same way for items and meetings', () => {
		expect(overdueBy(1)).toBe('1 day overdue');
		expect(meetingLabel(mentor({ nextDue: day('2026-11-01') }), today)).toEqual({ text: overdueBy(23), tone: 'red' });
		expect(meetingLabel(mentor({ nextDue: today }), today)).toEqual({ text: 'Due today', tone: 'orange' });
		expect(meetingLabel(mentor({ nextDue: null }), today)).toEqual({ text: 'Not planned', tone: 'muted' });
	});

	it('use one status word per state', () => {
		const words = (['overdue', 'due', 'scheduled', 'ok', 'paused', 'alumni'] as const).map((status) => statusLabel(mentor({ status, nextDue: day('2026-11-26') }), today).text);
		expect(words).toEqual(['Overdue', 'Due soon', 'Booked', 'On track', 'Paused', 'Alumni']);
		expect(statusLabel(mentor({ status: 'due', nextDue: today }), today).text).toBe('Due today');
	});
});

describe('whose move it is, in plain words', () => {
	it('says "Next move: yours / theirs / nobody\'s", no tennis terms', () => {
		expect(NEXT_MOVE_TERM).toBe('Next move');
		expect(['mine', 'theirs', 'none'].map((b) => ballWords(b as 'mine' | 'theirs' | 'none'))).toEqual(['yours', 'theirs', "nobody's"]);
		for (const b of ['mine', 'theirs', 'none'] as const) expect(ballWords(b)).not.toMatch(/court|ball|rally/i);
	});
});
