/**
 * Every setting Mentor Rally has, as one typed object with defaults. The plugin saves it
 * in `.obsidian/plugins/mentor-rally/data.json` (under `settings`); the command-line twin
 * reads the same file so both see the team the same way.
 */
import { isRecord } from './collections';
import { readFirstSeen, type FirstSeenDays } from './first-seen';
import { isDateOrder } from './settings-rules';
import { DEFAULT_RELATIONSHIP_SETTINGS, readRelationshipSettings, type RelationshipSettings } from './relationship/relationship-settings';
import { count, folder, nonEmptyString, range, roleTargets, synonyms, tag } from './saved-values';

export interface RoleTarget {
	/** The role key (roleKey: lower case, `-` and `_` as spaces): `research`, `support`, `sponsor` or a custom role. */
	readonly role: string;
	readonly min: number;
	readonly max: number;
}

export interface PropertyNames {
	readonly type: string;
	readonly role: string;
	readonly cadence: string;
	readonly lastContact: string;
	readonly nextMeeting: string;
	readonly status: string;
	readonly snoozeUntil: string;
	readonly email: string;
	readonly institution: string;
	readonly since: string;
	/** On a meeting note: the link to the mentor (or a list of links for a group meeting). */
	readonly mentor: string;
	/** On a meeting note: the day it took place. */
	readonly date: string;
}

export type DateOrder = 'month-first' | 'day-first';

/**
 * The settings in force. Read-only all the way down: every part of the plugin may share one
 * settings object without copying it, and a change is a new object (see PluginDataStore).
 */
export interface MentorRallySettings {
	/** Notes in this folder (and below) are mentor notes. Empty: no folder rule. */
	readonly mentorsFolder: string;
	/** A note tagged with this tag (or a nested tag under it) is a mentor note. */
	readonly mentorTag: string;
	readonly properties: PropertyNames;
	/** Other ways people write a role, mapped to the role they mean (both sides role keys). */
	readonly roleSynonyms: Readonly<Record<string, string>>;
	readonly roleTargets: readonly RoleTarget[];
	/** How many active mentors make a complete team. */
	readonly teamTarget: { readonly min: number; readonly max: number };
	/** Used when a mentor note has no cadence. */
	readonly defaultCadence: string;
	/** A meeting due within this many days counts as "due" rather than "ok". */
	readonly dueSoonDays: number;
	/** Tag (without `#`) that marks an item the mentor owes me. */
	readonly ownerTag: string;
	/** Tag (without `#`) that marks an email I owe a reply to. */
	readonly replyTag: string;
	/** How many days I give myself to answer an email. */
	readonly replyWindowDays: number;
	/** How to read `3/12`: 12 March (month-first) or 3 December (day-first). */
	readonly dateOrder: DateOrder;
	/** Prospects, follow-ups and keeping alumni warm (a group of its own: relationship/relationship-settings). */
	readonly relationships: RelationshipSettings;

	// Plugin surfaces; the core ignores these.
	readonly meetingsFolder: string;
	/** Path of a note used as the template for new meeting notes. Empty: the built-in template. */
	readonly meetingTemplate: string;
	/** Folder for notes made by the "new mentor" command. Empty: the mentors folder, else the vault root. */
	readonly newMentorFolder: string;
	readonly remindersEnabled: boolean;
	readonly reminderIntervalMinutes: number;
	readonly showStatusBar: boolean;
	/** On desktop, reminders as a system notification (when allowed) instead of a notice. */
	readonly systemNotifications: boolean;
	/** Where "Add to calendar" writes its .ics files, and where the feed lives. */
	readonly calendarFolder: string;
	/** Keep `<calendarFolder>/mentor-rally.ics` current: every booked meeting and dated item. */
	readonly calendarFeed: boolean;
	/** Item text in calendar events; off, they say counts only (a calendar is often shared or synced elsewhere). */
	readonly calendarItemText: boolean;

