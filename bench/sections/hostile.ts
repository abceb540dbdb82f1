/**
 * Hostile lines: each megabyte line that once made a pattern backtrack quadratically
 * (tests/fixtures/hostile-lines.ts), read as a task of a mentor note. Issue 7 asked that a
 * 1 MB line cost milliseconds; before the rewrite these took minutes.
 */
import type { CalendarDate } from '../../src/core/calendar-date';
import { readNote } from '../../src/core/note-facts';
import { normalizeSettings } from '../../src/core/settings';
import { HOSTILE_LINES } from '../../tests/fixtures/hostile-lines';
import { median, timeRuns, type Section } from '../lib';

const LINE_BUDGET = { max: 100, label: '< 100 ms' };

export const hostileSection: Section = {
	id: 'hostile',
	title: 'Hostile lines: one 1 MB task line read (readNote)',
	run(ctx) {
		const settings = normalizeSettings({});
		const runs = ctx.quick ? 3 : 7;
		return HOSTILE_LINES.map(({ name, line }) => {
			const content = `---\ntype: mentor\n---\n- [ ] ${line}\n`;
			const record = { path: 'Mentors/Hostile.md', frontmatter: { type: 'mentor' }, content, created: ctx.today as CalendarDate };
			const times = timeRuns(() => void readNote(record, settings), runs, 1);
			return { name, value: median(times), unit: 'ms', budget: LINE_BUDGET, note: `${(line.length / 1e6).toFixed(1)} M characters; median of ${runs}` };
		});
	},
};
