import type { Cadence } from './cadence';
import type { CalendarDate } from './calendar-date';
import { coverage } from './coverage';
import { DeferredChanges } from './deferred-changes';
import { keepLists } from './court-order';
import { LiveDirectory } from './mentor-links';
import { insertionPoint, NOTHING_JOINED, orderedProblems, sameNames, type Dirty, type Joined, type MeetingState, type MentorState } from './team-model-parts';
import { nameVariants } from './names';
import type { MentorRallySettings } from './settings';
import { TeamLists } from './team-lists';
import { joinedItems, meetingOwners, type JoinCache } from './team-join';
import { ball, readDefaultCadence, summarise, type SummaryDraft } from './team-summary';
import type { Item, MentorFacts, MentorSummary, NoteFacts, Problem, TeamSnapshot } from './types';
import { itemsStayQuiet } from './lifecycle';

/**
 * The team kept up to date one note at a time: the same snapshot deriveTeam (team.ts, the
 * reference) makes from every note, but an edit re-derives only the mentors the note touches
 * (the mentor note itself, the mentors its links resolve to, and when a mentor arrives, leaves
 * or changes aliases, the meetings whose links may now resolve differently), and the sorted
 * lists (file order, my court, their court, due now, problems) are updated in place of being
 * sorted again. Each snapshot is a new object with new lists: one already handed out never
 * changes.
 */
export class TeamModel {
	private readonly defaultCadence: Cadence;
	/** The facts of each note as of the last snapshot. */
	private readonly settled = new Map<string, NoteFacts>();
	private readonly mentors = new Map<string, MentorState>();
	private sortedMentors: MentorState[] = [];
	private readonly meetings = new Map<string, MeetingState>();
	private readonly directory = new LiveDirectory<MentorState>();
	/** The joined items of each note with any (mentor notes, and meeting notes that link a mentor). */
	private readonly joined = new Map<string, Joined>();
	private readonly problemsOf = new Map<string, readonly Problem[]>();
	private readonly lists: TeamLists;
	private current: TeamSnapshot | null = null;
	/** What `settle` changed, for the sorted lists at the next `update`. */
	private readonly deferred = new DeferredChanges();

	constructor(
		private readonly settings: MentorRallySettings,
		readonly today: CalendarDate,
		/** Items joined by an earlier model, reused when nothing they take changed. */
		private readonly joinCache: JoinCache = new WeakMap(),
	) {
		this.defaultCadence = readDefaultCadence(settings);
		this.lists = new TeamLists(today, (mentorPath) => {
			const lifecycle = this.mentors.get(mentorPath)?.facts.lifecycle;
			return lifecycle === undefined || itemsStayQuiet(lifecycle);
		});
	}

	/**
	 * Brings the model up to date with `notes` for the paths in `changed` (every path when the
	 * model is new) and returns the snapshot.
	 */
	update(notes: ReadonlyMap<string, NoteFacts>, changed: Iterable<string>): TeamSnapshot {
		return this.advance(notes, changed, true) as TeamSnapshot;
	}

	/**
	 * The same as {@link update} without a snapshot: the sorted lists wait for the next
	 * `update`, which merges everything settled since in one pass.
	 */
	settle(notes: ReadonlyMap<string, NoteFacts>, changed: Iterable<string>): void {
		this.advance(notes, changed, false);
	}

	private advance(notes: ReadonlyMap<string, NoteFacts>, changed: Iterable<string>, publish: boolean): TeamSnapshot | null {
		const first = this.current === null;
		const dirty: Dirty = { mentors: new Set(), counts: new Set(), meetings: new Set(), rejoin: new Set(), problems: new Set(), mentorSetChanged: first };
		for (const path of first ? notes.keys() : changed) this.replaceNote(path, notes.get(path), dirty);
		for (const path of dirty.meetings) this.resolveMeeting(path, dirty);
		for (const mentor of dirty.mentors) this.summariseMentor(mentor, dirty);
		const removed: Item[] = [];
		const added: Item[] = [];
		const chunks = new Map<string, readonly Item[]>();
		for (const path of dirty.rejoin) this.rejoin(path, dirty, removed, added, chunks);
		const problemChunks = new Map<string, readonly Problem[]>();
		for (const path of dirty.problems) problemChunks.set(path, this.noteProblems(path));
		for (const mentor of dirty.counts) this.finishSummary(mentor);
		const mentorsChanged = dirty.mentorSetChanged || dirty.counts.size > 0;
		if (first) {
			this.lists.sortAll(chunks, problemChunks, this.sortedMentors);
			return this.publish(true);
		}
		this.deferred.add({ removed, added, problems: problemChunks, mentorsChanged });
		if (!publish && !this.deferred.full) return null;
		const changes = this.deferred.take();
		this.lists.merge(changes.removed, changes.added, changes.problems);
		return this.publish(changes.mentorsChanged);
	}

