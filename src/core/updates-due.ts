import { addCadence, describeCadence, parseCadence, type Cadence } from './cadence';
import { compareDueDates, type CalendarDate } from './calendar-date';
import { compareText } from './compare-text';
import { isBlank, property, type Frontmatter } from './properties';
import { readDateProperty } from './property-readers';
import type { MentorRallySettings } from './settings';
import type { TeamSnapshot } from './types';

/**
 * Keeping mentors updated (issue 12): a mentor note may say how often to send a progress
 * update (`update_cadence: quarterly`) and when the last one went (`last_update`). The
 * adapters read those two properties (the snapshot does not carry them); this says who is due.
 */
export interface UpdateFacts {
	lastUpdate: CalendarDate | null;
	updateCadence: Cadence | null;
}

/** The two properties from a mentor note's frontmatter; unreadable values count as absent. */
export function readUpdateFacts(frontmatter: Frontmatter | null, settings: Pick<MentorRallySettings, 'lastUpdateProperty' | 'updateCadenceProperty'>): UpdateFacts {
	const ignore = (): void => undefined;
	const raw = property(frontmatter, settings.updateCadenceProperty);
	const cadence = isBlank(raw) ? null : parseCadence(raw);
	return { lastUpdate: readDateProperty(frontmatter, settings.lastUpdateProperty, ignore), updateCadence: cadence?.ok ? cadence.cadence : null };
}

export interface UpdateDue {
	mentor: string;
	mentorPath: string;
	lastUpdate: CalendarDate | null;
	/** The day the update fell due: last update + cadence; today when none was ever sent. */
	due: CalendarDate;
	/** The cadence as words ("quarterly"). */
	cadence: string;
}

/** Active mentors with an update cadence whose next update is due today or earlier, longest due first. */
export function updatesDue(team: TeamSnapshot, facts: ReadonlyMap<string, UpdateFacts>): UpdateDue[] {
	const due: UpdateDue[] = [];
	for (const mentor of team.mentors) {
		const fact = facts.get(mentor.path);
		if (mentor.lifecycle !== 'active' || !fact?.updateCadence) continue;
		const day = fact.lastUpdate ? addCadence(fact.lastUpdate, fact.updateCadence) : team.today;
		if (day <= team.today) due.push({ mentor: mentor.name, mentorPath: mentor.path, lastUpdate: fact.lastUpdate, due: day, cadence: describeCadence(fact.updateCadence) });
	}
	return due.sort((a, b) => compareDueDates(a.due, b.due) || compareText(a.mentor, b.mentor));
}
