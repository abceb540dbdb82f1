// Shared by the settings, plugin-data, reminder and status-bar tests: a plugin over the
// obsidian-test-mocks app, and a TeamSource stand-in whose team the test sets.
import { App as MockApp } from '../fakes/obsidian';
import { Plugin, type App } from 'obsidian';
import { normalizeSettings, type MentorRallySettings } from '../../src/core/settings';
import type { TeamSnapshot } from '../../src/core/types';
import { PluginDataStore } from '../../src/obsidian/plugin-data';
import type { TeamSource } from '../../src/obsidian/team-source';

export class TestPlugin extends Plugin {}

export const MANIFEST = { id: 'mentor-rally', name: 'Mentor Rally', version: '0.1.0', minAppVersion: '1.4.10', author: 'test', description: 'test' };

/** A loaded plugin whose data.json holds `saved` (nothing saved when undefined). */
export async function makePlugin(saved?: unknown): Promise<TestPlugin> {
	const app: App = MockApp.createConfigured__().asOriginalType__();
	const plugin = new TestPlugin(app, MANIFEST);
	if (saved !== undefined) await plugin.saveData(saved);
	plugin.load();
	return plugin;
}

export async function makeStore(saved?: unknown): Promise<{ plugin: TestPlugin; store: PluginDataStore }> {
	const plugin = await makePlugin(saved);
	return { plugin, store: await PluginDataStore.load(plugin) };
}

/** What the plugin would have written to data.json. */
export async function savedData(plugin: Plugin): Promise<Record<string, unknown>> {
	return (await plugin.loadData()) as Record<string, unknown>;
}

export class FakeSource implements TeamSource {
	private readonly listeners = new Set<() => void>();

	constructor(
		public team: TeamSnapshot | null,
		private readonly read: () => MentorRallySettings = () => normalizeSettings({}),
	) {}

	snapshot(): TeamSnapshot | null {
		return this.team;
	}

	settings(): MentorRallySettings {
		return this.read();
	}

	onChange(listener: () => void): () => void {
		this.listeners.add(listener);
		return () => this.listeners.delete(listener);
	}

	/** Replaces the team and tells the listeners, as the team store does when a note changes. */
	set(team: TeamSnapshot | null): void {
		this.team = team;
		for (const listener of [...this.listeners]) listener();
	}

	get listenerCount(): number {
		return this.listeners.size;
	}
}
