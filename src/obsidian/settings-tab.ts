import {
	Notice,
	PluginSettingTab,
	Setting,
	requireApiVersion,
	type App,
	type Plugin,
	type SettingDefinitionItem,
	type SettingGroupItem,
	type TFile,
} from 'obsidian';
import { parseCadence } from '../core/cadence';
import { DEFAULT_SETTINGS, type MentorRallySettings, type PropertyNames } from '../core/settings';
import type { PluginDataStore } from './plugin-data';
import { capitalize } from '../core/format';
import { trimSlashes } from '../core/text';
import { setOwn } from '../core/collections';
import { roleKey } from '../core/roles';

/**
 * The settings tab. Every setting is described once, as data (SETTING_SECTIONS); the same
 * descriptions produce the declarative definitions of Obsidian 1.13+ (which put the settings in
 * Obsidian's settings search) and the imperative display() that older versions call.
 * A value is checked as it is typed, the problem shown under the setting, and only a valid
 * value is saved; saving notifies the rest of the plugin, so nothing needs a restart.
 */

// ---------------------------------------------------------------------------------------------
// The settings, as data

interface FieldBase<V> {
	/** The control key (getControlValue/setControlValue): the setting's path in the settings object. */
	key: string;
	name: string;
	desc: string;
	/** More words the settings search should find the setting by. */
	aliases?: string[];
	get(settings: MentorRallySettings): V;
	set(draft: MentorRallySettings, value: V): void;
	/** Why the value cannot be saved (a sentence for the user), or null when it can. */
	check?(value: V, settings: MentorRallySettings): string | null;
}

export interface TextField extends FieldBase<string> {
	kind: 'text' | 'textarea' | 'folder' | 'file';
	placeholder?: string;
}

export interface NumberField extends FieldBase<number> {
	kind: 'number';
	min: number;
	max: number;
}

export interface ToggleField extends FieldBase<boolean> {
	kind: 'toggle';
}

export interface DropdownField extends FieldBase<string> {
	kind: 'dropdown';
	options: Record<string, string>;
}

/** The role targets: a row per role (at least, at most, remove) and a row to add a role. */
export interface RoleTargetsField {
	kind: 'role-targets';
	key: 'roleTargets';
	name: string;
	desc: string;
}

export type SettingField = TextField | NumberField | ToggleField | DropdownField | RoleTargetsField;
type ValueField = Exclude<SettingField, RoleTargetsField>;

export interface SettingSection {
	heading: string;
	fields: SettingField[];
}

const PROPERTY_FIELDS: { key: keyof PropertyNames; name: string; desc: string }[] = [
	{ key: 'type', name: 'Type property', desc: 'A note whose type property is "mentor" is a mentor note.' },
	{ key: 'role', name: 'Role property', desc: 'The mentor\'s role or roles: research, support, sponsor or one of your own.' },
	{ key: 'cadence', name: 'Cadence property', desc: 'How often to meet, such as every 2 weeks or monthly.' },
	{ key: 'lastContact', name: 'Last contact property', desc: 'The day you were last in touch.' },
	{ key: 'nextMeeting', name: 'Next meeting property', desc: 'A meeting you have booked: a date, or a date and a time.' },
	{ key: 'status', name: 'Status property', desc: 'Active, paused or alumni. Paused and alumni mentors get no reminders.' },
	{ key: 'snoozeUntil', name: 'Snooze property', desc: 'No reminders for this mentor until this day.' },
	{ key: 'email', name: 'Email property', desc: 'The mentor\'s email address.' },
	{ key: 'institution', name: 'Institution property', desc: 'Where the mentor works.' },
	{ key: 'since', name: 'Since property', desc: 'When the mentorship began.' },
	{ key: 'mentor', name: 'Meeting mentor property', desc: 'On a meeting note: a link to the mentor, or a list of links for a group meeting.' },
	{ key: 'date', name: 'Meeting date property', desc: 'On a meeting note: the day the meeting took place.' },
];

