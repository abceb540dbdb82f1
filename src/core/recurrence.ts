import { addCadence, parseCadence } from './cadence';
import { addDays, daysBetween, parseCalendarDate, weekday, type CalendarDate } from './calendar-date';

/**
 * The next occurrence of a recurring task (`🔁 every 2 weeks`), written as the Tasks
 * plugin writes it when one is completed: the same line, open, with its dates moved on by
 * the rule (the due date, else the scheduled, else the start date is the reference; the
 * others keep their distance to it; `when done` counts from the day it was done), without
 * the done date or a block id (which must stay unique).
 */
export type NextOccurrence =
	| { kind: 'not-recurring' }
	| {
			kind: 'next';
			line: string;
			/** The rule as written (`every 2 weeks`), for the notice. */
			rule: string;
			/** The next occurrence's date and which field it is (due, scheduled, start); null when the line has no date. */
			date: { field: RecurrenceDateField; day: CalendarDate } | null;
	  }
	| { kind: 'unknown-rule'; rule: string };

export type RecurrenceDateField = 'due' | 'scheduled' | 'start';
const FIELD_OF_SIGN = new Map<string, RecurrenceDateField>([
	['📅', 'due'],
	['📆', 'due'],
	['🗓', 'due'],
	['⏳', 'scheduled'],
	['🛫', 'start'],
]);

const RULE = /🔁\uFE0F?\s*([^📅📆🗓⏳🛫✅❌➕🔺⏫🔼🔽⏬🆔⛔#^]+)/u;
const DATE_FIELD = /(📅|📆|🗓|⏳|🛫)(\uFE0F?\s*)(\d{4}-\d{2}-\d{2})/gu;
const CLOSING_FIELD = /[ \t]{0,4}(?:✅|❌)\uFE0F?[ \t]{0,4}\d{4}-\d{2}-\d{2}/gu;
const BLOCK_ID = / \^[a-zA-Z0-9-]+$/u;
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

/** `openLine` is the task as it was before it was ticked (`- [ ] … 🔁 every week 📅 …`). */
export function nextOccurrence(openLine: string, today: CalendarDate): NextOccurrence {
	const rule = recurrenceRule(openLine);
	if (rule === null) return { kind: 'not-recurring' };
	const whenDone = rule.toLowerCase().endsWith(' when done');
	const step = stepOf((whenDone ? rule.slice(0, -' when done'.length) : rule).trim().toLowerCase());
	if (!step) return { kind: 'unknown-rule', rule };

	const referenceField = occurrenceDate(openLine);
	const reference = referenceField?.day ?? null;
	const base = whenDone || !reference ? today : reference;
	const next = step(base);
	const shift = reference ? daysBetween(reference, next) : 0;
	const line = openLine
		.trimEnd()
		.replace(CLOSING_FIELD, '')
		.replace(BLOCK_ID, '')
		.replace(DATE_FIELD, (whole, sign: string, gap: string, text: string) => {
			const date = parseCalendarDate(text);
			return date ? `${sign}${gap}${addDays(date, shift)}` : whole;
		})
		.trimEnd();
	return { kind: 'next', line, rule, date: referenceField ? { field: referenceField.field, day: next } : null };
}

/** The rule as a step from one occurrence to the next; null for a rule this reader does not know. */
function stepOf(rule: string): ((from: CalendarDate) => CalendarDate) | null {
	const onDay = /^every (?:(\d{1,3}) )?weeks? on (\w+)$/.exec(rule);
	if (onDay) {
		const day = WEEKDAYS.indexOf((onDay[2] ?? '').replace(/s$/, ''));
		if (day === -1) return null;
		const weeks = Number(onDay[1] ?? 1);
		return (from) => {
			let next = addDays(from, 1);
			while (weekday(next) !== day) next = addDays(next, 1);
			return addDays(next, (weeks - 1) * 7);
		};
	}
	const cadence = parseCadence(rule);
	if (!cadence.ok) return null;
	return (from) => addCadence(from, cadence.cadence);
}

/** The repeat rule of a task line (`every 2 weeks`), or null when it does not repeat. */
export function recurrenceRule(line: string): string | null {
	const found = RULE.exec(line);
	return found ? (found[1] ?? '').trim() : null;
}

/** The date an occurrence is known by (its due date, else scheduled, else start), as in nextOccurrence. */
export function occurrenceDate(line: string): { field: RecurrenceDateField; day: CalendarDate } | null {
	const dates = [...line.matchAll(DATE_FIELD)].map((m) => ({ sign: m[1] ?? '', day: parseCalendarDate(m[3]) }));
	for (const sign of ['📅', '📆', '🗓', '⏳', '🛫']) {
		const found = dates.find((d) => d.sign === sign && d.day);
		const field = FIELD_OF_SIGN.get(sign);
		if (found?.day && field) return { field, day: found.day };
	}
	return null;
}
