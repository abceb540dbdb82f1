import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, normalizeSettings } from '../../src/core/settings';
import {
	cadenceProblem,
	dateOrderProblem,
	fileProblem,
	folderPath,
	folderProblem,
	propertyName,
	propertyNameClash,
	propertyNameProblem,
	rangeProblem,
	readCount,
	tagName,
	tagProblem,
} from '../../src/core/settings-rules';

describe('the rules of a setting value', () => {
	it('read tags and folders as the saved settings keep them', () => {
		expect(tagName(' ##people/mentor ')).toBe('people/mentor');
		expect(folderPath(' /People/Mentors/ ')).toBe('People/Mentors');
		// The tab's rule and the saved-data rule are one rule.
		expect(normalizeSettings({ mentorTag: ' #people ', mentorsFolder: '/People/' })).toMatchObject({ mentorTag: 'people', mentorsFolder: 'People' });
	});

	it('need a property name, read trimmed the same way the saved settings are', () => {
		expect(propertyNameProblem('  ')).toBe('A property name is needed.');
		expect(propertyNameProblem(' keep warm ')).toBeNull();
		expect(propertyName(' keep_warm ')).toBe('keep_warm');
		expect(normalizeSettings({ relationships: { keepWarmProperty: ' keep_warm ' } }).relationships.keepWarmProperty).toBe('keep_warm');
	});

	it('refuse tags with spaces or punctuation, or without a letter', () => {
		expect(tagProblem('#')).toBe('A tag is needed.');
		expect(tagProblem('my mentor')).toBe('A tag cannot contain spaces or punctuation other than -, _ and /.');
		expect(tagProblem('2026/11')).toBe('A tag needs at least one letter.');
		expect(tagProblem('#people/mentor-2_a')).toBeNull();
	});

	it('refuse folders and notes outside the vault or with forbidden characters', () => {
		expect(folderProblem('')).toBeNull();
		expect(folderProblem('a/../b')).toBe('Write the folder from the vault root, without . or .. parts.');
		expect(folderProblem('Notes: old')).toBe('A folder path cannot contain \\ : * ? " < > or |.');
		expect(fileProblem('')).toBeNull();
		expect(fileProblem('Templates/')).toBe('This is a folder; choose a note.');
		expect(fileProblem('Templates/Meeting.md')).toBeNull();
	});

	it('find a property name already in use, ignoring case', () => {
		expect(propertyNameClash('role', 'Status', DEFAULT_SETTINGS.properties)).toBe('status');
		expect(propertyNameClash('role', 'role', DEFAULT_SETTINGS.properties)).toBeNull();
		expect(propertyNameClash('role', 'kind', DEFAULT_SETTINGS.properties)).toBeNull();
	});

	it('say what is wrong with a cadence, as a sentence', () => {
		expect(cadenceProblem('monthly')).toBeNull();
		expect(cadenceProblem('whenever')).toMatch(/^Cadence "whenever" is not understood.*\.$/);
	});

	it('accept only the two date orders, in the tab and in saved data alike', () => {
		expect(dateOrderProblem('day-first')).toBeNull();
		expect(dateOrderProblem('sideways')).toBe('Choose month first or day first.');
		expect(normalizeSettings({ dateOrder: 'sideways' }).dateOrder).toBe('month-first');
	});

	it('keep the ends of a range from crossing', () => {
		const names = { min: 'at least', max: 'at most' };
		expect(rangeProblem('min', 3, { min: 1, max: 2 }, names, 'At least')).toBe('At least must not be more than at most (2).');
		expect(rangeProblem('max', 0, { min: 1, max: 2 }, names)).toBe('Must not be less than at least (1).');
		expect(rangeProblem('max', 1, { min: 1, max: 2 }, names)).toBeNull();
	});

	it('read a typed count only when it is a whole number in range', () => {
		expect(readCount(' 15 ', 1, 1440)).toEqual({ value: 15 });
		for (const typed of ['0', '-3', '1.5', 'ten', '', '100000']) expect(readCount(typed, 1, 1440), typed).toEqual({ problem: 'Enter a whole number from 1 to 1440.' });
	});
});
