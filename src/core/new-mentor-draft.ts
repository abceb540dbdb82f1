import { addCadence, describeCadence, parseCadence, type Cadence } from './cadence';
import { addDays, addMonths, type CalendarDate } from './calendar-date';
import { fileNameFor } from './file-names';
import { capitalize, relativeDay, shortDate } from './format';
import type { NewMentor } from './note-templates';
import { BUILT_IN_ROLES } from './role-settings';
import { canonicalRole } from './roles';
import type { MentorRallySettings } from './settings';
import { readTypedDay } from './typed-day';

/** What the "New mentor" form holds, as typed. */
export interface NewMentorInput {
	name: string;
	/** Roles picked from the role choices (role keys). */
	roles: readonly string[];
	/** Other roles typed by hand, separated by commas. */
	otherRoles: string;
	/** Empty: the default cadence of the settings. */
	cadence: string;
	/** When you last met, typed as a day; empty: not yet. */
	lastMet: string;
}

export type NewMentorDraft = { mentor: NewMentor; cadence: Cadence | null; nextDue: CalendarDate } | { message: string; field: 'name' | 'cadence' | 'lastMet' };

/** The roles offered as choices: the built-in ones, then the custom roles of the settings. */
export function roleChoices(settings: MentorRallySettings): string[] {
	const roles = [...BUILT_IN_ROLES];
	for (const target of settings.roleTargets) if (!roles.includes(target.role)) roles.push(target.role);
	return roles;
}

/** The mentor to create from the form, or what is wrong and in which field. */
export function draftNewMentor(input: NewMentorInput, settings: MentorRallySettings, today: CalendarDate): NewMentorDraft {
	const schedule = draftSchedule(input, settings, today);
	if ('message' in schedule) return schedule;
	const name = input.name.trim();
	if (name === '') return { message: 'Give the mentor a name.', field: 'name' };
	// The note takes the name: one that cannot be a file name is refused here, as typed.
	const file = fileNameFor(name);
	if (!file.ok) return { message: file.message, field: 'name' };
	const roles = [...input.roles];
	for (const other of input.otherRoles.split(',')) {
		const role = canonicalRole(other, settings.roleSynonyms);
		if (role !== '' && !roles.includes(role)) roles.push(role);
	}
	return { mentor: { name, roles, cadence: schedule.typed, today, lastContact: schedule.lastContact }, cadence: schedule.cadence, nextDue: schedule.nextDue };
}

type Schedule = { typed: Cadence | null; cadence: Cadence | null; lastContact: CalendarDate | null; nextDue: CalendarDate } | { message: string; field: 'cadence' | 'lastMet' };

/** How often to meet and when you last met, as typed; and when the first meeting falls due. */
export function draftSchedule(input: Pick<NewMentorInput, 'cadence' | 'lastMet'>, settings: MentorRallySettings, today: CalendarDate): Schedule {
	let typed: Cadence | null = null;
	if (input.cadence.trim() !== '') {
		const parsed = parseCadence(input.cadence);
		if (!parsed.ok) return { message: `${capitalize(parsed.message)}.`, field: 'cadence' };
		typed = parsed.cadence;
	}
	let lastContact: CalendarDate | null = null;
	if (input.lastMet.trim() !== '') {
		lastContact = readPastDay(input.lastMet, today, settings);
		if (!lastContact) return { message: 'When you last met is not a day: try "Oct 3" or 2026-10-03, or leave it empty.', field: 'lastMet' };
		if (lastContact > today) return { message: 'When you last met cannot be after today; a meeting ahead is booked from the mentor note.', field: 'lastMet' };
	}
	const cadence = typed ?? defaultCadence(settings);
	// As the index will read the new note: one cadence after the last meeting, else today.
	const nextDue = lastContact && cadence ? addCadence(lastContact, cadence) : today;
	return { typed, cadence, lastContact, nextDue };
}

/** "every 2 weeks → next due Tue 8 Dec": how often, and when the first meeting falls due. */
export function cadencePreview(cadence: Cadence | null, nextDue: CalendarDate, today: CalendarDate, settings: MentorRallySettings): string {
	const every = cadence ? describeCadence(cadence) : settings.defaultCadence;
	const when = nextDue > today ? shortDate(nextDue, today) : `${shortDate(nextDue, today)} (${relativeDay(nextDue, today)})`;
	return `${every} → next due ${when}`;
}

function defaultCadence(settings: MentorRallySettings): Cadence | null {
	const parsed = parseCadence(settings.defaultCadence);
	return parsed.ok ? parsed.cadence : null;
}

const AGO = /^(\d{1,3}|a|an|one) (day|week|month)s? ago$/i;

/**
 * A day already past, typed as days are typed everywhere ("Oct 3", "Friday", 2026-10-03),
 * plus "yesterday" and "3 weeks ago". Words are read forward for due dates; a meeting held
 * is the one before: "Friday" is last Friday, "Oct 3" the last 3 October. A date with its
 * year stays as written (and is refused by the caller when it is ahead).
 */
export function readPastDay(text: string, today: CalendarDate, settings: MentorRallySettings): CalendarDate | null {
	const trimmed = text.trim();
	if (/^today$/i.test(trimmed)) return today;
	if (/^yesterday$/i.test(trimmed)) return addDays(today, -1);
	const ago = AGO.exec(trimmed);
	if (ago) {
		const count = /^\d/.test(ago[1] ?? '') ? Number(ago[1]) : 1;
		const unit = (ago[2] ?? '').toLowerCase();
		return unit === 'month' ? addMonths(today, -count) : addDays(today, unit === 'week' ? -7 * count : -count);
	}
	const day = readTypedDay(trimmed, today, settings.dateOrder);
	if (!day || day <= today || /\b\d{4}\b/.test(trimmed)) return day;
	if (/^[a-z]+$/i.test(trimmed)) return addDays(day, -7);
	const yearBefore = addMonths(day, -12);
	return yearBefore <= today ? yearBefore : day;
}
