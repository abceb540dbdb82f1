import type { App, TFile } from 'obsidian';
import type { CalendarDate } from '../core/calendar-date';
import { addDueDateToLine, describeBlock, lineBreakOf, placeInSection, replaceLine, type Placement } from '../core/edits';
import { ITEMS_HEADING, itemLine, MEETING_ITEMS_HEADING, type MeetingAgenda, type NewItem, type NewMentor } from '../core/note-templates';
import { describeNonDate, property } from '../core/properties';
import type { MentorRallySettings } from '../core/settings';
import type { TaskStatuses } from '../core/task-statuses';
import type { Item, MentorSummary } from '../core/types';
import { shortDate, truncate } from '../core/format';
import { itemWords } from '../core/presentation/item-words';
import { withoutBlockId } from '../core/text';
import { askToConfirm, type Question } from './modals/confirm-modal';
import type { Notify } from './undo';
import { existingKey, NoteAccess } from './writes/note-access';
import { completionNotice, planCompletion } from './writes/complete-item';
import { RECURRENCE_FIELD } from '../core/task-fields';
import { createMentorNote, startMeetingNote } from './writes/new-notes';

/**
 * Every write Mentor Rally makes. Body edits go through the editor when the note is open in
 * one (keeping the cursor), else through Vault.process, and change only
 * the line they mean to (checking first that it still reads as it did when the dashboard
 * was drawn); property edits go through FileManager.processFrontMatter, so Obsidian
 * itself writes the YAML and every other property is kept. A refused write changes
 * nothing and says why. No method throws: a write the vault refuses (disk full, a name
 * too long, a file where a folder should be) is a notice in plain words and a false or
 * null result, so the modal that asked stays open with what the user typed.
 */
export class NoteWriter {
	private readonly access: NoteAccess;
	private taskStatuses: () => TaskStatuses | null = () => null;

	constructor(
		private readonly app: App,
		private readonly settings: () => MentorRallySettings,
		private readonly today: () => CalendarDate,
		private readonly notify: Notify,
		private readonly confirm: (question: Question) => Promise<boolean> = (question) => askToConfirm(app, question),
	) {
		this.access = new NoteAccess(app, notify);
	}

	/**
	 * Ticks an item as the Tasks plugin does (through Tasks itself when it is enabled, see
	 * planCompletion): its DONE symbol and ` ✅ today`, and for a recurring item the next
	 * occurrence, which the notice names with its rule and date.
	 */
	async completeItem(item: Item): Promise<boolean> {
		const file = this.access.noteAt(item.path);
		if (!file) return false;
		const completion = planCompletion(this.app, item, this.today(), this.taskStatuses());
		if (completion === null) {
			this.notify(`"${truncate(item.text, 58)}" is already closed.`);
			return false;
		}
		const undo = this.access.recorder();
		await undo.watch(file);
		const written = (text: string): string => completion.lines.join(lineBreakOf(text));
		if (!(await this.access.editLine(file, item, written, 'Not completed'))) return false;
		this.notify(completionNotice(this.words({ ...item, text: item.text.replace(RECURRENCE_FIELD, ' ') }), file.basename, completion, this.today()), (await undo.finish()) ?? undefined);
		return true;
	}

	/** Where the Tasks plugin's checkbox statuses come from (the team store reads them from the vault). */
	readStatusesFrom(source: () => TaskStatuses | null): void {
		this.taskStatuses = source;
	}

	/**
	 * Pins one item's due date read from words ("by Friday"): writes ` 📅 YYYY-MM-DD` into its
	 * line, as freezeDueDates does for a whole note, so the date no longer depends on the day
	 * the line was read from. Refused when the line changed since it was read.
	 */
	async pinDueDate(item: Item): Promise<boolean> {
		if (!item.open || item.dueSource !== 'phrase' || item.due === null) return false;
		const file = this.access.noteAt(item.path);
		if (!file) return false;
		const undo = this.access.recorder();
		await undo.watch(file);
		const written = await this.access.editLine(file, item, addDueDateToLine(item.raw, item.due), 'Not pinned');
		if (written) this.notify(`Due date pinned: ${shortDate(item.due, this.today())}.`, (await undo.finish()) ?? undefined);
		return written;
	}

	/** Writes ` 📅 YYYY-MM-DD` after every open item of the note whose due date came from words. */
	async freezeDueDates(path: string, items: readonly Item[]): Promise<number> {
		const file = this.access.noteAt(path);
		if (!file) return 0;
		const targets = items.filter((i) => i.path === path && i.open && i.dueSource === 'phrase' && i.due !== null);
		if (targets.length === 0) {
			this.notify('No natural-language due dates to freeze in this note.');
			return 0;
		}
		let frozen = 0;
		let refused = 0;
		const undo = this.access.recorder();
		await undo.watch(file);
		const written = await this.access.processBody(file, `Could not freeze the due dates in ${file.basename}`, (text) => {
			let current = text;
			for (const item of targets) {
				const result = replaceLine(current, item.line, item.raw, addDueDateToLine(item.raw, item.due as CalendarDate), item.twins);
				if (result.ok) {
					current = result.text;
					frozen++;
				} else refused++;
			}
			return current;
		});
		if (!written) return 0;
		const skipped = refused > 0 ? ` ${refused} line${refused === 1 ? '' : 's'} changed since they were read and ${refused === 1 ? 'was' : 'were'} left alone.` : '';
		this.notify(`Froze ${frozen} due date${frozen === 1 ? '' : 's'} in ${file.basename}.${skipped}`, (await undo.finish()) ?? undefined);
		return frozen;
	}

