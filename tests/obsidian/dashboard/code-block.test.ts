import type { MarkdownPostProcessorContext, MarkdownRenderChild } from 'obsidian';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createCodeBlockProcessor, findMentor, parseBlock } from '../../../src/obsidian/dashboard/code-block';
import { RERENDER_DELAY_MS } from '../../../src/obsidian/dashboard/dashboard-view';
import { fixtureTeam, teamOf } from './fixture';
import { count, FakeSource, prettyHtml, recordingActions, sectionIds, titles } from './helpers';

interface Rendered {
	el: HTMLElement;
	children: MarkdownRenderChild[];
	source: FakeSource;
}

function renderBlock(text: string, source = new FakeSource(fixtureTeam())): Rendered {
	const el = activeDocument.body.createDiv();
	const children: MarkdownRenderChild[] = [];
	const ctx: MarkdownPostProcessorContext = {
		docId: 'doc',
		sourcePath: 'Mentor team.md',
		frontmatter: null,
		addChild(child) {
			children.push(child);
			child.load();
		},
		getSectionInfo: () => null,
	};
	createCodeBlockProcessor(source, recordingActions())(text, el, ctx);
	return { el, children, source };
}

function message(el: HTMLElement): string | null {
	return el.querySelector('.mentor-rally-block-message')?.textContent ?? null;
}

beforeEach(() => {
	activeDocument.body.empty();
});

afterEach(() => {
	vi.useRealTimers();
});

describe('parseBlock', () => {
	it('reads section names one per line, comma separated, or after "section:"', () => {
		expect(parseBlock('')).toEqual({ sections: [], mentor: null, unknown: [] });
		expect(parseBlock('your-court').sections).toEqual(['your-court']);
		expect(parseBlock('your-court\nteam\n\n').sections).toEqual(['your-court', 'team']);
		expect(parseBlock('coverage, problems').sections).toEqual(['coverage', 'problems']);
		expect(parseBlock('section: their-court').sections).toEqual(['their-court']);
		expect(parseBlock('sections: [meetings, team]').sections).toEqual(['meetings', 'team']);
		expect(parseBlock('- Your Court\n- meetings due').sections).toEqual(['your-court', 'meetings']);
		expect(parseBlock('team\nteam').sections).toEqual(['team']);
	});

	it('reads the mentor as a link, a quoted link or a name', () => {
		expect(parseBlock('mentor: [[Dr. Maya Lee]]').mentor).toBe('Dr. Maya Lee');
		expect(parseBlock('mentor: "[[Mentors/Dr. Maya Lee|Maya]]"\nyour-court')).toEqual({ sections: ['your-court'], mentor: 'Mentors/Dr. Maya Lee', unknown: [] });
		expect(parseBlock('Mentor: Maya').mentor).toBe('Maya');
	});

	it('reads an option followed by a megabyte of spaces and a line separator', () => {
		expect(parseBlock(`mentor:${' '.repeat(1_000_000)}Maya\u2028`).mentor).toBe('Maya');
		expect(parseBlock(`mentor${' '.repeat(1_000_000)}\u2028`).unknown).toHaveLength(1);
	});

	it('collects what it does not know instead of failing', () => {
		expect(parseBlock('your-court, bananas\nwhatever: 3').unknown).toEqual(['bananas', 'whatever: 3']);
		expect(parseBlock('mentor:').unknown).toEqual(['mentor:']);
	});
});

describe('findMentor', () => {
	it('finds a mentor by file name, path or alias', () => {
		const team = fixtureTeam();
		expect(findMentor(team, 'Dr. Maya Lee')?.path).toBe('Mentors/Dr. Maya Lee.md');
		expect(findMentor(team, 'dr maya lee')?.path).toBe('Mentors/Dr. Maya Lee.md');
		expect(findMentor(team, 'Mentors/Dr. Maya Lee')?.path).toBe('Mentors/Dr. Maya Lee.md');
		expect(findMentor(team, 'Maya')?.path).toBe('Mentors/Dr. Maya Lee.md');
		expect(findMentor(team, 'Nobody')).toBeNull();
	});
});

describe('the mentor-rally code block', () => {
	it('shows the whole dashboard when empty', () => {
		const { el } = renderBlock('');
		expect(el.classList.contains('mentor-rally-block')).toBe(true);
		expect(el.querySelector('.mentor-rally-header')).not.toBeNull();
		expect(sectionIds(el)).toEqual(['coverage', 'your-court', 'meetings', 'their-court', 'team', 'problems']);
		expect(message(el)).toBeNull();
	});

	it('shows only the sections it names', () => {
		const { el } = renderBlock('their-court\nyour-court');
		expect(sectionIds(el)).toEqual(['your-court', 'their-court']);
		expect(el.querySelector('.mentor-rally-header')).toBeNull();
	});

	it("shows one mentor's things", () => {
		const { el } = renderBlock('mentor: [[Dr. Maya Lee]]');
		expect(sectionIds(el)).toEqual(['your-court', 'meetings', 'their-court', 'team']);
		expect(titles(el, 'your-court')).toEqual(['Read the trauma registry paper by Friday', 'Send the revised abstract']);
		expect(count(el, 'team')).toBe(1);
		const only = renderBlock('mentor: Maya\nyour-court');
		expect(sectionIds(only.el)).toEqual(['your-court']);
		expect(count(only.el, 'your-court')).toBe(2);
	});

	it('answers unknown words with a short message listing what is accepted', async () => {
		const { el } = renderBlock('bananas');
		expect(message(el)).toBe(
			'Mentor Rally does not know "bananas". Write section names, one per line or separated by commas: coverage, your-court, meetings, their-court, prospects, team, problems. Add "mentor: [[Name]]" to show one mentor. Leave the block empty for the whole dashboard.',
		);
		expect(sectionIds(el)).toEqual([]);
		await expect(prettyHtml(el)).toMatchFileSnapshot('__snapshots__/block-unknown.html');
	});

	it('still shows the sections it understood beside the message', () => {
		const { el } = renderBlock('your-court, banana');
		expect(message(el)).toContain('"banana"');
		expect(sectionIds(el)).toEqual(['your-court']);
	});

	it('says so when the mentor is not a mentor note', () => {
		const { el } = renderBlock('mentor: [[Dr. Nobody]]');
		expect(message(el)).toBe('No mentor note named "Dr. Nobody". Check the link, or add "type: mentor" to that note\'s properties.');
		expect(sectionIds(el)).toEqual([]);
	});

	it('shows the reading state, then the team, as the index finishes', () => {
		vi.useFakeTimers();
		const source = new FakeSource(null);
		const { el } = renderBlock('your-court', source);
		expect(el.textContent).toBe('Reading your notes…');
		source.change(fixtureTeam());
		vi.advanceTimersByTime(RERENDER_DELAY_MS);
		expect(sectionIds(el)).toEqual(['your-court']);
	});

	it('follows the team while its note is open and stops when it closes', () => {
		vi.useFakeTimers();
		const { el, children, source } = renderBlock('your-court');
		expect(children).toHaveLength(1);
		expect(source.listeners.size).toBe(1);
		source.change(teamOf({}));
		vi.advanceTimersByTime(RERENDER_DELAY_MS);
		expect(el.querySelector('.mentor-rally-welcome')).not.toBeNull();
		children[0]?.unload();
		expect(source.listeners.size).toBe(0);
		source.change(fixtureTeam());
		vi.advanceTimersByTime(RERENDER_DELAY_MS);
		expect(el.querySelector('.mentor-rally-welcome')).not.toBeNull();
	});
});
