import type { MentorRallySettings } from '../core/settings';
import type { TeamSnapshot } from '../core/types';

/**
 * What every surface (dashboard view, embedded block, status bar, reminders) reads:
 * the team as it stands today, and a way to hear when it changes. The TeamStore
 * implements it; tests and the browser harness pass simple stand-ins.
 */
export interface TeamSource {
	/** The team today, or null while the index is still being built after start-up. */
	snapshot(): TeamSnapshot | null;
	settings(): MentorRallySettings;
	/** Calls `listener` after the team changed (a note edited, settings changed, the day turned). Returns an unsubscribe function. */
	onChange(listener: () => void): () => void;
}
