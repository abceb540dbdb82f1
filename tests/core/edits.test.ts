import { describe, expect, it } from 'vitest';
import type { CalendarDate } from '../../src/core/calendar-date';
import { appendToSection, completeTaskLine, lineBreakOf, replaceLine } from '../../src/core/edits';
import { scanMarkdown } from '../../src/core/markdown-scan';

const TODAY = '2026-11-24' as CalendarDate;

describe('replaceLine', () => {
	const text = ['# Notes', '- [ ] Send slides', '- [ ] Send slides', 'end'].join('\n');
	const [first, second] = scanMarkdown(text).tasks;

	it('changes only the line it aims at', () => {
		const result = replaceLine(text, 3, second!.raw, '- [x] Send slides', second!.twins);
		expect(result).toEqual({ ok: true, text: ['# Notes', '- [ ] Send slides', '- [x] Send slides', 'end'].join('\n') });
	});

	it('refuses when an insertion above moved one identical copy onto the other', () => {
		const shifted = ['# Notes', 'typed above', '- [ ] Send slides', '- [ ] Send slides', 'end'].join('\n');
		// Line 3 still reads "- [ ] Send slides", but it is now the first copy.
		expect(replaceLine(shifted, 3, second!.raw, '- [x] Send slides', second!.twins)).toEqual({ ok: false, reason: 'line 3 has moved since it was read' });
	});

	it('still writes when the other copy was edited away', () => {
		const edited = text.replace('- [ ] Send slides\n', '- [x] Send slides\n');
		expect(replaceLine(edited, 3, second!.raw, '- [x] Send slides', second!.twins).ok).toBe(true);
		expect(first!.twins).toEqual([2, 3]);
	});

	it('refuses a line that changed or is gone', () => {
		expect(replaceLine(text, 2, '- [ ] Other', 'x')).toEqual({ ok: false, reason: 'line 2 has changed since it was read' });
		expect(replaceLine(text, 9, '- [ ] Other', 'x')).toEqual({ ok: false, reason: 'line 9 is no longer in the note' });
	});
});

describe('completeTaskLine', () => {
	it('ticks like the Tasks plugin, before a block id, and leaves closed tasks alone', () => {
		expect(completeTaskLine('  - [ ] Draft methods  ', TODAY)).toBe('  - [x] Draft methods ✅ 2026-11-24');
		expect(completeTaskLine('> 1. [/] Poster ^p1', TODAY)).toBe('> 1. [x] Poster ✅ 2026-11-24 ^p1');
		expect(completeTaskLine('- [x] Done', TODAY)).toBeNull();
		expect(completeTaskLine('- [-] Dropped', TODAY)).toBeNull();
		expect(completeTaskLine('Just prose', TODAY)).toBeNull();
	});
});

describe('appendToSection', () => {
	it('adds under the section, before blank lines and the next heading, in the note\'s line ending', () => {
		const text = '# Dr. Lee\r\n## Open items\r\n- [ ] A\r\n\r\n## Log\r\n';
		expect(lineBreakOf(text)).toBe('\r\n');
		expect(appendToSection(text, '## Open items', ['- [ ] B'])).toBe('# Dr. Lee\r\n## Open items\r\n- [ ] A\r\n- [ ] B\r\n\r\n## Log\r\n');
	});

	it('makes the section at the end when there is none, keeping a missing final newline missing', () => {
		expect(appendToSection('# Dr. Lee', 'Open items', ['- [ ] B'])).toBe('# Dr. Lee\n\n## Open items\n- [ ] B\n');
	});
});
