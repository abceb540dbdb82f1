import { describe, expect, it } from 'vitest';
import { mentionAt, mentionFor, readCapture, suggestMentors, type CaptureMentor } from '../../src/core/quick-capture';

const marsh: CaptureMentor = { name: 'Dr. Helen Marsh', path: 'Mentors/Dr. Helen Marsh.md', aliases: [], lifecycle: 'active' };
const maya: CaptureMentor = { name: 'Dr. Maya Lee', path: 'Mentors/Dr. Maya Lee.md', aliases: ['Maya'], lifecycle: 'active' };
const mark: CaptureMentor = { name: 'Mark Leeds', path: 'Mentors/Mark Leeds.md', aliases: [], lifecycle: 'alumni' };
const team = [marsh, maya, mark];

describe('readCapture', () => {
	it('takes the mentor from @name and the item from the rest', () => {
		expect(readCapture('@Marsh send CV by Fri', team)).toEqual({ mentor: marsh, problem: null, mention: '@Marsh', text: 'send CV by Fri' });
		expect(readCapture('send CV @marsh by Fri', team).text).toBe('send CV by Fri');
		expect(readCapture('@maya send the abstract', team).mentor).toBe(maya);
		expect(readCapture('@Dr.Lee send', team).mentor).toBe(maya);
	});

	it('an exact name wins over a longer one it starts ("@Lee" is Dr. Maya Lee, not Mark Leeds)', () => {
		expect(readCapture('@Lee send', team).mentor).toBe(maya);
	});

	it('says why no mentor was found', () => {
		expect(readCapture('send CV', team).problem).toBe('no-mention');
		expect(readCapture('@Zed send CV', team).problem).toBe('unknown');
		expect(readCapture('@M send CV', team).problem).toBe('ambiguous');
		expect(readCapture('@ send CV', team).problem).toBe('unknown');
	});

	it('keeps a mentor picked from the suggestions while the mention still fits them', () => {
		expect(readCapture('@M send', team, marsh).mentor).toBe(marsh);
		expect(readCapture('@Maya send', team, marsh).mentor).toBe(maya);
	});

	it('leaves an email address alone', () => {
		expect(readCapture('@Marsh mail ana@example.org', team).text).toBe('mail ana@example.org');
	});
});

describe('suggestions as you type', () => {
	it('finds the @mention at the caret', () => {
		expect(mentionAt('@Mar send', 4)).toEqual({ query: 'Mar', start: 0, end: 4 });
		expect(mentionAt('send @Ma', 8)).toEqual({ query: 'Ma', start: 5, end: 8 });
		expect(mentionAt('@Mar send', 9)).toBeNull();
		expect(mentionAt('ana@example.org', 5)).toBeNull();
	});

	it('lists matching mentors, exact first, active before alumni', () => {
		expect(suggestMentors('ma', team).map((m) => m.name)).toEqual(['Dr. Helen Marsh', 'Dr. Maya Lee', 'Mark Leeds']);
		expect(suggestMentors('lee', team).map((m) => m.name)).toEqual(['Dr. Maya Lee', 'Mark Leeds']);
		expect(suggestMentors('', team)).toHaveLength(3);
	});

	it('inserts a word that names only the picked mentor', () => {
		expect(mentionFor(marsh, team)).toBe('Marsh');
		expect(mentionFor(maya, team)).toBe('Maya');
		expect(mentionFor(mark, team)).toBe('Leeds');
	});
});
