import { addCadence, parseCadence, type Cadence } from './cadence';
import { addDays, daysBetween, LAST_CALENDAR_DAY, maxDate, minDate, type CalendarDate } from './calendar-date';
import { pushAll } from './collections';
import { nameVariants } from './names';
import { MentorDirectory } from './mentor-directory';
import { coverage, reportDuplicateNames } from './coverage';
import { comparePaths, compareText } from './compare-text';
import type { MentorRallySettings } from './settings';
import type { Ball, Item, MeetingFacts, MentorFacts, MentorStatus, MentorSummary, NoteFacts, ParsedItem, Problem, TeamSnapshot } from './types';

/** A summary while the team is built: its item counts and ball are filled in after the items are read. */
type SummaryDraft = { -readonly [K in keyof MentorSummary]: MentorSummary[K] };

const FALLBACK_CADENCE: Cadence = { count: 2, unit: 'week' };

interface MentorWork {
	facts: MentorFacts;
	meetingDates: CalendarDate[];
	variants: Set<string>;
}

/**
 * Joins every note's facts into the team as it stands on `today`: last contact, next due,
 * status, the ball, coverage and problems. Pure and cheap: all text reading happened in
 * readNote, so this runs again whenever a note changes or the day turns.
 */
export function deriveTeam(notes: Iterable<NoteFacts>, settings: MentorRallySettings, today: CalendarDate, joined: JoinCache = new WeakMap()): TeamSnapshot {
	const mentors: MentorFacts[] = [];
	const meetings: MeetingFacts[] = [];
	const problems: Problem[] = [];
	for (const note of notes) {
		pushAll(problems, note.problems);
		if (note.kind === 'mentor') mentors.push(note);
		else if (note.kind === 'meeting') meetings.push(note);
	}
	mentors.sort((a, b) => compareText(a.name, b.name) || compareText(a.path, b.path));

	const directory = new MentorDirectory(mentors);
	const work = new Map<MentorFacts, MentorWork>();
	// Each note's items with the mentor each belongs to, to be joined in file order.
	const placed: { note: NoteFacts; items: readonly ParsedItem[]; owners: MentorWork[] }[] = [];
	for (const facts of mentors) {
		const entry: MentorWork = { facts, meetingDates: [], variants: nameVariants(facts.name, facts.aliases) };
		work.set(facts, entry);
		placed.push({ note: facts, items: facts.items, owners: facts.items.map(() => entry) });
	}
	reportDuplicateNames(mentors, problems);

	// Meeting notes: a contact for each linked mentor, and their items.
	for (const meeting of meetings) {
		const linked: MentorWork[] = [];
		for (const target of meeting.mentorLinks) {
			const found = directory.resolve(target);
			const first = found[0];
			if (!first) {
				problems.push({ path: meeting.path, message: `links to "${target}", which is not a mentor note; create the mentor or fix the link` });
				continue;
			}
			const entry = work.get(first);
			if (entry && !linked.includes(entry)) linked.push(entry);
		}
		if (meeting.mentorLinks.length === 0) {
			problems.push({ path: meeting.path, message: 'this meeting note links no mentor; set the mentor property to a link such as "[[Dr. Maya Lee]]"' });
		}
		for (const entry of linked) if (meeting.date) entry.meetingDates.push(meeting.date);
		const firstLinked = linked[0];
		if (!firstLinked) continue;
		const owners = meeting.items.map(
			(item) => linked.find((m) => item.prefixKey !== null && m.variants.has(item.prefixKey)) ?? linked.find((m) => item.linkKeys.some((k) => m.variants.has(k))) ?? firstLinked,
		);
		placed.push({ note: meeting, items: meeting.items, owners });
	}

	const defaultCadence = readDefaultCadence(settings);
	const summaryOf = new Map<MentorWork, SummaryDraft>();
	for (const entry of work.values()) summaryOf.set(entry, summarise(entry, settings, defaultCadence, today, problems));

	// Items in file order (notes by path, items by line, as read), so no sort of every item.
	placed.sort((a, b) => comparePaths(a.note.path, b.note.path));
	const items: Item[] = [];
	const summaryAt = new Map<string, SummaryDraft>();
	for (const summary of summaryOf.values()) summaryAt.set(summary.path, summary);
	for (const { note, items: parsedItems, owners } of placed) {
		for (const item of joinedItems(note, parsedItems, owners, summaryOf, today, joined)) {
			items.push(item);
			if (!item.open) continue;
			const summary = summaryAt.get(item.mentorPath) as SummaryDraft;
			if (item.owner === 'me') {
				summary.openMine++;
				if (item.overdue) summary.overdueMine++;
			} else summary.openTheirs++;
		}
	}
	const summaries = [...summaryOf.values()];
	for (const summary of summaries) summary.ball = ball(summary);

	return {
		today,
		markerTags: { ownerTag: settings.ownerTag, replyTag: settings.replyTag },
		mentors: summaries,
		items,
		coverage: coverage(summaries, settings),
		problems: problems.sort((a, b) => comparePaths(a.path, b.path) || (a.line ?? 0) - (b.line ?? 0)),
	};
}

