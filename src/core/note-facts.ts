import { ownValue } from './collections';
import { parseCadence, type Cadence } from './cadence';
import { parseCalendarDate, type CalendarDate } from './calendar-date';
import { scanMarkdown, splitLines } from './markdown-scan';
import type { FirstSeenLookup } from './first-seen';
import { inMentorsFolder } from './frontmatter-relevance';
import { readDuePhrase } from './natural-date';
import { baseName, linkTarget, linkedNameKeys, ownerPrefixKey } from './names';
import { frontmatterBlock, isBlank, property, quoteValue, salvageFrontmatter, singleString, stringList, textEntries, type Frontmatter } from './properties';
import { readRoles } from './roles';
import { statusKind } from './task-statuses';
import type { MentorRallySettings } from './settings';
import { taskKey } from './task-key';
import { proseOf, readDoneDate, readExplicitDue } from './task-fields';
import type { Lifecycle, MeetingFacts, MentorFacts, NextMeeting, NoteFacts, NoteKind, NoteRecord, ParsedItem, Problem } from './types';
import { truncate } from './format';
import { withinBudget } from './value-budget';

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
	const lifecycle = readLifecycle(property(frontmatter, names.status), names.status, report);

	const aliasValue = property(frontmatter, 'aliases') ?? property(frontmatter, 'alias');
	const aliasList = stringList(aliasValue, true);
	if (aliasList === null) report(`aliases ${quoteValue(aliasValue)} should be a name or a list of names`);
	const aliases = aliasList ?? [];

	const scanned = scanMarkdown(record.content ?? '');
	const fileDate = dateInFileName(path);
	const items = readItems(record, scanned.tasks, fileDate, settings, problems, firstSeen);

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
		headingDates: scanned.datedHeadings.map((h) => h.date),
		items,
		problems,
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

function readItems(
	record: NoteRecord,
	tasks: ReturnType<typeof scanMarkdown>['tasks'],
	noteDate: CalendarDate | null,
	settings: MentorRallySettings,
	problems: Problem[],
	firstSeen: FirstSeenLookup | null,
): ParsedItem[] {
	const theirsTag = tagPattern(settings.ownerTag);
	const replyTag = tagPattern(settings.replyTag);
	// The creation day is the last resort, asked for only when an item needs it (the command
	// line must stat the file for it).
	let created: CalendarDate | null | undefined;
	const createdDay = (): CalendarDate | null => {
		if (created === undefined) created = typeof record.created === 'function' ? record.created() : (record.created ?? null);
		return created;
	};
	const statuses = record.taskStatuses ?? null;
	// A status Tasks treats as no task at all (NON_TASK) is no item either.
	const items = statuses ? tasks.filter((task) => statusKind(task.status, statuses) !== 'not-a-task') : tasks;
	return items.map((task) => {
		const kind = statusKind(task.status, statuses);
		const state = kind === 'done' || kind === 'cancelled' ? kind : 'open';
		// A line of an undated section was written on the day it was first seen, if that is
		// remembered; only a line with no clue at all is read from the day the file was made.
		const undated = task.headingDate === null && noteDate === null;
		const firstSeenKey = undated ? taskKey(task.text) : null;
		const referenceDate = task.headingDate ?? noteDate ?? (firstSeenKey !== null ? firstSeen?.(record.path, firstSeenKey) : null) ?? createdDay();
		const item: ParsedItem = {
			path: record.path,
			line: task.line,
			raw: task.raw,
			twins: task.twins,
			text: task.text,
			status: task.status,
			state,
			taggedTheirs: theirsTag.test(task.text),
			reply: replyTag.test(task.text),
			prefixKey: ownerPrefixKey(task.text),
			linkKeys: task.text.includes('[[') ? linkedNameKeys(task.text) : [],
			referenceDate,
			firstSeenKey,
			due: null,
			dueSource: null,
			dueText: null,
			doneDate: null,
		};
		// A closed item needs no due date: skip the (comparatively costly) date reading.
		if (state === 'done') item.doneDate = parseCalendarDate(readDoneDate(task.text) ?? '');
		if (state !== 'open') return item;

		const explicit = readExplicitDue(task.text);
		if (explicit) {
			item.dueSource = explicit.source;
			item.dueText = explicit.text;
			item.due = parseCalendarDate(explicit.text);
			if (!item.due) {
				problems.push({ path: record.path, line: task.line, message: `line ${task.line}: due date ${explicit.text} is not a real day` });
			}
			return item;
		}
		if (referenceDate) {
			const phrase = readDuePhrase(proseOf(task.text), referenceDate, settings.dateOrder);
			if (phrase?.kind === 'date') {
				item.due = phrase.date;
				item.dueSource = 'phrase';
				item.dueText = phrase.text;
			} else if (phrase?.kind === 'next-meeting') {
				item.dueSource = 'next-meeting';
				item.dueText = phrase.text;
			}
		}
		return item;
	});
}