	/**
	 * Adds an item under the mentor note's "Open items" heading (made if missing), or, given
	 * the path of one of the mentor's meeting notes, under that note's "New items" heading.
	 */
	async addItem(mentor: MentorSummary, item: NewItem, meetingNote: string | null = null): Promise<boolean> {
		const file = this.access.noteAt(meetingNote ?? mentor.path);
		if (!file) return false;
		const line = itemLine(item, this.settings());
		const heading = meetingNote === null ? ITEMS_HEADING : MEETING_ITEMS_HEADING;
		const undo = this.access.recorder();
		await undo.watch(file);
		// Assigned inside the callback, which TypeScript's narrowing cannot see.
		let placed = null as Placement | null;
		const written = await this.access.processBody(file, `Could not add the item to ${file.basename}`, (text) => {
			placed = placeInSection(text, heading, [line]);
			return placed.text;
		});
		if (!written || placed === null) return false;
		const result: Placement = placed;
		const where = result.before
			? ` just before ${describeBlock(result.before)} that opens on line ${result.before.index + 1} and is never closed: nothing after that line is read until it is closed`
			: '';
		// An email to answer: the notice says by when, the point of logging it.
		const by = item.reply && item.due !== null ? `, to answer by ${shortDate(item.due, this.today())}` : '';
		this.notify(`Added "${truncate(item.text, 48)}" to ${file.basename}${where}${by}.`, (await undo.finish()) ?? undefined);
		return true;
	}

	/**
	 * Sets the mentor's last contact to today: a contact of any kind, or an email I sent them
	 * (the dashboard's Log email). The spec keeps one date for every kind of contact, so an
	 * email moves the same `last_contact`; the notice says which the user logged.
	 */
	async logContact(mentor: MentorSummary, kind: 'contact' | 'email' = 'contact'): Promise<boolean> {
		const file = this.access.noteAt(mentor.path);
		if (!file) return false;
		const today = this.today();
		const key = this.settings().properties.lastContact;
		// A list, a set of fields or words where the date goes were written by someone on
		// purpose (or by another plugin): replaced only when the user says so.
		const frontmatter = this.app.metadataCache.getFileCache(file)?.frontmatter ?? null;
		const current = frontmatter ? property(frontmatter, key) : undefined;
		const instead = describeNonDate(current);
		if (instead !== null) {
			const replace = await this.confirm({
				title: `Replace ${key} of ${mentor.name}?`,
				message: `${key} in ${file.basename} holds ${instead}. Logging ${kind === 'email' ? 'an email' : 'contact'} writes today's date, ${today}, in its place.`,
				confirm: 'Replace it',
			});
			if (!replace) {
				this.notify(`${kind === 'email' ? 'Email to' : 'Contact with'} ${mentor.name} not logged; ${key} was left as it was.`);
				return false;
			}
		}
		const undo = this.access.recorder();
		await undo.watch(file);
		const written = await this.access.editProperties(file, (frontmatter) => {
			frontmatter[existingKey(frontmatter, key)] = today;
		});
		if (!written) return false;
		const what = kind === 'email' ? `an email to ${mentor.name}` : `contact with ${mentor.name}`;
		this.notify(`Logged ${what} today.`, (await undo.finish()) ?? undefined);
		return true;
	}

	/** Quiets a mentor's reminders until a day; null lifts the snooze. */
	async snooze(mentor: MentorSummary, until: CalendarDate | null): Promise<boolean> {
		const file = this.access.noteAt(mentor.path);
		if (!file) return false;
		const key = this.settings().properties.snoozeUntil;
		const undo = this.access.recorder();
		await undo.watch(file);
		const written = await this.access.editProperties(file, (frontmatter) => {
			const name = existingKey(frontmatter, key);
			if (until === null) delete frontmatter[name];
			else frontmatter[name] = until;
		});
		if (!written) return false;
		const message = until === null ? `Meeting reminders for ${mentor.name} are back on.` : `No meeting reminders for ${mentor.name} until ${shortDate(until, this.today())}.`;
		this.notify(message, (await undo.finish()) ?? undefined);
		return true;
	}

	/** Creates a mentor note; refuses when a note of that name exists. */
	createMentor(mentor: NewMentor): Promise<TFile | null> {
		return createMentorNote(this.access, this.settings(), mentor);
	}

	/**
	 * Creates the meeting note for a mentor (or returns the one that exists for that day);
	 * a note dated ahead books the meeting (see startMeetingNote).
	 */
	startMeeting(mentor: MentorSummary, agenda: MeetingAgenda): Promise<TFile | null> {
		return startMeetingNote(this.access, this.settings(), this.today(), mentor, agenda);
	}

	/** The item's words as every surface shows them: no fields, marker tags or block id. */
	private words(item: Item): string {
		return itemWords(withoutBlockId(item.text), this.settings());
	}
}
