// Shared by the dashboard tests: actions that record what the dashboard asked for, a
// stand-in TeamSource, and a serialiser that turns rendered DOM into stable, readable HTML.
import { vi } from 'vitest';
import type { MentorRallySettings } from '../../../src/core/settings';
import { DEFAULT_SETTINGS } from '../../../src/core/settings';
import type { NewItem } from '../../../src/core/note-templates';
import type { Item, MentorSummary, Problem, TeamSnapshot } from '../../../src/core/types';
import type { DashboardActions } from '../../../src/obsidian/dashboard/actions';
import type { TeamSource } from '../../../src/obsidian/team-source';

export interface RecordingActions extends DashboardActions {
	calls: { action: keyof DashboardActions; target: string; newLeaf?: boolean }[];
	completeResult: boolean | Error;
	captureResult: boolean;
}

export function recordingActions(): RecordingActions {
	const calls: RecordingActions['calls'] = [];
	const actions: RecordingActions = {
		calls,
		completeResult: true,
		captureResult: true,
		openItem: vi.fn((item: Item, newLeaf: boolean) => void calls.push({ action: 'openItem', target: `${item.path}:${item.line}`, newLeaf })),
		completeItem: vi.fn((item: Item) => {
			calls.push({ action: 'completeItem', target: `${item.path}:${item.line}` });
			const result = actions.completeResult;
			return result instanceof Error ? Promise.reject(result) : Promise.resolve(result);
		}),
		pinDueDate: vi.fn((item: Item) => {
			calls.push({ action: 'pinDueDate', target: `${item.path}:${item.line}` });
			return Promise.resolve(true);
		}),
		openMentor: vi.fn((mentor: MentorSummary, newLeaf: boolean) => void calls.push({ action: 'openMentor', target: mentor.path, newLeaf })),
		logContact: vi.fn((mentor: MentorSummary) => {
			calls.push({ action: 'logContact', target: mentor.path });
			return Promise.resolve(true);
		}),
		startMeeting: vi.fn((mentor: MentorSummary) => {
			calls.push({ action: 'startMeeting', target: mentor.path });
			return Promise.resolve();
		}),
		newMentor: vi.fn(() => void calls.push({ action: 'newMentor', target: '' })),
		openProblem: vi.fn((problem: Problem, newLeaf: boolean) => void calls.push({ action: 'openProblem', target: problem.path, newLeaf })),
		addItem: vi.fn((mentor: MentorSummary | null, options?: { theirs?: boolean }) => void calls.push({ action: 'addItem', target: `${mentor?.path ?? ''}${options?.theirs ? ' (theirs)' : ''}` })),
		captureItem: vi.fn((mentor: MentorSummary, item: NewItem) => {
			calls.push({ action: 'captureItem', target: `${mentor.path}: ${item.text}${item.theirs ? ' (theirs)' : ''}${item.due ? ` 📅 ${item.due}` : ''}` });
			return Promise.resolve(actions.captureResult);
		}),
		logEmail: vi.fn((mentor: MentorSummary) => {
			calls.push({ action: 'logEmail', target: mentor.path });
			return Promise.resolve(true);
		}),
		snooze: vi.fn((mentor: MentorSummary) => void calls.push({ action: 'snooze', target: mentor.path })),
		addToCalendar: vi.fn((mentor: MentorSummary) => {
			calls.push({ action: 'addToCalendar', target: mentor.path });
			return Promise.resolve();
		}),
		convertProspect: vi.fn((mentor: MentorSummary) => {
			calls.push({ action: 'convertProspect', target: mentor.path });
			return Promise.resolve(true);
		}),
		showHistory: vi.fn((mentor: MentorSummary) => void calls.push({ action: 'showHistory', target: mentor.path })),
	};
	return actions;
}

/** A TeamSource the test controls: set `team` and call `change()`. */
export class FakeSource implements TeamSource {
	listeners = new Set<() => void>();
	snapshotCalls = 0;
	constructor(
		public team: TeamSnapshot | null,
		public current: MentorRallySettings = DEFAULT_SETTINGS,
	) {}
	snapshot(): TeamSnapshot | null {
		this.snapshotCalls++;
		return this.team;
	}
	settings(): MentorRallySettings {
		return this.current;
	}
	onChange(listener: () => void): () => void {
		this.listeners.add(listener);
		return () => this.listeners.delete(listener);
	}
	change(team?: TeamSnapshot | null): void {
		if (team !== undefined) this.team = team;
		for (const listener of [...this.listeners]) listener();
	}
}

export function sectionIds(root: ParentNode): string[] {
	return [...root.querySelectorAll('[data-section]')].map((s) => s.getAttribute('data-section') ?? '');
}

export function section(root: ParentNode, id: string): HTMLElement {
	const el = root.querySelector<HTMLElement>(`[data-section="${id}"]`);
	if (!el) throw new Error(`no section ${id}`);
	return el;
}

export function count(root: ParentNode, id: string): number {
	return Number(section(root, id).querySelector('.mentor-rally-count')?.textContent ?? NaN);
}

export function rows(root: ParentNode, id: string): HTMLElement[] {
	return [...section(root, id).querySelectorAll<HTMLElement>('.mentor-rally-row')];
}

export function titles(root: ParentNode, id: string): string[] {
	return rows(root, id).map((r) => r.querySelector('.mentor-rally-row-title, .mentor-rally-link')?.textContent ?? '');
}

export function click(el: Element, init: MouseEventInit = {}): void {
	el.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, button: 0, ...init }));
}

/** Lets pending promise callbacks (a resolved completeItem) run. */
export async function flush(): Promise<void> {
	for (let i = 0; i < 5; i++) await Promise.resolve();
}

/**
 * Rendered DOM as indented HTML for approval snapshots: attributes sorted, whitespace
 * normalised, one element per line, so a diff shows what the user would see change.
 */
export function prettyHtml(node: Node, depth = 0): string {
	const pad = '  '.repeat(depth);
	if (node.nodeType === 3) {
		const text = (node.textContent ?? '').replace(/\s+/g, ' ').trim();
		return text === '' ? '' : `${pad}${escapeText(text)}\n`;
	}
	if (node.nodeType !== 1) return '';
	const el = node as Element;
	const tag = el.tagName.toLowerCase();
	const attrs = [...el.attributes]
		.map((a) => [a.name, a.name === 'class' ? a.value.split(/\s+/).filter(Boolean).sort().join(' ') : a.value] as const)
		.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
		.map(([name, value]) => ` ${name}="${escapeAttr(value)}"`)
		.join('');
	const children = [...el.childNodes];
	if (VOID.has(tag)) return `${pad}<${tag}${attrs}>\n`;
	if (children.length === 0) return `${pad}<${tag}${attrs}></${tag}>\n`;
	if (children.length === 1 && children[0]?.nodeType === 3) {
		const text = (children[0].textContent ?? '').replace(/\s+/g, ' ').trim();
		return `${pad}<${tag}${attrs}>${escapeText(text)}</${tag}>\n`;
	}
	return `${pad}<${tag}${attrs}>\n${children.map((c) => prettyHtml(c, depth + 1)).join('')}${pad}</${tag}>\n`;
}

const VOID = new Set(['input', 'img', 'br', 'hr', 'meta', 'link']);

function escapeText(text: string): string {
	return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function escapeAttr(text: string): string {
	return escapeText(text).replace(/"/g, '&quot;');
}
