import type { TeamSnapshot } from '../../core/types';
import { iconSpan, type SectionId } from './dom';

/**
 * Sections fold: the heading becomes a button (aria-expanded) that shows or hides the body.
 * The choice is kept in the view's `expanded` set (the same set that remembers "Show all"),
 * so it lasts for the session, across the re-renders that every edit brings.
 */
export function makeFoldable(section: HTMLElement, id: SectionId, state: Set<string>, foldedByDefault: boolean, summary: string | null): void {
	const heading = section.querySelector<HTMLElement>(':scope > .mentor-rally-section-title');
	const body = section.querySelector<HTMLElement>(':scope > .mentor-rally-section-body');
	if (!heading || !body) return;
	// The body follows the heading, so aria-expanded on the button says enough (no generated ids).
	const button = createEl('button', { cls: 'mentor-rally-section-toggle', attr: { type: 'button' } });
	// The title, icon and count go into the toggle; the section's own action buttons ("Add
	// item", "New mentor") stay beside it: a button inside a button is invalid, and a click
	// on "Add item" must not fold the section.
	for (const child of Array.from(heading.childNodes)) {
		// No instanceof: in a pop-out window nodes come from another window's classes.
		const isAction = child.nodeType === Node.ELEMENT_NODE && (child as Element).classList.contains('mentor-rally-section-button');
		if (!isAction) button.appendChild(child);
	}
	if (summary) button.createSpan({ cls: 'mentor-rally-section-summary', text: summary });
	iconSpan(button, 'chevron-down', 'mentor-rally-icon mentor-rally-section-chevron');
	heading.prepend(button);

	const show = (folded: boolean): void => {
		section.toggleClass('is-folded', folded);
		button.setAttribute('aria-expanded', String(!folded));
	};
	show(isFolded(state, id, foldedByDefault));
	button.addEventListener('click', (evt) => {
		evt.stopPropagation();
		const folded = !section.hasClass('is-folded');
		state.delete(key(id, !folded));
		state.add(key(id, folded));
		show(folded);
	});
}

/** Folded now: what the user chose this session, else the section's default. */
export function isFolded(state: ReadonlySet<string>, id: SectionId, foldedByDefault: boolean): boolean {
	if (state.has(key(id, true))) return true;
	if (state.has(key(id, false))) return false;
	return foldedByDefault;
}

/** "All roles filled · 5 mentors" when every role and the team size are on target; else null (coverage stays open). */
export function coverageSummary(team: TeamSnapshot): string | null {
	if (team.coverage.length === 0 || team.coverage.some((row) => row.state !== 'ok')) return null;
	const size = team.coverage.find((row) => row.role === 'team')?.count ?? team.mentors.filter((m) => m.lifecycle === 'active').length;
	return `All roles filled · ${size} ${size === 1 ? 'mentor' : 'mentors'}`;
}

function key(id: SectionId, folded: boolean): string {
	return `${folded ? 'folded' : 'unfolded'}:section:${id}`;
}