export const SETTING_SECTIONS: readonly SettingSection[] = [
	{
		heading: 'Mentors',
		fields: [
			{
				kind: 'folder',
				key: 'mentorsFolder',
				name: 'Mentors folder',
				desc: 'Every note in this folder, and in the folders inside it, is a mentor note. Leave it empty to find mentors by their type property or tag only.',
				placeholder: 'Mentors',
				get: (s) => s.mentorsFolder,
				set: (d, v) => {
					d.mentorsFolder = v;
				},
				check: checkFolder,
			},
			{
				kind: 'text',
				key: 'mentorTag',
				name: 'Mentor tag',
				desc: 'A note with this tag, or a tag nested under it, is a mentor note. Write it without the #.',
				placeholder: DEFAULT_SETTINGS.mentorTag,
				get: (s) => s.mentorTag,
				set: (d, v) => {
					d.mentorTag = stripHash(v);
				},
				check: checkTag,
			},
		],
	},
	{
		heading: 'Properties',
		fields: PROPERTY_FIELDS.map(
			(p): TextField => ({
				kind: 'text',
				key: `properties.${p.key}`,
				name: p.name,
				desc: `${p.desc} Default: ${DEFAULT_SETTINGS.properties[p.key]}.`,
				aliases: ['frontmatter', 'property names'],
				placeholder: DEFAULT_SETTINGS.properties[p.key],
				get: (s) => s.properties[p.key],
				set: (d, v) => {
					d.properties[p.key] = v.trim();
				},
				check: (v, s) => checkProperty(p.key, v, s),
			}),
		),
	},
	{
		heading: 'Team',
		fields: [
			{
				kind: 'textarea',
				key: 'roleSynonyms',
				name: 'Role synonyms',
				desc: 'Other ways you write a role, one per line: the words you write, an equals sign, and the role they mean. For example: resident = support.',
				aliases: ['roles'],
				placeholder: 'resident = support',
				get: (s) => formatSynonyms(s.roleSynonyms),
				set: (d, v) => {
					d.roleSynonyms = parseSynonyms(v).map ?? d.roleSynonyms;
				},
				check: (v) => parseSynonyms(v).problem,
			},
			{
				kind: 'role-targets',
				key: 'roleTargets',
				name: 'Role targets',
				desc: 'How many active mentors you want in each role: at least, and at most.',
			},
			{
				kind: 'number',
				key: 'teamTarget.min',
				name: 'Smallest complete team',
				desc: 'A complete team has at least this many active mentors.',
				aliases: ['team size'],
				min: 0,
				max: 99,
				get: (s) => s.teamTarget.min,
				set: (d, v) => {
					d.teamTarget.min = v;
				},
				check: (v, s) => (v > s.teamTarget.max ? `Must not be more than the largest team (${s.teamTarget.max}).` : null),
			},
			{
				kind: 'number',
				key: 'teamTarget.max',
				name: 'Largest team',
				desc: 'More active mentors than this is more than you can keep up with.',
				aliases: ['team size'],
				min: 0,
				max: 99,
				get: (s) => s.teamTarget.max,
				set: (d, v) => {
					d.teamTarget.max = v;
				},
				check: (v, s) => (v < s.teamTarget.min ? `Must not be less than the smallest complete team (${s.teamTarget.min}).` : null),
			},
			{
				kind: 'text',
				key: 'defaultCadence',
				name: 'Default cadence',
				desc: 'How often to meet a mentor whose note gives no cadence, such as every 2 weeks, monthly or 10d.',
				placeholder: DEFAULT_SETTINGS.defaultCadence,
				get: (s) => s.defaultCadence,
				set: (d, v) => {
					d.defaultCadence = v.trim();
				},
				check: (v) => {
					const parsed = parseCadence(v);
					return parsed.ok ? null : sentence(parsed.message);
				},
			},
			{
				kind: 'number',
				key: 'dueSoonDays',
				name: 'Due-soon window',
				desc: 'A meeting due within this many days shows as due, so there is time to book it.',
				min: 0,
				max: 365,
				get: (s) => s.dueSoonDays,
				set: (d, v) => {
					d.dueSoonDays = v;
				},
			},
		],
	},
	{
		heading: 'Dates and items',
		fields: [
			{
				kind: 'text',
				key: 'ownerTag',
				name: 'Their items tag',
				desc: 'An item with this tag is one the mentor owes you; other items are yours. Write it without the #.',
				aliases: ['owner tag', 'their court'],
				placeholder: DEFAULT_SETTINGS.ownerTag,
				get: (s) => s.ownerTag,
				set: (d, v) => {
					d.ownerTag = stripHash(v);
				},
				check: checkTag,
			},
			{
				kind: 'text',
				key: 'replyTag',
				name: 'Reply tag',
				desc: 'An item with this tag is an email you owe an answer to. Write it without the #.',
				aliases: ['email'],
				placeholder: DEFAULT_SETTINGS.replyTag,
				get: (s) => s.replyTag,
				set: (d, v) => {
					d.replyTag = stripHash(v);
				},
				check: checkTag,
			},
			{
				kind: 'number',
				key: 'replyWindowDays',
				name: 'Reply window',
				desc: 'How many days you give yourself to answer an email.',
				aliases: ['email'],
				min: 0,
				max: 365,
				get: (s) => s.replyWindowDays,
				set: (d, v) => {
					d.replyWindowDays = v;
				},
			},
			{
				kind: 'dropdown',
				key: 'dateOrder',
				name: 'Date order',
				desc: 'How to read a date written with slashes, such as 3/12, in an item.',
				aliases: ['day first', 'month first'],
				options: { 'month-first': 'Month first: 3/12 is 12 March', 'day-first': 'Day first: 3/12 is 3 December' },
				get: (s) => s.dateOrder,
				set: (d, v) => {
					d.dateOrder = v === 'day-first' ? 'day-first' : 'month-first';
				},
				check: (v) => (v === 'day-first' || v === 'month-first' ? null : 'Choose month first or day first.'),
			},
		],
	},
	{
		heading: 'Notes',
		fields: [
			{
				kind: 'folder',
				key: 'meetingsFolder',
				name: 'Meetings folder',
				desc: 'Where the start meeting command creates meeting notes. Leave it empty for the vault root.',
				placeholder: DEFAULT_SETTINGS.meetingsFolder,
				get: (s) => s.meetingsFolder,
				set: (d, v) => {
					d.meetingsFolder = v;
				},
				check: checkFolder,
			},
			{
				kind: 'file',
				key: 'meetingTemplate',
				name: 'Meeting template',
				desc: 'A note to copy into each new meeting note. Leave it empty for the built-in template.',
				aliases: ['template'],
				placeholder: 'Templates/Meeting.md',
				get: (s) => s.meetingTemplate,
				set: (d, v) => {
					d.meetingTemplate = v.trim();
				},
				check: checkFile,
			},
			{
				kind: 'folder',
				key: 'newMentorFolder',
				name: 'New mentors folder',
				desc: 'Where the new mentor command creates mentor notes. Leave it empty to use the mentors folder, or the vault root.',
				get: (s) => s.newMentorFolder,
				set: (d, v) => {
					d.newMentorFolder = v;
				},
				check: checkFolder,
			},
		],
	},
	{
		heading: 'Reminders',
		fields: [
			{
				kind: 'toggle',
				key: 'remindersEnabled',
				name: 'Reminders',
				desc: 'Show a notice for meetings due, items due or overdue and replies owed: each thing at most once a day.',
				aliases: ['notifications', 'notices'],
				get: (s) => s.remindersEnabled,
				set: (d, v) => {
					d.remindersEnabled = v;
				},
			},
			{
				kind: 'number',
				key: 'reminderIntervalMinutes',
				name: 'Check every (minutes)',
				desc: 'How often to look for something new to remind you of.',
				aliases: ['reminder interval'],
				min: 1,
				max: 24 * 60,
				get: (s) => s.reminderIntervalMinutes,
				set: (d, v) => {
					d.reminderIntervalMinutes = v;
				},
			},
			{
				kind: 'toggle',
				key: 'showStatusBar',
				name: 'Status bar count',
				desc: 'Show in the status bar how many things in your court are due today or overdue. Click it to open the dashboard.',
				get: (s) => s.showStatusBar,
				set: (d, v) => {
					d.showStatusBar = v;
				},
			},
		],
	},
];

