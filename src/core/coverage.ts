import { nameKey } from './names';
import type { MentorRallySettings } from './settings';
import type { CoverageRow, MentorFacts, MentorSummary, Problem } from './types';

/** Counts active mentors per role (and the whole team) against the targets in the settings. */
export function coverage(mentors: readonly MentorSummary[], settings: MentorRallySettings): CoverageRow[] {
	const active = mentors.filter((m) => m.lifecycle === 'active');
	const rows: CoverageRow[] = settings.roleTargets.map((target) => {
		const names = active.filter((m) => m.roles.includes(target.role)).map((m) => m.name);
		return row(target.role, names, target.min, target.max);
	});
	rows.push(
		row(
			'team',
			active.map((m) => m.name),
			settings.teamTarget.min,
			settings.teamTarget.max,
		),
	);
	return rows;
}

function row(role: string, mentors: string[], min: number, max: number): CoverageRow {
	const count = mentors.length;
	return { role, count, min, max, state: count < min ? 'missing' : count > max ? 'over' : 'ok', mentors };
}

export function reportDuplicateNames(mentors: readonly MentorFacts[], problems: Problem[]): void {
	const seen = new Map<string, MentorFacts>();
	for (const mentor of mentors) {
		const key = nameKey(mentor.name);
		const first = seen.get(key);
		if (first) {
			problems.push({
				path: mentor.path,
				message: `another mentor note has the same name (${first.path}); links to "${mentor.name}" go to that one — rename one of them`,
			});
		} else seen.set(key, mentor);
	}
}
