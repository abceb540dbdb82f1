import { describeCadence } from '../../../core/cadence';
import { isBuiltInRole } from '../../../core/role-settings';
import { plural, relativeDay, shortDate } from '../../../core/format';
import type { MentorSummary } from '../../../core/types';
import { renderContactChart } from '../contact-chart';
import { avatar, CARD_LIMIT, capitalize, createSection, emptyState, limitedList, noteLink, pill, sectionButton, type SectionContext } from '../dom';
import { NEXT_MOVE_TERM, ballWords, snoozeLabel, statusLabel } from '../../../core/presentation/labels';
import { loopFacts } from './loop-bits';
import { mentorActions } from './mentor-bits';
import { historyButton, renderCardScore } from './relationship-card';

/** A card per mentor: active mentors first, then paused and alumni, quieter. */
export function renderTeam(parent: HTMLElement, ctx: SectionContext): void {
	const ordered = ctx.lists.teamOrder();
	const active = ordered.filter((m) => m.lifecycle === 'active');
	const quiet = ordered.filter((m) => m.lifecycle !== 'active');
	const body = createSection(parent, 'team', 'Team', 'contact', active.length);
	sectionButton(body, 'New mentor', 'user-plus', 'Add a new mentor note', () => ctx.actions.newMentor(), 'mentor-rally-add-mentor');
	if (ordered.length === 0) {
		emptyState(body, 'No mentor notes yet.', `Add "${ctx.settings.properties.type}: mentor" to the properties of a note about a mentor.`);
		return;
	}
	if (active.length === 0) emptyState(body, 'No active mentors.', "Set a mentor's status back to active to plan meetings with them again.");
	else {
		const grid = body.createDiv({ cls: 'mentor-rally-cards' });
		limitedList(grid, body, 'team', active, ctx, (p, mentor) => renderCard(p, mentor, ctx), Math.min(ctx.limit, CARD_LIMIT));
	}
	if (quiet.length > 0) {
		body.createEl('h4', { cls: 'mentor-rally-subheading', text: `${quiet.some((m) => m.lifecycle === 'prospect') ? 'Prospects, paused and alumni' : 'Paused and alumni'} (${quiet.length})` });
		const grid = body.createDiv({ cls: ['mentor-rally-cards', 'mentor-rally-cards-quiet'] });
		limitedList(grid, body, 'team-quiet', quiet, ctx, (p, mentor) => renderCard(p, mentor, ctx), Math.min(ctx.limit, CARD_LIMIT));
	}
}

function renderCard(parent: Node, mentor: MentorSummary, ctx: SectionContext): void {
	const today = ctx.team.today;
	const isActive = mentor.lifecycle === 'active';
	const card = parent.createDiv({
		cls: ['mentor-rally-card', `mentor-rally-status-${mentor.status}`],
		attr: { 'data-path': mentor.path },
	});
	if (!isActive) card.addClass('is-quiet');

	const head = card.createDiv({ cls: 'mentor-rally-card-head' });
	avatar(head, mentor.name);
	const title = head.createDiv({ cls: 'mentor-rally-card-title' });
	noteLink(title, mentor.name, (newLeaf) => ctx.actions.openMentor(mentor, newLeaf));
	if (mentor.institution) title.createDiv({ cls: 'mentor-rally-card-subtitle', text: mentor.institution });
	const status = statusLabel(mentor, today);
	pill(head, status.text, status.tone, 'mentor-rally-card-status');

	const roles = card.createDiv({ cls: 'mentor-rally-roles' });
	if (mentor.roles.length === 0) roles.createSpan({ cls: ['mentor-rally-role', 'mentor-rally-role-none'], text: 'No role' });
	for (const role of mentor.roles) {
		roles.createSpan({ cls: ['mentor-rally-role', `mentor-rally-role-${isBuiltInRole(role) ? role : 'other'}`], text: capitalize(role) });
	}
	const snooze = snoozeLabel(mentor, today);
	if (snooze) pill(roles, snooze, 'muted', 'mentor-rally-pill-small');

	const facts = card.createEl('dl', { cls: 'mentor-rally-facts' });
	const fact = (term: string, value: string, cls?: string): HTMLElement => {
		facts.createEl('dt', { text: term });
		return facts.createEl('dd', { text: value, cls });
	};
	const cadence = fact('Cadence', describeCadence(mentor.cadence));
	if (mentor.cadenceIsDefault) cadence.createSpan({ cls: 'mentor-rally-faint', text: ' (default)' });
	const last = fact('Last contact', mentor.lastContact ? capitalize(relativeDay(mentor.lastContact, today)) : 'Never');
	if (mentor.lastContact) last.setAttr('title', shortDate(mentor.lastContact, today));
	if (isActive) {
		fact('Next due', mentor.nextDue ? `${shortDate(mentor.nextDue, today)} · ${relativeDay(mentor.nextDue, today)}` : '—', mentor.status === 'overdue' ? 'mentor-rally-text-overdue' : undefined);
	}
	const ballEl = fact(NEXT_MOVE_TERM, '', 'mentor-rally-ball');
	ballEl.createSpan({ cls: ['mentor-rally-ball-dot', `mentor-rally-ball-${mentor.ball}`], attr: { 'aria-hidden': 'true' } });
	ballEl.createSpan({ text: capitalize(ballWords(mentor.ball)) });
	const open = fact('Open', `${mentor.openMine} mine · ${mentor.openTheirs} theirs`);
	if (mentor.overdueMine > 0) open.createSpan({ cls: 'mentor-rally-text-overdue', text: ` (${plural(mentor.overdueMine, 'overdue', 'overdue')})` });
	loopFacts(fact, mentor, ctx);

	if (isActive) renderCardScore(card, roles, mentor, ctx);
	renderContactChart(card, mentor.contacts, today);
	const bar = isActive ? mentorActions(card, mentor, ctx, { contact: true, addItem: true, loop: true }) : card.createDiv({ cls: 'mentor-rally-actions' });
	historyButton(bar, mentor, ctx);
}
