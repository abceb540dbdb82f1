// A prospect joins the team in one click, and the change stays in the note's history.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseYaml } from 'obsidian';
import { frontmatterBlock } from '../../src/core/properties';
import { normalizeSettings } from '../../src/core/settings';
import type { MentorSummary } from '../../src/core/types';
import { HistoryModal } from '../../src/obsidian/relationship/history-modal';
import { createRelationshipActions } from '../../src/obsidian/relationship/relationship-actions';
import { RoleSuggestModal } from '../../src/obsidian/relationship/role-suggest';
import { TeamStore } from '../../src/obsidian/team-store';
import { createTestVault, settle } from '../fakes/vault';

const NOW = new Date(2026, 10, 24, 9, 30);
const RAMAN = 'Mentors/Dr. Priya Raman.md';

async function setUp(text: string, more: Record<string, string> = {}) {
	const vault = createTestVault({ [RAMAN]: text, ...more });
	const settings = normalizeSettings({});
	const store = new TeamStore(
		vault.app,
		() => settings,
		() => NOW,
	);
	await store.build();
	const notices: string[] = [];
	const actions = createRelationshipActions(vault.app, store, (message) => void notices.push(message));
	const mentor = store.snapshot()?.mentors.find((m) => m.path === RAMAN) as MentorSummary;
	return { vault, store, actions, mentor, notices };
}

function opened<T extends { open(): void }>(kind: abstract new (...args: never[]) => T): T[] {
	const list: T[] = [];
	vi.spyOn(kind.prototype as { open(): void }, 'open').mockImplementation(function (this: T) {
		list.push(this);
	});
	return list;
}

afterEach(() => vi.restoreAllMocks());

describe('Add to team', () => {
	const prospect = '---\ntype: mentor\nstatus: prospect\nlast_contact: 2026-11-12\n---\n# Dr. Priya Raman\n\nVascular surgeon.\n';

	it('sets status active and since today, records it under History, then asks the role', async () => {
		const { vault, actions, mentor, notices } = await setUp(prospect);
		const pickers = opened(RoleSuggestModal);
		expect(await actions.convertProspect(mentor)).toBe(true);
		await settle();
		const text = await vault.read(RAMAN);
		expect(parseYaml(frontmatterBlock(text) ?? '')).toEqual({ type: 'mentor', status: 'active', last_contact: '2026-11-12', since: '2026-11-24' });
		expect(text.endsWith('# Dr. Priya Raman\n\nVascular surgeon.\n\n## History\n- 2026-11-24 Status: active (was prospect)\n')).toBe(true);
		expect(notices).toEqual(['Dr. Priya Raman joined your team today.']);
		// The role picker offers the target roles; choosing one writes it and a second history line.
		expect(pickers).toHaveLength(1);
		const choices = pickers[0]?.getItems() ?? [];
		expect(choices.map((c) => c.label)).toEqual(['Research', 'Support', 'Sponsor']);
		pickers[0]?.onChooseItem(choices[2] as (typeof choices)[number]);
		await settle();
		const after = await vault.read(RAMAN);
		expect(parseYaml(frontmatterBlock(after) ?? '')).toMatchObject({ role: 'sponsor', status: 'active' });
		expect(after).toContain('## History\n- 2026-11-24 Status: active (was prospect)\n- 2026-11-24 Role: sponsor\n');
	});

	it('a note that already has roles is offered to keep them, which writes nothing more', async () => {
		const { vault, actions, mentor } = await setUp('---\ntype: mentor\nrole: sponsor\nstatus: prospect\n---\n');
		const pickers = opened(RoleSuggestModal);
		await actions.convertProspect(mentor);
		await settle();
		const before = await vault.read(RAMAN);
		const choices = pickers[0]?.getItems() ?? [];
		expect(choices.map((c) => c.label)).toEqual(['Keep sponsor', 'Research', 'Support']);
		pickers[0]?.onChooseItem(choices[0] as (typeof choices)[number]);
		await settle();
		expect(await vault.read(RAMAN)).toBe(before);
	});

	it('Escape on the role picker closes it and writes no role (the status change stays)', async () => {
		const { vault, actions, mentor } = await setUp(prospect);
		const pickers = opened(RoleSuggestModal);
		await actions.convertProspect(mentor);
		await settle();
		const converted = await vault.read(RAMAN);
		const picker = pickers[0] as RoleSuggestModal;
		activeDocument.body.appendChild(picker.containerEl);
		void picker.onOpen();
		picker.inputEl.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, cancelable: true }));
		await settle();
		expect(picker.containerEl.isConnected).toBe(false);
		expect(await vault.read(RAMAN)).toBe(converted);
	});

	it('the team reads the note back as an active mentor with its history', async () => {
		const { store, actions, mentor } = await setUp(prospect);
		opened(RoleSuggestModal);
		await actions.convertProspect(mentor);
		await settle();
		await store.build();
		expect(store.snapshot()?.mentors.find((m) => m.path === RAMAN)?.lifecycle).toBe('active');
		expect(
			store
				.snapshot()
				?.mentors.find((m) => m.path === RAMAN)
				?.relationship.changes.map((c) => c.value),
		).toEqual(['active (was prospect)']);
	});
});

describe('History', () => {
	it('opens the whole relationship: score, a chart row per year, the timeline newest first', async () => {
		const { actions, mentor } = await setUp(
			'---\ntype: mentor\nsince: 2025-03-01\n---\n### 2025-03-01 First coffee\n### 2025-09-01 Role: sponsor\n### 2026-11-20 Call\n- [x] Send the CV ✅ 2026-11-21\n',
		);
		const modals = opened(HistoryModal);
		actions.showHistory(mentor);
		expect(modals).toHaveLength(1);
		const modal = modals[0] as HistoryModal;
		modal.onOpen();
		const el = modal.contentEl;
		expect([...el.querySelectorAll('.mentor-rally-years-label')].map((l) => l.textContent)).toEqual(['2025', '2026']);
		// The months under the bars, January first, so a bar reads as a month without counting.
		expect(el.querySelector('.mentor-rally-years-months')?.textContent).toBe('JFMAMJJASOND');
		const entries = [...el.querySelectorAll('.mentor-rally-timeline-text')].map((t) => t.textContent);
		expect(entries).toEqual(['I brought back: Send the CV', 'I took on: Send the CV', 'Contact: Call', 'Role: sponsor', 'Contact: First coffee', 'Mentor since']);
	});

	it('names a meeting note that holds no task a Meeting, and its name opens the note', async () => {
		const COFFEE = 'Meetings/2026-10-01 Raman - coffee.md';
		const { vault, actions, mentor } = await setUp('---\ntype: mentor\n---\n', { [COFFEE]: '---\nmentor: "[[Dr. Priya Raman]]"\n---\nTalked about vascular surgery.\n' });
		const modals = opened(HistoryModal);
		actions.showHistory(mentor);
		const modal = modals[0] as HistoryModal;
		activeDocument.body.appendChild(modal.containerEl);
		modal.onOpen();
		const row = modal.contentEl.querySelector('.mentor-rally-timeline-meeting');
		expect(row?.querySelector('.mentor-rally-timeline-kind')?.textContent).toBe('Meeting');
		const link = row?.querySelector<HTMLElement>('.mentor-rally-timeline-text .mentor-rally-link');
		expect(link?.textContent).toBe('Meeting: 2026-10-01 Raman - coffee');
		link?.click();
		await settle();
		expect(vault.app.workspace.getActiveFile()?.path).toBe(COFFEE);
		expect(modal.containerEl.isConnected).toBe(false);
	});
});
