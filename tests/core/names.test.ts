import { describe, expect, it } from 'vitest';
import { baseName, initials, linkTarget, linkedNameKeys, nameKey, nameVariants, ownerPrefixKey, pathKey } from '../../src/core/names';

describe('nameKey, baseName and pathKey', () => {
	it('compare names without regard to case, dots or spacing', () => {
		expect(nameKey('Dr.  Maya Lee')).toBe(nameKey('dr maya lee'));
		expect(nameKey(' Prof. Ada  Okafor ')).toBe('prof ada okafor');
	});

	it('take the file name without folder or .md', () => {
		expect(baseName('People/Mentors/Dr. Maya Lee.md')).toBe('Dr. Maya Lee');
		expect(baseName('Dr. Maya Lee.MD')).toBe('Dr. Maya Lee');
		expect(baseName('Dr. Maya Lee')).toBe('Dr. Maya Lee');
		expect(pathKey('People/Dr. Maya Lee.md')).toBe('people/dr. maya lee');
	});
});

describe('linkTarget', () => {
	it.each([
		['[[Dr. Maya Lee]]', 'Dr. Maya Lee'],
		['[[People/Dr. Maya Lee.md|Maya]]', 'People/Dr. Maya Lee'],
		['[[Dr. Maya Lee#Notes]]', 'Dr. Maya Lee'],
		['[[Dr. Maya Lee#^abc|Maya]]', 'Dr. Maya Lee'],
		['![[Dr. Maya Lee]]', 'Dr. Maya Lee'],
		['[Maya](People/Dr%20Maya%20Lee.md)', 'People/Dr Maya Lee'],
		['[Maya](<People/Dr. Maya Lee.md>)', 'People/Dr. Maya Lee'],
		['Dr. Maya Lee', 'Dr. Maya Lee'],
		['  [[ Dr. Maya Lee ]]  ', 'Dr. Maya Lee'],
	])('%s → %s', (link, target) => {
		expect(linkTarget(link)).toBe(target);
	});

	it('is null for an empty link', () => {
		expect(linkTarget('')).toBeNull();
		expect(linkTarget('[[]]')).toBeNull();
		expect(linkTarget('[[#Heading]]')).toBeNull();
	});

	it('survives a malformed percent escape', () => {
		expect(linkTarget('[x](Dr%ZZLee.md)')).toBe('Dr%ZZLee');
	});
});

describe('nameVariants', () => {
	it('are the full name, without the title, first name, last name and title with last name', () => {
		expect([...nameVariants('Dr. Maya Lee', [])].sort()).toEqual(['dr lee', 'dr maya lee', 'lee', 'maya', 'maya lee']);
	});

	it('include the aliases and their variants', () => {
		const variants = nameVariants('Dr. Maya Lee', ['Maya', 'Prof. M. Lee-Chen']);
		expect(variants.has('maya')).toBe(true);
		expect(variants.has('prof lee-chen')).toBe(true);
		expect(variants.has('m lee-chen')).toBe(true);
	});

	it('work for a name without a title', () => {
		expect([...nameVariants('Sam Ortiz', [])].sort()).toEqual(['ortiz', 'sam', 'sam ortiz']);
		expect([...nameVariants('Sam', ['', '  '])]).toEqual(['sam']);
	});
});

describe('ownerPrefixKey', () => {
	it.each([
		['Dr. Lee: intro to the trauma team', 'dr lee'],
		['Maya: send the dataset', 'maya'],
		['**Maya**: send the dataset', 'maya'],
		['__Maya__: send the dataset', 'maya'],
		['@Maya: send the dataset', 'maya'],
		['[[Dr. Maya Lee]]: send the dataset', 'dr maya lee'],
		['[[People/Dr. Maya Lee|Maya]]: send', 'dr maya lee'],
		['Dr. Lee : spaced colon', 'dr lee'],
		['Jean_Luc: send the protocol', nameKey('Jean_Luc')],
		['*Dr. Marsh*: review the poster', 'dr marsh'],
		['**Dr. Marsh:** review the poster', 'dr marsh'],
		['__Maya__: send the dataset', 'maya'],
		['@Maya: ping', 'maya'],
	])('%s → %s', (text, key) => {
		expect(ownerPrefixKey(text)).toBe(key);
	});

	it.each([
		['Dr. Lee will send the slides', 'dr lee'],
		['Maya to review the abstract', 'maya'],
		['Dr. Maya Lee will intro me', 'dr maya lee'],
		['[[Dr. Maya Lee]] will intro me', 'dr maya lee'],
		['**Maya** to review', 'maya'],
		['@Maya to review', 'maya'],
	])('"%s": a name, then will / to → %s', (text, key) => {
		expect(ownerPrefixKey(text)).toBe(key);
	});

	it('is null without a name before a colon, will or to', () => {
		expect(ownerPrefixKey('send the form to Maya')).toBeNull();
		expect(ownerPrefixKey(`${'Long '.repeat(10000)}will`)).toBeNull();
		expect(ownerPrefixKey('Send the dataset to Maya')).toBeNull();
		expect(ownerPrefixKey(': nothing before')).toBeNull();
		expect(ownerPrefixKey('Read https://example.org')).toBeNull();
		expect(ownerPrefixKey('due:: 2026-12-01')).toBeNull();
		expect(ownerPrefixKey(`${'x'.repeat(80)}: too long for a name`)).toBeNull();
	});
});

describe('linkedNameKeys', () => {
	it('lists the base names of every wikilink, as name keys', () => {
		expect(linkedNameKeys('Ask [[Dr. Maya Lee]] and [[People/Sam Ortiz|Sam]] about [[Notes#x]]')).toEqual(['dr maya lee', 'sam ortiz', 'notes']);
		expect(linkedNameKeys('no links')).toEqual([]);
	});
});

describe('initials', () => {
	it('skips titles (Dr, Prof, Doctor…) and keeps first and last names', () => {
		expect(initials('Dr. Maya Lee')).toBe('ML');
		expect(initials('Prof. Ana María de la Cruz')).toBe('AC');
		expect(initials('Priya')).toBe('P');
		expect(initials('Doctor Ada Okafor')).toBe('AO');
		expect(initials('Élodie Ångström')).toBe('ÉÅ');
	});
});
