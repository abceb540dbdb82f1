import { compareMentors } from './mentor-links';
import { lowerBound } from './sorted-lists';
import type { MentorWork, SummaryDraft } from './team-summary';
import type { Item, MeetingFacts, MentorFacts, MentorSummary, NoteFacts, Problem } from './types';

/* The state the incremental team model (team-model.ts) keeps between edits. */

/** One mentor as the model keeps it between edits. */
export interface MentorState extends MentorWork {
	readonly path: string;
	readonly name: string;
	readonly aliases: readonly string[];
	/** Meeting notes whose links resolve to this mentor. */
	readonly linkedBy: Set<string>;
	/** The summary with no items counted (what items are joined with), and the problems it found. */
	base: SummaryDraft | null;
	baseProblems: Problem[];
	openMine: number;
	openTheirs: number;
	overdueMine: number;
	/** The summary the snapshot shows (base + counts); replaced, never changed, when either changes. */
	summary: MentorSummary | null;
}

export interface MeetingState {
	readonly facts: MeetingFacts;
	/** The mentors its links resolve to, in link order, each once. */
	linked: MentorState[];
	linkProblems: Problem[];
}

/** A note's joined items, and the mentor that owns each. */
export interface Joined {
	readonly items: readonly Item[];
	readonly owners: readonly MentorState[];
}

export const NOTHING_JOINED: Joined = { items: [], owners: [] };

/** What changed since the last snapshot, gathered while the model settles an edit. */
export interface Dirty {
	mentors: Set<MentorState>;
	counts: Set<MentorState>;
	meetings: Set<string>;
	rejoin: Set<string>;
	problems: Set<string>;
	mentorSetChanged: boolean;
}

/** Same name and aliases: every link resolves to the mentor as before. */
export function sameNames(before: MentorFacts, after: MentorFacts): boolean {
	return before.name === after.name && before.aliases.length === after.aliases.length && before.aliases.every((alias, i) => alias === after.aliases[i]);
}

/** Where the mentor goes in a list in name order. */
export function insertionPoint(sorted: readonly MentorState[], mentor: MentorState): number {
	return lowerBound(sorted, mentor, compareMentors);
}

/**
 * A note's problems in the order deriveTeam gives them: its own, then a duplicate name (when
 * `firstNamesake`, the mentor links go to, is another note), its summary's, its links'; by line.
 */
export function orderedProblems(facts: NoteFacts, mentor: MentorState | undefined, firstNamesake: MentorState | undefined, linkProblems: readonly Problem[]): readonly Problem[] {
	const problems = facts.problems.slice();
	if (mentor) {
		if (firstNamesake && firstNamesake !== mentor) {
			problems.push({
				path: facts.path,
				message: `another mentor note has the same name (${firstNamesake.path}); links to "${mentor.name}" go to that one — rename one of them`,
			});
		}
		for (const problem of mentor.baseProblems) problems.push(problem);
	}
	for (const problem of linkProblems) problems.push(problem);
	return problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
}
