import { Setting, type SettingGroupItem } from 'obsidian';
import { capitalize } from '../../../core/format';
import { isBuiltInRole, newRoleProblem } from '../../../core/role-settings';
import { rangeProblem } from '../../../core/settings-rules';
import { showProblem } from '../show-problem';
import { NumberSetting } from './number-setting';
import type { SettingControl, SettingsHost } from './setting-control';

const ADD_ROLE_DESC = 'A role of your own, such as clinical or writing, to count on your team.';

type End = 'min' | 'max';

/** The number box of one end of one role's target; its control key is `roleTargets.<role>.<min|max>`. */
export function roleTargetSetting(role: string, end: End): NumberSetting {
	const find = <T extends { role: string }>(targets: readonly T[]): T | undefined => targets.find((t) => t.role === role);
	return new NumberSetting(
		{
			key: `roleTargets.${role}.${end}`,
			get: (settings) => find(settings.roleTargets)?.[end] ?? 0,
			set: (draft, value) => {
				const target = find(draft.roleTargets);
				if (target) target[end] = value;
			},
		},
		{
			name: end === 'min' ? 'At least' : 'At most',
			desc: '',
			min: 0,
			max: 99,
			check: (value, settings) => {
				const target = find(settings.roleTargets);
				if (!target) return 'This role is no longer in the list.';
				return rangeProblem(end, value, target, { min: 'at least', max: 'at most' }, end === 'min' ? 'At least' : 'At most');
			},
		},
	);
}

/** The role number box for a control key, or null when the key is not one. */
export function roleTargetSettingFor(key: string): NumberSetting | null {
	const match = /^roleTargets\.(.+)\.(min|max)$/.exec(key);
	const role = match?.[1];
	const end = match?.[2];
	return role && (end === 'min' || end === 'max') ? roleTargetSetting(role, end) : null;
}

/** The role targets: a row per role (at least, at most, remove) and a row to add a role. */
export class RoleTargetsSetting implements SettingControl {
	constructor(readonly words: { name: string; desc: string }) {}

	describe(host: SettingsHost): SettingGroupItem[] {
		const rows: SettingGroupItem[] = host.settings.roleTargets.map((target) => ({
			name: capitalize(target.role),
			desc: this.words.desc,
			aliases: ['role targets', 'coverage'],
			render: (setting: Setting) => this.renderRole(setting, target.role, host),
		}));
		rows.push({ name: 'Add a role', desc: ADD_ROLE_DESC, aliases: ['custom role'], render: (setting: Setting) => this.renderAdd(setting, host) });
		return rows;
	}

	draw(containerEl: HTMLElement, host: SettingsHost): void {
		for (const target of host.settings.roleTargets) {
			this.renderRole(new Setting(containerEl).setName(capitalize(target.role)).setDesc(this.words.desc), target.role, host);
		}
		this.renderAdd(new Setting(containerEl).setName('Add a role').setDesc(ADD_ROLE_DESC), host);
	}

	private renderRole(setting: Setting, role: string, host: SettingsHost): void {
		for (const end of ['min', 'max'] as const) {
			if (end === 'max') setting.controlEl.createSpan({ text: 'to' });
			roleTargetSetting(role, end).addInput(setting, host, `${capitalize(role)}: ${end === 'min' ? 'at least' : 'at most'}`);
		}
		if (!isBuiltInRole(role)) {
			setting.addExtraButton((button) =>
				button
					.setIcon('trash-2')
					.setTooltip('Remove this role')
					.onClick(() => {
						void host.removeRole(role);
					}),
			);
		}
	}

	private renderAdd(setting: Setting, host: SettingsHost): void {
		let name = '';
		setting.addText((text) =>
			text.setPlaceholder('Clinical').onChange((value) => {
				name = value;
				showProblem(setting, value.trim() === '' ? null : newRoleProblem(value, host.settings.roleTargets));
			}),
		);
		setting.addButton((button) =>
			button.setButtonText('Add').onClick(() => {
				void host.addRole(setting, name);
			}),
		);
	}
}
