import { describe, expect, it } from 'vitest';
import type { CalendarDate } from '../../../src/core/calendar-date';
import { mailtoLink } from '../../../src/core/mailto';
import { draftUpdate, MAILTO_LIMIT, updateSections } from '../../../src/core/update-draft';
import { updateNotePath, updateNoteText } from '../../../src/core/update-note';
import { readUpdateFacts, updatesDue } from '../../../src/core/updates-due';
import { md, note, settingsWith, team } from '../../helpers/notes';

const day = (text: string) => text as CalendarDate;
const TAGS = { askTag: 'ask', loopTag: 'loop' };
const LEE = note(
	'Mentors/Dr. Maya Lee.md',
	md(
		'---',
		'type: mentor',
		'---',
		'### 2026-11-10 Meeting',
		'- [x] Send the abstract draft ✅ 2026-11-18',
		'- [x] Old win ✅ 2026-09-01',
		'- [ ] Revise the poster 📅 2026-11-25',
		'- [ ] Which journal fits the case report? #ask',
		'- [x] Dr. Lee: Intro to the trauma team ✅ 2026-11-20',
		'\t- [ ] Thank Dr. Lee and tell them how it went #loop 📅 2026-11-22',
	),
);
const snapshot = team([LEE], '2026-11-24');
const lee = snapshot.mentors[0]!;
const recipients = [{ mentor: lee, email: 'maya.lee@example.org', lastUpdate: day('2026-10-01') }];

describe('draft an update', () => {
	it('sections: wins since the last update, next steps, asks, thanks', () => {
		expect(updateSections(snapshot, recipients, TAGS)).toEqual({
			wins: ['Send the abstract draft (Wed 18 Nov)'],
			nextSteps: ['Revise the poster (by Wed 25 Nov)'],
			asks: ['Which journal fits the case report?'],
			thanks: ['Thank you for intro to the trauma team.'],
		});
	});

	it('the note and its mailto link (exact bytes)', () => {
		const draft = draftUpdate(snapshot, recipients, TAGS);
		const body = md(
			'Dear Dr. Lee,',
			'',
			'A short update on my progress.',
			'',
			'Wins since my last update:',
			'- Send the abstract draft (Wed 18 Nov)',
			'',
			'Next steps:',
			'- Revise the poster (by Wed 25 Nov)',
			'',
			'Where your advice would help:',
			'- Which journal fits the case report?',
			'',
			'Thank you:',
			'- Thank you for intro to the trauma team.',
			'',
			'Best wishes,',
			'',
		);
		expect(draft.body).toBe(body);
		expect(draft.mailto).toBe(mailtoLink(['maya.lee@example.org'], 'Progress update, Tue 24 Nov', body));
		expect(draft.mailto.startsWith('mailto:maya.lee@example.org?subject=Progress%20update%2C%20Tue%2024%20Nov&body=Dear%20Dr.%20Lee%2C%0D%0A%0D%0AA%20short')).toBe(true);
		expect(draft.mailto).not.toMatch(/[()\s]/);
		const text = updateNoteText({ audience: 'Dr. Maya Lee', links: ['[[Dr. Maya Lee]]'], to: ['maya.lee@example.org'], today: day('2026-11-24'), draft });
		expect(text).toBe(
			md(
				'---',
				'update_to:',
				'  - "[[Dr. Maya Lee]]"',
				'drafted: 2026-11-24',
				'sent:',
				'---',
				'# Update to Dr. Maya Lee, Tue 24 Nov',
				'',
				`Nothing has been sent. [Open this draft in your email app](${draft.mailto}), read it and send it yourself; then run "Mark update sent".`,
				'',
				'To: maya.lee@example.org',
				'Subject: Progress update, Tue 24 Nov',
				'',
				'---',
				'',
			) + body,
		);
		expect(updateNotePath('Updates', day('2026-11-24'), 'Dr. Maya Lee')).toBe('Updates/2026-11-24 Update to Dr. Maya Lee.md');
	});

	it('a long update keeps the link within the limit, saying how many lines were left out', () => {
		const many = Array.from({ length: 80 }, (_, n) => `- [ ] Step number ${n + 1} of the long project plan`);
		const big = team([note('Mentors/Sam Ortiz.md', md('---', 'type: mentor', '---', ...many))], '2026-11-24');
		const draft = draftUpdate(big, [{ mentor: big.mentors[0]!, email: 'sam@example.org', lastUpdate: null }], TAGS);
		expect(draft.mailto.length).toBeLessThanOrEqual(MAILTO_LIMIT);
		expect(draft.body).toMatch(/\n- …and \d+ more\n/);
		expect(draft.fullBody).toContain('Step number 80 of');
		expect(draft.body.startsWith('Dear Sam,')).toBe(true);
	});
});

describe('updates due', () => {
	it('reads update_cadence like a cadence, and says who is due', () => {
		const settings = settingsWith();
		const records = [
			note('Mentors/A.md', md('---', 'type: mentor', 'update_cadence: quarterly', 'last_update: 2026-08-01', '---')),
			note('Mentors/B.md', md('---', 'type: mentor', 'update_cadence: quarterly', 'last_update: 2026-10-01', '---')),
			note('Mentors/C.md', md('---', 'type: mentor', 'update_cadence: monthly', '---')),
			note('Mentors/D.md', md('---', 'type: mentor', '---')),
		];
		const snap = team(records, '2026-11-24', settings);
		const facts = new Map(records.map((r) => [r.path, readUpdateFacts(r.frontmatter, settings)]));
		expect(facts.get('Mentors/A.md')).toEqual({ lastUpdate: '2026-08-01', updateCadence: { count: 3, unit: 'month' } });
		expect(updatesDue(snap, facts).map((u) => [u.mentor, u.due, u.lastUpdate, u.cadence])).toEqual([
			['A', '2026-11-01', '2026-08-01', 'quarterly'],
			['C', '2026-11-24', null, 'monthly'],
		]);
	});
});
