import { normalizePath, parseYaml, TFile, TFolder, type App } from 'obsidian';
import type { CalendarDate } from '../core/calendar-date';
import { addDueDateToLine, completeTaskLine, describeBlock, lineBreakOf, placeInSection, replaceLine, type Placement } from '../core/edits';
import { nextOccurrence } from '../core/recurrence';
import {
	ITEMS_HEADING,
	itemLine,
	MEETING_ITEMS_HEADING,
	meetingNoteBody,
	meetingNotePath,
	mentorNotePath,
	mentorNoteText,
	type MeetingAgenda,
	type NewItem,
	type NewMentor,
} from '../core/note-templates';
import { describeNonDate, frontmatterBlock, property, propertyKey } from '../core/properties';
import type { MentorRallySettings } from '../core/settings';
import type { Item, MentorSummary } from '../core/types';
import { shortDate, truncate } from '../core/format';
import { itemWords } from '../core/presentation/item-words';
import { withoutBlockId } from '../core/text';
import { propertyLink } from '../core/names';
import { askToConfirm, type Question } from './modals/confirm-modal';
import { editNoteText } from './text-edits';
import { FolderIsFileError, plainWriteError } from '../core/write-errors';
import { UndoRecorder, type Notify } from './undo';

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
	constructor(
		private readonly app: App,
		private readonly settings: () => MentorRallySettings,
		private readonly today: () => CalendarDate,
		private readonly notify: Notify,
		private readonly confirm: (question: Question) => Promise<boolean> = (question) => askToConfirm(app, question),
	) {}

	/** Ticks an item: `[x]` and ` ✅ today`, as the Tasks plugin does. */
	async completeItem(item: Item): Promise<boolean> {
		const file = this.noteAt(item.path);
		if (!file) return false;
		const replacement = completeTaskLine(item.raw, this.today());
		if (replacement === null) {
			this.notify(`"${truncate(item.text, 58)}" is already closed.`);
			return false;
		}
		// A recurring item goes on: the next occurrence above the done line, as Tasks writes it.
		const next = nextOccurrence(item.raw, this.today());
		const undo = this.recorder();
		await undo.watch(file);
		const written = (text: string): string => (next.kind === 'next' ? `${next.line}${lineBreakOf(text)}${replacement}` : replacement);
		if (!(await this.editLine(file, item, written, 'Not completed'))) return false;
		const what = `Ticked "${truncate(this.words(item), 58)}" in ${file.basename}`;
		const also =
			next.kind === 'next'
				? ' The next one is written above it.'
				: next.kind === 'unknown-rule'
					? ` Its repeat rule "${truncate(next.rule, 40)}" is not one Mentor Rally can follow: the next occurrence was not made.`
					: '';
		this.notify(`${what}.${also}`, (await undo.finish()) ?? undefined);
		return true;
	}

	/**
	 * Pins one item's due date read from words ("by Friday"): writes ` 📅 YYYY-MM-DD` into its
	 * line, as freezeDueDates does for a whole note, so the date no longer depends on the day
	 * the line was read from. Refused when the line changed since it was read.
	 */
	async pinDueDate(item: Item): Promise<boolean> {
		if (!item.open || item.dueSource !== 'phrase' || item.due === null) return false;
		const file = this.noteAt(item.path);
		if (!file) return false;
		const undo = this.recorder();
		await undo.watch(file);
		const written = await this.editLine(file, item, addDueDateToLine(item.raw, item.due), 'Not pinned');
		if (written) this.notify(`Due date pinned: ${shortDate(item.due, this.today())}.`, (await undo.finish()) ?? undefined);
		return written;
	}

	/** Writes ` 📅 YYYY-MM-DD` after every open item of the note whose due date came from words. */
	async freezeDueDates(path: string, items: readonly Item[]): Promise<number> {
		const file = this.noteAt(path);
		if (!file) return 0;
		const targets = items.filter((i) => i.path === path && i.open && i.dueSource === 'phrase' && i.due !== null);
		if (targets.length === 0) {
			this.notify('No natural-language due dates to freeze in this note.');
			return 0;
		}
		let frozen = 0;
		let refused = 0;
		const undo = this.recorder();
		await undo.watch(file);
		const written = await this.processBody(file, `Could not freeze the due dates in ${file.basename}`, (text) => {
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
		const file = this.noteAt(meetingNote ?? mentor.path);
		if (!file) return false;
		const line = itemLine(item, this.settings());
		const heading = meetingNote === null ? ITEMS_HEADING : MEETING_ITEMS_HEADING;
		const undo = this.recorder();
		await undo.watch(file);
		// Assigned inside the callback, which TypeScript's narrowing cannot see.
		let placed = null as Placement | null;
		const written = await this.processBody(file, `Could not add the item to ${file.basename}`, (text) => {
			placed = placeInSection(text, heading, [line]);
			return placed.text;
		});
		if (!written || placed === null) return false;
		const result: Placement = placed;
		const what = item.reply ? `Logged the email "${truncate(item.text, 48)}"` : `Added "${truncate(item.text, 48)}"`;
		const where = result.before
			? ` just before ${describeBlock(result.before)} that opens on line ${result.before.index + 1} and is never closed: nothing after that line is read until it is closed`
			: '';
		this.notify(`${what} to ${file.basename}${where}.`, (await undo.finish()) ?? undefined);
		return true;
	}

	/** Sets the mentor's last contact to today. */
	async logContact(mentor: MentorSummary): Promise<boolean> {
		const file = this.noteAt(mentor.path);
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
				message: `${key} in ${file.basename} holds ${instead}. Logging contact writes today's date, ${today}, in its place.`,
				confirm: 'Replace it',
			});
			if (!replace) {
				this.notify(`Contact with ${mentor.name} not logged; ${key} was left as it was.`);
				return false;
			}
		}
		const undo = this.recorder();
		await undo.watch(file);
		const written = await this.editProperties(file, (frontmatter) => {
			frontmatter[existingKey(frontmatter, key)] = today;
		});
		if (!written) return false;
		this.notify(`Logged contact with ${mentor.name} today.`, (await undo.finish()) ?? undefined);
		return true;
	}

	/** Quiets a mentor's reminders until a day; null lifts the snooze. */
	async snooze(mentor: MentorSummary, until: CalendarDate | null): Promise<boolean> {
		const file = this.noteAt(mentor.path);
		if (!file) return false;
		const key = this.settings().properties.snoozeUntil;
		const undo = this.recorder();
		await undo.watch(file);
		const written = await this.editProperties(file, (frontmatter) => {
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
	async createMentor(mentor: NewMentor): Promise<TFile | null> {
		const settings = this.settings();
		// With neither folder set, new mentor notes still gather in one place, not the vault's root.
		const folder = settings.newMentorFolder || settings.mentorsFolder || DEFAULT_MENTORS_FOLDER;
		const named = mentorNotePath(folder, mentor.name);
		if (!named.ok) {
			this.notify(`${named.message} Nothing was created.`);
			return null;
		}
		const path = normalizePath(named.path);
		// A name differing only in letter case is the same file on macOS and Windows (and the
		// same [[link]] everywhere): creating it would fail there, or leave two notes one name.
		const lower = path.toLowerCase();
		const existing = this.app.vault.getAbstractFileByPath(path) ?? this.app.vault.getFiles().find((f) => f.path.toLowerCase() === lower);
		if (existing) {
			this.notify(`A note named "${existing.path}" already exists; nothing was created.`);
			return null;
		}
		let file: TFile;
		try {
			await this.ensureFolder(folder);
			file = await this.app.vault.create(path, mentorNoteText(mentor, settings));
		} catch (error) {
			this.notify(`Could not create “${path}”: ${plainWriteError(error)}.`);
			return null;
		}
		const undo = this.recorder();
		undo.created(file);
		this.notify(`Created ${file.path}.`, (await undo.finish()) ?? undefined);
		return file;
	}

	/**
	 * Creates the meeting note for a mentor (or returns the one that exists for that day),
	 * with the agenda from the template, and the mentor and date properties set. A note
	 * dated ahead is a meeting booked, not held: the mentor's next meeting is set to its
	 * day (the core counts a meeting note as a contact only once its day has come).
	 */
	async startMeeting(mentor: MentorSummary, agenda: MeetingAgenda): Promise<TFile | null> {
		const settings = this.settings();
		const path = normalizePath(meetingNotePath(settings.meetingsFolder, agenda.date, mentor.name));
		const existing = this.app.vault.getAbstractFileByPath(path);
		if (existing instanceof TFile) return existing;
		const mentorFile = this.noteAt(mentor.path);
		if (!mentorFile) return null;
		const undo = this.recorder();
		const ahead = agenda.date > this.today();
		// Already booked for that day (and time): the mentor note says so; it is not rewritten.
		const alreadyBooked = mentor.nextMeeting?.date === agenda.date && (agenda.time === null || mentor.nextMeeting.time === agenda.time);
		const book = ahead && !alreadyBooked;
		if (book) await undo.watch(mentorFile);

		let file: TFile;
		try {
			const template = await this.readTemplate(settings.meetingTemplate);
			await this.ensureFolder(settings.meetingsFolder);
			file = await this.app.vault.create(path, meetingNoteBody(agenda, template));
		} catch (error) {
			this.notify(`Could not create “${path}”: ${plainWriteError(error)}.`);
			return null;
		}
		// Not generateMarkdownLink: with wikilinks off it makes `[name](path)`, which is no link in a property.
		const link = propertyLink(this.app.metadataCache.fileToLinktext(mentorFile, path, true));
		const when = agenda.time ? `${agenda.date} ${agenda.time}` : agenda.date;
		undo.created(file);
		await this.editProperties(file, (frontmatter) => {
			frontmatter[existingKey(frontmatter, settings.properties.mentor)] = link;
			frontmatter[existingKey(frontmatter, settings.properties.date)] = when;
		});
		const day = shortDate(agenda.date, this.today());
		let message = ahead ? `Started the note of the meeting with ${mentor.name} booked on ${day}. No contact is logged until that day.` : `Started the meeting note with ${mentor.name} for ${day}.`;
		if (book) {
			const booked = await this.editProperties(mentorFile, (frontmatter) => {
				frontmatter[existingKey(frontmatter, settings.properties.nextMeeting)] = when;
			});
			message = booked ? `Booked a meeting with ${mentor.name} on ${day} and started its note. No contact is logged until that day.` : `Started the meeting note with ${mentor.name} for ${day}.`;
		}
		this.notify(message, (await undo.finish()) ?? undefined);
		return file;
	}

	/**
	 * Changes a note's properties through Obsidian's property writer; false, with a notice
	 * and nothing written, when it cannot.
	 * - A byte-order mark before the opening `---` hides the frontmatter from the writer, which
	 *   then puts a second block on top and leaves the old one in the body, its properties
	 *   lost (with no frontmatter, the new block lands before the mark, which then spoils the
	 *   first heading). The mark means nothing in UTF-8, so it is taken off first, unless the
	 *   YAML behind it would be refused anyway.
	 * - YAML that does not parse makes the writer throw; that is said, not left unhandled.
	 */
	private async editProperties(file: TFile, edit: (frontmatter: Record<string, unknown>) => void): Promise<boolean> {
		try {
			if ((await this.app.vault.cachedRead(file)).charCodeAt(0) === 0xfeff) {
				await this.app.vault.process(file, (text) => {
					const yaml = frontmatterBlock(text);
					if (yaml !== null) parseYaml(yaml); // throws, before anything is written
					return text.replace(/^\uFEFF/, '');
				});
			}
			await this.app.fileManager.processFrontMatter(file, edit);
			return true;
		} catch (error) {
			this.notify(`Could not update the properties of ${file.basename} (${plainWriteError(error)}). Nothing was written.`);
			return false;
		}
	}

	/** The item's words as every surface shows them: no fields, marker tags or block id. */
	private words(item: Item): string {
		const { ownerTag, replyTag } = this.settings();
		return itemWords(withoutBlockId(item.text), { ownerTag, replyTag });
	}

	private recorder(): UndoRecorder {
		return new UndoRecorder(this.app, this.notify);
	}

	private async readTemplate(path: string): Promise<string | null> {
		if (path.trim() === '') return null;
		const withExtension = /\.md$/i.test(path) ? path : `${path}.md`;
		const file = this.app.vault.getAbstractFileByPath(normalizePath(withExtension));
		if (!(file instanceof TFile)) {
			this.notify(`The meeting template "${path}" was not found; using the built-in one.`);
			return null;
		}
		return this.app.vault.cachedRead(file);
	}

	private async editLine(file: TFile, item: Item, replacement: string | ((text: string) => string), action: string): Promise<boolean> {
		// Assigned inside the callback, which TypeScript's narrowing cannot see.
		let refusal = null as string | null;
		const written = await this.processBody(file, `${action}: could not write to ${file.basename}`, (text) => {
			const result = replaceLine(text, item.line, item.raw, typeof replacement === 'string' ? replacement : replacement(text), item.twins);
			if (result.ok) return result.text;
			refusal = result.reason;
			return text;
		});
		if (!written) return false;
		if (refusal !== null) {
			this.notify(`${action}: ${refusal} in ${file.basename}. Nothing was written; the dashboard will refresh.`);
			return false;
		}
		return true;
	}

	/**
	 * Rewrites a note's text with `edit`; false, after a notice starting with `failure`,
	 * when the vault refuses the write.
	 */
	private async processBody(file: TFile, failure: string, edit: (text: string) => string): Promise<boolean> {
		try {
			await editNoteText(this.app, file, edit);
			return true;
		} catch (error) {
			this.notify(`${failure}: ${plainWriteError(error)}. Nothing was written.`);
			return false;
		}
	}

	private noteAt(path: string): TFile | null {
		const file = this.app.vault.getAbstractFileByPath(path);
		if (file instanceof TFile) return file;
		this.notify(`"${path}" no longer exists.`);
		return null;
	}

	/** Makes the folder (and its parents) unless it exists; a file in the way is named. */
	private async ensureFolder(folder: string): Promise<void> {
		if (folder === '') return;
		const path = normalizePath(folder);
		if (path === '/' || this.app.vault.getAbstractFileByPath(path) instanceof TFolder) return;
		const parts = path.split('/');
		for (let depth = 1; depth <= parts.length; depth++) {
			const prefix = parts.slice(0, depth).join('/');
			const existing = this.app.vault.getAbstractFileByPath(prefix);
			if (existing && !(existing instanceof TFolder)) throw new FolderIsFileError(prefix);
		}
		await this.app.vault.createFolder(path);
	}
}

/** Where new mentor notes go when the settings name no folder. */
export const DEFAULT_MENTORS_FOLDER = 'Mentors';

/** The property's name as the note already spells it (`Last_Contact`), else the setting's. */
function existingKey(frontmatter: Record<string, unknown>, name: string): string {
	return propertyKey(frontmatter, name) ?? name;
}
