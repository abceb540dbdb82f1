import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../src/core/settings';
import type { MentorSummary, TeamSnapshot } from '../../../src/core/types';
import { renderDashboard } from '../../../src/obsidian/dashboard/render-dashboard';
import { md, note, team } from '../../helpers/notes';
import { flush, recordingActions } from '../dashboard/helpers';

const snapshot = team(
	[
		note(
			'Mentors/Dr. Maya Lee.md',
			md(
				'---',
				'type: mentor',
				'next_meeting: 2026-11-25',
				'---',
				'### 2026-11-20 Call',
				'- [x] Dr. Lee: intro ✅ 2026-11-22',
				'\t- [ ] Thank Dr. Lee and tell them how it went #loop 📅 2026-11-24',
			),
		),
		note('Mentors/Sam Ortiz.md', md('---', 'type: mentor', 'last_contact: 2026-11-20', '---')),
	],
	'2026-11-24',
);

function mount(): { root: HTMLElement; calls: string[] } {
	const calls: string[] = [];
	const actions = {
		...recordingActions(),
		prepareMeeting: (m: MentorSummary) => Promise.resolve(void calls.push(`prepare ${m.name}`)),
		draftUpdate: (m: MentorSummary) => Promise.resolve(void calls.push(`update ${m.name}`)),
		updatesDue: (t: TeamSnapshot) => [{ mentor: 'Sam Ortiz', mentorPath: 'Mentors/Sam Ortiz.md', lastUpdate: null, due: t.today, cadence: 'quarterly' }],
	};
	return { root: renderDashboard(createDiv(), snapshot, DEFAULT_SETTINGS, actions), calls };
}

describe('the dashboard shows the meeting loop', () => {
	it('a card lists the thank-you owed; Prepare sits on each card and on the booked row', async () => {
		const { root, calls } = mount();
		const lee = root.querySelector<HTMLElement>('.mentor-rally-card[data-path="Mentors/Dr. Maya Lee.md"]')!;
		expect(lee.querySelector('.mentor-rally-owed-thanks')?.textContent).toBe('1 thank-you · by Tue 24 Nov');
		lee.querySelector<HTMLButtonElement>('.mentor-rally-prepare-meeting')!.click();
		root.querySelector<HTMLButtonElement>('.mentor-rally-booked .mentor-rally-prepare-meeting')!.click();
		await flush();
		expect(calls).toEqual(['prepare Dr. Maya Lee', 'prepare Dr. Maya Lee']);
		expect(root.querySelectorAll('.mentor-rally-card .mentor-rally-prepare-meeting')).toHaveLength(2);
	});

	it('the thank-you in Your court reads as words, without the loop tag', () => {
		const { root } = mount();
		const titles = [...root.querySelectorAll('.mentor-rally-item-row .mentor-rally-row-title')].map((e) => e.textContent);
		expect(titles).toContain('Thank Dr. Lee and tell them how it went');
		expect(titles.join('\n')).not.toContain('#loop');
	});

	it('updates due are listed under the meetings, each with a button to draft it', () => {
		const { root, calls } = mount();
		const row = root.querySelector<HTMLElement>('.mentor-rally-updates-due .mentor-rally-update-row')!;
		expect(row.querySelector('.mentor-rally-row-meta')?.textContent).toBe('No update sent yetquarterly updates');
		row.querySelector<HTMLButtonElement>('.mentor-rally-draft-update')!.click();
		expect(calls).toEqual(['update Sam Ortiz']);
		expect(root.querySelector('.mentor-rally-card[data-path="Mentors/Sam Ortiz.md"] .mentor-rally-update-due')?.textContent).toBe('Due · none sent yet');
	});

	it('without the loop wired (an embedded block in a test), no loop button appears', () => {
		const root = renderDashboard(createDiv(), snapshot, DEFAULT_SETTINGS, recordingActions());
		expect(root.querySelector('.mentor-rally-prepare-meeting, .mentor-rally-draft-update, .mentor-rally-updates-due')).toBeNull();
	});
});
