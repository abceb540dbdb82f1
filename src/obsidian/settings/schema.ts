import { formatSynonyms, parseSynonyms } from '../../core/role-settings';
import { DEFAULT_SETTINGS, type DateOrder } from '../../core/settings';
import { cadenceProblem, dateOrderProblem, fileProblem, folderProblem, isDateOrder, rangeProblem, tagName, tagProblem } from '../../core/settings-rules';
import { DropdownSetting } from './controls/dropdown-setting';
import { FileSetting } from './controls/file-setting';
import { FolderSetting } from './controls/folder-setting';
import { NumberSetting } from './controls/number-setting';
import { RoleTargetsSetting } from './controls/role-targets-setting';
import { ValueSetting, type SettingControl, type SettingValue } from './controls/setting-control';
import { TextAreaSetting } from './controls/textarea-setting';
import { TextSetting } from './controls/text-setting';
import { ToggleSetting } from './controls/toggle-setting';
import { field } from './field';
import { PROPERTY_SETTINGS } from './property-settings';
import { MEETING_LOOP_SECTION } from './meeting-loop-settings';
import { RELATIONSHIP_SECTION } from './relationship-settings';

/**
 * Every setting, described once as data: the same objects give Obsidian 1.13's declarative
 * definitions and draw the tab on older versions. The rules of a valid value live in the core
 * (settings-rules, role-settings); this file only says which rule and which words go where.
 */
export interface SettingSection {
	heading: string;
	controls: readonly SettingControl[];
	/** Shown folded until the user opens it. */
	collapsed?: boolean;
	/** What a folded section holds, shown while it is closed. */
	desc?: string;
}

const TEAM_SIZE = { min: 'the smallest complete team', max: 'the largest team' };
const trimmed = (text: string): string => text.trim();

