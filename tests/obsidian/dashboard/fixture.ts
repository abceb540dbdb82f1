// A small, fixed vault for the dashboard tests: written as markdown (the way a user writes
// it), read by the real core. Stable on purpose: the HTML snapshots depend on it.
import { readProperties } from '../../../src/cli/properties-yaml';
import type { CalendarDate } from '../../../src/core/calendar-date';
import { DEFAULT_SETTINGS, type MentorRallySettings } from '../../../src/core/settings';
import type { NoteRecord, TeamSnapshot } from '../../../src/core/types';
import { VaultIndex } from '../../../src/core/vault-index';

export const TODAY = '2026-11-24' as CalendarDate;

export const FIXTURE_NOTES: Record<string, string> = {
	'Mentors/Dr. Maya Lee.md': `---
type: mentor
role: [research]
cadence: every 2 weeks
last_contact: 2026-11-10
aliases: [Maya]
---
# Dr. Maya Lee

### 2026-11-10 Abstract review
- [ ] Send the revised abstract 📅 2026-11-20
- [ ] Read the trauma registry paper by Friday
- [ ] Dr. Lee: intro to the trauma team
- [x] Book the sim lab ✅ 2026-11-12
`,
	'Mentors/Dr. Sam Okafor.md': `---
type: mentor
role: sponsor
cadence: monthly
last_contact: 2026-10-01
---
# Dr. Sam Okafor

### 2026-10-01 Coffee
- [ ] Draft the grant budget [due:: 2026-11-30]
- [ ] Ask about the summer research slot
- [ ] Letter of support for the summer program #theirs
`,
	'Mentors/Priya Shah.md': `---
type: mentor
role: resident
cadence: every 2 weeks
last_contact: 2026-11-17
next_meeting: 2026-11-26 15:00
---
# Priya Shah
`,
	'Mentors/Dr. Elena Rossi.md': `---
type: mentor
role: [sponsor, research]
cadence: quarterly
last_contact: 2026-10-20
---
# Dr. Elena Rossi
`,
	'Mentors/Dr. James Carter.md': `---
type: mentor
role: research
status: alumni
last_contact: 2026-03-02
---
# Dr. James Carter
`,
	'Mentors/Jordan Kim.md': `---
type: mentor
role: peer mentor
status: paused
last_contact: 2026-08-15
---
# Jordan Kim
`,
	'Meetings/2026-06-09 Dr. Lee.md': `---
mentor: "[[Dr. Maya Lee]]"
---
- [x] Pick a project
`,
	'Meetings/2026-08-18 Dr. Lee.md': `---
mentor: "[[Dr. Maya Lee]]"
---
`,
	'Meetings/2026-09-15 Dr. Lee.md': `---
mentor: "[[Dr. Maya Lee]]"
---
`,
	'Meetings/2026-10-13 Dr. Lee.md': `---
mentor: "[[Dr. Maya Lee]]"
---
`,
	'Meetings/2026-10-27 Dr. Lee.md': `---
mentor: "[[Dr. Maya Lee]]"
---
- [ ] Maya: share the registry data dictionary
`,
	'Meetings/2026-07-20 Sam.md': `---
mentor: "[[Dr. Sam Okafor]]"
---
`,
	'Meetings/2026-11-03 Priya.md': `---
mentor: "[[Priya Shah]]"
---
- [ ] Practise the suturing kit before next meeting
`,
	'Meetings/2026-11-05 Unknown.md': `---
mentor: "[[Dr. Nobody]]"
---
`,
};

/** The notes as the command line reads them (properties as Obsidian reads them: dates stay text). */
export function recordsOf(notes: Record<string, string>, created: CalendarDate = '2026-01-01' as CalendarDate): NoteRecord[] {
	return Object.entries(notes).map(([path, content]) => ({ path, ...readProperties(content), content, created }));
}

export function teamOf(notes: Record<string, string>, today: CalendarDate = TODAY, settings: MentorRallySettings = DEFAULT_SETTINGS): TeamSnapshot {
	const index = new VaultIndex(settings);
	for (const record of recordsOf(notes)) index.set(record);
	return index.snapshot(today);
}

export function fixtureTeam(): TeamSnapshot {
	return teamOf(FIXTURE_NOTES);
}

/** Notes whose text tries to run code: the dashboard must show them as plain text. */
export const HOSTILE_NOTES: Record<string, string> = {
	'Mentors/Dr. Mallory.md': `---
type: mentor
role: support
last_contact: 2026-11-20
---
# Dr. Mallory

### 2026-11-20 Chat
- [ ] <img src=x onerror="window.__mentorRallyPwned = 1; alert(1)"> 📅 2026-11-21
- [ ] <script>window.__mentorRallyPwned = 2</script> send notes
- [ ] [click me](javascript:window.__mentorRallyPwned=3) and <b onmouseover=alert(1)>bold</b>
- [ ] Dr. Mallory: <iframe src="javascript:alert(1)"></iframe> #theirs
`,
};
