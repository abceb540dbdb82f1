import { describe, expect, it } from 'vitest';
import { MARKDOWN_LINK, tailWords, trimSlashes, WIKILINK, withoutBlockId, withoutTrailingTags } from '../../src/core/text';

describe('text helpers', () => {
	it('trims slashes at both ends only', () => {
		expect(trimSlashes('/Mentors/Alumni/')).toBe('Mentors/Alumni');
		expect(trimSlashes('///')).toBe('');
		expect(trimSlashes('a')).toBe('a');
	});

	it('takes off a block id only when a blank comes before it', () => {
		expect(withoutBlockId('Send CV ^abc-1')).toBe('Send CV');
		expect(withoutBlockId('Send CV ^abc  ')).toBe('Send CV');
		expect(withoutBlockId('x^2')).toBe('x^2');
		expect(withoutBlockId('cost ^ high')).toBe('cost ^ high');
	});

	it('takes off the tags that end a text, and only those', () => {
		expect(withoutTrailingTags('Send CV #reply #theirs')).toBe('Send CV');
		expect(withoutTrailingTags('Send #urgent CV to  Maya #reply')).toBe('Send #urgent CV to  Maya');
		expect(withoutTrailingTags('Use C# daily')).toBe('Use C# daily');
		expect(withoutTrailingTags('Issue # 4')).toBe('Issue # 4');
		expect(withoutTrailingTags('#reply')).toBe('');
	});

	it('gives the last words before a date, without the joining mark', () => {
		expect(tailWords('Send it by ')).toBe('Send it by');
		expect(tailWords('due -')).toBe('due');
		expect(tailWords('deadline: ')).toBe('deadline');
		// The tail starts at a word boundary: the end of "nearby" is not "by".
		expect(tailWords(`${'x'.repeat(60)} nearby`, 10)).toBe('nearby');
		expect(tailWords(`${'x'.repeat(60)}nearby`, 10)).toBe('');
	});

	it('matches links and keeps their words', () => {
		expect('See [[Dr. Lee|Maya]] and [the paper](https://x.org/Foo_(bar)) now'.replace(WIKILINK, 'L').replace(MARKDOWN_LINK, '$1')).toBe('See L and the paper now');
		expect('[[a [b]]'.replace(WIKILINK, 'L')).toBe('[[a [b]]');
	});
});
