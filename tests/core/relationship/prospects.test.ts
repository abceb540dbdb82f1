import { describe, expect, it } from 'vitest';
import { remindersFor } from '../../../src/core/reminders';
import { prospectRows } from '../../../src/core/relationship/prospects';
import { md, note, settingsWith, team } from '../../helpers/notes';

const DUE_SOON = settingsWith().dueSoonDays;

const prospect = (name: string, ...body: string[]) => note(`Mentors/${name}.md`, md('---', 'type: mentor', ...body));
const waiting = prospect('Dr. Waits', 'status: prospect', 'last_contact: 2026-11-20', '---');
const owed = prospect('Dr. Wrote', 'status: Prospect', 'last_contact: 2026-11-25', '---', '### 2026-11-30 Email', '- [ ] Answer about shadowing #reply 📅 2026-12-01');
const fresh = prospect('Dr. New', 'status: prospect', '---');
const answered = prospect('Dr. Answered', 'status: prospect', '---', '### 2026-11-11 Email', '- [x] Thank her for the offer #reply ✅ 2026-11-12');
const active = prospect('Dr. Team', 'role: research', 'last_contact: 2026-11-25', '---');

describe('prospects', () => {
	const snapshot = team([waiting, owed, fresh, answered, active], '2026-12-01');
	const rows = prospectRows(snapshot, settingsWith());

	it('are read from status: prospect (any case) and are not part of the team coverage', () => {
		expect(snapshot.mentors.filter((m) => m.status === 'prospect').map((m) => m.name)).toEqual(['Dr. Answered', 'Dr. New', 'Dr. Waits', 'Dr. Wrote']);
		expect(snapshot.coverage.find((c) => c.role === 'team')?.mentors).toEqual(['Dr. Team']);
		// No meeting is due with someone not yet on the team.
		expect(snapshot.mentors.find((m) => m.name === 'Dr. Waits')?.nextDue).toBeNull();
	});

	it('say whether they answered and when to follow up: a reply owed first, then the follow-ups', () => {
		expect(rows.map((r) => [r.mentor.name, r.answer, r.lastContact, r.followUp, r.overdue])).toEqual([
			['Dr. Wrote', 'reply-owed', '2026-11-30', '2026-12-01', false],
			// 20 Nov + a week = 27 Nov, passed.
			['Dr. Waits', 'waiting', '2026-11-20', '2026-11-27', true],
			['Dr. New', 'not-contacted', null, null, false],
			['Dr. Answered', 'answered', '2026-11-11', null, false],
		]);
	});

	it('follow up after the number of days in the settings', () => {
		const later = prospectRows(snapshot, settingsWith({ relationships: { followUpDays: 14 } }));
		expect(later.find((r) => r.mentor.name === 'Dr. Waits')?.followUp).toBe('2026-12-04');
	});

	it('the status word is a setting', () => {
		const lead = prospect('Dr. Lead', 'status: lead', 'last_contact: 2026-11-30', '---');
		const settings = settingsWith({ relationships: { prospectStatus: 'Lead' } });
		const snap = team([lead], '2026-12-01', settings);
		expect(snap.mentors[0]?.lifecycle).toBe('prospect');
		expect(snap.problems).toEqual([]);
		// With the default word, "lead" is not a status: a problem, and the mentor is active.
		expect(team([lead], '2026-12-01').problems[0]?.message).toMatch(/not one of active, paused, alumni or prospect/);
	});

	it("a prospect's reply owed reminds, as every reply does", () => {
		const reminders = remindersFor(snapshot, DUE_SOON);
		expect(reminders.filter((r) => r.kind === 'reply-owed').map((r) => r.mentor)).toEqual(['Dr. Wrote']);
		// No meeting reminder for a prospect.
		expect(reminders.some((r) => r.mentor === 'Dr. Waits')).toBe(false);
	});
});