function readDefaultCadence(settings: MentorRallySettings): Cadence {
	const parsed = parseCadence(settings.defaultCadence);
	return parsed.ok ? parsed.cadence : FALLBACK_CADENCE;
}

function summarise(entry: MentorWork, settings: MentorRallySettings, defaultCadence: Cadence, today: CalendarDate, problems: Problem[]): MentorSummary {
	const facts = entry.facts;
	const pastHeadings = facts.headingDates.filter((d) => d <= today);
	const pastMeetings = entry.meetingDates.filter((d) => d <= today);
	// A last contact in the future is a typo (or a meeting not yet held): it is not a contact.
	const recorded = facts.lastContact && facts.lastContact <= today ? facts.lastContact : null;
	if (facts.lastContact && !recorded) {
		problems.push({
			path: facts.path,
			message: `${settings.properties.lastContact} ${facts.lastContact} is in the future, so it is not counted; for a meeting ahead use ${settings.properties.nextMeeting}`,
		});
	}
	const contacts = [...new Set([...(recorded ? [recorded] : []), ...pastMeetings, ...pastHeadings])].sort();
	const lastContact = maxDate(contacts);
	const cadence = facts.cadence ?? defaultCadence;

	// The next meeting: a scheduled one (property or a meeting note dated ahead), else
	// one cadence after the last contact, else today for someone never contacted. A
	// next_meeting on or before the last contact has happened (contact logged that day).
	const booked = facts.nextMeeting;
	const scheduledDates = [booked && booked.date >= today && !(lastContact && lastContact >= booked.date) ? booked.date : null, ...entry.meetingDates.filter((d) => d > today)];
	const scheduled = minDate(scheduledDates);
	const active = facts.lifecycle === 'active';
	const nextDue = !active ? null : (scheduled ?? (lastContact ? addCadence(lastContact, cadence) : today));
	if (nextDue === LAST_CALENDAR_DAY && !scheduled && lastContact !== null) {
		problems.push({
			path: facts.path,
			message: `the next meeting falls after ${LAST_CALENDAR_DAY}, the last day Mentor Rally can show; check ${settings.properties.lastContact} and ${settings.properties.cadence}`,
		});
	}

	let status: MentorStatus;
	if (facts.lifecycle !== 'active') status = facts.lifecycle;
	else if (nextDue && nextDue < today) status = 'overdue';
	else if (scheduled) status = 'scheduled';
	else if (nextDue && nextDue <= addDays(today, settings.dueSoonDays)) status = 'due';
	else status = 'ok';

	const nextMeeting = scheduled ? { date: scheduled, time: facts.nextMeeting?.date === scheduled ? facts.nextMeeting.time : null } : null;

	return {
		name: facts.name,
		path: facts.path,
		aliases: facts.aliases,
		roles: facts.roles,
		lifecycle: facts.lifecycle,
		status,
		cadence,
		cadenceIsDefault: facts.cadence === null,
		lastContact,
		daysSinceContact: lastContact ? daysBetween(lastContact, today) : null,
		nextDue,
		nextMeeting,
		ball: 'none',
		openMine: 0,
		openTheirs: 0,
		overdueMine: 0,
		snoozedUntil: facts.snoozeUntil && facts.snoozeUntil > today ? facts.snoozeUntil : null,
		contacts,
		email: facts.email,
		institution: facts.institution,
		since: facts.since,
		relationship: facts.relationship,
	};
}

