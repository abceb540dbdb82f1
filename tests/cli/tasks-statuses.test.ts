// The command line reads checkboxes as the Tasks plugin's status settings in the vault say,
// with the same parser as the plugin, so its report matches the dashboard.
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main';
import { loadTasksStatuses } from '../../src/cli/tasks-settings-file';
import { statusKind } from '../../src/core/task-statuses';
import { fakeIo, fixtureVault } from '../helpers/cli';
import { removeTempVaults, tempVault } from '../helpers/temp-vault';

afterAll(removeTempVaults);

const TASKS_DATA = '.obsidian/plugins/obsidian-tasks-plugin/data.json';

function report(vault: string) {
	const out = fakeIo();
	const code = runCli(['report', '--vault', vault, '--json', '--today', '2026-11-24'], out.io);
	const json = JSON.parse(out.stdout()) as { items: { text: string; done: boolean; overdue: boolean }[] };
	return { code, items: json.items.map((i) => [i.text, i.done]), stderr: out.stderr() };
}

describe("the Tasks plugin's statuses in the command line", () => {
	it('a custom done symbol closes an item and a NON_TASK line is none, as on the dashboard', () => {
		const { code, items, stderr } = report(fixtureVault('tasks-statuses'));
		expect(code).toBe(0);
		expect(stderr).toBe('');
		expect(items).toEqual([
			['Send the revised abstract 📅 2026-11-27', false],
			['Sent the poster draft ✅ 2026-11-20', true],
			['Reading the trauma papers 📅 2026-11-20', false],
		]);
	});

	it("without Tasks' settings the same note reads with Tasks' defaults", () => {
		const vault = tempVault({ 'Dr. Lee.md': '---\ntype: mentor\n---\n- [d] Sent the poster\n- [?] A question\n' });
		expect(report(vault).items).toEqual([
			['Sent the poster', false],
			['A question', false],
		]);
	});

	it.each([
		['not JSON', '{"statusSettings": ', /it is not JSON/],
		['over 8 MB', `{"pad":"${'x'.repeat(8 * 1024 * 1024 + 1)}"}`, /larger than 8 MB|8 MB/],
	])('a Tasks data.json that is %s is passed over with one warning; the report still prints', (_, text, reason) => {
		const vault = tempVault({ 'Dr. Lee.md': '---\ntype: mentor\n---\n- [d] Sent the poster\n', [TASKS_DATA]: text });
		const { code, items, stderr } = report(vault);
		expect(code).toBe(0);
		expect(items).toEqual([['Sent the poster', false]]);
		expect(stderr).toMatch(reason);
		expect(stderr.trim().split('\n')).toHaveLength(1);
	});

	it('a folder where the file should be is passed over too, never read', () => {
		const vault = tempVault({ [`${TASKS_DATA}/inside.txt`]: 'x' });
		const reading = loadTasksStatuses(vault);
		expect(reading.statuses).toBeNull();
		expect(reading.warning).toMatch(/not a regular file/);
	});

	it('hostile keys in the file change nothing', () => {
		const vault = tempVault({
			[TASKS_DATA]: '{"__proto__":{"statusSettings":{"customStatuses":[{"symbol":"d","type":"DONE"}]}},"statusSettings":{"customStatuses":[{"symbol":"e","type":"DONE","__proto__":{"x":1}}]}}',
		});
		const { statuses } = loadTasksStatuses(vault);
		expect(statusKind('d', statuses)).toBe('open');
		expect(statusKind('e', statuses)).toBe('done');
	});
});
