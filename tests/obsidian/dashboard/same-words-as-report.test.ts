import { describe, expect, it } from 'vitest';
import { renderTextReport } from '../../../src/cli/text-report';
import { DEFAULT_SETTINGS } from '../../../src/core/settings';
import { renderDashboard } from '../../../src/obsidian/dashboard/render-dashboard';
import { fixtureTeam } from './fixture';
import { recordingActions, rows } from './helpers';

/**
 * The dashboard and the terminal report are painted from one presentation model: for each
 * row the dashboard shows, the report's line for the same thing says the same words.
 */
describe('the dashboard and the terminal report say the same things', () => {
	const team = fixtureTeam();
	const root = renderDashboard(createDiv(), team, DEFAULT_SETTINGS, recordingActions(), {});
	const report = renderTextReport(team, DEFAULT_SETTINGS, false).split('\n');
	const text = (row: Element, selector: string): string => row.querySelector(selector)?.textContent ?? '';

	it.each(['your-court', 'their-court'])('%s: the badge and the words of every row', (id) => {
		const shown = rows(root, id);
		expect(shown.length).toBeGreaterThan(0);
		for (const row of shown) {
			const line = report.find((l) => l.includes(`${row.dataset.path ?? ''}:${row.dataset.line ?? ''}`));
			expect(line, row.textContent ?? '').toContain(text(row, '.mentor-rally-row-badge'));
			expect(line).toContain(`${text(row, '.mentor-rally-row-title')}  `);
		}
	});

	it('the status word of every mentor card', () => {
		const cards = [...root.querySelectorAll<HTMLElement>('.mentor-rally-card')];
		expect(cards.length).toBeGreaterThan(0);
		for (const card of cards) {
			const name = text(card, '.mentor-rally-card-title a, .mentor-rally-card-title [role="link"]') || (card.dataset.path ?? '');
			const head = report.find((l) => l.startsWith(`  ${name}  [`));
			expect(head, name).toContain(text(card, '.mentor-rally-card-status'));
		}
	});
});