const tagPatterns = new Map<string, RegExp>();

/** `#theirs` as a whole tag (not `#theirs-too`), compiled once per tag rather than once per note. */
function tagPattern(tag: string): RegExp {
	let pattern = tagPatterns.get(tag);
	if (!pattern) tagPatterns.set(tag, (pattern = compileTagPattern(tag)));
	return pattern;
}

function compileTagPattern(tag: string): RegExp {
	const escaped = tag.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
	return new RegExp(`(?:^|\\s)#${escaped}(?![\\w/-])`, 'iu');
}

function readDateProperty(frontmatter: Frontmatter | null, name: string, report: (m: string) => void): CalendarDate | null {
	const value = property(frontmatter, name);
	if (isBlank(value)) return null;
	const date = parseCalendarDate(value);
	if (!date) report(`${name} ${quoteValue(value)} is not a date; write it as YYYY-MM-DD`);
	return date;
}

function readMeetingTime(frontmatter: Frontmatter | null, name: string, report: (m: string) => void): NextMeeting | null {
	const date = readDateProperty(frontmatter, name, report);
	return date ? { date, time: timeOf(property(frontmatter, name)) } : null;
}

/** `2026-11-26 15:00` or `2026-11-26T15:00` → `15:00`. */
function timeOf(value: unknown): string | null {
	if (typeof value !== 'string') return null;
	const match = /^\s*\d{4}-\d{1,2}-\d{1,2}[T ]\s*(\d{1,2}):(\d{2})/.exec(value);
	if (!match) return null;
	const hour = Number(match[1]);
	return hour < 24 ? `${String(hour).padStart(2, '0')}:${match[2] ?? '00'}` : null;
}

const LIFECYCLE_WORDS: Record<string, Lifecycle> = {
	active: 'active',
	current: 'active',
	paused: 'paused',
	pause: 'paused',
	'on hold': 'paused',
	inactive: 'paused',
	alumni: 'alumni',
	alumnus: 'alumni',
	alumna: 'alumni',
	former: 'alumni',
	past: 'alumni',
};

function readLifecycle(value: unknown, name: string, report: (m: string) => void): Lifecycle {
	if (isBlank(value)) return 'active';
	const text = singleString(value);
	const word = text === null ? '' : text.toLowerCase().replace(/\s+/g, ' ');
	// Own entries only: `status: constructor` found Object's constructor and became the lifecycle.
	const lifecycle = ownValue(LIFECYCLE_WORDS, word);
	if (lifecycle) return lifecycle;
	report(`${name} ${quoteValue(value)} is not one of active, paused or alumni; treating the mentor as active`);
	return 'active';
}

function displayText(value: unknown): string | null {
	const date = value instanceof Date ? parseCalendarDate(value) : null;
	if (date) return date;
	return singleString(value) || null;
}

/** An ISO date anywhere in the file's base name: `2026-11-10 Dr. Lee.md`. */
export function dateInFileName(path: string): CalendarDate | null {
	const match = /(\d{4}-\d{2}-\d{2})/.exec(baseName(path));
	return match ? parseCalendarDate(match[1]) : null;
}

function oneLine(text: string): string {
	return truncate(text.split(/\r?\n/)[0]?.trim() ?? '', 118);
}
