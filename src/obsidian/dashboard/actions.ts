import type { NewItem } from '../../core/note-templates';
import type { Item, MentorSummary, Problem, TeamSnapshot } from '../../core/types';
import type { UpdateDue } from '../../core/updates-due';

/**
 * What the dashboard's buttons and links do. The plugin wires these to the vault
 * (NoteWriter) and the workspace; tests record the calls.
 */
export interface DashboardActions {
	/** Open the note at the item's line. `newLeaf` when the user asked for a new tab (Ctrl/Cmd-click). */
	openItem(item: Item, newLeaf: boolean): void;
	/** Tick the item the way the Tasks plugin does: `[x]` plus `✅ YYYY-MM-DD`. Resolves false when refused. */
	completeItem(item: Item): Promise<boolean>;
	/** Write the due date read from the item's words into its line as ` 📅 YYYY-MM-DD`. Resolves false when refused. */
	pinDueDate(item: Item): Promise<boolean>;
	openMentor(mentor: MentorSummary, newLeaf: boolean): void;
	/** Set the mentor's last contact to today. */
	logContact(mentor: MentorSummary): Promise<boolean>;
	/** Create (or open) a meeting note with the agenda pre-filled. */
	startMeeting(mentor: MentorSummary): Promise<void>;
	/** Open the booked meeting's note, or create it with the brief (asking the day when none is booked). Optional: shown when wired. */
	prepareMeeting?: (mentor: MentorSummary) => Promise<void>;
	/** Draft a progress update to the mentor (a note with a mailto: link; nothing is sent). Optional: shown when wired. */
	draftUpdate?: (mentor: MentorSummary) => Promise<void>;
	/** Mentors due for a progress update (read from their notes' properties). Optional: nothing shown when not wired. */
	updatesDue?: (team: TeamSnapshot) => readonly UpdateDue[];
	/** Open the "new mentor" dialog (the empty state's call to action). */
	newMentor(): void;
	openProblem(problem: Problem, newLeaf: boolean): void;
	/**
	 * Open the "add an item" dialog for the mentor; with null, ask which mentor first.
	 * `theirs`: the dialog starts with "They owe this" on (opened from Their court).
	 */
	addItem(mentor: MentorSummary | null, options?: { theirs?: boolean }): void;
	/** Write an item typed in the quick-capture row, through the writer the "add an item" dialog uses. */
	captureItem(mentor: MentorSummary, item: NewItem): Promise<boolean>;
	/** Log an email with the mentor today: a contact (of kind email when the writer tells kinds apart). */
	logEmail(mentor: MentorSummary): Promise<boolean>;
	/** Open the snooze dialog for the mentor. */
	snooze(mentor: MentorSummary): void;
	/** Write the booked meeting as an .ics file and open it in the calendar app. */
	addToCalendar(mentor: MentorSummary): Promise<void>;
	/** A prospect joins the team (status active, since today, a History line), then the role picker. Absent: no button. */
	convertProspect?(mentor: MentorSummary): Promise<boolean>;
	/** Open the mentor's whole history. Absent: no button. */
	showHistory?(mentor: MentorSummary): void;
}
