import type { Problem } from '../../../core/types';
import { createSection, emptyState, iconSpan, limitedList, makeOpener, type SectionContext } from '../dom';

/** Notes that could not be fully read, each with a plain message; clicking opens the note. */
export function renderProblems(parent: HTMLElement, ctx: SectionContext): void {
	const problems = ctx.team.problems;
	const body = createSection(parent, 'problems', 'Problems', 'alert-triangle', problems.length);
	if (problems.length === 0) {
		emptyState(body, 'No problems: every note was read.');
		return;
	}
	const list = body.createEl('ul', { cls: 'mentor-rally-list' });
	limitedList(list, body, 'problems', problems, ctx, (p, problem) => renderProblem(p, problem, ctx));
}

function renderProblem(parent: Node, problem: Problem, ctx: SectionContext): void {
	const row = parent.createEl('li', { cls: ['mentor-rally-row', 'mentor-rally-problem-row'], attr: { 'data-path': problem.path } });
	iconSpan(row, 'alert-triangle', 'mentor-rally-icon mentor-rally-problem-icon');
	const main = row.createDiv({ cls: 'mentor-rally-row-main' });
	const path = main.createSpan({
		cls: 'mentor-rally-row-title mentor-rally-problem-path',
		text: problem.line ? `${problem.path}:${problem.line}` : problem.path,
		attr: { role: 'link', tabindex: '0' },
	});
	main.createDiv({ cls: 'mentor-rally-row-meta mentor-rally-problem-message', text: problem.message });
	makeOpener(row, (newLeaf) => ctx.actions.openProblem(problem, newLeaf));
	path.addEventListener('keydown', (evt) => {
		if (evt.key !== 'Enter') return;
		evt.preventDefault();
		ctx.actions.openProblem(problem, evt.ctrlKey || evt.metaKey);
	});
}
