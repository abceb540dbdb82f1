import type { TaskStatuses } from './task-statuses';
import type { Cadence } from './cadence';
import type { CalendarDate } from './calendar-date';
import type { Frontmatter } from './properties';
import type { MarkerTags } from './presentation/item-words';
import type { RelationshipFacts } from './relationship/relationship-facts';

/** One note as the core sees it: the adapters (plugin, command line, tests) build these. */
export interface NoteRecord {
	/** Path from the vault root, with `/`, including `.md`. */
	path: string;
	/** Parsed properties, or null when the note has none or they could not be read. */
	frontmatter: Frontmatter | null;
	/** Set when the note has a frontmatter block that YAML could not read. */
	frontmatterError?: string | null;
	/** The whole file text. Needed for mentor and meeting notes (and broken frontmatter). */
	content?: string | null;
	/**
	 * The day the file was created, in the user's time zone: the reference date of items
	 * with no other. A function when finding it costs something (the command line's stat):
	 * it is called only if an item needs it.
	 */
	created?: CalendarDate | null | (() => CalendarDate | null);
	/** The Tasks plugin's checkbox statuses, when its settings are in the vault (see task-statuses). */
	taskStatuses?: TaskStatuses | null;
}

export type NoteKind = 'mentor' | 'meeting' | 'other';
/** `prospect`: someone the student is reaching out to (the word is a setting); not on the team yet. */
export type Lifecycle = 'active' | 'paused' | 'alumni' | 'prospect';
export type MentorStatus = 'overdue' | 'due' | 'scheduled' | 'ok' | 'paused' | 'alumni' | 'prospect';
export type Ball = 'mine' | 'theirs' | 'none';
export type Owner = 'me' | 'them';
export type ItemState = 'open' | 'done' | 'cancelled';
export type DueSource = 'tasks' | 'dataview' | 'phrase' | 'next-meeting';

export interface Problem {
	path: string;
	message: string;
	/** 1-based line the problem is on, when it is about one line. */
	line?: number;
}

/** A task as read from one file, before it is joined to the rest of the team. */
export interface ParsedItem {
	path: string;
	line: number;
	/** The task line as written (for safe writes: a write checks the line is still this). */
	raw: string;
	/** Numbers of the lines reading exactly the same (null when unique): tells identical lines apart for writes. */
	twins: number[] | null;
	/** The text after the checkbox. */
	text: string;
	status: string;
	state: ItemState;
	/** Carries the owner tag (`#theirs`). */
	taggedTheirs: boolean;
	/** Carries the reply tag (`#reply`): an email I owe an answer to. */
	reply: boolean;
	/** The name before a leading colon, as a name key (see names.ts). */
	prefixKey: string | null;
	/** Name keys of the wikilinks in the text (to pick a mentor in a group meeting). */
	linkKeys: string[];
	/**
	 * The day the item was written: its dated heading, the meeting day, the file name, else
	 * (an undated section) the day the line was first seen, else the file's creation day.
	 */
	referenceDate: CalendarDate | null;
	/**
	 * For an item in an undated section (no dated heading, no note date): the fingerprint its
	 * first-seen day is remembered under (see first-seen.ts). Null for every other item.
	 */
	firstSeenKey: string | null;
	/** An explicit or natural-language due date, or the "next meeting" marker. */
	due: CalendarDate | null;
	dueSource: DueSource | null;
	/** The words the due date was read from ("by Friday"), for natural-language dates. */
	dueText: string | null;
	/** The `✅` day a done item was ticked (as the Tasks plugin writes it); null when open or not written. */
	doneDate: CalendarDate | null;
}

export interface NextMeeting {
	date: CalendarDate;
	/** `HH:MM` when the property carried a time. */
	time: string | null;
}

export interface MentorFacts {
	kind: 'mentor';
	path: string;
	name: string;
	aliases: string[];
	roles: string[];
	cadence: Cadence | null;
	lastContact: CalendarDate | null;
	nextMeeting: NextMeeting | null;
	lifecycle: Lifecycle;
	snoozeUntil: CalendarDate | null;
	email: string | null;
	institution: string | null;
	since: string | null;
	headingDates: CalendarDate[];
	items: ParsedItem[];
	problems: Problem[];
	/** Role and status changes, dated headings and the keep-warm cadence (see relationship/). */
	relationship: RelationshipFacts;
}

export interface MeetingFacts {
	kind: 'meeting';
	path: string;
	/** Link targets as written (without brackets), in order. */
	mentorLinks: string[];
	date: CalendarDate | null;
	time: string | null;
	items: ParsedItem[];
	problems: Problem[];
}

export interface OtherFacts {
	kind: 'other';
	path: string;
	problems: Problem[];
}

export type NoteFacts = MentorFacts | MeetingFacts | OtherFacts;

/** An item joined to its mentor, with its due date and whose court it is in. */
export interface Item extends ParsedItem {
	mentor: string;
	mentorPath: string;
	owner: Owner;
	/** The due date in force: explicit, from words, or the mentor's next meeting. */
	dueDate: CalendarDate | null;
	open: boolean;
	overdue: boolean;
	/** Days since the item was written (how long I have been waiting, for their items). */
	age: number | null;
}

/** A dated meeting note that links a mentor. */
export interface MeetingNote {
	readonly date: CalendarDate;
	readonly path: string;
}

export interface MentorSummary {
	readonly name: string;
	readonly path: string;
	readonly aliases: readonly string[];
	readonly roles: readonly string[];
	readonly lifecycle: Lifecycle;
	readonly status: MentorStatus;
	readonly cadence: Cadence;
	/** True when the note has no readable cadence and the default applies. */
	readonly cadenceIsDefault: boolean;
	readonly lastContact: CalendarDate | null;
	readonly daysSinceContact: number | null;
	readonly nextDue: CalendarDate | null;
	readonly nextMeeting: NextMeeting | null;
	readonly ball: Ball;
	readonly openMine: number;
	readonly openTheirs: number;
	readonly overdueMine: number;
	readonly snoozedUntil: CalendarDate | null;
	/** Every day of contact we know of, oldest first (for the history chart). */
	readonly contacts: readonly CalendarDate[];
	/** The dated meeting notes that link the mentor, up to today, by date then path (the timeline names them). */
	readonly meetingNotes: readonly MeetingNote[];
	readonly email: string | null;
	readonly institution: string | null;
	readonly since: string | null;
	/** Role and status changes, dated headings and the keep-warm cadence, as the note holds them. */
	readonly relationship: RelationshipFacts;
}

export type CoverageState = 'missing' | 'ok' | 'over';

export interface CoverageRow {
	/** A role name, or `team` for the whole team. */
	readonly role: string;
	readonly count: number;
	readonly min: number;
	readonly max: number;
	readonly state: CoverageState;
	/** Names of the active mentors in this role. */
	readonly mentors: readonly string[];
}

export interface TeamSnapshot {
	readonly today: CalendarDate;
	/** The tags that mark whose court an item is in (from the settings): the words shown leave them out. */
	readonly markerTags: MarkerTags;
	readonly mentors: readonly MentorSummary[];
	/** Every item, in file order. */
	readonly items: readonly Item[];
	readonly coverage: readonly CoverageRow[];
	readonly problems: readonly Problem[];
}
