/** Counted spans read forward from the reference day: "two weeks from today", "in 3 months". */
import { addDays, addMonths } from '../calendar-date';
import { countOf } from '../words';
import type { PhraseRule } from './own-rules';

export const COUNT_RULES: readonly PhraseRule[] = [
	{
		pattern:
			/\b(\d{1,3}|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(days?|weeks?|months?)\s+from\s+(?:today|now)\b/i,
		resolve: (m, ref) => {
			const countText = (m[1] ?? '').toLowerCase();
			const count = countOf(countText) ?? 1;
			const unit = (m[2] ?? '').toLowerCase();
			if (unit.startsWith('day')) return addDays(ref, count);
			if (unit.startsWith('week')) return addDays(ref, count * 7);
			return addMonths(ref, count);
		},
	},
	{
		// chrono adds months by overflowing the day ("in 1 month" from 31 January was 3 March);
		// count calendar months, clamped to the month's end, like a monthly cadence.
		pattern: /\b(?:in|within)\s+(\d{1,3}|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(months?|years?)\b/i,
		resolve: (m, ref) => {
			const countText = (m[1] ?? '').toLowerCase();
			const count = countOf(countText) ?? 1;
			return addMonths(ref, (m[2] ?? '').toLowerCase().startsWith('year') ? count * 12 : count);
		},
	},
];
