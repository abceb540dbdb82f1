import type { CalendarDate } from './calendar-date';
import { pushAll } from './collections';
import { nameVariants } from './names';
import { MentorDirectory } from './mentor-directory';
import { coverage, reportDuplicateNames } from './coverage';
import { comparePaths, compareText } from './compare-text';
import type { MentorRallySettings } from './settings';
import { joinedItems, meetingOwners, type JoinCache } from './team-join';
import { ball, readDefaultCadence, summarise, type MentorWork, type SummaryDraft } from './team-summary';
import type { Item, MeetingFacts, MentorFacts, NoteFacts, ParsedItem, Problem, TeamSnapshot } from './types';

export type { JoinCache } from './team-join';

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
		const entry: MentorWork = { facts, meetings: [], variants: nameVariants(facts.name, facts.aliases) };
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
		for (const entry of linked) if (meeting.date) entry.meetings.push({ date: meeting.date, path: meeting.path });
		const firstLinked = linked[0];
		if (!firstLinked) continue;
		const owners = meetingOwners(meeting.items, linked, firstLinked);
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
		for (const item of joinedItems(note, parsedItems, owners, (owner) => summaryOf.get(owner) as SummaryDraft, today, joined)) {
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
		markerTags: { ownerTag: settings.ownerTag, replyTag: settings.replyTag, loopTag: settings.loopTag },
		mentors: summaries,
		items,
		coverage: coverage(summaries, settings),
		problems: problems.sort((a, b) => comparePaths(a.path, b.path) || (a.line ?? 0) - (b.line ?? 0)),
	};
}
