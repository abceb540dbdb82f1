import { beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../src/core/settings';
import { renderDashboard } from '../../../src/obsidian/dashboard/render-dashboard';
import { teamOf } from './fixture';
import { flush, recordingActions, section, sectionIds, type RecordingActions } from './helpers';

const NOTES: Record<string, string> = {
	'Mentors/Dr. Priya Raman.md': '---\ntype: mentor\nstatus: prospect\nlast_contact: 2026-11-12\n---\n### 2026-11-23 Email\n- [ ] Reply with two mornings #reply 📅 2026-11-24\n',
	'Mentors/Dr. Waits.md': '---\ntype: mentor\nstatus: prospect\nlast_contact: 2026-11-10\n---\n',
	'Mentors/Dr. Ellen Park.md': '---\ntype: mentor\nstatus: alumni\nkeep_warm: every 2 months\nlast_contact: 2026-09-08\n---\n',
	'Mentors/Jordan Reyes.md': '---\ntype: mentor\nrole: support\ncadence: 10d\n---\n### 2026-09-20 Coffee\n### 2026-10-08 Call\n### 2026-10-30 Call\n### 2026-11-20 Texts\n',
};

let container: HTMLElement;
let actions: RecordingActions;

beforeEach(() => {
	activeDocument.body.empty();
	container = activeDocument.body.createDiv();
	actions = recordingActions();
});

const render = () => renderDashboard(container, teamOf(NOTES), DEFAULT_SETTINGS, actions);

describe('relationships on the dashboard', () => {
	it('shows a Prospects section after Their court: the reply owed first, then the follow-up that is due', () => {
		const root = render();
		expect(sectionIds(root)).toContain('prospects');
		const rows = [...section(root, 'prospects').querySelectorAll('.mentor-rally-prospect-row')];
		expect(
			rows.map((r) => [
				r.querySelector('.mentor-rally-link')?.textContent,
				r.querySelector('.mentor-rally-prospect-answer')?.textContent,
				r.querySelector('.mentor-rally-row-badge')?.textContent,
			]),
		).toEqual([
			['Dr. Priya Raman', 'They answered: your reply is owed', 'Reply today'],
			['Dr. Waits', 'No answer yet', 'Follow up 7 days ago'],
		]);
		// Not in the coverage: the team is Jordan alone.
		expect(section(root, 'coverage').textContent).not.toContain('Raman');
	});

	it('Add to team runs the conversion for that prospect', async () => {
		const button = section(render(), 'prospects').querySelector<HTMLButtonElement>('[data-path="Mentors/Dr. Waits.md"] .mentor-rally-convert-prospect');
		button?.click();
		await flush();
		expect(actions.calls).toEqual([{ action: 'convertProspect', target: 'Mentors/Dr. Waits.md' }]);
	});

	it('puts the alumna due a keep-in-touch message under Meetings due', () => {
		const rows = [...section(render(), 'meetings').querySelectorAll('.is-keep-warm')];
		expect(rows.map((r) => [r.querySelector('.mentor-rally-link')?.textContent, r.querySelector('.mentor-rally-row-badge')?.textContent])).toEqual([
			['Dr. Ellen Park', 'Keep in touch 16 days ago'],
		]);
	});

	it('flags the drifting mentor on the card, before the meeting is overdue, with the score in plain words', () => {
		const card = section(render(), 'team').querySelector('[data-path="Mentors/Jordan Reyes.md"]');
		expect(card?.querySelector('.mentor-rally-card-status')?.textContent).toBe('On track');
		expect(card?.querySelector('.mentor-rally-drifting')?.textContent).toBe('Drifting');
		const score = [...(card?.querySelectorAll('.mentor-rally-score dt') ?? [])].map((dt) => `${dt.textContent}: ${dt.nextElementSibling?.textContent}`);
		expect(score).toEqual(['Met: 3 of 6 planned meetings in 3 months']);
	});
});
