import { describe, expect, it } from 'vitest';
import { itemWords } from '../../../src/core/presentation/item-words';
import { DEFAULT_SETTINGS } from '../../../src/core/settings';
import { HOSTILE_LINES, MEGABYTE } from '../../fixtures/hostile-lines';

const words = (text: string): string => itemWords(text, DEFAULT_SETTINGS);

describe('itemWords: a task as every surface shows it', () => {
	it('takes out due fields, the owner and reply tags and link syntax', () => {
		expect(words('Send the abstract 📅 2026-11-20')).toBe('Send the abstract');
		expect(words('Draft budget [due:: 2026-11-30] #theirs')).toBe('Draft budget');
		expect(words('Answer #reply the email from [[People/Dr. Maya Lee|Maya]] about [[Trauma registry#Data]]')).toBe('Answer the email from Maya about Trauma registry');
		expect(words('Read [the paper](https://example.org/paper.pdf) ✅ 2026-11-02')).toBe('Read the paper');
		expect(words('Keep #research tags')).toBe('Keep #research tags');
		// A thank-you owed says so in its words; the loop tag is only for Mentor Rally.
		expect(words('Thank Dr. Lee and tell them how it went #loop 📅 2026-11-26')).toBe('Thank Dr. Lee and tell them how it went');
	});

	it('follows the tags the settings name, and no others', () => {
		const tags = { ownerTag: 'ball/them', replyTag: 'answer', loopTag: 'thanks' };
		expect(itemWords('Send slides #ball/them', tags)).toBe('Send slides');
		expect(itemWords('Send slides #answer #theirs', tags)).toBe('Send slides #theirs');
		expect(itemWords('Thank Dr. Lee #thanks #loop', tags)).toBe('Thank Dr. Lee #loop');
		// The previous pair's pattern is not reused for a new one.
		expect(itemWords('Send slides #theirs', DEFAULT_SETTINGS)).toBe('Send slides');
	});

	it('says a repeat rule in words at the end, instead of the emoji in the middle of the sentence', () => {
		expect(words('Send the weekly log 🔁 every week 📅 2026-12-07 #theirs')).toBe('Send the weekly log (repeats every week)');
		expect(words('Check in 🔁️ every 2 weeks when done ✅ 2026-11-30')).toBe('Check in (repeats every 2 weeks when done)');
		expect(words('🔁 every week')).toBe('🔁 every week');
	});

	it('falls back to the raw text, or a placeholder, when nothing is left', () => {
		expect(words('📅 2026-11-20')).toBe('📅 2026-11-20');
		expect(words('')).toBe('Untitled task');
	});

	it('reads runs of unclosed links and fields on a megabyte of hostile text as text', () => {
		for (const { name, line } of HOSTILE_LINES) expect(words(line).length, name).toBeGreaterThan(0);
		expect(words(`Ask ${'[['.repeat(MEGABYTE / 2)}`)).toMatch(/^Ask \[\[/);
		expect(words(`See [[Dr. Lee]] ${'[a]('.repeat(MEGABYTE / 4)}`)).toMatch(/^See Dr\. Lee \[a\]\(/);
	});
});
