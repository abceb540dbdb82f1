import { beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../src/core/settings';
import type { TeamSnapshot } from '../../../src/core/types';
import { renderDashboard } from '../../../src/obsidian/dashboard/render-dashboard';
import { coverageSummary } from '../../../src/obsidian/dashboard/section-fold';
import { fixtureTeam } from './fixture';
import { click, recordingActions, section } from './helpers';

let container: HTMLElement;
let team: TeamSnapshot;

beforeEach(() => {
	activeDocument.body.empty();
	container = activeDocument.body.createDiv();
	team = fixtureTeam();
});

function render(snapshot: TeamSnapshot, state: Set<string>): HTMLElement {
	return renderDashboard(container, snapshot, DEFAULT_SETTINGS, recordingActions(), { expanded: state });
}

function toggle(root: HTMLElement, id: string): HTMLButtonElement {
	const button = section(root, id).querySelector<HTMLButtonElement>(':scope > .mentor-rally-section-title > button.mentor-rally-section-toggle');
	if (!button) throw new Error(`no fold button on ${id}`);
	return button;
}

/** The fixture's coverage with every role and the team size on target. */
function complete(snapshot: TeamSnapshot): TeamSnapshot {
	return { ...snapshot, coverage: snapshot.coverage.map((row) => ({ ...row, state: 'ok' as const })) };
}

describe('sections that fold', () => {
	it('folds a section from its heading button, which says whether it is open', () => {
		const root = render(team, new Set());
		const button = toggle(root, 'their-court');
		expect(button.getAttribute('aria-expanded')).toBe('true');
		expect(button.textContent).toContain('Their court');
		click(button);
		expect(button.getAttribute('aria-expanded')).toBe('false');
		expect(section(root, 'their-court').classList.contains('is-folded')).toBe(true);
	});

	it("keeps a section's own buttons beside the fold button, not inside it: Add item adds, it does not fold", () => {
		const root = render(team, new Set());
		const heading = section(root, 'your-court').querySelector(':scope > .mentor-rally-section-title');
		const add = heading?.querySelector<HTMLButtonElement>(':scope > button.mentor-rally-section-button');
		expect(add?.textContent).toBe('Add item');
		expect(toggle(root, 'your-court').querySelector('button')).toBeNull();
		click(add ?? heading ?? root);
		expect(toggle(root, 'your-court').getAttribute('aria-expanded')).toBe('true');
	});

	it('keeps a folded section folded across renders that share the state, and only that one', () => {
		const state = new Set<string>();
		click(toggle(render(team, state), 'meetings'));
		const again = render(team, state);
		expect(toggle(again, 'meetings').getAttribute('aria-expanded')).toBe('false');
		expect(toggle(again, 'your-court').getAttribute('aria-expanded')).toBe('true');
		// A fresh view (a new session) starts open.
		expect(toggle(render(team, new Set()), 'meetings').getAttribute('aria-expanded')).toBe('true');
	});

	it('shows a complete coverage as one folded line, and opens it on a click', () => {
		const full = complete(team);
		const state = new Set<string>();
		const root = render(full, state);
		const button = toggle(root, 'coverage');
		expect(button.getAttribute('aria-expanded')).toBe('false');
		const size = full.coverage.find((row) => row.role === 'team')?.count;
		expect(button.querySelector('.mentor-rally-section-summary')?.textContent).toBe(`All roles filled · ${size} mentors`);
		click(button);
		expect(toggle(render(full, state), 'coverage').getAttribute('aria-expanded')).toBe('true');
	});

	it('keeps coverage open while a role is missing or over', () => {
		expect(team.coverage.some((row) => row.state !== 'ok')).toBe(true);
		expect(coverageSummary(team)).toBeNull();
		expect(toggle(render(team, new Set()), 'coverage').getAttribute('aria-expanded')).toBe('true');
	});
});