	// The meeting loop (prepare, wrap up, close the loop, keep them updated): issue 12.
	/** Tag (without `#`) on an item that is a question to ask at the next meeting. */
	readonly askTag: string;
	/** Tag (without `#`) on an item that closes the loop: thanking a mentor and telling them how it went. */
	readonly loopTag: string;
	/** Folder for the notes written by "Draft an update". */
	readonly updatesFolder: string;
	/** Mentor property: the day the last progress update was sent. */
	readonly lastUpdateProperty: string;
	/** Mentor property: how often to send a progress update (read like a cadence); none means no update reminders. */
	readonly updateCadenceProperty: string;
}

/** Removes `readonly`, all the way down: the type of a copy being edited. */
type Mutable<T> = T extends string | number | boolean ? T : T extends readonly (infer E)[] ? Mutable<E>[] : { -readonly [K in keyof T]: Mutable<T[K]> };

/** A copy of the settings being edited (the settings tab's staging, updateSettings' draft). */
export type SettingsDraft = Mutable<MentorRallySettings>;

/** A copy of the settings that may be edited. */
export function draftOf(settings: MentorRallySettings): SettingsDraft {
	return JSON.parse(JSON.stringify(settings)) as SettingsDraft;
}

export const DEFAULT_SETTINGS: MentorRallySettings = deepFreeze({
	mentorsFolder: '',
	mentorTag: 'mentor',
	properties: {
		type: 'type',
		role: 'role',
		cadence: 'cadence',
		lastContact: 'last_contact',
		nextMeeting: 'next_meeting',
		status: 'status',
		snoozeUntil: 'snooze_until',
		email: 'email',
		institution: 'institution',
		since: 'since',
		mentor: 'mentor',
		date: 'date',
	},
	roleSynonyms: {
		'research mentor': 'research',
		'research advisor': 'research',
		supporter: 'support',
		'support mentor': 'support',
		resident: 'support',
		'peer mentor': 'support',
		sponsors: 'sponsor',
	},
	roleTargets: [
		{ role: 'research', min: 1, max: 1 },
		{ role: 'support', min: 1, max: 2 },
		{ role: 'sponsor', min: 1, max: 2 },
	],
	teamTarget: { min: 4, max: 5 },
	defaultCadence: 'every 2 weeks',
	dueSoonDays: 3,
	ownerTag: 'theirs',
	replyTag: 'reply',
	replyWindowDays: 1,
	dateOrder: 'month-first',
	relationships: DEFAULT_RELATIONSHIP_SETTINGS,
	meetingsFolder: 'Meetings',
	meetingTemplate: '',
	newMentorFolder: '',
	remindersEnabled: true,
	reminderIntervalMinutes: 30,
	showStatusBar: true,
	systemNotifications: false,
	calendarFolder: 'Mentor Rally',
	calendarFeed: false,
	calendarItemText: false,
	// The meeting loop.
	askTag: 'ask',
	loopTag: 'loop',
	updatesFolder: 'Updates',
	lastUpdateProperty: 'last_update',
	updateCadenceProperty: 'update_cadence',
});

/** Frozen, so sharing the defaults (normalizeSettings does) cannot let one user change them for all. */
function deepFreeze<T>(value: T): T {
	if (typeof value === 'object' && value !== null) {
		for (const part of Object.values(value)) deepFreeze(part);
		Object.freeze(value);
	}
	return value;
}

/**
 * Settings from saved data, with every missing or mistyped field replaced by its default,
 * so an old or hand-edited `data.json` can never break the plugin.
 */
