import { describe, expect, it } from 'vitest';
import { appendHistoryLine, historyLine } from '../../../src/core/relationship/history-edit';
import { readAll, md, note } from '../../helpers/notes';
import { day } from '../../helpers/dates';

describe('the History section the plugin writes to', () => {
	const line = historyLine(day('2027-06-01'), 'status', 'active (was prospect)');

	it('is created at the end of a note without one', () => {
		expect(line).toBe('- 2027-06-01 Status: active (was prospect)');
		expect(appendHistoryLine('# Dr. Lee\n\nNotes.\n', line)).toBe('# Dr. Lee\n\nNotes.\n\n## History\n- 2027-06-01 Status: active (was prospect)\n');
		expect(appendHistoryLine('', line)).toBe('## History\n- 2027-06-01 Status: active (was prospect)\n');
	});

	it('grows after its last line, before the next section, every other byte kept', () => {
		const text = '# Dr. Lee\n## History\n- 2026-01-01 Role: support\n\n## Notes\nx\n';
		expect(appendHistoryLine(text, line)).toBe('# Dr. Lee\n## History\n- 2026-01-01 Role: support\n- 2027-06-01 Status: active (was prospect)\n\n## Notes\nx\n');
		// No final line break; Windows line endings kept.
		expect(appendHistoryLine('## History\n- a', line)).toBe(`## History\n- a\n${line}\n`);
		expect(appendHistoryLine('# X\r\n## History\r\n- a\r\n', line)).toBe(`# X\r\n## History\r\n- a\r\n${line}\r\n`);
	});

	it('what it writes is read back as a change, not as a contact', () => {
		const text = appendHistoryLine(md('---', 'type: mentor', '---', '# Dr. Lee'), line);
		const [facts] = readAll([note('Mentors/Dr. Lee.md', text)]);
		expect(facts?.kind === 'mentor' && facts.relationship.changes.map((c) => [c.date, c.kind, c.value])).toEqual([['2027-06-01', 'status', 'active (was prospect)']]);
		expect(facts?.kind === 'mentor' && facts.headingDates).toEqual([]);
	});
});