/**
 * Items joined to their mentors, kept between snapshots: an item changes only when its note
 * changes (a new NoteFacts object) or when what it takes from its mentor does (name, aliases,
 * next due date) or the day turns. Editing one note re-joins that note's items, not 30,000.
 */
export type JoinCache = WeakMap<NoteFacts, { token: string; items: Item[] }>;

function joinedItems(note: NoteFacts, parsed: readonly ParsedItem[], owners: readonly MentorWork[], summaryOf: ReadonlyMap<MentorWork, MentorSummary>, today: CalendarDate, cache: JoinCache): Item[] {
	// What the items take from their mentors, and which mentor each item went to.
	const distinct: MentorWork[] = [];
	let assignment = '';
	for (const owner of owners) {
		let at = distinct.indexOf(owner);
		if (at === -1) at = distinct.push(owner) - 1;
		assignment += `${at},`;
	}
	let token: string = `${today}\u0000${assignment}`;
	for (const owner of distinct) {
		const summary = summaryOf.get(owner) as MentorSummary;
		token += `\u0000${summary.path}\u0001${summary.name}\u0001${summary.aliases.join('\u0002')}\u0001${summary.nextDue ?? ''}`;
	}
	const cached = cache.get(note);
	if (cached?.token === token) return cached.items;
	const items = parsed.map((item, index) => {
		const owner = owners[index] as MentorWork;
		return joinItem(item, owner, summaryOf.get(owner) as MentorSummary, today);
	});
	cache.set(note, { token, items });
	return items;
}

function joinItem(parsed: ParsedItem, entry: MentorWork, mentor: MentorSummary, today: CalendarDate): Item {
	const owner = parsed.taggedTheirs || (parsed.prefixKey !== null && entry.variants.has(parsed.prefixKey)) ? 'them' : 'me';
	const open = parsed.state === 'open';
	// No date of its own (or "by the next meeting"): due when the next meeting is.
	const dueDate = !open ? null : (parsed.due ?? (parsed.dueSource === null || parsed.dueSource === 'next-meeting' ? mentor.nextDue : null));
	// Every field written out: a spread of `parsed` gave each item its own hidden class,
	// which made building, sorting and printing 30,000 items ten times slower.
	return {
		path: parsed.path,
		line: parsed.line,
		raw: parsed.raw,
		twins: parsed.twins,
		text: parsed.text,
		status: parsed.status,
		state: parsed.state,
		taggedTheirs: parsed.taggedTheirs,
		reply: parsed.reply,
		prefixKey: parsed.prefixKey,
		linkKeys: parsed.linkKeys,
		referenceDate: parsed.referenceDate,
		firstSeenKey: parsed.firstSeenKey,
		due: parsed.due,
		dueSource: parsed.dueSource,
		dueText: parsed.dueText,
		doneDate: parsed.doneDate,
		mentor: mentor.name,
		mentorPath: mentor.path,
		owner,
		dueDate,
		open,
		overdue: open && dueDate !== null && dueDate < today,
		age: parsed.referenceDate ? daysBetween(parsed.referenceDate, today) : null,
	};
}

function ball(summary: MentorSummary): Ball {
	if (summary.openMine > 0) return 'mine';
	if (summary.openTheirs > 0) return 'theirs';
	return 'none';
}
