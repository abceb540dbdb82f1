import { daysBetween, type CalendarDate } from './calendar-date';
import type { MentorWork } from './team-summary';
import type { Item, MentorSummary, NoteFacts, ParsedItem } from './types';

/**
 * Items joined to their mentors, kept between snapshots: an item changes only when its note
 * changes (a new NoteFacts object) or when what it takes from its mentor does (name, aliases,
 * next due date) or the day turns. Editing one note re-joins that note's items, not 30,000.
 */
export type JoinCache = WeakMap<NoteFacts, { token: string; items: Item[] }>;

/**
 * The mentor each item of a meeting note belongs to, among the mentors it links (the first
 * of them when nothing else says): the one named before a colon, else the one linked in the
 * item's text.
 */
export function meetingOwners<T extends MentorWork>(items: readonly ParsedItem[], linked: readonly T[], firstLinked: T): T[] {
	return items.map((item) => linked.find((m) => item.prefixKey !== null && m.variants.has(item.prefixKey)) ?? linked.find((m) => item.linkKeys.some((k) => m.variants.has(k))) ?? firstLinked);
}

/** The note's items joined to their owners (`owners[i]` owns `parsed[i]`), reused from `cache` when nothing they take changed. */
export function joinedItems<T extends MentorWork>(
	note: NoteFacts,
	parsed: readonly ParsedItem[],
	owners: readonly T[],
	summaryOf: (owner: T) => MentorSummary,
	today: CalendarDate,
	cache: JoinCache,
): Item[] {
	// What the items take from their mentors, and which mentor each item went to.
	const distinct: T[] = [];
	let assignment = '';
	for (const owner of owners) {
		let at = distinct.indexOf(owner);
		if (at === -1) at = distinct.push(owner) - 1;
		assignment += `${at},`;
	}
	let token: string = `${today}\u0000${assignment}`;
	for (const owner of distinct) {
		const summary = summaryOf(owner);
		token += `\u0000${summary.path}\u0001${summary.name}\u0001${summary.aliases.join('\u0002')}\u0001${summary.nextDue ?? ''}`;
	}
	const cached = cache.get(note);
	if (cached?.token === token) return cached.items;
	const items = parsed.map((item, index) => {
		const owner = owners[index] as T;
		return joinItem(item, owner, summaryOf(owner), today);
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
