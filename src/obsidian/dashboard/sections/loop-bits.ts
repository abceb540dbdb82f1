import { owedThanks } from '../../../core/close-loop';
import { plural, shortDate } from '../../../core/format';
import type { Item, MentorSummary, TeamSnapshot } from '../../../core/types';
import type { SectionContext } from '../dom';

/**
 * Each snapshot's owed thank-yous by mentor, found once: every card asks, and a walk over all
 * items per card made a team of 500 mentors and 12,500 items take over 200 ms to draw.
 */
const thanksCache = new WeakMap<TeamSnapshot, { loopTag: string; byMentor: Map<string, Item[]> }>();

function thanksFor(team: TeamSnapshot, loopTag: string, mentorPath: string): readonly Item[] {
	let cached = thanksCache.get(team);
	if (cached?.loopTag !== loopTag) {
		const byMentor = new Map<string, Item[]>();
		for (const item of owedThanks(team, loopTag)) {
			const list = byMentor.get(item.mentorPath);
			if (list) list.push(item);
			else byMentor.set(item.mentorPath, [item]);
		}
		thanksCache.set(team, (cached = { loopTag, byMentor }));
	}
	return cached.byMentor.get(mentorPath) ?? [];
}

/**
 * The meeting loop's facts on a mentor's card (issue 12): thank-yous owed (open items with
 * the loop tag) and, when the mentor has an update cadence, the update due.
 */
export function loopFacts(fact: (term: string, value: string, cls?: string) => HTMLElement, mentor: MentorSummary, ctx: SectionContext): void {
	const thanks = thanksFor(ctx.team, ctx.settings.loopTag, mentor.path);
	if (thanks.length > 0) {
		const first = thanks[0]?.dueDate;
		const overdue = thanks.some((i) => i.overdue);
		fact(
			'Owed thanks',
			`${plural(thanks.length, 'thank-you')}${first ? ` · by ${shortDate(first, ctx.team.today)}` : ''}`,
			overdue ? 'mentor-rally-text-overdue mentor-rally-owed-thanks' : 'mentor-rally-owed-thanks',
		);
	}
	const update = ctx.updatesDue?.find((u) => u.mentorPath === mentor.path);
	if (update) fact('Update', update.lastUpdate ? `Due · last sent ${shortDate(update.lastUpdate, ctx.team.today)}` : 'Due · none sent yet', 'mentor-rally-update-due');
}
