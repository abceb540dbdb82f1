import { parseCadence, type Cadence } from './cadence';
import { parseCalendarDate, type CalendarDate } from './calendar-date';
import { scanMarkdown, splitLines } from './markdown-scan';
import type { FirstSeenLookup } from './first-seen';
import { inMentorsFolder } from './frontmatter-relevance';
import { baseName, linkTarget } from './names';
import { frontmatterBlock, isBlank, property, quoteValue, salvageFrontmatter, singleString, stringList, textEntries, type Frontmatter } from './properties';
import { readRoles } from './roles';
import type { MentorRallySettings } from './settings';
import type { MeetingFacts, MentorFacts, NoteFacts, NoteKind, NoteRecord, Problem } from './types';
import { withinBudget } from './value-budget';
import { readItems } from './item-facts';
import { isChangeHeading, readRelationshipFacts } from './relationship/relationship-facts';
import { dateInFileName, displayText, oneLine, readDateProperty, readLifecycle, readMeetingTime, timeOf } from './property-readers';

/**
 * Decides what a note is from its path and properties alone, so an adapter can skip
 * reading the bodies of the notes that do not matter (and, from the raw text, the properties:
 * frontmatter-relevance.ts must change with this).
 * - `type: mentor` → a mentor note;
 * - a `mentor` property → a meeting note;
 * - the mentor tag, or a place in the mentors folder → a mentor note.
 */
export function classifyNote(path: string, frontmatter: Frontmatter | null, settings: MentorRallySettings): NoteKind {
	const names = settings.properties;
	if (textEntries(property(frontmatter, names.type)).some((t) => t.toLowerCase() === 'mentor')) return 'mentor';
	if (!isBlank(property(frontmatter, names.mentor))) return 'meeting';
	if (hasTag(frontmatter, settings.mentorTag)) return 'mentor';
	return inMentorsFolder(path, settings) ? 'mentor' : 'other';
}

