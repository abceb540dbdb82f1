import { debounce, ItemView, type Debouncer, type WorkspaceLeaf } from 'obsidian';
import type { TeamSource } from '../team-source';
import type { DashboardActions } from './actions';
import { renderDashboard } from './render-dashboard';

export const VIEW_TYPE_DASHBOARD = 'mentor-rally-dashboard';

/** How long the view waits for a burst of changes (typing in a mentor note) to settle. */
export const RERENDER_DELAY_MS = 200;

/** The team dashboard as a workspace view; it follows the team live. */
export class DashboardView extends ItemView {
	private unsubscribe: (() => void) | null = null;
	private rerender: Debouncer<[], void> | null = null;
	/** Lists opened with "Show all" stay open when the team changes. */
	private readonly expanded = new Set<string>();

	constructor(
		leaf: WorkspaceLeaf,
		private readonly source: TeamSource,
		private readonly actions: DashboardActions,
	) {
		super(leaf);
	}

	override getViewType(): string {
		return VIEW_TYPE_DASHBOARD;
	}

	override getDisplayText(): string {
		return 'Mentor team';
	}

	override getIcon(): string {
		return 'users';
	}

	override async onOpen(): Promise<void> {
		this.contentEl.addClass('mentor-rally-view');
		this.render();
		this.rerender = debounce(() => this.render(), RERENDER_DELAY_MS, true);
		const rerender = this.rerender;
		this.stopListening();
		this.unsubscribe = this.source.onChange(() => rerender());
		await Promise.resolve();
	}

	override async onClose(): Promise<void> {
		this.stopListening();
		this.rerender?.cancel();
		this.rerender = null;
		this.contentEl.empty();
		await Promise.resolve();
	}

	override onunload(): void {
		this.stopListening();
		this.rerender?.cancel();
	}

	/** Draws the dashboard now, keeping the scroll position. */
	render(): void {
		const scroller = this.contentEl;
		const top = scroller.scrollTop;
		renderDashboard(scroller, this.source.snapshot(), this.source.settings(), this.actions, { expanded: this.expanded });
		if (top > 0) scroller.scrollTop = top;
	}

	private stopListening(): void {
		const unsubscribe = this.unsubscribe;
		this.unsubscribe = null;
		unsubscribe?.();
	}
}
