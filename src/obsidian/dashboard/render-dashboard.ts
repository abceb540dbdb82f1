import type { MentorRallySettings } from '../../core/settings';
import type { TeamSnapshot } from '../../core/types';
import type { DashboardActions } from './actions';
import { DEFAULT_LIST_LIMIT, SECTION_IDS, SectionLists, type SectionContext, type SectionId } from './dom';
import { coverageSummary, makeFoldable } from './section-fold';
import { renderCoverage } from './sections/coverage';
import { renderHeader } from './sections/header';
import { renderMeetings } from './sections/meetings';
import { renderProblems } from './sections/problems';
import { renderProspects } from './sections/prospects';
import { renderTeam } from './sections/team';
import { renderTheirCourt } from './sections/their-court';
import { renderWelcome } from './sections/welcome';
import { renderYourCourt } from './sections/your-court';

export { SECTION_IDS, type SectionId } from './dom';

export interface DashboardOptions {
	/** Only these sections (still in the dashboard's order). Default: all of them. */
	sections?: SectionId[];
	/** Only this mentor's things (the path of the mentor note). */
	mentorPath?: string;
	/** Lists expanded with "Show all" and sections folded or opened; pass the same set on every render to keep them so. */
	expanded?: Set<string>;
	/** Rows per list before "Show all" (default 30). */
	limit?: number;
}

/** The sections shown for one mentor when none are named. */
const MENTOR_SECTIONS: readonly SectionId[] = ['your-court', 'meetings', 'their-court', 'team', 'problems'];

const RENDERERS: Record<SectionId, (parent: HTMLElement, ctx: SectionContext) => void> = {
	coverage: renderCoverage,
	'your-court': renderYourCourt,
	meetings: renderMeetings,
	'their-court': renderTheirCourt,
	prospects: renderProspects,
	team: renderTeam,
	problems: renderProblems,
};

/**
 * Builds the team dashboard into `containerEl` (replacing what was there). Everything from
 * notes goes in as text. `team` is null while the index is still being built.
 */
export function renderDashboard(containerEl: HTMLElement, team: TeamSnapshot | null, settings: MentorRallySettings, actions: DashboardActions, options: DashboardOptions = {}): HTMLElement {
	containerEl.empty();
	// Built detached and attached once: one layout instead of one per row.
	const root = createDiv({ cls: 'mentor-rally-dashboard' });
	if (team === null) {
		const loading = root.createDiv({ cls: 'mentor-rally-loading', attr: { role: 'status' } });
		loading.createSpan({ cls: 'mentor-rally-spinner', attr: { 'aria-hidden': 'true' } });
		loading.createSpan({ text: 'Reading your notes…' });
		containerEl.appendChild(root);
		return root;
	}

	const explicit = options.sections !== undefined && options.sections.length > 0;
	const shown = options.mentorPath === undefined ? team : forMentor(team, options.mentorPath);
	const ctx: SectionContext = {
		team: shown,
		settings,
		actions,
		expanded: options.expanded ?? new Set(),
		limit: options.limit ?? DEFAULT_LIST_LIMIT,
		explicit,
		lists: new SectionLists(shown, settings.dueSoonDays),
		updatesDue: actions.updatesDue?.(shown) ?? [],
	};

	if (team.mentors.length === 0) {
		renderWelcome(root, ctx);
		if (team.problems.length > 0) renderProblems(root, ctx);
		containerEl.appendChild(root);
		return root;
	}

	const wanted = new Set<SectionId>(explicit ? options.sections : options.mentorPath !== undefined ? MENTOR_SECTIONS : SECTION_IDS);
	if (!explicit && options.mentorPath === undefined) renderHeader(root, ctx);
	else root.addClass('is-embedded-part');
	for (const id of SECTION_IDS) {
		if (!wanted.has(id)) continue;
		// An empty problems list is news only to someone who asked for it.
		if (id === 'problems' && !explicit && shown.problems.length === 0) continue;
		RENDERERS[id](root, ctx);
		const section = root.lastElementChild as HTMLElement | null;
		if (section?.getAttribute('data-section') !== id) continue;
		// A complete coverage is one line ("All roles filled · 5 mentors") until opened.
		const summary = id === 'coverage' ? coverageSummary(shown) : null;
		makeFoldable(section, id, ctx.expanded, summary !== null, summary);
	}
	containerEl.appendChild(root);
	return root;
}

/** The team narrowed to one mentor: their card, their items, problems in their note. Coverage stays the team's. */
export function forMentor(team: TeamSnapshot, mentorPath: string): TeamSnapshot {
	return {
		...team,
		mentors: team.mentors.filter((m) => m.path === mentorPath),
		items: team.items.filter((i) => i.mentorPath === mentorPath),
		problems: team.problems.filter((p) => p.path === mentorPath),
	};
}