/** Frontmatter `tags` (or `tag`) include the tag or a nested tag under it (`mentor/research`). */
function hasTag(frontmatter: Frontmatter | null, tag: string): boolean {
	const value = property(frontmatter, 'tags') ?? property(frontmatter, 'tag');
	const tags = stringList(value, true) ?? [];
	const wanted = tag.toLowerCase();
	return tags.some((t) => {
		for (const word of t.split(/\s+/)) {
			const name = word.replace(/^#/, '').toLowerCase();
			if (name === wanted || name.startsWith(`${wanted}/`)) return true;
		}
		return false;
	});
}

/**
 * Whether an adapter must hand the note's text to {@link readNote}: mentor and meeting
 * notes, and notes whose frontmatter could not be read (they may be either).
 */
export function needsContent(record: Omit<NoteRecord, 'content'>, settings: MentorRallySettings): boolean {
	return frontmatterErrorOf(record) !== null || classifyNote(record.path, record.frontmatter, settings) !== 'other';
}

/** Why the properties of a note cannot be used as they are, or null when they can. */
function frontmatterErrorOf(record: Omit<NoteRecord, 'content'>): string | null {
	if (record.frontmatterError) return record.frontmatterError;
	// Checked before anything walks the properties: an alias bomb would take minutes.
	return withinBudget(record.frontmatter) ? null : 'they are nested too deeply or repeat too much to read';
}

/** Hints in unreadable frontmatter that the note was meant for Mentor Rally (frontmatter-relevance.ts looks for the same words). */
const LOOKS_RELEVANT = /^[ \t]*(?:type[ \t]*:[ \t]*["']?mentor|mentor[ \t]*:|tags?[ \t]*:.*\bmentor\b|role[ \t]*:|cadence[ \t]*:)/i;

/** Tested line by line: under the `m` flag, `^\s*` crossed lines and 100k blank lines took seconds. */
function looksRelevant(block: string): boolean {
	return splitLines(block).some((line) => LOOKS_RELEVANT.test(line));
}

/**
 * Reads everything one note says, independent of every other note: the index can then
 * update one file at a time. Never throws: what cannot be read becomes a problem.
 * `firstSeen` gives the day a line of an undated section was first seen (see first-seen.ts).
 */
export function readNote(record: NoteRecord, settings: MentorRallySettings, firstSeen: FirstSeenLookup | null = null): NoteFacts {
	const problems: Problem[] = [];
	let frontmatter = record.frontmatter;
	const frontmatterError = frontmatterErrorOf(record);
	if (frontmatterError !== null) {
		const block = record.content ? frontmatterBlock(record.content) : null;
		const salvaged = block === null ? null : salvageFrontmatter(block);
		const kind = classifyNote(record.path, salvaged, settings);
		if (kind === 'other' && !(block !== null && looksRelevant(block))) {
			return { kind: 'other', path: record.path, problems: [] };
		}
		problems.push({
			path: record.path,
			message: `the properties at the top of the note could not be read (${oneLine(frontmatterError)}); the rest of the note is still used`,
		});
		frontmatter = salvaged;
	}

	const kind = classifyNote(record.path, frontmatter, settings);
	if (kind === 'other') return { kind: 'other', path: record.path, problems };
	return kind === 'mentor' ? readMentorNote(record, frontmatter, settings, problems, firstSeen) : readMeetingNote(record, frontmatter, settings, problems, firstSeen);
}

function readMentorNote(record: NoteRecord, frontmatter: Frontmatter | null, settings: MentorRallySettings, problems: Problem[], firstSeen: FirstSeenLookup | null): MentorFacts {
	const names = settings.properties;
	const path = record.path;
	const report = (message: string): void => void problems.push({ path, message });

	const typeValue = property(frontmatter, names.type);
	if (!isBlank(typeValue) && stringList(typeValue, false) === null) {
		report(`${names.type} ${quoteValue(typeValue)} holds something that is not a word; only its words are read`);
	}

	const { roles, problem: roleProblem } = readRoles(property(frontmatter, names.role), settings.roleSynonyms);
	if (roleProblem) report(roleProblem);

	let cadence: Cadence | null = null;
	const cadenceValue = property(frontmatter, names.cadence);
	if (!isBlank(cadenceValue)) {
		const parsed = parseCadence(cadenceValue);
		if (parsed.ok) cadence = parsed.cadence;
		else report(`${parsed.message}; using the default (${settings.defaultCadence})`);
	}

	const lastContact = readDateProperty(frontmatter, names.lastContact, report);
	const nextMeeting = readMeetingTime(frontmatter, names.nextMeeting, report);
	const snoozeUntil = readDateProperty(frontmatter, names.snoozeUntil, report);
	const lifecycle = readLifecycle(property(frontmatter, names.status), names.status, report, settings.relationships.prospectStatus);

	const aliasValue = property(frontmatter, 'aliases') ?? property(frontmatter, 'alias');
	const aliasList = stringList(aliasValue, true);
	if (aliasList === null) report(`aliases ${quoteValue(aliasValue)} should be a name or a list of names`);
	const aliases = aliasList ?? [];

	const scanned = scanMarkdown(record.content ?? '');
	const fileDate = dateInFileName(path);
	const items = readItems(record, scanned.tasks, fileDate, settings, problems, firstSeen);
	const relationship = readRelationshipFacts(frontmatter, splitLines(record.content ?? ''), scanned.bodyStartLine, scanned.datedHeadings, settings.relationships, report);

	return {
		kind: 'mentor',
		path,
		name: baseName(path),
		aliases,
		roles,
		cadence,
		lastContact,
		nextMeeting,
		lifecycle,
		snoozeUntil,
		email: singleString(property(frontmatter, names.email)) || null,
		institution: singleString(property(frontmatter, names.institution)) || null,
		since: displayText(property(frontmatter, names.since)),
		// A heading that records a role or status change is not a contact.
		headingDates: scanned.datedHeadings.filter((h) => !isChangeHeading(h)).map((h) => h.date),
		items,
		problems,
		relationship,
	};
}

function readMeetingNote(record: NoteRecord, frontmatter: Frontmatter | null, settings: MentorRallySettings, problems: Problem[], firstSeen: FirstSeenLookup | null): MeetingFacts {
	const names = settings.properties;
	const path = record.path;
	const report = (message: string): void => void problems.push({ path, message });

	const linkValue = property(frontmatter, names.mentor);
	const links = stringList(linkValue, false);
	const mentorLinks: string[] = [];
	if (links === null) report(`${names.mentor} ${quoteValue(linkValue)} should be a link such as "[[Dr. Maya Lee]]" or a list of links`);
	for (const link of links ?? []) {
		const target = linkTarget(link);
		if (target && !mentorLinks.includes(target)) mentorLinks.push(target);
	}

	const dateValue = property(frontmatter, names.date);
	let date: CalendarDate | null = null;
	let time: string | null = null;
	if (!isBlank(dateValue)) {
		date = parseCalendarDate(dateValue);
		time = timeOf(dateValue);
		if (!date) report(`${names.date} ${quoteValue(dateValue)} is not a date; write it as YYYY-MM-DD`);
	}
	date ??= dateInFileName(path);
	if (!date) {
		report(`this meeting note has no date, so it does not count as a contact; add "${names.date}: YYYY-MM-DD" or put the date in the file name`);
	}

	const scanned = scanMarkdown(record.content ?? '');
	const items = readItems(record, scanned.tasks, date, settings, problems, firstSeen);
	return { kind: 'meeting', path, mentorLinks, date, time, items, problems };
}
