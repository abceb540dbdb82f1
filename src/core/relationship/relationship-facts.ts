import { parseCadence, type Cadence } from '../cadence';
import { parseCalendarDate, type CalendarDate } from '../calendar-date';
import type { DatedHeading } from '../markdown-scan';
import { isBlank, property, type Frontmatter } from '../properties';
import type { RelationshipSettings } from './relationship-settings';

/** A role or status change: a dated heading (`### 2027-06-01 Role: sponsor`) or a line of the `## History` section. */
export interface RelationshipChange {
	readonly date: CalendarDate;
	readonly kind: 'role' | 'status';
	/** The new role(s) or status, as written (`sponsor`, `alumni`). */
	readonly value: string;
	/** 1-based line in the mentor note. */
	readonly line: number;
}

/** A dated heading that is a log entry (a meeting, a call), not a change. */
export interface LoggedHeading {
	readonly date: CalendarDate;
	readonly text: string;
}

/** What a mentor note says about the relationship over time. */
export interface RelationshipFacts {
	/** For an alumna: how often to keep in touch (`keep_warm: yearly`); null for none. */
	readonly keepWarm: Cadence | null;
	/** Role and status changes, oldest first. */
	readonly changes: readonly RelationshipChange[];
	/** Dated headings that are not changes, oldest first (the timeline names contacts with them). */
	readonly headings: readonly LoggedHeading[];
}

export const NO_RELATIONSHIP_FACTS: RelationshipFacts = Object.freeze({ keepWarm: null, changes: Object.freeze([]), headings: Object.freeze([]) });

/** `2027-06-01 Role: sponsor`, `2027-09-01 status - alumni (moved to Boston)`. */
const CHANGE = /^(\d{4}-\d{2}-\d{2})\s+(roles?|status)\s*[:\-–]\s*(\S.*)$/i;

/** Reads a heading's or a history line's text as a change, or null. */
export function readChange(text: string, line: number): RelationshipChange | null {
	const match = CHANGE.exec(text.trim());
	if (!match) return null;
	const date = parseCalendarDate(match[1]);
	if (!date) return null;
	const kind = (match[2] ?? '').toLowerCase().startsWith('role') ? 'role' : 'status';
	return { date, kind, value: (match[3] ?? '').trim(), line };
}

/** A heading line `## History` (any level), its level. */
const HISTORY_HEADING = /^(#{1,6})[ \t]+history[ \t#]*$/i;
const ANY_HEADING = /^(#{1,6})[ \t]/;
/** The text of a list line of the history section (`- 2027-09-01 Status: alumni`), or null. */
function listText(line: string): string | null {
	const text = line.trim();
	if (!/^[-*+][ \t]/.test(text)) return null;
	const rest = text.slice(2).trim();
	// A task line (`- [x] 2027-09-01 Status: alumni`) reads the same.
	return /^\[.\][ \t]/.test(rest) ? rest.slice(4).trim() : rest;
}

/**
 * Everything the relationship view needs from one mentor note: changes from dated headings
 * and from the `## History` section, the other dated headings, and `keep_warm`.
 */
export function readRelationshipFacts(
	frontmatter: Frontmatter | null,
	lines: readonly string[],
	bodyStartLine: number,
	datedHeadings: readonly DatedHeading[],
	settings: RelationshipSettings,
	report: (message: string) => void,
): RelationshipFacts {
	const changes: RelationshipChange[] = [];
	const headings: LoggedHeading[] = [];
	for (const heading of datedHeadings) {
		const change = readChange(heading.text, heading.line);
		if (change) changes.push(change);
		else headings.push({ date: heading.date, text: heading.text.slice(10).trim() });
	}
	let historyLevel = 0;
	for (let i = Math.max(0, bodyStartLine - 1); i < lines.length; i++) {
		const text = lines[i] ?? '';
		const history = HISTORY_HEADING.exec(text);
		if (history) {
			historyLevel = (history[1] ?? '').length;
			continue;
		}
		const heading = ANY_HEADING.exec(text);
		if (heading) {
			if ((heading[1] ?? '').length <= historyLevel) historyLevel = 0;
			continue;
		}
		if (historyLevel === 0) continue;
		const entry = listText(text);
		const change = entry === null ? null : readChange(entry, i + 1);
		if (change) changes.push(change);
	}
	changes.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.line - b.line));
	headings.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));

	let keepWarm: Cadence | null = null;
	const keepValue = property(frontmatter, settings.keepWarmProperty);
	if (!isBlank(keepValue)) {
		const parsed = parseCadence(keepValue);
		if (parsed.ok) keepWarm = parsed.cadence;
		else report(`${parsed.message.replace(/^cadence/, settings.keepWarmProperty)}; no keep-in-touch reminder for now`);
	}
	return { keepWarm, changes, headings };
}

/** A dated heading that records a change is not a contact. */
export function isChangeHeading(heading: DatedHeading): boolean {
	return readChange(heading.text, heading.line) !== null;
}