	/** Takes the note's old facts out of the model and puts its new ones in (structure only: the joining comes after). */
	private replaceNote(path: string, after: NoteFacts | undefined, dirty: Dirty): void {
		const before = this.settled.get(path);
		if (before === after) return;
		if (after) this.settled.set(path, after);
		else this.settled.delete(path);
		dirty.rejoin.add(path);
		dirty.problems.add(path);
		const mentor = this.mentors.get(path);
		if (mentor && after?.kind === 'mentor' && sameNames(mentor.facts, after)) {
			// Same name and aliases: every link resolves as before; only its own figures change.
			mentor.facts = after;
			dirty.mentors.add(mentor);
			return;
		}
		if (mentor) this.removeMentor(mentor, dirty);
		const meeting = this.meetings.get(path);
		if (meeting) this.removeMeeting(path, meeting, dirty);
		if (after?.kind === 'mentor') this.addMentor(after, dirty);
		else if (after?.kind === 'meeting') {
			this.meetings.set(path, { facts: after, linked: [], linkProblems: [] });
			this.directory.linkMeeting(path, after.mentorLinks);
			dirty.meetings.add(path);
		}
	}

	private addMentor(facts: MentorFacts, dirty: Dirty): void {
		const mentor: MentorState = {
			facts,
			path: facts.path,
			name: facts.name,
			aliases: facts.aliases,
			meetings: [],
			variants: nameVariants(facts.name, facts.aliases),
			linkedBy: new Set(),
			base: null,
			baseProblems: [],
			openMine: 0,
			openTheirs: 0,
			overdueMine: 0,
			summary: null,
		};
		this.mentors.set(mentor.path, mentor);
		this.directory.add(mentor);
		this.sortedMentors.splice(insertionPoint(this.sortedMentors, mentor), 0, mentor);
		this.mentorChanged(mentor, dirty);
	}

	private removeMentor(mentor: MentorState, dirty: Dirty): void {
		this.mentorChanged(mentor, dirty);
		for (const path of mentor.linkedBy) dirty.meetings.add(path);
		this.mentors.delete(mentor.path);
		this.directory.remove(mentor);
		this.sortedMentors.splice(this.sortedMentors.indexOf(mentor), 1);
		dirty.mentors.delete(mentor);
		dirty.counts.delete(mentor);
		for (const namesake of this.directory.namesakes(mentor)) dirty.problems.add(namesake.path);
	}

	/** A mentor arrived or left: links naming it may resolve differently, and its namesakes' duplicate-name problems change. */
	private mentorChanged(mentor: MentorState, dirty: Dirty): void {
		dirty.mentorSetChanged = true;
		dirty.mentors.add(mentor);
		this.directory.meetingsNaming(mentor, dirty.meetings);
		for (const namesake of this.directory.namesakes(mentor)) dirty.problems.add(namesake.path);
	}

	private removeMeeting(path: string, meeting: MeetingState, dirty: Dirty): void {
		for (const mentor of meeting.linked) {
			mentor.linkedBy.delete(path);
			if (this.mentors.get(mentor.path) === mentor) dirty.mentors.add(mentor);
		}
		this.directory.unlinkMeeting(path, meeting.facts.mentorLinks);
		this.meetings.delete(path);
	}

	/** Resolves a meeting's links again, as deriveTeam does; the mentors it left and joined are summarised again. */
	private resolveMeeting(path: string, dirty: Dirty): void {
		const meeting = this.meetings.get(path);
		if (!meeting) return;
		for (const mentor of meeting.linked) {
			mentor.linkedBy.delete(path);
			if (this.mentors.get(mentor.path) === mentor) dirty.mentors.add(mentor);
		}
		const linked: MentorState[] = [];
		const problems: Problem[] = [];
		for (const target of meeting.facts.mentorLinks) {
			const found = this.directory.resolve(target);
			if (!found) problems.push({ path, message: `links to "${target}", which is not a mentor note; create the mentor or fix the link` });
			else if (!linked.includes(found)) linked.push(found);
		}
		if (meeting.facts.mentorLinks.length === 0) {
			problems.push({ path, message: 'this meeting note links no mentor; set the mentor property to a link such as "[[Dr. Maya Lee]]"' });
		}
		for (const mentor of linked) {
			mentor.linkedBy.add(path);
			dirty.mentors.add(mentor);
		}
		meeting.linked = linked;
		meeting.linkProblems = problems;
		dirty.rejoin.add(path);
		dirty.problems.add(path);
	}