export const SETTING_SECTIONS: readonly SettingSection[] = [
	{
		heading: 'Folders',
		controls: [
			new FolderSetting(field('mentorsFolder'), {
				name: 'Mentors folder',
				desc: 'Every note in this folder, and in the folders inside it, is a mentor note. Leave it empty to find mentors by their type property or tag only.',
				placeholder: 'e.g. Mentors',
				check: folderProblem,
			}),
			new FolderSetting(field('meetingsFolder'), {
				name: 'Meetings folder',
				desc: 'Where the start meeting command creates meeting notes. Leave it empty for the vault root.',
				placeholder: 'e.g. Meetings',
				check: folderProblem,
			}),
			new FileSetting(field('meetingTemplate', { save: trimmed }), {
				name: 'Meeting template',
				desc: 'A note to copy into each new meeting note. Leave it empty for the built-in template.',
				aliases: ['template'],
				placeholder: 'e.g. Templates/Meeting note.md',
				check: fileProblem,
			}),
			new FolderSetting(field('newMentorFolder'), {
				name: 'New mentors folder',
				desc: 'Where the new mentor command creates mentor notes. Leave it empty to use the mentors folder, or the vault root.',
				check: folderProblem,
			}),
		],
	},
	{
		heading: 'Reminders',
		controls: [
			new ToggleSetting(field('remindersEnabled'), {
				name: 'Reminders',
				desc: 'Show a notice for meetings due, items due or overdue and replies owed: each thing at most once a day.',
				aliases: ['notifications', 'notices'],
			}),
			new NumberSetting(field('reminderIntervalMinutes'), {
				name: 'Check every (minutes)',
				desc: 'How often to look for something new to remind you of.',
				aliases: ['reminder interval'],
				min: 1,
				max: 24 * 60,
			}),
			new ToggleSetting(field('showStatusBar'), {
				name: 'Status bar count',
				desc: 'Show in the status bar how many things in your court are due today or overdue. Click it to open the dashboard.',
			}),
			new ToggleSetting(field('systemNotifications'), {
				name: 'Desktop notifications',
				desc: 'On a computer, show reminders as a system notification when the system allows it; click it to open the dashboard. Phones and tablets keep the notice in Obsidian.',
				aliases: ['system notification', 'notifications'],
			}),
		],
	},
	{
		heading: 'Calendar',
		controls: [
			new FolderSetting(field('calendarFolder'), {
				name: 'Calendar folder',
				desc: 'Where add to calendar writes its .ics files, and where the calendar feed is kept. Leave it empty for the Mentor Rally folder.',
				aliases: ['ics'],
				check: folderProblem,
			}),
			new ToggleSetting(field('calendarFeed'), {
				name: 'Calendar feed',
				desc: 'Keep mentor-rally.ics in the calendar folder current: every booked meeting and every item with a due date, as events with reminders. It is rewritten only when an event changes.',
				aliases: ['ics', 'subscribe'],
			}),
			new ToggleSetting(field('calendarItemText'), {
				name: 'Item text in calendar events',
				desc: 'Put what each item says into its event. Off, events give counts only, such as 2 items due for Dr. Lee: calendars are often synced to other services or shared.',
				aliases: ['ics', 'privacy'],
			}),
		],
	},
	{
		heading: 'Team',
		controls: [
			new RoleTargetsSetting({ name: 'Role targets', desc: 'How many active mentors you want in each role: at least, and at most.' }),
			new NumberSetting(field('teamTarget.min'), {
				name: 'Smallest complete team',
				desc: 'A complete team has at least this many active mentors.',
				aliases: ['team size'],
				min: 0,
				max: 99,
				check: (value, settings) => rangeProblem('min', value, settings.teamTarget, TEAM_SIZE),
			}),
			new NumberSetting(field('teamTarget.max'), {
				name: 'Largest team',
				desc: 'More active mentors than this is more than you can keep up with.',
				aliases: ['team size'],
				min: 0,
				max: 99,
				check: (value, settings) => rangeProblem('max', value, settings.teamTarget, TEAM_SIZE),
			}),
			new TextSetting(field('defaultCadence', { save: trimmed }), {
				name: 'Default cadence',
				desc: 'How often to meet a mentor whose note gives no cadence, such as every 2 weeks, monthly or 10d.',
				placeholder: 'e.g. monthly',
				check: cadenceProblem,
			}),
			new NumberSetting(field('dueSoonDays'), {
				name: 'Due-soon window',
				desc: 'A meeting due within this many days shows as due, so there is time to book it.',
				min: 0,
				max: 365,
			}),
			new TextAreaSetting(field('roleSynonyms', { show: formatSynonyms, save: (text: string, draft) => parseSynonyms(text).map ?? draft.roleSynonyms }), {
				name: 'Role synonyms',
				desc: 'Other ways you write a role, one per line: the words you write, an equals sign, and the role they mean. For example: resident = support.',
				aliases: ['roles'],
				placeholder: 'e.g. resident = support',
				check: (text) => parseSynonyms(text).problem,
			}),
		],
	},
	{
		heading: 'Tags and dates',
		controls: [
			new TextSetting(field('mentorTag', { save: tagName }), {
				name: 'Mentor tag',
				desc: 'A note with this tag, or a tag nested under it, is a mentor note. Write it without the #.',
				check: tagProblem,
			}),
			new TextSetting(field('ownerTag', { save: tagName }), {
				name: 'Their items tag',
				desc: 'An item with this tag is one the mentor owes you; other items are yours. Write it without the #.',
				aliases: ['owner tag', 'their court'],
				check: tagProblem,
			}),
			new TextSetting(field('replyTag', { save: tagName }), {
				name: 'Reply tag',
				desc: 'An item with this tag is an email you owe an answer to. Write it without the #.',
				aliases: ['email'],
				check: tagProblem,
			}),
			new NumberSetting(field('replyWindowDays'), {
				name: 'Reply window',
				desc: 'How many days you give yourself to answer an email.',
				aliases: ['email'],
				min: 0,
				max: 365,
			}),
			new DropdownSetting(field('dateOrder', { save: (order: string): DateOrder => (isDateOrder(order) ? order : DEFAULT_SETTINGS.dateOrder) }), {
				name: 'Date order',
				desc: 'How to read a date written with slashes, such as 3/12, in an item.',
				aliases: ['day first', 'month first'],
				options: { 'month-first': 'Month first: 3/12 is 12 March', 'day-first': 'Day first: 3/12 is 3 December' },
				check: dateOrderProblem,
			}),
		],
	},
	RELATIONSHIP_SECTION,
	MEETING_LOOP_SECTION,
	// Rarely changed, and long: folded away (a sub-page on Obsidian 1.13+, a collapsed group before).
	{
		heading: 'Property names',
		controls: PROPERTY_SETTINGS,
		collapsed: true,
		desc: 'The frontmatter properties the plugin reads and writes. Change them only if your notes use other names.',
	},
];

/** Every setting with one value, by control key. */
export const VALUE_SETTINGS: ReadonlyMap<string, ValueSetting<SettingValue>> = new Map(
	SETTING_SECTIONS.flatMap((section) => section.controls).flatMap((control): [string, ValueSetting<SettingValue>][] => (control instanceof ValueSetting ? [[control.key, control]] : [])),
);
