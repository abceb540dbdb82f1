// A small team for the reminder tests, written as markdown the way a user writes it and read
// by the real core. Today is Tuesday 24 November 2026.
import { readProperties } from '../../src/cli/properties-yaml';
import type { CalendarDate } from '../../src/core/calendar-date';
import { DEFAULT_SETTINGS } from '../../src/core/settings';
import type { NoteRecord, TeamSnapshot } from '../../src/core/types';
import { VaultIndex } from '../../src/core/vault-index';

export const TODAY = '2026-11-24' as CalendarDate;
export const TOMORROW = '2026-11-25' as CalendarDate;

export const REMINDER_NOTES: Record<string, string> = {
	// Meeting overdue (last contact + 2 weeks = 17 Nov); items overdue, due today, later; a reply.
	'Mentors/Dr. Maya Lee.md': `---
type: mentor
role: research
cadence: every 2 weeks
last_contact: 2026-11-03
---
### 2026-11-03 Abstract review
- [ ] Send the revised abstract 📅 2026-11-20
- [ ] Read the registry paper 📅 2026-11-24
- [ ] Draft the poster 📅 2026-12-10
- [ ] Dr. Lee: intro to the trauma team 📅 2026-11-01
- [x] Book the first meeting 📅 2026-11-01
- [ ] Answer the email about the abstract #reply 📅 2026-11-25
`,
	'Meetings/2026-11-03 Maya.md': `---
mentor: "[[Dr. Maya Lee]]"
---
- [ ] Book the sim lab 📅 2026-11-23
`,
	// A meeting booked for today.
	'Mentors/Priya Shah.md': `---
type: mentor
role: resident
last_contact: 2026-11-17
next_meeting: 2026-11-24 15:00
---
`,
	// Due within the due-soon window (26 Nov).
	'Mentors/Dr. Sam Okafor.md': `---
type: mentor
role: sponsor
cadence: monthly
last_contact: 2026-10-26
---
`,
	// Quiet: snoozed, paused, alumni. Each has something that would otherwise be reminded.
	'Mentors/Dr. Elena Rossi.md': `---
type: mentor
role: sponsor
last_contact: 2026-09-01
snooze_until: 2026-12-01
---
- [ ] Send my CV 📅 2026-11-20
- [ ] Thank Elena for the intro #reply
`,
	'Mentors/Jordan Kim.md': `---
type: mentor
role: peer mentor
status: paused
last_contact: 2026-08-15
---
- [ ] Return the anatomy atlas 📅 2026-11-01
`,
	'Mentors/Dr. James Carter.md': `---
type: mentor
role: research
status: alumni
last_contact: 2026-03-02
---
- [ ] Answer the alumni newsletter #reply
`,
	// Not due (quarterly), but a reply owed; and a reply tag on their item, which is theirs to answer.
	'Mentors/Dr. Ana Ortiz.md': `---
type: mentor
role: support
cadence: quarterly
last_contact: 2026-11-01
---
- [ ] Reply to Ana about the elective #reply
- [ ] Dr. Ortiz: answer my question about the elective #reply
`,
};

export function teamOf(notes: Record<string, string> = REMINDER_NOTES, today: CalendarDate = TODAY): TeamSnapshot {
	const index = new VaultIndex(DEFAULT_SETTINGS);
	for (const [path, content] of Object.entries(notes)) {
		const record: NoteRecord = { path, ...readProperties(content), content, created: '2026-01-01' as CalendarDate };
		index.set(record);
	}
	return index.snapshot(today);
}
