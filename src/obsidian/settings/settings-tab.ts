import { PluginSettingTab, Setting, requireApiVersion, type App, type Plugin, type SettingDefinitionItem } from 'obsidian';
import { isBuiltInRole, newRoleName, newRoleProblem } from '../../core/role-settings';
import type { MentorRallySettings } from '../../core/settings';
import type { PluginDataStore } from '../plugin-data';
import { roleTargetSettingFor } from './controls/role-targets-setting';
import type { SettingValue, SettingsHost, ValueSetting } from './controls/setting-control';
import { SETTING_SECTIONS, VALUE_SETTINGS } from './schema';
import { showProblem } from './show-problem';
import { SettingsStaging } from './staging';

/**
 * The settings tab. The settings are described once (schema.ts); on Obsidian 1.13+ they become
 * declarative definitions (drawn by Obsidian, found by its settings search), on older versions
 * display() draws the same controls. A value is checked as it is given, the problem shown under
 * the setting, and only a valid value is saved; saving notifies the rest of the plugin, so
 * nothing needs a restart.
 */
export class MentorRallySettingTab extends PluginSettingTab implements SettingsHost {
	private readonly staging: SettingsStaging;
	/** True once display() drew the tab (Obsidian before 1.13); false while the declarative API draws it. */
	private imperative = false;

	constructor(app: App, plugin: Plugin, data: PluginDataStore) {
		super(app, plugin);
		this.staging = new SettingsStaging(data);
		if (requireApiVersion('1.11.0')) this.icon = 'users';
	}

	get settings(): MentorRallySettings {
		return this.staging.saved;
	}

	// --- Obsidian 1.13+: declarative settings

	override getSettingDefinitions(): SettingDefinitionItem[] {
		return SETTING_SECTIONS.map((section): SettingDefinitionItem => {
			const items = section.controls.flatMap((control) => control.describe(this));
			// A folded section is a sub-page: one entry on the tab, its rows a click away.
			return section.collapsed ? { type: 'page', name: section.heading, desc: section.desc ?? '', items: [{ type: 'group', items }] } : { type: 'group', heading: section.heading, items };
		});
	}

	override getControlValue(key: string): unknown {
		const control = controlFor(key);
		return control ? this.shownValue(control) : undefined;
	}

	/** Keeps a value the user entered; a value that fails its check is refused (nothing is saved). */
	override async setControlValue(key: string, value: unknown): Promise<void> {
		const control = controlFor(key);
		if (!control) return;
		const accepted = this.accept(control, value);
		if ('problem' in accepted) this.staging.discard((k) => k === key);
		else await this.staging.stage(control, accepted.value);
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
			const heading = new Setting(containerEl).setName(section.heading).setHeading();
			if (!section.collapsed) {
				for (const control of section.controls) control.draw(containerEl, this);
				continue;
			}
			// Folded: a heading that opens and closes the group, closed on every visit to the tab.
			heading.setDesc(section.desc ?? '');
			const body = containerEl.createDiv({ cls: 'mentor-rally-settings-group' });
			body.hide();
			for (const control of section.controls) control.draw(body, this);
			heading.addExtraButton((button) => {
				let open = false;
				const show = (next: boolean): void => {
					open = next;
					body.toggle(open);
					button.setIcon(open ? 'chevron-down' : 'chevron-right').setTooltip(open ? `Hide ${section.heading.toLowerCase()}` : `Show ${section.heading.toLowerCase()}`);
					button.extraSettingsEl.setAttribute('aria-expanded', String(open));
				};
				show(false);
				button.onClick(() => show(!open));
			});
		}
	}

	// --- What the controls ask of the tab (SettingsHost)

	shownValue<V extends SettingValue>(control: ValueSetting<V>): V {
		return this.staging.shownValue(control);
	}

	problemOf(control: ValueSetting<SettingValue>, given: unknown): string | null {
		const accepted = this.accept(control, given);
		return 'problem' in accepted ? accepted.problem : null;
	}

	edit(setting: Setting, control: ValueSetting<SettingValue>, given: unknown): void {
		const accepted = this.accept(control, given);
		showProblem(setting, 'problem' in accepted ? accepted.problem : null);
		if ('problem' in accepted) this.staging.discard((key) => key === control.key);
		else void this.staging.stage(control, accepted.value);
	}

	/** The value given, read as the setting's type and checked against the settings being edited; or why not. */
	private accept(control: ValueSetting<SettingValue>, given: unknown): { value: SettingValue } | { problem: string } {
		const read = control.read(given);
		if ('problem' in read) return read;
		const problem = control.check(read.value, this.staging.draft());
		return problem === null ? read : { problem };
	}

	/** Adds a custom role with a target of one (edit it in its row). Resolves false when refused. */
	async addRole(setting: Setting | null, name: string): Promise<boolean> {
		await this.flush();
		const problem = newRoleProblem(name, this.settings.roleTargets);
		if (setting) showProblem(setting, problem);
		if (problem) return false;
		const role = newRoleName(name);
		await this.staging.save((draft) => {
			draft.roleTargets.push({ role, min: 1, max: 1 });
		});
		this.redraw();
		return true;
	}

	async removeRole(role: string): Promise<void> {
		if (isBuiltInRole(role)) return;
		await this.flush();
		this.staging.discard((key) => key.startsWith(`roleTargets.${role}.`));
		await this.staging.save((draft) => {
			draft.roleTargets = draft.roleTargets.filter((t) => t.role !== role);
		});
		this.redraw();
	}

	/** Saves every value still waiting. */
	flush(): Promise<void> {
		return this.staging.flush();
	}

	/** Draws the tab again after rows were added or removed. */
	private redraw(): void {
		if (this.imperative) this.draw();
		else if (requireApiVersion('1.13.0')) this.update();
	}
}

function controlFor(key: string): ValueSetting<SettingValue> | null {
	return VALUE_SETTINGS.get(key) ?? roleTargetSettingFor(key);
}
