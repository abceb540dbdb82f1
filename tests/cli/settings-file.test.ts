import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { findPluginData, loadVaultSettings, SettingsError } from '../../src/cli/settings-file';
import { DEFAULT_SETTINGS } from '../../src/core/settings';
import { fixtureVault } from '../helpers/cli';
import { removeTempVaults, tempVault } from '../helpers/temp-vault';

afterAll(removeTempVaults);

describe('loadVaultSettings', () => {
	it('reads the settings the plugin saved in .obsidian/plugins/mentor-rally/data.json', () => {
		const vault = fixtureVault('custom-settings');
		expect(findPluginData(vault)).toBe(join(vault, '.obsidian', 'plugins', 'mentor-rally', 'data.json'));
		const settings = loadVaultSettings(vault);
		expect(settings.mentorsFolder).toBe('People');
		expect(settings.ownerTag).toBe('owed');
		expect(settings.teamTarget).toEqual({ min: 1, max: 2 });
		expect(settings.roleTargets).toEqual([{ role: 'research', min: 1, max: 1 }]);
		expect(settings.defaultCadence).toBe(DEFAULT_SETTINGS.defaultCadence);
	});

	it('gives the defaults for a vault where the plugin saved nothing', () => {
		expect(findPluginData(fixtureVault('team'))).toBeNull();
		expect(loadVaultSettings(fixtureVault('team'))).toEqual(DEFAULT_SETTINGS);
	});

	it('finds a renamed config folder, and prefers .obsidian when there are several', () => {
		const renamed = tempVault({ '.config/plugins/mentor-rally/data.json': JSON.stringify({ settings: { ownerTag: 'owed' } }) });
		expect(loadVaultSettings(renamed).ownerTag).toBe('owed');
		const both = tempVault({
			'.aaa/plugins/mentor-rally/data.json': JSON.stringify({ settings: { ownerTag: 'from-aaa' } }),
			'.obsidian/plugins/mentor-rally/data.json': JSON.stringify({ settings: { ownerTag: 'from-obsidian' } }),
		});
		expect(loadVaultSettings(both).ownerTag).toBe('from-obsidian');
	});

	it('reads settings saved at the top level too (without a settings key)', () => {
		const vault = tempVault({ '.obsidian/plugins/mentor-rally/data.json': JSON.stringify({ mentorTag: 'advisor' }) });
		expect(loadVaultSettings(vault).mentorTag).toBe('advisor');
	});

	it('refuses a data.json that is not JSON, naming the file', () => {
		const vault = tempVault({ '.obsidian/plugins/mentor-rally/data.json': '{ "settings": ' });
		expect(() => loadVaultSettings(vault)).toThrow(SettingsError);
		expect(() => loadVaultSettings(vault)).toThrow(/data\.json: it is not valid JSON/);
	});

	it('ignores mistyped settings in the file', () => {
		const vault = tempVault({ '.obsidian/plugins/mentor-rally/data.json': JSON.stringify({ settings: { dueSoonDays: 'three', ownerTag: 5 } }) });
		expect(loadVaultSettings(vault)).toEqual(DEFAULT_SETTINGS);
	});
});
