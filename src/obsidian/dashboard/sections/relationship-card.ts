import { describeCadence } from '../../../core/cadence';
import { keepWarmRows, type KeepWarmRow } from '../../../core/relationship/keep-warm';
import { scoreFacts } from '../../../core/relationship/score-words';
import { tennisScores, type TennisScore } from '../../../core/relationship/tennis-score';
import { relativeDay, shortDate } from '../../../core/format';
import type { MentorSummary, TeamSnapshot } from '../../../core/types';
import { actionButton, avatar, noteLink, pill, type SectionContext } from '../dom';

/** The scores of a snapshot, computed once per snapshot (every card of a render shares them). */
const scoreCache = new WeakMap<TeamSnapshot, Map<string, TennisScore>>();

export function scoreOf(team: TeamSnapshot, mentor: MentorSummary): TennisScore | undefined {
	let scores = scoreCache.get(team);
	if (!scores) scoreCache.set(team, (scores = tennisScores(team)));
	return scores.get(mentor.path);
}

/** The score on a card, in small plain words; a drifting mentor gets a pill by the roles. */
export function renderCardScore(card: HTMLElement, roles: HTMLElement, mentor: MentorSummary, ctx: SectionContext): void {
	const score = scoreOf(ctx.team, mentor);
	if (!score) return;
	if (score.drifting)
		pill(roles, 'Drifting', 'yellow', 'mentor-rally-pill-small mentor-rally-drifting').setAttr(
			'title',
			`The last 3 gaps between contacts were each longer than ${describeCadence(mentor.cadence)}`,
		);
	const facts = scoreFacts(mentor, score).filter((f) => f.term !== 'Drifting');
	if (facts.length === 0) return;
	const list = card.createEl('dl', { cls: 'mentor-rally-facts mentor-rally-score' });
	for (const fact of facts) {
		list.createEl('dt', { text: fact.term });
		list.createEl('dd', { text: fact.value, cls: fact.warn ? 'mentor-rally-text-warn' : undefined });
	}
}

/** The card's History button (when the plugin wires it). */
export function historyButton(bar: HTMLElement, mentor: MentorSummary, ctx: SectionContext): void {
	if (!ctx.actions.showHistory) return;
	actionButton(bar, 'History', 'history', () => Promise.resolve(ctx.actions.showHistory?.(mentor)), 'mentor-rally-show-history').setAttr('aria-label', `The whole history with ${mentor.name}`);
}

/** "Keep in touch": alumni due a message at their keep-warm cadence, under Meetings due. */
export function renderKeepInTouch(body: HTMLElement, ctx: SectionContext): void {
	const rows = keepWarmRows(ctx.team, ctx.settings.dueSoonDays);
	if (rows.length === 0) return;
	const heading = body.createEl('h4', { cls: 'mentor-rally-subheading', text: 'Keep in touch' });
	heading.createSpan({ cls: 'mentor-rally-subheading-count', text: ` · ${rows.length}` });
	const list = body.createEl('ul', { cls: ['mentor-rally-list', 'mentor-rally-keep-warm'] });
	for (const row of rows) renderKeepWarmRow(list, row, ctx);
}

function renderKeepWarmRow(list: HTMLElement, row: KeepWarmRow, ctx: SectionContext): void {
	const today = ctx.team.today;
	const mentor = row.mentor;
	const item = list.createEl('li', { cls: ['mentor-rally-row', 'mentor-rally-meeting-row', 'is-keep-warm'], attr: { 'data-path': mentor.path } });
	avatar(item, mentor.name);
	const main = item.createDiv({ cls: 'mentor-rally-row-main' });
	noteLink(main, mentor.name, (newLeaf) => ctx.actions.openMentor(mentor, newLeaf));
	const meta = main.createDiv({ cls: 'mentor-rally-row-meta' });
	meta.createSpan({ cls: 'mentor-rally-last-contact', text: mentor.lastContact ? `Last contact ${relativeDay(mentor.lastContact, today)}` : 'Never contacted' });
	meta.createSpan({ text: `Alumni · ${describeCadence(mentor.relationship.keepWarm ?? mentor.cadence)}` });
	pill(item, `Keep in touch ${row.due === today ? 'today' : relativeDay(row.due, today)}`, row.overdue ? 'orange' : 'yellow', 'mentor-rally-row-badge').setAttr('title', shortDate(row.due, today));
	const bar = item.createDiv({ cls: 'mentor-rally-actions' });
	actionButton(bar, 'Log contact', 'user-check', () => ctx.actions.logContact(mentor), 'mentor-rally-log-contact').setAttr('aria-label', `Log contact with ${mentor.name} today`);
}
