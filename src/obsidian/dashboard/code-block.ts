import { ownValue } from '../../core/collections';
import { debounce, MarkdownRenderChild, type MarkdownPostProcessorContext } from 'obsidian';
import { linkTarget } from '../../core/names';
import { MentorDirectory } from '../../core/mentor-directory';
import type { MentorSummary, TeamSnapshot } from '../../core/types';
import type { TeamSource } from '../team-source';
import type { DashboardActions } from './actions';
import { RERENDER_DELAY_MS } from './dashboard-view';
import { SECTION_IDS, type SectionId } from './dom';
import { renderDashboard } from './render-dashboard';

/** The language of the embedded dashboard: ```mentor-rally. */
export const CODE_BLOCK_LANGUAGE = 'mentor-rally';

export interface BlockSpec {
	sections: SectionId[];
	/** The mentor as written (`[[Dr. Maya Lee]]` → `Dr. Maya Lee`), or null for the whole team. */
	mentor: string | null;
	/** Words that are not sections or options, as written. */
	unknown: string[];
}

const ALIASES: Record<string, SectionId> = {
	'meetings-due': 'meetings',
	'my-court': 'your-court',
	mentors: 'team',
};

/**
 * Reads the block's text: section names one per line or comma separated (also
 * `section: your-court`, `sections: a, b`), and `mentor: [[Name]]`. Anything else is
 * reported, never thrown.
 */
export function parseBlock(text: string): BlockSpec {
	const spec: BlockSpec = { sections: [], mentor: null, unknown: [] };
	for (const rawLine of text.split(/\r?\n/)) {
		let line = rawLine.trim().replace(/^[-*]\s+/, '');
		if (line === '' || line.startsWith('#') || line.startsWith('%%') || line.startsWith('//')) continue;
		const option = /^([a-z_-]+)[ \t]*:([^]*)$/i.exec(line);
		if (option && !option[1]?.includes('-') && /^(mentor|sections?)$/i.test(option[1] ?? '')) {
			const key = (option[1] ?? '').toLowerCase();
			const value = (option[2] ?? '').trim();
			if (key === 'mentor') {
				const target = linkTarget(value.replace(/^["']|["']$/g, ''));
				if (target) spec.mentor = target;
				else spec.unknown.push(line);
				continue;
			}
			line = value.replace(/^\[|\]$/g, '');
		}
		for (const word of line.split(',')) {
			const raw = word.trim();
			if (raw === '') continue;
			const id = sectionId(raw);
			if (id === null) spec.unknown.push(raw);
			else if (!spec.sections.includes(id)) spec.sections.push(id);
		}
	}
	return spec;
}

function sectionId(word: string): SectionId | null {
	const key = word
		.toLowerCase()
		.replace(/["']/g, '')
		.replace(/[\s_]+/g, '-');
	if ((SECTION_IDS as readonly string[]).includes(key)) return key as SectionId;
	return ownValue(ALIASES, key) ?? null;
}

/** The mentor a block names, by path, file name or alias: as meeting notes' links are resolved. */
export function findMentor(team: TeamSnapshot, target: string): MentorSummary | null {
	return new MentorDirectory(team.mentors).resolve(target)[0] ?? null;
}

/** The handler for `registerMarkdownCodeBlockProcessor('mentor-rally', …)`. */
export function createCodeBlockProcessor(source: TeamSource, actions: DashboardActions): (blockSource: string, el: HTMLElement, ctx: MarkdownPostProcessorContext) => void {
	return (blockSource, el, ctx) => {
		const block = new DashboardBlock(el, source, actions, parseBlock(blockSource));
		block.render();
		ctx.addChild(block);
	};
}

/** One embedded dashboard; it follows the team while its note is open and stops when it closes. */
export class DashboardBlock extends MarkdownRenderChild {
	private readonly expanded = new Set<string>();
	private unsubscribe: (() => void) | null = null;
	private readonly rerender = debounce(() => this.render(), RERENDER_DELAY_MS, true);

	constructor(
		containerEl: HTMLElement,
		private readonly source: TeamSource,
		private readonly actions: DashboardActions,
		private readonly spec: BlockSpec,
	) {
		super(containerEl);
	}

	override onload(): void {
		this.unsubscribe?.();
		this.unsubscribe = this.source.onChange(() => this.rerender());
	}

	override onunload(): void {
		this.rerender.cancel();
		const unsubscribe = this.unsubscribe;
		this.unsubscribe = null;
		unsubscribe?.();
	}

	render(): void {
		const el = this.containerEl;
		el.empty();
		el.addClass('mentor-rally-block');
		const spec = this.spec;
		const team = this.source.snapshot();
		const body = el.createDiv({ cls: 'mentor-rally-block-body' });
		if (spec.unknown.length > 0) blockMessage(el, `Mentor Rally does not know ${spec.unknown.map((w) => `"${w}"`).join(', ')}. ${ACCEPTED}`, body);

		let mentorPath: string | undefined;
		if (spec.mentor !== null && team !== null && team.mentors.length > 0) {
			const mentor = findMentor(team, spec.mentor);
			if (!mentor) {
				blockMessage(el, `No mentor note named "${spec.mentor}". Check the link, or add "type: mentor" to that note's properties.`, body);
				body.remove();
				return;
			}
			mentorPath = mentor.path;
		}
		// Only unknown words and nothing else: show the message, not a whole dashboard.
		if (spec.unknown.length > 0 && spec.sections.length === 0 && spec.mentor === null) {
			body.remove();
			return;
		}
		renderDashboard(body, team, this.source.settings(), this.actions, {
			sections: spec.sections.length > 0 ? spec.sections : undefined,
			mentorPath,
			expanded: this.expanded,
		});
	}
}

const ACCEPTED = `Write section names, one per line or separated by commas: ${SECTION_IDS.join(', ')}. Add "mentor: [[Name]]" to show one mentor. Leave the block empty for the whole dashboard.`;

function blockMessage(el: HTMLElement, text: string, before: HTMLElement): void {
	const message = createDiv({ cls: 'mentor-rally-block-message', attr: { role: 'note' } });
	message.setText(text);
	el.insertBefore(message, before);
}