	private summariseMentor(mentor: MentorState, dirty: Dirty): void {
		mentor.meetings = [];
		for (const path of mentor.linkedBy) {
			const date = this.meetings.get(path)?.facts.date;
			if (date) mentor.meetings.push({ date, path });
		}
		const before = mentor.base;
		mentor.baseProblems = [];
		const base = summarise(mentor, this.settings, this.defaultCadence, this.today, mentor.baseProblems);
		mentor.base = base;
		dirty.counts.add(mentor);
		dirty.problems.add(mentor.path);
		// Its items take its next due date and whether it is quiet: join them again when those change.
		dirty.rejoin.add(mentor.path);
		if (!before || before.nextDue !== base.nextDue || before.lifecycle !== base.lifecycle) for (const path of mentor.linkedBy) dirty.rejoin.add(path);
	}

	/** Joins a note's items again; the old and new ones go to `removed` and `added`, the counts follow. */
	private rejoin(path: string, dirty: Dirty, removed: Item[], added: Item[], chunks: Map<string, readonly Item[]>): void {
		const old = this.joined.get(path);
		const now = this.joinNote(path);
		if (old?.items === now.items) return;
		// Counted off the mentors that counted them: a mentor note whose aliases changed is a new mentor.
		if (old) this.count(old, -1, dirty);
		this.count(now, 1, dirty);
		if (old) for (const item of old.items) removed.push(item);
		for (const item of now.items) added.push(item);
		chunks.set(path, now.items);
		if (now.items.length > 0) this.joined.set(path, now);
		else this.joined.delete(path);
	}

	private joinNote(path: string): Joined {
		const summaryOf = (owner: MentorState): SummaryDraft => owner.base as SummaryDraft;
		const mentor = this.mentors.get(path);
		if (mentor) {
			const facts = mentor.facts;
			const owners = facts.items.map(() => mentor);
			return { items: joinedItems(facts, facts.items, owners, summaryOf, this.today, this.joinCache), owners };
		}
		const meeting = this.meetings.get(path);
		const firstLinked = meeting?.linked[0];
		if (!meeting || !firstLinked) return NOTHING_JOINED;
		const owners = meetingOwners(meeting.facts.items, meeting.linked, firstLinked);
		return { items: joinedItems(meeting.facts, meeting.facts.items, owners, summaryOf, this.today, this.joinCache), owners };
	}

	private count(joined: Joined, sign: 1 | -1, dirty: Dirty): void {
		joined.items.forEach((item, index) => {
			const mentor = joined.owners[index];
			if (!item.open || !mentor || this.mentors.get(mentor.path) !== mentor) return;
			if (item.owner === 'me') {
				mentor.openMine += sign;
				if (item.overdue) mentor.overdueMine += sign;
			} else mentor.openTheirs += sign;
			dirty.counts.add(mentor);
		});
	}

	private finishSummary(mentor: MentorState): void {
		const summary: SummaryDraft = { ...(mentor.base as SummaryDraft), openMine: mentor.openMine, openTheirs: mentor.openTheirs, overdueMine: mentor.overdueMine };
		summary.ball = ball(summary);
		mentor.summary = summary;
	}

	/** A note's problems in the order deriveTeam gives them (see orderedProblems). */
	private noteProblems(path: string): readonly Problem[] {
		const facts = this.settled.get(path);
		if (!facts) return [];
		const mentor = this.mentors.get(path);
		const firstNamesake = mentor ? this.directory.namesakes(mentor)[0] : undefined;
		return orderedProblems(facts, mentor, firstNamesake, this.meetings.get(path)?.linkProblems ?? []);
	}

	private publish(mentorsChangedSinceLast: boolean): TeamSnapshot {
		const previous = this.current;
		const mentorsChanged = mentorsChangedSinceLast || !previous;
		const mentors = mentorsChanged ? this.sortedMentors.map((m) => m.summary as MentorSummary) : (previous?.mentors ?? []);
		const items = this.lists.items;
		const snapshot: TeamSnapshot = {
			today: this.today,
			markerTags: { ownerTag: this.settings.ownerTag, replyTag: this.settings.replyTag, loopTag: this.settings.loopTag },
			mentors,
			// Made into one array only when read: most edits are seen through the kept lists.
			get items(): readonly Item[] {
				return items.toArray();
			},
			coverage: mentorsChanged || !previous ? coverage(mentors, this.settings) : previous.coverage,
			problems: this.lists.problems,
		};
		keepLists(snapshot, { mine: this.lists.mine, theirs: this.lists.theirs, dueNow: this.lists.dueNow });
		this.current = snapshot;
		return snapshot;
	}
}