// ---------------------------------------------------------------------------------------------
// Checks and conversions (exported for tests)

/** Roles the plugin knows; they can be given other targets but not removed. */
export const BUILT_IN_ROLES: readonly string[] = ['research', 'support', 'sponsor'];

const FORBIDDEN_PATH_CHARS = /[\\:*?"<>|]/;

function checkFolder(value: string): string | null {
	const path = trimSlashes(value.trim());
	if (FORBIDDEN_PATH_CHARS.test(path)) return 'A folder path cannot contain \\ : * ? " < > or |.';
	if (path.split('/').some((part) => part === '.' || part === '..')) return 'Write the folder from the vault root, without . or .. parts.';
	return null;
}

function checkFile(value: string): string | null {
	const path = value.trim();
	if (path === '') return null;
	if (path.endsWith('/')) return 'This is a folder; choose a note.';
	return checkFolder(path);
}

function stripHash(value: string): string {
	return value.trim().replace(/^#+/, '');
}

function checkTag(value: string): string | null {
	const tag = stripHash(value);
	if (tag === '') return 'A tag is needed.';
	if (/[\s,.;:!?'"()[\]{}<>|\\&*%$@^+=~`]/u.test(tag)) return 'A tag cannot contain spaces or punctuation other than -, _ and /.';
	if (/^[\d/]+$/.test(tag)) return 'A tag needs at least one letter.';
	return null;
}

function checkProperty(key: keyof PropertyNames, value: string, settings: MentorRallySettings): string | null {
	const name = value.trim();
	if (name === '') return 'A property name is needed.';
	const other = PROPERTY_FIELDS.find((p) => p.key !== key && settings.properties[p.key].toLowerCase() === name.toLowerCase());
	return other ? `The ${other.name.toLowerCase()} already uses this name.` : null;
}

export function formatSynonyms(map: Readonly<Record<string, string>>): string {
	return Object.entries(map)
		.map(([from, to]) => `${from} = ${to}`)
		.join('\n');
}

/** "resident = support" lines (":" or "->" work too) into a map; blank lines are skipped. */
export function parseSynonyms(text: string): { map: Record<string, string> | null; problem: string | null } {
	const map: Record<string, string> = {};
	const lines = text.split(/\r?\n/);
	for (let i = 0; i < lines.length; i++) {
		const line = (lines[i] ?? '').trim();
		if (line === '') continue;
		// The first separator after the first character, found once: `^(.+?)\s*(?:=|:)\s*(.+)$`
		// backtracked quadratically on a long line with none.
		const separator = /=|->|→|:/u.exec(line.slice(1));
		const at = separator ? separator.index + 1 : -1;
		const from = separator ? roleKey(line.slice(0, at)) : undefined;
		const to = separator ? roleKey(line.slice(at + separator[0].length)) : undefined;
		if (!from || !to) return { map: null, problem: `Line ${i + 1} needs the words, an equals sign and the role, such as: resident = support.` };
		setOwn(map, from, to);
	}
	return { map, problem: null };
}

/** A role name as the core compares them: trimmed, lower case, single spaces. */
export function roleName(value: string): string {
	return value.trim().toLowerCase().replace(/\s+/g, ' ');
}

export function checkNewRole(value: string, settings: MentorRallySettings): string | null {
	const role = roleName(value);
	if (role === '') return 'Write the name of the role.';
	if (role === 'team') return '"team" is the whole team; choose another name.';
	if (!/^[\p{L}\p{N}][\p{L}\p{N} _-]*$/u.test(role)) return 'A role name can hold letters, numbers, spaces, - and _.';
	if (settings.roleTargets.some((t) => t.role === role)) return `There is already a ${role} role.`;
	return null;
}

/** A whole number typed into a text box, or a sentence saying what is wrong. */
function readCount(text: string, min: number, max: number): { value: number } | { problem: string } {
	const trimmed = text.trim();
	const value = /^\d+$/.test(trimmed) ? Number(trimmed) : Number.NaN;
	if (!Number.isInteger(value) || value < min || value > max) return { problem: `Enter a whole number from ${min} to ${max}.` };
	return { value };
}

function sentence(text: string): string {
	const capital = capitalize(text.trim());
	return /[.!?]$/.test(capital) ? capital : `${capital}.`;
}

/** Every field with a value, by control key. */
const VALUE_FIELDS = new Map<string, ValueField>(
	SETTING_SECTIONS.flatMap((s) => s.fields).flatMap((f): [string, ValueField][] => (f.kind === 'role-targets' ? [] : [[f.key, f]])),
);

/** The fields of one role's row: `roleTargets.<role>.min` and `.max`. */
function roleTargetField(key: string): NumberField | null {
	const match = /^roleTargets\.(.+)\.(min|max)$/.exec(key);
	const role = match?.[1];
	const end = match?.[2] as 'min' | 'max' | undefined;
	if (!role || !end) return null;
	return {
		kind: 'number',
		key,
		name: end === 'min' ? 'At least' : 'At most',
		desc: '',
		min: 0,
		max: 99,
		get: (s) => s.roleTargets.find((t) => t.role === role)?.[end] ?? 0,
		set: (d, v) => {
			const target = d.roleTargets.find((t) => t.role === role);
			if (target) target[end] = v;
		},
		check: (v, s) => {
			const target = s.roleTargets.find((t) => t.role === role);
			if (!target) return 'This role is no longer in the list.';
			if (end === 'min' && v > target.max) return `At least must not be more than at most (${target.max}).`;
			if (end === 'max' && v < target.min) return `At most must not be less than at least (${target.min}).`;
			return null;
		},
	};
}

// ---------------------------------------------------------------------------------------------
// The tab

/** How long typing pauses before a text value is saved (and the team re-read). */
export const TYPING_SAVE_DELAY_MS = 400;

type Pending = { field: ValueField; value: string | number | boolean };

export class MentorRallySettingTab extends PluginSettingTab {
	/** Valid values typed but not yet saved, by control key. */
	private readonly pending = new Map<string, Pending>();
	private timer: number | null = null;
	/** True once display() drew the tab (Obsidian before 1.13); false while the declarative API draws it. */
	private imperative = false;

	constructor(app: App, plugin: Plugin, private readonly data: PluginDataStore) {
		super(app, plugin);
		if (requireApiVersion('1.11.0')) this.icon = 'users';
	}

	// --- Obsidian 1.13+: declarative settings (rendered by Obsidian, found by its settings search)

	override getSettingDefinitions(): SettingDefinitionItem[] {
		return SETTING_SECTIONS.map((section) => ({
			type: 'group',
			heading: section.heading,
			items: section.fields.flatMap((field) => this.definitionsOf(field)),
		}));
	}

	override getControlValue(key: string): unknown {
		const field = this.fieldFor(key);
		if (!field) return undefined;
		const pending = this.pending.get(key);
		return pending ? pending.value : field.get(this.data.settings);
	}

	/** Saves a value the user entered; a value that fails its check is refused (nothing is saved). */
	override async setControlValue(key: string, value: unknown): Promise<void> {
		const field = this.fieldFor(key);
		if (!field) return;
		const typed = coerce(field, value);
		if (typed === null || this.problemOf(field, typed) !== null) {
			this.discard(field.key);
			return;
		}
		await this.stage(field, typed);
	}

	private definitionsOf(field: SettingField): SettingGroupItem[] {
		const base = { name: field.name, desc: field.desc, ...(field.kind !== 'role-targets' && field.aliases ? { aliases: field.aliases } : {}) };
		switch (field.kind) {
			case 'role-targets':
				return [
					...this.data.settings.roleTargets.map((target) => ({
						name: capitalize(target.role),
						desc: field.desc,
						aliases: ['role targets', 'coverage'],
						render: (setting: Setting) => this.renderRoleRow(setting, target.role),
					})),
					{ name: 'Add a role', desc: ADD_ROLE_DESC, aliases: ['custom role'], render: (setting: Setting) => this.renderAddRole(setting) },
				];
			case 'toggle':
				return [{ ...base, control: { type: 'toggle', key: field.key } }];
			case 'dropdown':
				return [{ ...base, control: { type: 'dropdown', key: field.key, options: field.options, validate: (v: string) => this.problemOf(field, v) ?? undefined } }];
			case 'number':
				return [
					{
						...base,
						control: {
							type: 'number',
							key: field.key,
							min: field.min,
							max: field.max,
							step: 1,
							validate: (v: number) => this.problemOf(field, v) ?? undefined,
						},
					},
				];
			case 'folder':
				return [{ ...base, control: { type: 'folder', key: field.key, placeholder: field.placeholder ?? '', includeRoot: false, validate: (v: string) => this.problemOf(field, v ?? '') ?? undefined } }];
			case 'file':
				return [
					{
						...base,
						control: {
							type: 'file',
							key: field.key,
							placeholder: field.placeholder ?? '',
							filter: (file: TFile) => file.extension === 'md',
							validate: (v: string) => this.problemOf(field, v ?? '') ?? undefined,
						},
					},
				];
			case 'text':
			case 'textarea':
				return [{ ...base, control: { type: field.kind, key: field.key, placeholder: field.placeholder ?? '', validate: (v: string) => this.problemOf(field, v ?? '') ?? undefined } }];
		}
	}

	// --- Before Obsidian 1.13: the same settings, drawn by hand

	override display(): void {
		this.imperative = true;
		this.draw();
	}

	override hide(): void {
		void this.flush();
		super.hide();
	}

	private draw(): void {
		const { containerEl } = this;
		containerEl.empty();
		for (const section of SETTING_SECTIONS) {
			new Setting(containerEl).setName(section.heading).setHeading();
			for (const field of section.fields) this.drawField(containerEl, field);
		}
	}

	private drawField(containerEl: HTMLElement, field: SettingField): void {
		if (field.kind === 'role-targets') {
			for (const target of this.data.settings.roleTargets) {
				this.renderRoleRow(new Setting(containerEl).setName(capitalize(target.role)).setDesc(field.desc), target.role);
			}
			this.renderAddRole(new Setting(containerEl).setName('Add a role').setDesc(ADD_ROLE_DESC));
			return;
		}
		const setting = new Setting(containerEl).setName(field.name).setDesc(field.desc);
		const current = this.getControlValue(field.key);
		switch (field.kind) {
			case 'toggle':
				setting.addToggle((toggle) => toggle.setValue(current === true).onChange((value) => this.edit(setting, field, value)));
				return;
			case 'dropdown':
				setting.addDropdown((dropdown) =>
					dropdown
						.addOptions(field.options)
						.setValue(String(current))
						.onChange((value) => this.edit(setting, field, value)),
				);
				return;
			case 'number':
				setting.addText((text) => {
					text.inputEl.type = 'number';
					text.inputEl.min = String(field.min);
					text.inputEl.max = String(field.max);
					text.setValue(String(current)).onChange((value) => this.editCount(setting, field, value));
				});
				return;
			case 'textarea':
				setting.addTextArea((area) => {
					area.inputEl.rows = 5;
					area
						.setPlaceholder(field.placeholder ?? '')
						.setValue(String(current))
						.onChange((value) => this.edit(setting, field, value));
				});
				return;
			case 'text':
			case 'folder':
			case 'file':
				setting.addText((text) =>
					text
						.setPlaceholder(field.placeholder ?? '')
						.setValue(String(current))
						.onChange((value) => this.edit(setting, field, value)),
				);
				return;
		}
	}

	// --- Rows shared by both ways of drawing: role targets

	private renderRoleRow(setting: Setting, role: string): void {
		for (const end of ['min', 'max'] as const) {
			const field = roleTargetField(`roleTargets.${role}.${end}`);
			if (!field) continue;
			if (end === 'max') setting.controlEl.createSpan({ text: 'to' });
			setting.addText((text) => {
				text.inputEl.type = 'number';
				text.inputEl.min = '0';
				text.inputEl.max = '99';
				text.inputEl.setAttribute('aria-label', end === 'min' ? `${capitalize(role)}: at least` : `${capitalize(role)}: at most`);
				text.setValue(String(this.getControlValue(field.key))).onChange((value) => this.editCount(setting, field, value));
			});
		}
		if (!BUILT_IN_ROLES.includes(role)) {
			setting.addExtraButton((button) =>
				button
					.setIcon('trash-2')
					.setTooltip('Remove this role')
					.onClick(() => {
						void this.removeRole(role);
					}),
			);
		}
	}

	private renderAddRole(setting: Setting): void {
		let name = '';
		setting.addText((text) =>
			text.setPlaceholder('Clinical').onChange((value) => {
				name = value;
				showProblem(setting, value.trim() === '' ? null : checkNewRole(value, this.data.settings));
			}),
		);
		setting.addButton((button) =>
			button.setButtonText('Add').onClick(() => {
				void this.addRole(setting, name);
			}),
		);
	}

	/** Adds a custom role with a target of one (edit it in its row). Resolves false when refused. */
	async addRole(setting: Setting | null, value: string): Promise<boolean> {
		await this.flush();
		const problem = checkNewRole(value, this.data.settings);
		if (setting) showProblem(setting, problem);
		if (problem) return false;
		const role = roleName(value);
		await this.save((draft) => {
			draft.roleTargets.push({ role, min: 1, max: 1 });
		});
		this.redraw();
		return true;
	}

	async removeRole(role: string): Promise<void> {
		if (BUILT_IN_ROLES.includes(role)) return;
		await this.flush();
		for (const key of [...this.pending.keys()]) if (key.startsWith(`roleTargets.${role}.`)) this.pending.delete(key);
		await this.save((draft) => {
			draft.roleTargets = draft.roleTargets.filter((t) => t.role !== role);
		});
		this.redraw();
	}

	/** Draws the tab again after rows were added or removed. */
	private redraw(): void {
		if (this.imperative) this.draw();
		else if (requireApiVersion('1.13.0')) this.update();
	}

	// --- Editing, checking and saving

	private fieldFor(key: string): ValueField | null {
		return VALUE_FIELDS.get(key) ?? roleTargetField(key);
	}

	/** The settings with the values still waiting to be saved: what a check compares against. */
	private effectiveSettings(): MentorRallySettings {
		const draft = JSON.parse(JSON.stringify(this.data.settings)) as MentorRallySettings;
		for (const { field, value } of this.pending.values()) applyValue(field, draft, value);
		return draft;
	}

	/** Why the value cannot be saved, or null. */
	problemOf(field: ValueField, value: string | number | boolean): string | null {
		if (field.kind === 'number') {
			if (typeof value !== 'number' || !Number.isInteger(value) || value < field.min || value > field.max) {
				return `Enter a whole number from ${field.min} to ${field.max}.`;
			}
			return field.check?.(value, this.effectiveSettings()) ?? null;
		}
		if (field.kind === 'toggle') return typeof value === 'boolean' ? null : 'Choose on or off.';
		if (typeof value !== 'string') return 'Enter text.';
		return field.check?.(value, this.effectiveSettings()) ?? null;
	}

	private edit(setting: Setting, field: ValueField, value: string | boolean): void {
		const problem = this.problemOf(field, value);
		showProblem(setting, problem);
		if (problem === null) void this.stage(field, value);
		else this.discard(field.key);
	}

	private editCount(setting: Setting, field: NumberField, text: string): void {
		const read = readCount(text, field.min, field.max);
		const problem = 'problem' in read ? read.problem : this.problemOf(field, read.value);
		showProblem(setting, problem);
		if (problem === null && 'value' in read) void this.stage(field, read.value);
		else this.discard(field.key);
	}

	/**
	 * Forgets a value typed on the way to one that is refused ("month" before "monthx"): what is
	 * saved stays the last value the user left valid.
	 */
	private discard(key: string): void {
		this.pending.delete(key);
	}

	/** Keeps a valid value; typed values are saved when typing pauses, choices at once. */
	private async stage(field: ValueField, value: string | number | boolean): Promise<void> {
		this.pending.set(field.key, { field, value });
		if (this.timer !== null) window.clearTimeout(this.timer);
		this.timer = null;
		if (field.kind === 'toggle' || field.kind === 'dropdown') {
			await this.flush();
			return;
		}
		this.timer = window.setTimeout(() => {
			this.timer = null;
			void this.flush();
		}, TYPING_SAVE_DELAY_MS);
	}

	/** Saves every value still waiting, in one change (one save, one rebuild of the team). */
	async flush(): Promise<void> {
		if (this.timer !== null) window.clearTimeout(this.timer);
		this.timer = null;
		if (this.pending.size === 0) return;
		const changes = [...this.pending.values()];
		this.pending.clear();
		await this.save((draft) => {
			for (const { field, value } of changes) applyValue(field, draft, value);
		});
	}

	private async save(change: (draft: MentorRallySettings) => void): Promise<void> {
		try {
			await this.data.updateSettings(change);
		} catch (error) {
			console.error('Mentor Rally: could not save settings.', error);
			new Notice('Your settings could not be saved. See the developer console for details.');
		}
	}
}

const ADD_ROLE_DESC = 'A role of your own, such as clinical or writing, to count on your team.';


function coerce(field: ValueField, value: unknown): string | number | boolean | null {
	switch (field.kind) {
		case 'toggle':
			return typeof value === 'boolean' ? value : null;
		case 'number':
			if (typeof value === 'number') return value;
			if (typeof value === 'string') {
				const read = readCount(value, field.min, field.max);
				return 'value' in read ? read.value : null;
			}
			return null;
		default:
			return typeof value === 'string' ? value : value === null || value === undefined ? '' : null;
	}
}

function applyValue(field: ValueField, draft: MentorRallySettings, value: string | number | boolean): void {
	if (field.kind === 'toggle') {
		if (typeof value === 'boolean') field.set(draft, value);
	} else if (field.kind === 'number') {
		if (typeof value === 'number') field.set(draft, value);
	} else if (typeof value === 'string') {
		field.set(draft, value);
	}
}

/** Error elements drawn by hand on Obsidian before 1.13, which has no Setting.setErrorMessage. */
const fallbackErrors = new WeakMap<Setting, HTMLElement>();

/** Shows (or clears, for null) a problem under a setting. */
export function showProblem(setting: Setting, message: string | null): void {
	if (requireApiVersion('1.13.0')) {
		setting.setErrorMessage(message);
		return;
	}
	let el = fallbackErrors.get(setting);
	if (message === null) {
		el?.remove();
		fallbackErrors.delete(setting);
		setting.settingEl.removeClass('is-invalid');
		return;
	}
	if (!el) {
		el = setting.descEl.createDiv({ cls: 'mod-warning' });
		fallbackErrors.set(setting, el);
	}
	el.setText(message);
	setting.settingEl.addClass('is-invalid');
}
