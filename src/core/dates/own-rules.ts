/**
 * Phrases students write that chrono does not read, or reads wrongly ("two weeks from
 * today" comes back as today). Each rule is tried on the whole text; the earliest match wins.
 */
import type { CalendarDate } from '../calendar-date';
import type { DuePhrase } from './phrase';
import { COUNT_RULES } from './rules-counts';
import { DAY_RULES } from './rules-days';
import { HOLIDAY_RULES } from './rules-holidays';
import { PERIOD_RULES } from './rules-periods';

export interface PhraseRule {
	/** With the global flag, every match is tried in turn until one resolves. */
	pattern: RegExp;
	/** A cheap test that any match must pass, for patterns that are slow to fail (they may start anywhere). */
	hint?: RegExp;
	resolve: (match: RegExpExecArray, reference: CalendarDate, prose: string) => CalendarDate | 'next-meeting' | null;
}

const RULES: readonly PhraseRule[] = [
	{
		pattern: /\b(?:by|before|at|for|until|till|on)\s+(?:the\s+|our\s+|my\s+)?next\s+(?:meeting|session|check[- ]?in|catch[- ]?up|1:1|one[- ]on[- ]one)\b/i,
		resolve: () => 'next-meeting',
	},
	...PERIOD_RULES,
	...DAY_RULES,
	...HOLIDAY_RULES,
	...COUNT_RULES,
];

/** The earliest of the phrases chrono does not know ("end of week", "before the next meeting"). */
export function readOwnPhrase(prose: string, reference: CalendarDate): DuePhrase | null {
	let best: DuePhrase | null = null;
	for (const rule of RULES) {
		if (rule.hint && !rule.hint.test(prose)) continue;
		rule.pattern.lastIndex = 0;
		for (let match = rule.pattern.exec(prose); match; match = rule.pattern.global ? rule.pattern.exec(prose) : null) {
			if (best && best.index <= match.index) break;
			const resolved = rule.resolve(match, reference, prose);
			if (resolved === 'next-meeting') best = { kind: 'next-meeting', text: match[0], index: match.index };
			else if (resolved) best = { kind: 'date', date: resolved, text: match[0], index: match.index };
			if (resolved) break;
		}
	}
	return best;
}
