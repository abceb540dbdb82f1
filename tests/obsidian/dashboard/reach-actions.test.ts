// Every action from the dashboard: add item (per card and per section), log email, snooze
// (per card and meeting row), new mentor (on the Team header). Buttons are labelled for
// screen readers and run the DashboardActions the plugin wires to the vault.
import { beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../src/core/settings';
import type { TeamSnapshot } from '../../../src/core/types';
import { renderDashboard } from '../../../src/obsidian/dashboard/render-dashboard';
import { fixtureTeam } from './fixture';
import { flush, recordingActions, section, type RecordingActions } from './helpers';

let container: HTMLElement;
let actions: RecordingActions;
let team: TeamSnapshot;

beforeEach(() => {
	activeDocument.body.empty();
	container = activeDocument.body.createDiv();
	actions = recordingActions();
	team = fixtureTeam();
});

function render(snapshot: TeamSnapshot = team, options: Parameters<typeof renderDashboard>[4] = {}): HTMLElement {
	return renderDashboard(container, snapshot, DEFAULT_SETTINGS, actions, options);
}

function button(root: ParentNode, selector: string): HTMLButtonElement {
	const found = root.querySelector<HTMLButtonElement>(selector);
	if (!found) throw new Error(`no ${selector}`);
	return found;
}

describe('every action from the dashboard', () => {
	it('adds an item from a mentor card, for that mentor', async () => {
		const card = button(section(render(), 'team'), '[data-path="Mentors/Priya Shah.md"] .mentor-rally-add-item');
		expect(card.getAttribute('aria-label')).toBe('Add an item for Priya Shah');
		expect(card.textContent).toBe('Add item');
		card.click();
		await flush();
		expect(actions.calls).toEqual([{ action: 'addItem', target: 'Mentors/Priya Shah.md' }]);
	});

	it('adds an item from the Your court and Their court headers, asking which mentor; from Their court, one they owe', async () => {
		const root = render();
		const labels: string[] = [];
		for (const id of ['your-court', 'their-court']) {
			const add = button(section(root, id), '.mentor-rally-section-title .mentor-rally-add-item');
			labels.push(add.getAttribute('aria-label') ?? '');
			add.click();
		}
		await flush();
		expect(labels).toEqual(['Add an item for a mentor', 'Add an item a mentor owes you']);
		expect(actions.calls).toEqual([
			{ action: 'addItem', target: '' },
			{ action: 'addItem', target: ' (theirs)' },
		]);
	});

	it('adds for the one mentor shown when the dashboard is narrowed to one', async () => {
		const root = render(team, { mentorPath: 'Mentors/Dr. Maya Lee.md' });
		button(section(root, 'your-court'), '.mentor-rally-add-item').click();
		await flush();
		expect(actions.calls).toEqual([{ action: 'addItem', target: 'Mentors/Dr. Maya Lee.md' }]);
	});

	it('logs an email beside Log contact, on cards and meeting rows', async () => {
		const row = render().querySelector('[data-section="meetings"] .mentor-rally-meeting-row');
		if (!row) throw new Error('no meeting row');
		const labels = [...row.querySelectorAll('button')].map((b) => b.textContent);
		expect(labels.slice(0, 2)).toEqual(['Log contact', 'Log email']);
		const email = button(row, '.mentor-rally-log-email');
		expect(email.getAttribute('aria-label')).toBe('Log an email with Dr. Sam Okafor today');
		email.click();
		await flush();
		expect(actions.calls).toEqual([{ action: 'logEmail', target: 'Mentors/Dr. Sam Okafor.md' }]);
	});

	it('snoozes from every meeting row and card, snoozed rows included', async () => {
		const root = render();
		const meetingRows = [...section(root, 'meetings').querySelectorAll('.mentor-rally-meeting-row')];
		expect(meetingRows.length).toBeGreaterThan(0);
		for (const row of meetingRows) expect(row.querySelector('.mentor-rally-snooze')).not.toBeNull();
		const cards = [...section(root, 'team').querySelectorAll('.mentor-rally-card:not(.is-quiet)')];
		for (const card of cards) expect(card.querySelector('.mentor-rally-snooze')).not.toBeNull();
		const snooze = button(section(root, 'team'), '[data-path="Mentors/Priya Shah.md"] .mentor-rally-snooze');
		expect(snooze.getAttribute('aria-label')).toBe('Snooze the meetings with Priya Shah');
		snooze.click();
		await flush();
		expect(actions.calls).toEqual([{ action: 'snooze', target: 'Mentors/Priya Shah.md' }]);
	});

	it('makes a new mentor from the Team header', async () => {
		const add = button(section(render(), 'team'), '.mentor-rally-section-title .mentor-rally-add-mentor');
		expect(add.textContent).toBe('New mentor');
		expect(add.getAttribute('aria-label')).toBe('Add a new mentor note');
		add.click();
		await flush();
		expect(actions.calls).toEqual([{ action: 'newMentor', target: '' }]);
	});

	it('draws an icon in every new button', () => {
		const root = render();
		for (const cls of ['add-item', 'log-email', 'snooze', 'add-mentor']) {
			for (const b of root.querySelectorAll(`.mentor-rally-${cls}`)) expect(b.querySelector('.mentor-rally-icon')).not.toBeNull();
		}
	});
});
