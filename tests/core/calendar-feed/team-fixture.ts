// A small team for the calendar tests, written as a user writes it. Today is Tuesday 24 November 2026.
import type { TeamSnapshot } from '../../../src/core/types';
import { note, team } from '../../helpers/notes';

export const TODAY = '2026-11-24';

export const CALENDAR_NOTES: Record<string, string> = {
	// Booked with a time; items both ways, two of mine due the same day, one due by the meeting.
	'Mentors/Dr. Maya Lee.md': `---
type: mentor
role: research
last_contact: 2026-11-10
next_meeting: 2026-11-26 15:00
---
### 2026-11-10 Abstract review
- [ ] Send the revised abstract, with figures; v2 \\ final 📅 2026-11-25
- [ ] Read the registry paper 📅 2026-11-25
- [ ] Dr. Lee: intro to the trauma team #theirs 📅 2026-12-01
- [ ] Bring the poster draft
- [x] Book the first meeting 📅 2026-11-01
`,
	// Booked for a day, no time.
	'Mentors/Dr. Sam Okafor.md': `---
type: mentor
role: sponsor
last_contact: 2026-11-05
next_meeting: 2026-12-03
---
- [ ] Ask about the away elective 📅 2026-12-03
`,
	// Paused: neither the meeting nor the item goes in the feed.
	'Mentors/Jordan Kim.md': `---
type: mentor
role: support
status: paused
next_meeting: 2026-12-01
---
- [ ] Return the anatomy atlas 📅 2026-11-30
`,
	// A meeting that was booked for last week: history, not a booking.
	'Mentors/Priya Shah.md': `---
type: mentor
role: support
next_meeting: 2026-11-20
---
`,
};

export function calendarTeam(today = TODAY, notes: Record<string, string> = CALENDAR_NOTES): TeamSnapshot {
	return team(
		Object.entries(notes).map(([path, text]) => note(path, text, '2026-11-01')),
		today,
	);
}

export function mentorOf(snapshot: TeamSnapshot, name: string) {
	const mentor = snapshot.mentors.find((m) => m.name === name);
	if (!mentor) throw new Error(`no mentor ${name}`);
	return mentor;
}
