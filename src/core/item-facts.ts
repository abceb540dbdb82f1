import { parseCalendarDate, type CalendarDate } from './calendar-date';
import type { FirstSeenLookup } from './first-seen';
import type { scanMarkdown } from './markdown-scan';
import { linkedNameKeys, ownerPrefixKey } from './names';
import { readDuePhrase } from './natural-date';
import type { MentorRallySettings } from './settings';
import { statusKind } from './task-statuses';
import { taskKey } from './task-key';
import { proseOf, readDoneDate, readExplicitDue } from './task-fields';
import type { NoteRecord, ParsedItem, Problem } from './types';

/**
 * The items of one note: each task line with its state, owner clues and due date, the date
 * read from the day the line was written (its section's date, the note's, the day it was
 * first seen, else the day the file was made).
 */
export function readItems(
	record: NoteRecord,
	tasks: ReturnType<typeof scanMarkdown>['tasks'],
	noteDate: CalendarDate | null,
	settings: MentorRallySettings,
	problems: Problem[],
	firstSeen: FirstSeenLookup | null,
): ParsedItem[] {
	const theirsTag = tagPattern(settings.ownerTag);
	const replyTag = tagPattern(settings.replyTag);
	// The creation day is the last resort, asked for only when an item needs it (the command
	// line must stat the file for it).
	let created: CalendarDate | null | undefined;
	const createdDay = (): CalendarDate | null => {
		if (created === undefined) created = typeof record.created === 'function' ? record.created() : (record.created ?? null);
		return created;
	};
	const statuses = record.taskStatuses ?? null;
	// A status Tasks treats as no task at all (NON_TASK) is no item either.
	const items = statuses ? tasks.filter((task) => statusKind(task.status, statuses) !== 'not-a-task') : tasks;
	return items.map((task) => {
		const kind = statusKind(task.status, statuses);
		const state = kind === 'done' || kind === 'cancelled' ? kind : 'open';
		// A line of an undated section was written on the day it was first seen, if that is
		// remembered; only a line with no clue at all is read from the day the file was made.
		const undated = task.headingDate === null && noteDate === null;
		const firstSeenKey = undated ? taskKey(task.text) : null;
		const hasHash = task.text.includes('#');
		const referenceDate = task.headingDate ?? noteDate ?? (firstSeenKey !== null ? firstSeen?.(record.path, firstSeenKey) : null) ?? createdDay();
		const item: ParsedItem = {
			path: record.path,
			line: task.line,
			raw: task.raw,
			twins: task.twins,
			text: task.text,
			status: task.status,
			state,
			// A tag needs its `#`: most lines have none, and skip both patterns.
			taggedTheirs: hasHash && theirsTag.test(task.text),
			reply: hasHash && replyTag.test(task.text),
			prefixKey: ownerPrefixKey(task.text),
			linkKeys: task.text.includes('[[') ? linkedNameKeys(task.text) : [],
			referenceDate,
			firstSeenKey,
			due: null,
			dueSource: null,
			dueText: null,
			doneDate: null,
		};
		// A closed item needs no due date: skip the (comparatively costly) date reading.
		if (state === 'done') item.doneDate = parseCalendarDate(readDoneDate(task.text) ?? '');
		if (state !== 'open') return item;

		const explicit = readExplicitDue(task.text);
		if (explicit) {
			item.dueSource = explicit.source;
			item.dueText = explicit.text;
			item.due = parseCalendarDate(explicit.text);
			if (!item.due) {
				problems.push({ path: record.path, line: task.line, message: `line ${task.line}: due date ${explicit.text} is not a real day` });
			}
			return item;
		}
		if (referenceDate) {
			const phrase = readDuePhrase(proseOf(task.text), referenceDate, settings.dateOrder);
			if (phrase?.kind === 'date') {
				item.due = phrase.date;
				item.dueSource = 'phrase';
				item.dueText = phrase.text;
			} else if (phrase?.kind === 'next-meeting') {
				item.dueSource = 'next-meeting';
				item.dueText = phrase.text;
			}
		}
		return item;
	});
}

const tagPatterns = new Map<string, RegExp>();

/** `#theirs` as a whole tag (not `#theirs-too`), compiled once per tag rather than once per note. */
function tagPattern(tag: string): RegExp {
	let pattern = tagPatterns.get(tag);
	if (!pattern) tagPatterns.set(tag, (pattern = compileTagPattern(tag)));
	return pattern;
}

function compileTagPattern(tag: string): RegExp {
	const escaped = tag.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
	return new RegExp(`(?:^|\\s)#${escaped}(?![\\w/-])`, 'iu');
}
