import { duration, shortDate } from '../../../core/format';
import type { SectionContext, SectionId } from '../dom';
import { isSmallTeam } from './getting-started';

/**
 * The top of the full dashboard: today's date and four numbers that answer "whose court
 * is the ball in?" at a glance. Each number jumps to its section.
 */
export function renderHeader(parent: HTMLElement, ctx: SectionContext): void {
	const team = ctx.team;
	const header = parent.createDiv({ cls: 'mentor-rally-header' });
	const titleRow = header.createDiv({ cls: 'mentor-rally-header-title' });
	titleRow.createEl('h2', { text: 'Your mentor team' });
	titleRow.createSpan({ cls: 'mentor-rally-today', text: `${shortDate(team.today)} ${team.today.slice(0, 4)}` });

	const mine = ctx.lists.yourCourt();
	const overdue = mine.filter((i) => i.overdue).length;
	const due = ctx.lists.meetingsDue();
	const lateMeetings = due.filter((m) => m.status === 'overdue').length;
	const soonMeetings = due.length - lateMeetings;
	const booked = ctx.lists.meetingsBooked().length;
	const theirs = ctx.lists.theirCourt();
	const longest = theirs[0]?.age ?? null;
	const active = team.mentors.filter((m) => m.lifecycle === 'active').length;
	const teamRow = team.coverage.find((r) => r.role === 'team');
	const missingRoles = team.coverage.filter((r) => r.role !== 'team' && r.state === 'missing').length;
	// A new team is starting, not failing: its empty roles are to fill, not an alert.
	const starting = isSmallTeam(ctx);

	const stats = header.createDiv({ cls: 'mentor-rally-stats' });
	stat(stats, parent, 'your-court', mine.length, 'In your court', overdue > 0 ? `${overdue} overdue` : 'All on time', overdue > 0);
	const meetingsSub = lateMeetings > 0 ? `${lateMeetings} overdue` : soonMeetings > 0 ? 'Book soon' : booked > 0 ? `${booked} booked` : 'Up to date';
	stat(stats, parent, 'meetings', due.length, due.length === 1 ? 'Meeting due' : 'Meetings due', meetingsSub, lateMeetings > 0);
	stat(stats, parent, 'their-court', theirs.length, 'Waiting on mentors', longest !== null && longest > 0 ? `Longest ${duration(longest)}` : 'Nothing pending', false);
	const target = teamRow ? (teamRow.min === teamRow.max ? `${teamRow.min}` : `${teamRow.min}–${teamRow.max}`) : '';
	stat(
		stats,
		parent,
		'team',
		active,
		active === 1 ? 'Active mentor' : 'Active mentors',
		missingRoles > 0 ? `${missingRoles} ${missingRoles === 1 ? 'role' : 'roles'} ${starting ? 'to fill' : 'missing'}` : target ? `Target ${target}` : '',
		missingRoles > 0 && !starting,
	);
}

function stat(parent: HTMLElement, root: HTMLElement, section: SectionId, value: number, label: string, sub: string, alert: boolean): void {
	const button = parent.createEl('button', { cls: 'mentor-rally-stat', attr: { type: 'button', 'data-target': section } });
	button.createSpan({ cls: 'mentor-rally-stat-value', text: String(value) });
	button.createSpan({ cls: 'mentor-rally-stat-label', text: label });
	if (sub) button.createSpan({ cls: ['mentor-rally-stat-sub', ...(alert ? ['is-alert'] : [])], text: sub });
	button.addEventListener('click', () => {
		root.querySelector(`[data-section="${section}"]`)?.scrollIntoView({ block: 'start', behavior: 'smooth' });
	});
}
