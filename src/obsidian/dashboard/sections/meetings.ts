import { describeCadence } from '../../../core/cadence';
import { relativeDay, shortDate } from '../../../core/format';
import type { MentorSummary } from '../../../core/types';
import { avatar, createSection, emptyState, limitedList, noteLink, pill, type SectionContext } from '../dom';
import { bookedLabel, lastContactLabel, meetingLabel, snoozeLabel } from '../../../core/presentation/labels';
import { mentorActions } from './mentor-bits';
import { renderKeepInTouch } from './relationship-card';
import { renderUpdatesDue } from './updates-due';

/**
 * Mentors I am due (or overdue) to meet, then meetings already booked in the window, then
 * snoozed mentors, greyed. The section's count is the rows to book; each group below
 * carries its own count, so every number equals the rows under it.
 */
export function renderMeetings(parent: HTMLElement, ctx: SectionContext): void {
	const due = ctx.lists.meetingsDue();
	const booked = ctx.lists.meetingsBooked();
	const snoozed = ctx.lists.meetingsSnoozed();
	const body = createSection(parent, 'meetings', 'Meetings due', 'calendar-clock', due.length);
	if (due.length === 0) {
		const next = nextUp(ctx);
		emptyState(
			body,
			'No meeting to book right now.',
			next?.nextDue ? `Next up: ${next.name}, ${shortDate(next.nextDue, ctx.team.today)} (${relativeDay(next.nextDue, ctx.team.today)}).` : undefined,
		);
	} else {
		const list = body.createEl('ul', { cls: 'mentor-rally-list' });
		limitedList(list, body, 'meetings', due, ctx, (p, mentor) => renderDueRow(p, mentor, ctx));
	}
	if (booked.length > 0) {
		subheading(body, 'Booked', booked.length);
		const list = body.createEl('ul', { cls: ['mentor-rally-list', 'mentor-rally-booked'] });
		limitedList(list, body, 'booked', booked, ctx, (p, mentor) => renderBookedRow(p, mentor, ctx));
	}
	if (snoozed.length > 0) {
		subheading(body, 'Snoozed', snoozed.length);
		const list = body.createEl('ul', { cls: ['mentor-rally-list', 'mentor-rally-snoozed'] });
		limitedList(list, body, 'snoozed', snoozed, ctx, (p, mentor) => renderSnoozedRow(p, mentor, ctx));
	}
	renderKeepInTouch(body, ctx);
	renderUpdatesDue(body, ctx);
}

function subheading(parent: HTMLElement, text: string, count: number): void {
	const heading = parent.createEl('h4', { cls: 'mentor-rally-subheading', text });
	heading.createSpan({ cls: 'mentor-rally-subheading-count', text: ` · ${count}` });
}

/**
 * The parts every meeting row shares: the avatar, the mentor's name (opens the note) and an
 * empty meta line for the row to fill. `state` is the row's extra class (booked, snoozed).
 */
function meetingRow(parent: Node, mentor: MentorSummary, ctx: SectionContext, state: string | null): { row: HTMLElement; meta: HTMLElement } {
	const row = parent.createEl('li', { cls: ['mentor-rally-row', 'mentor-rally-meeting-row', ...(state ? [state] : [])], attr: { 'data-path': mentor.path } });
	avatar(row, mentor.name);
	const main = row.createDiv({ cls: 'mentor-rally-row-main' });
	noteLink(main, mentor.name, (newLeaf) => ctx.actions.openMentor(mentor, newLeaf));
	return { row, meta: main.createDiv({ cls: 'mentor-rally-row-meta' }) };
}

/** Last contact and how often: what a meeting to book (or a paused one) is judged by. */
function rhythm(meta: HTMLElement, mentor: MentorSummary, ctx: SectionContext): void {
	meta.createSpan({ cls: 'mentor-rally-last-contact', text: lastContactLabel(mentor, ctx.team.today) });
	meta.createSpan({ text: describeCadence(mentor.cadence) });
}

function renderDueRow(parent: Node, mentor: MentorSummary, ctx: SectionContext): void {
	const { row, meta } = meetingRow(parent, mentor, ctx, mentor.status === 'overdue' ? 'is-overdue' : null);
	rhythm(meta, mentor, ctx);
	const badge = meetingLabel(mentor, ctx.team.today);
	pill(row, badge.text, badge.tone, 'mentor-rally-row-badge');
	mentorActions(row, mentor, ctx);
}

function renderBookedRow(parent: Node, mentor: MentorSummary, ctx: SectionContext): void {
	const today = ctx.team.today;
	const { row, meta } = meetingRow(parent, mentor, ctx, 'is-booked');
	meta.createSpan({ text: bookedLabel(mentor, today) });
	meta.createSpan({ cls: 'mentor-rally-last-contact', text: lastContactLabel(mentor, today) });
	pill(row, mentor.nextDue ? `Booked ${relativeDay(mentor.nextDue, today)}` : 'Booked', 'accent', 'mentor-rally-row-badge');
	mentorActions(row, mentor, ctx, { calendar: true, loop: true });
}

/** A snoozed mentor: greyed, with the day the snooze ends; the meeting stays paused until then. */
function renderSnoozedRow(parent: Node, mentor: MentorSummary, ctx: SectionContext): void {
	const { row, meta } = meetingRow(parent, mentor, ctx, 'is-snoozed');
	rhythm(meta, mentor, ctx);
	pill(row, snoozeLabel(mentor, ctx.team.today) ?? 'Snoozed', 'muted', 'mentor-rally-row-badge');
	mentorActions(row, mentor, ctx);
}

/** The active mentor to meet next, for the empty state. */
function nextUp(ctx: SectionContext): MentorSummary | null {
	let best: MentorSummary | null = null;
	for (const m of ctx.team.mentors) {
		if (m.lifecycle !== 'active' || m.nextDue === null) continue;
		if (best === null || (best.nextDue !== null && m.nextDue < best.nextDue)) best = m;
	}
	return best;
}
