import { owedThanks } from '../../../core/close-loop';
import { plural, shortDate } from '../../../core/format';
import type { MentorSummary } from '../../../core/types';
import type { SectionContext } from '../dom';

/**
 * The meeting loop's facts on a mentor's card (issue 12): thank-yous owed (open items with
 * the loop tag) and, when the mentor has an update cadence, the update due.
 */
export function loopFacts(fact: (term: string, value: string, cls?: string) => HTMLElement, mentor: MentorSummary, ctx: SectionContext): void {
	const thanks = owedThanks(ctx.team, ctx.settings.loopTag).filter((i) => i.mentorPath === mentor.path);
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
