import { adviceFor } from '../../../core/advice';
import type { CoverageRow } from '../../../core/types';
import { capitalize, createSection, pill, type SectionContext, type Tone } from '../dom';
import { isSmallTeam, renderGettingStarted } from './getting-started';

const STATE_LABEL: Record<CoverageRow['state'], { text: string; tone: Tone }> = {
	ok: { text: 'Filled', tone: 'green' },
	missing: { text: 'Missing', tone: 'red' },
	over: { text: 'Over', tone: 'orange' },
};

/** Each role (and the team as a whole) against its target, with advice where someone is missing. */
export function renderCoverage(parent: HTMLElement, ctx: SectionContext): void {
	if (isSmallTeam(ctx)) {
		renderGettingStarted(createSection(parent, 'coverage', 'Getting started', 'users', null), ctx);
		return;
	}
	const missing = ctx.team.coverage.filter((r) => r.state === 'missing').length;
	const body = createSection(parent, 'coverage', 'Coverage', 'users', null);
	if (missing > 0) body.parentElement?.addClass('has-missing');
	const grid = body.createDiv({ cls: 'mentor-rally-coverage' });
	for (const row of ctx.team.coverage) renderTile(grid, row);
}

function renderTile(parent: HTMLElement, row: CoverageRow): void {
	const tile = parent.createDiv({ cls: ['mentor-rally-tile', `mentor-rally-state-${row.state}`], attr: { 'data-role': row.role } });
	if (row.role === 'team') tile.addClass('mentor-rally-tile-team');
	const head = tile.createDiv({ cls: 'mentor-rally-tile-head' });
	head.createSpan({ cls: 'mentor-rally-tile-role', text: capitalize(row.role) });
	const state = STATE_LABEL[row.state];
	pill(head, state.text, state.tone, 'mentor-rally-tile-state');
	const target = row.min === row.max ? `${row.min}` : `${row.min}–${row.max}`;
	const count = tile.createDiv({ cls: 'mentor-rally-tile-count' });
	count.createSpan({ cls: 'mentor-rally-tile-number', text: String(row.count) });
	count.createSpan({ cls: 'mentor-rally-tile-target', text: ` of ${target}` });
	if (row.role !== 'team') {
		tile.createDiv({ cls: 'mentor-rally-tile-names', text: row.mentors.length > 0 ? row.mentors.join(', ') : 'Nobody yet' });
	}
	const advice = adviceFor(row.role, row.state);
	if (advice) tile.createEl('p', { cls: 'mentor-rally-tile-advice', text: advice });
}