export function normalizeSettings(saved: unknown): MentorRallySettings {
	const raw = isRecord(saved) ? saved : {};
	const d = DEFAULT_SETTINGS;
	const props = isRecord(raw.properties) ? raw.properties : {};
	const properties = {} as Mutable<PropertyNames>;
	for (const key of Object.keys(d.properties) as (keyof PropertyNames)[]) {
		properties[key] = nonEmptyString(props[key]) ?? d.properties[key];
	}
	return {
		mentorsFolder: folder(raw.mentorsFolder) ?? d.mentorsFolder,
		mentorTag: tag(raw.mentorTag) ?? d.mentorTag,
		properties,
		roleSynonyms: synonyms(raw.roleSynonyms) ?? d.roleSynonyms,
		roleTargets: roleTargets(raw.roleTargets) ?? d.roleTargets,
		teamTarget: range(raw.teamTarget) ?? d.teamTarget,
		defaultCadence: nonEmptyString(raw.defaultCadence) ?? d.defaultCadence,
		dueSoonDays: count(raw.dueSoonDays, 0, 365) ?? d.dueSoonDays,
		ownerTag: tag(raw.ownerTag) ?? d.ownerTag,
		replyTag: tag(raw.replyTag) ?? d.replyTag,
		replyWindowDays: count(raw.replyWindowDays, 0, 365) ?? d.replyWindowDays,
		dateOrder: isDateOrder(raw.dateOrder) ? raw.dateOrder : d.dateOrder,
		relationships: readRelationshipSettings(raw.relationships),
		meetingsFolder: folder(raw.meetingsFolder) ?? d.meetingsFolder,
		meetingTemplate: typeof raw.meetingTemplate === 'string' ? raw.meetingTemplate.trim() : d.meetingTemplate,
		newMentorFolder: folder(raw.newMentorFolder) ?? d.newMentorFolder,
		remindersEnabled: typeof raw.remindersEnabled === 'boolean' ? raw.remindersEnabled : d.remindersEnabled,
		reminderIntervalMinutes: count(raw.reminderIntervalMinutes, 1, 24 * 60) ?? d.reminderIntervalMinutes,
		showStatusBar: typeof raw.showStatusBar === 'boolean' ? raw.showStatusBar : d.showStatusBar,
		systemNotifications: typeof raw.systemNotifications === 'boolean' ? raw.systemNotifications : d.systemNotifications,
		// An empty folder would put the files at the vault's root, among the notes: the default instead.
		calendarFolder: folder(raw.calendarFolder) || d.calendarFolder,
		calendarFeed: typeof raw.calendarFeed === 'boolean' ? raw.calendarFeed : d.calendarFeed,
		calendarItemText: typeof raw.calendarItemText === 'boolean' ? raw.calendarItemText : d.calendarItemText,
		// The meeting loop.
		askTag: tag(raw.askTag) ?? d.askTag,
		loopTag: tag(raw.loopTag) ?? d.loopTag,
		updatesFolder: folder(raw.updatesFolder) ?? d.updatesFolder,
		lastUpdateProperty: nonEmptyString(raw.lastUpdateProperty) ?? d.lastUpdateProperty,
		updateCadenceProperty: nonEmptyString(raw.updateCadenceProperty) ?? d.updateCadenceProperty,
	};
}

/**
 * The settings inside what the plugin saved: `loadData()`'s result in the plugin, the parsed
 * `data.json` in the command line. The current shape keeps them under `settings`; an early
 * version saved the flat settings object; anything else gives the defaults.
 */
export function settingsFromSavedData(raw: unknown): MentorRallySettings {
	if (!isRecord(raw)) return normalizeSettings({});
	const saved = isRecord(raw.settings) ? raw.settings : 'settings' in raw ? {} : raw;
	return normalizeSettings(saved);
}

export interface SavedSettingsReading {
	settings: MentorRallySettings;
	/** The first-seen days of lines in undated sections (see first-seen.ts); empty when there are none. */
	firstSeen: FirstSeenDays;
	/** Why the text cannot be used as the plugin's data (the settings are then the defaults), or null. */
	problem: string | null;
}

/**
 * `data.json`'s text as the plugin would read it. Text that is not a JSON object is a problem
 * to report, not a reason to guess: a team read with other settings than the plugin's would
 * differ from the dashboard without saying so.
 */
export function settingsFromSavedText(text: string): SavedSettingsReading {
	let raw: unknown;
	try {
		raw = JSON.parse(text);
	} catch (error) {
		return { settings: normalizeSettings({}), firstSeen: new Map(), problem: `it is not valid JSON (${error instanceof Error ? error.message : String(error)})` };
	}
	if (!isRecord(raw)) return { settings: normalizeSettings({}), firstSeen: new Map(), problem: 'it is valid JSON but not an object of settings' };
	return { settings: settingsFromSavedData(raw), firstSeen: readFirstSeen(raw.firstSeen), problem: null };
}
