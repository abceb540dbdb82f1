import { normalizePath, TFile } from 'obsidian';
import type { CalendarDate } from '../../core/calendar-date';
import { shortDate } from '../../core/format';
import { propertyLink } from '../../core/names';
import { meetingNoteBody, meetingNotePath, mentorNotePath, mentorNoteText, type MeetingAgenda, type NewMentor } from '../../core/note-templates';
import type { MentorRallySettings } from '../../core/settings';
import type { MentorSummary } from '../../core/types';
import { plainWriteError } from '../../core/write-errors';
import { existingKey, type NoteAccess } from './note-access';

/** Where new mentor notes go when the settings name no folder. */
export const DEFAULT_MENTORS_FOLDER = 'Mentors';

/** Creates a mentor note; refuses when a note of that name exists. */
export async function createMentorNote(access: NoteAccess, settings: MentorRallySettings, mentor: NewMentor): Promise<TFile | null> {
	// With neither folder set, new mentor notes still gather in one place, not the vault's root.
	const folder = settings.newMentorFolder || settings.mentorsFolder || DEFAULT_MENTORS_FOLDER;
	const named = mentorNotePath(folder, mentor.name);
	if (!named.ok) {
		access.notify(`${named.message} Nothing was created.`);
		return null;
	}
	const path = normalizePath(named.path);
	// A name differing only in letter case is the same file on macOS and Windows (and the
	// same [[link]] everywhere): creating it would fail there, or leave two notes one name.
	const lower = path.toLowerCase();
	const existing = access.app.vault.getAbstractFileByPath(path) ?? access.app.vault.getFiles().find((f) => f.path.toLowerCase() === lower);
	if (existing) {
		access.notify(`A note named "${existing.path}" already exists; nothing was created.`);
		return null;
	}
	let file: TFile;
	try {
		await access.ensureFolder(folder);
		file = await access.app.vault.create(path, mentorNoteText(mentor, settings));
	} catch (error) {
		access.notify(`Could not create “${path}”: ${plainWriteError(error)}.`);
		return null;
	}
	const undo = access.recorder();
	undo.created(file);
	access.notify(`Created ${file.path}.`, (await undo.finish()) ?? undefined);
	return file;
}

/**
 * Creates the meeting note for a mentor (or returns the one that exists for that day),
 * with the agenda from the template, and the mentor and date properties set. A note
 * dated ahead is a meeting booked, not held: the mentor's next meeting is set to its
 * day (the core counts a meeting note as a contact only once its day has come).
 */
export async function startMeetingNote(access: NoteAccess, settings: MentorRallySettings, today: CalendarDate, mentor: MentorSummary, agenda: MeetingAgenda): Promise<TFile | null> {
	const path = normalizePath(meetingNotePath(settings.meetingsFolder, agenda.date, mentor.name));
	const existing = access.app.vault.getAbstractFileByPath(path);
	if (existing instanceof TFile) return existing;
	const mentorFile = access.noteAt(mentor.path);
	if (!mentorFile) return null;
	const undo = access.recorder();
	const ahead = agenda.date > today;
	// Already booked for that day (and time): the mentor note says so; it is not rewritten.
	const alreadyBooked = mentor.nextMeeting?.date === agenda.date && (agenda.time === null || mentor.nextMeeting.time === agenda.time);
	const book = ahead && !alreadyBooked;
	if (book) await undo.watch(mentorFile);

	let file: TFile;
	try {
		const template = await access.readTemplate(settings.meetingTemplate);
		await access.ensureFolder(settings.meetingsFolder);
		file = await access.app.vault.create(path, meetingNoteBody(agenda, template));
	} catch (error) {
		access.notify(`Could not create “${path}”: ${plainWriteError(error)}.`);
		return null;
	}
	// Not generateMarkdownLink: with wikilinks off it makes `[name](path)`, which is no link in a property.
	const link = propertyLink(access.app.metadataCache.fileToLinktext(mentorFile, path, true));
	const when = agenda.time ? `${agenda.date} ${agenda.time}` : agenda.date;
	undo.created(file);
	await access.editProperties(file, (frontmatter) => {
		frontmatter[existingKey(frontmatter, settings.properties.mentor)] = link;
		frontmatter[existingKey(frontmatter, settings.properties.date)] = when;
	});
	const day = shortDate(agenda.date, today);
	let message = ahead ? `Started the note of the meeting with ${mentor.name} booked on ${day}. No contact is logged until that day.` : `Started the meeting note with ${mentor.name} for ${day}.`;
	if (book) {
		const booked = await access.editProperties(mentorFile, (frontmatter) => {
			frontmatter[existingKey(frontmatter, settings.properties.nextMeeting)] = when;
		});
		message = booked ? `Booked a meeting with ${mentor.name} on ${day} and started its note. No contact is logged until that day.` : `Started the meeting note with ${mentor.name} for ${day}.`;
	}
	access.notify(message, (await undo.finish()) ?? undefined);
	return file;
}
