import { normalizePath, TFile, type App } from 'obsidian';
import { plainWriteError } from '../../core/write-errors';
import { UPDATE_SENT_PROPERTY } from '../../core/update-note';
import type { CalendarDate } from '../../core/calendar-date';
import { addThanksBelow, addThanksUnder, THANKS_DUE_DAYS } from '../../core/close-loop';
import { addDays } from '../../core/calendar-date';
import { shortDate } from '../../core/format';
import type { MentorRallySettings } from '../../core/settings';
import type { Item, MentorSummary } from '../../core/types';
import type { Notify } from '../undo';
import { existingKey, NoteAccess } from '../writes/note-access';
import { parseCalendarDate } from '../../core/calendar-date';
import { placeInSection, type EditResult } from '../../core/edits';
import { listWords, plural } from '../../core/format';
import { MEETING_ITEMS_HEADING } from '../../core/note-templates';
import { contactAfterMeeting } from '../../core/wrap-up';

/**
 * The writes of the meeting loop (issue 12): a thank-you under a delivered item, a meeting
 * wrapped up, an update drafted or marked sent. Each is one write the notice can undo, and
 * each is made only on the user's click.
 */
export class LoopWriter {
	readonly access: NoteAccess;

	constructor(
		readonly app: App,
		readonly settings: () => MentorRallySettings,
		readonly today: () => CalendarDate,
		readonly notify: Notify,
	) {
		this.access = new NoteAccess(app, notify);
	}

	/** Adds "Thank Dr. Lee and tell them how it went #loop 📅 …" indented under their item, ticked on `doneDay`. */
	addThanks(item: Item, doneDay: CalendarDate): Promise<boolean> {
		return this.writeThanks(item, (text, today) => addThanksUnder(text, item, doneDay, today, this.settings().loopTag));
	}

	/** The same under their item ticked in the editor: `done` is the ticked line as the index read it. */
	addThanksBelow(done: Item): Promise<boolean> {
		return this.writeThanks(done, (text, today) => addThanksBelow(text, done, today, this.settings().loopTag));
	}

	private async writeThanks(item: Item, edit: (text: string, today: CalendarDate) => EditResult): Promise<boolean> {
		const file = this.access.noteAt(item.path);
		if (!file) return false;
		const today = this.today();
		const undo = this.access.recorder();
		await undo.watch(file);
		let refusal = null as string | null;
		const written = await this.access.processBody(file, `Could not add the thank-you to ${file.basename}`, (text) => {
			const result = edit(text, today);
			if (result.ok) return result.text;
			refusal = result.reason;
			return text;
		});
		if (!written) return false;
		if (refusal !== null) {
			this.notify(`No thank-you added: ${refusal} in ${file.basename}.`);
			return false;
		}
		this.notify(`Added a thank-you to ${item.mentor}, due ${shortDate(addDays(today, THANKS_DUE_DAYS), today)}.`, (await undo.finish()) ?? undefined);
		return true;
	}

	/**
	 * Wraps up a meeting, as one undoable write: each mentor's last contact becomes the
	 * meeting's day (never moved back), the next meeting is booked for each (when given), and
	 * the new items go under the meeting note's items heading. A group meeting gives several
	 * mentors; if one of the writes fails, the ones made are taken back.
	 */
	async wrapUp(meeting: TFile, mentors: readonly MentorSummary[], meetingDay: CalendarDate, next: CalendarDate | null, lines: readonly string[]): Promise<boolean> {
		const files: TFile[] = [];
		for (const mentor of mentors) {
			const file = this.access.noteAt(mentor.path);
			if (!file) return false;
			files.push(file);
		}
		if (files.length === 0) return false;
		const props = this.settings().properties;
		const undo = this.access.recorder();
		for (const file of files) await undo.watch(file);
		await undo.watch(meeting);
		const takeBack = async (): Promise<false> => {
			const back = await undo.finish();
			if (back) await back();
			return false;
		};
		for (const file of files) {
			const booked = await this.access.editProperties(file, (frontmatter) => {
				const key = existingKey(frontmatter, props.lastContact);
				frontmatter[key] = contactAfterMeeting(parseCalendarDate(frontmatter[key]), meetingDay);
				if (next !== null) frontmatter[existingKey(frontmatter, props.nextMeeting)] = next;
			});
			if (!booked) return takeBack();
		}
		if (lines.length > 0) {
			const written = await this.access.processBody(meeting, `Could not add the items to ${meeting.basename}`, (text) => placeInSection(text, MEETING_ITEMS_HEADING, lines).text);
			if (!written) return takeBack();
		}
		const today = this.today();
		const parts = [`Logged the meeting with ${listWords(mentors.map((m) => m.name))} on ${shortDate(meetingDay, today)}`];
		if (next !== null) parts.push(`booked the next on ${shortDate(next, today)}${mentors.length > 1 ? ' for each' : ''}`);
		if (lines.length > 0) parts.push(`added ${plural(lines.length, 'item')}`);
		this.notify(`${parts.join(', ')}.`, (await undo.finish()) ?? undefined);
		return true;
	}

	/** Writes the drafted update note (an existing note of that name is opened, not overwritten). */
	async writeUpdateNote(path: string, text: string): Promise<TFile | null> {
		const normalized = normalizePath(path);
		const existing = this.app.vault.getAbstractFileByPath(normalized);
		if (existing instanceof TFile) {
			this.notify(`An update drafted today is already in ${existing.path}; it was left as it was.`);
			return existing;
		}
		let file: TFile;
		try {
			await this.access.ensureFolder(this.settings().updatesFolder);
			file = await this.app.vault.create(normalized, text);
		} catch (error) {
			this.notify(`Could not create “${normalized}”: ${plainWriteError(error)}.`);
			return null;
		}
		const undo = this.access.recorder();
		undo.created(file);
		this.notify(`Drafted ${file.basename}. Nothing was sent: open the email link in the note to send it yourself.`, (await undo.finish()) ?? undefined);
		return file;
	}

	/**
	 * "Mark update sent": the update note's `sent` becomes today; each mentor it went to gets
	 * `last_update` today and an email contact logged today (last contact, never moved back).
	 * One undoable write.
	 */
	async markUpdateSent(note: TFile, mentors: readonly TFile[]): Promise<boolean> {
		const today = this.today();
		const settings = this.settings();
		const undo = this.access.recorder();
		await undo.watch(note);
		for (const file of mentors) await undo.watch(file);
		const marked = await this.access.editProperties(note, (frontmatter) => {
			frontmatter[existingKey(frontmatter, UPDATE_SENT_PROPERTY)] = today;
		});
		if (!marked) return false;
		for (const file of mentors) {
			await this.access.editProperties(file, (frontmatter) => {
				frontmatter[existingKey(frontmatter, settings.lastUpdateProperty)] = today;
				const contact = existingKey(frontmatter, settings.properties.lastContact);
				const current = frontmatter[contact];
				// A list or words where the date goes were put there on purpose: left alone.
				if (current === undefined || current === null || current === '' || parseCalendarDate(current) !== null) frontmatter[contact] = contactAfterMeeting(parseCalendarDate(current), today);
			});
		}
		const names = mentors.map((f) => f.basename).join(', ');
		this.notify(`Marked the update sent today: logged an email contact with ${names || 'nobody (no mentor linked)'}.`, (await undo.finish()) ?? undefined);
		return true;
	}
}
