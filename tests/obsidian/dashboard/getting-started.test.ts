// First run and small teams: a getting-started checklist, ticked from the team's own state,
// instead of red "Missing" tiles; quiet "Add a sponsor" slots for the roles still to fill.
import { beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../src/core/settings';
import type { TeamSnapshot } from '../../../src/core/types';
import { renderDashboard } from '../../../src/obsidian/dashboard/render-dashboard';
import { slotWords } from '../../../src/obsidian/dashboard/sections/getting-started';
import { FIXTURE_NOTES, teamOf } from './fixture';
import { flush, prettyHtml, recordingActions, section, type RecordingActions } from './helpers';

let container: HTMLElement;
let actions: RecordingActions;

beforeEach(() => {
	activeDocument.body.empty();
	container = activeDocument.body.createDiv();
	actions = recordingActions();
});

const NEW_MENTOR = '---\ntype: mentor\n---\n# Dr. Ada Park\n';

function render(team: TeamSnapshot): HTMLElement {
	return renderDashboard(container, team, DEFAULT_SETTINGS, actions);
}

function steps(root: HTMLElement): string[] {
	return [...section(root, 'coverage').querySelectorAll('.mentor-rally-checklist-step')].map(
		(li) =>
			`${li.classList.contains('is-done') ? '✓' : '○'} ${li.querySelector('.mentor-rally-checklist-text')?.textContent}${li.querySelector('button') ? ` [${li.querySelector('button')?.textContent}]` : ''}`,
	);
}

describe('a new team', () => {
	it('sees a checklist instead of red Missing tiles, each step ticked from the notes and with a button', () => {
		const root = render(teamOf({ 'Mentors/Dr. Ada Park.md': NEW_MENTOR }));
		const coverage = section(root, 'coverage');
		expect(coverage.getAttribute('aria-label')).toBe('Getting started');
		expect(coverage.querySelector('.mentor-rally-tile')).toBeNull();
		expect(coverage.classList.contains('has-missing')).toBe(false);
		expect(coverage.querySelector('.mentor-rally-tone-red')).toBeNull();
		expect(steps(root)).toEqual([
			'✓ Add your first mentor',
			'○ Give each mentor a role [Open Dr. Ada Park]',
			'○ Log your last meeting [Log contact]',
			'○ Write down what you owe or are owed [Add item]',
		]);
	});

	it('ticks the steps the team has done', () => {
		const root = render(teamOf({ 'Mentors/Dr. Maya Lee.md': FIXTURE_NOTES['Mentors/Dr. Maya Lee.md'] ?? '' }));
		expect(steps(root)).toEqual(['✓ Add your first mentor', '✓ Give each mentor a role', '✓ Log your last meeting', '✓ Write down what you owe or are owed']);
	});

	it('offers neutral slots for the roles nobody fills, each making a new mentor', async () => {
		const root = render(teamOf({ 'Mentors/Dr. Maya Lee.md': FIXTURE_NOTES['Mentors/Dr. Maya Lee.md'] ?? '' }));
		const slots = [...section(root, 'coverage').querySelectorAll<HTMLButtonElement>('.mentor-rally-slot')];
		expect(slots.map((s) => s.textContent)).toEqual(['Add a support mentor', 'Add a sponsor']);
		slots[1]?.click();
		await flush();
		expect(actions.calls).toEqual([{ action: 'newMentor', target: '' }]);
		// The header counts them as to fill, not as an alert.
		const stat = root.querySelector('[data-target="team"] .mentor-rally-stat-sub');
		expect(stat?.textContent).toBe('2 roles to fill');
		expect(stat?.classList.contains('is-alert')).toBe(false);
	});

	it('runs each step from its button', async () => {
		const root = render(teamOf({ 'Mentors/Dr. Ada Park.md': NEW_MENTOR }));
		for (const button of section(root, 'coverage').querySelectorAll<HTMLButtonElement>('.mentor-rally-checklist-button')) button.click();
		await flush();
		expect(actions.calls.map((c) => c.action)).toEqual(['openMentor', 'logContact', 'addItem']);
		expect(actions.calls.every((c) => c.target === 'Mentors/Dr. Ada Park.md')).toBe(true);
	});

	it('a team of two or more gets the coverage tiles back', () => {
		expect(section(render(teamOf(FIXTURE_NOTES)), 'coverage').querySelector('.mentor-rally-checklist')).toBeNull();
	});

	it('names the slots in plain words', () => {
		expect(['sponsor', 'research', 'advisor'].map(slotWords)).toEqual(['Add a sponsor', 'Add a research mentor', 'Add an advisor mentor']);
	});

	it('approved HTML', async () => {
		await expect(prettyHtml(section(render(teamOf({ 'Mentors/Dr. Ada Park.md': NEW_MENTOR })), 'coverage'))).toMatchFileSnapshot('__snapshots__/getting-started.html');
	});
});
