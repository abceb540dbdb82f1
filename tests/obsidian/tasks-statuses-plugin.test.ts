// The whole plugin with the Tasks plugin's settings in the vault: read at the first build,
// read again on the minute check, and a tick from the dashboard writes Tasks' DONE symbol.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { MarkdownRenderChild, type MarkdownPostProcessorContext, type PluginManifest } from 'obsidian';
import MentorRallyPlugin from '../../src/main';
import type { TeamSnapshot } from '../../src/core/types';
import type { TeamStore } from '../../src/obsidian/team-store';
import { createTestVault, settle } from '../fakes/vault';

const manifest: PluginManifest = { id: 'mentor-rally', name: 'Mentor Rally', version: '0.1.0', minAppVersion: '1.7.2', author: '', description: '' };
const LEE = 'Mentors/Dr. Maya Lee.md';
const NOTE = '---\ntype: mentor\nlast_contact: 2026-11-20\n---\n## Open items\n- [ ] Send revised abstract 📅 2026-11-27\n- [?] Is the poster due?\n';
const TASKS_DATA = 'plugins/obsidian-tasks-plugin/data.json';
const settingsWith = (done: string) =>
	JSON.stringify({
		statusSettings: {
			coreStatuses: [
				{ symbol: ' ', name: 'Todo', nextStatusSymbol: done, availableAsCommand: true, type: 'TODO' },
				{ symbol: done, name: 'Done', nextStatusSymbol: ' ', availableAsCommand: true, type: 'DONE' },
			],
			customStatuses: [{ symbol: '?', name: 'Question', nextStatusSymbol: ' ', availableAsCommand: false, type: 'NON_TASK' }],
		},
	});

afterEach(() => {
	vi.useRealTimers();
});

async function loadPlugin(configFiles: Record<string, string>) {
	vi.useFakeTimers({ toFake: ['Date', 'setInterval', 'clearInterval'] });
	vi.setSystemTime(new Date(2026, 10, 24, 9, 0));
	const vault = createTestVault({ [LEE]: NOTE }, { configFiles });
	const plugin = new MentorRallyPlugin(vault.app, manifest);
	await plugin.onload();
	vault.layoutReady();
	await settle();
	await settle();
	const store = (plugin as unknown as { store: TeamStore }).store;
	const team = () => store.snapshot() as TeamSnapshot;
	return { vault, plugin, store, team };
}

describe("the plugin with the Tasks plugin's statuses", () => {
	it('reads them before the first build: a NON_TASK line is no item', async () => {
		const { team } = await loadPlugin({ [TASKS_DATA]: settingsWith('x') });
		expect(team().items.map((i) => i.text)).toEqual(['Send revised abstract 📅 2026-11-27']);
	});

	it('the dashboard checkbox ticks with the DONE symbol of those settings', async () => {
		const { vault, plugin } = await loadPlugin({ [TASKS_DATA]: settingsWith('✓') });
		const processors = (plugin as unknown as { markdownCodeBlockProcessors__: Map<string, (s: string, el: HTMLElement, ctx: MarkdownPostProcessorContext) => void> }).markdownCodeBlockProcessors__;
		const el = document.body.createDiv();
		const children: MarkdownRenderChild[] = [];
		processors.get('mentor-rally')?.('your-court', el, { addChild: (child: MarkdownRenderChild) => children.push(child) } as unknown as MarkdownPostProcessorContext);
		const box = el.querySelector<HTMLInputElement>('input[type="checkbox"]');
		if (!box) throw new Error('no checkbox on the embedded dashboard');
		box.click();
		await vi.waitFor(async () => expect(await vault.read(LEE)).toContain('- [✓] Send revised abstract 📅 2026-11-27 ✅ 2026-11-24\n'));
		el.remove();
	});

	it('picks up changed settings on the minute check, with no event from the vault', async () => {
		const { vault, team } = await loadPlugin({});
		expect(team().items).toHaveLength(2);
		(vault.app.vault.adapter as unknown as { writeSync__(p: string, t: string): void }).writeSync__(`${vault.app.vault.configDir}/${TASKS_DATA}`, settingsWith('x'));
		vi.advanceTimersByTime(60_000);
		await vi.waitFor(() => expect(team().items).toHaveLength(1));
	});
});
