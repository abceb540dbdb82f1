import { pushAll } from '../core/collections';
import { plural, shortDate } from '../core/format';
import { itemWords, type MarkerTags } from '../core/presentation/item-words';
import type { LoopReport } from '../core/loop-report';
import type { CalendarDate } from '../core/calendar-date';
import { aligned, type Row } from './aligned-rows';

type Paint = (text: string) => string;
type Colors = { bold: Paint; dim: Paint; red: Paint; yellow: Paint; green: Paint; cyan: Paint };

/** How many update notes the report lists (the newest): the loop's latest turns, not an archive. */
const UPDATE_NOTES_SHOWN = 3;

/**
 * The meeting loop for the terminal report, in plain words: the notes of the booked meetings
 * (prepared or not yet), the last meeting wrapped up, the updates drafted and sent; then the
 * thank-yous owed and the updates due, in the dashboard's words.
 */
export function loopLines(loop: LoopReport, today: CalendarDate, tags: MarkerTags, c: Colors): string[] {
	const out: string[] = ['', c.bold('Meeting loop')];
	const rows = noteRows(loop, today, c);
	if (rows.length === 0) out.push(c.dim('  No meeting booked, wrapped up or update drafted yet.'));
	pushAll(out, aligned(rows));

	out.push('', c.bold(`Owed thanks (${loop.owedThanks.length})`));
	if (loop.owedThanks.length === 0) out.push(c.dim('  No thank-you owed.'));
	for (const item of loop.owedThanks) {
		const due = item.due ? `by ${shortDate(item.due, today)}` : 'no date';
		out.push(`  ${(item.overdue ? c.red : c.yellow)(due)}  ${itemWords(item.text, tags)}  ${c.dim(`→ ${item.mentor} · ${item.path}:${item.line}`)}`);
	}
	out.push('', c.bold(`Updates due (${loop.updatesDue.length})`));
	if (loop.updatesDue.length === 0) out.push(c.dim('  No progress update due.'));
	for (const update of loop.updatesDue) {
		const last = update.lastUpdate ? `last sent ${shortDate(update.lastUpdate, today)}` : 'none sent yet';
		out.push(`  ${c.yellow(update.due < today ? `due since ${shortDate(update.due, today)}` : 'due today')}  ${update.mentor}  ${c.dim(`${update.cadence} · ${last}`)}`);
	}
	return out;
}

function noteRows(loop: LoopReport, today: CalendarDate, c: Colors): Row[] {
	const rows: Row[] = [];
	for (const meeting of loop.bookedMeetings) {
		const when = `${shortDate(meeting.date, today)}${meeting.time ? `, ${meeting.time}` : ''}`;
		if (meeting.note) rows.push(['Prepared', c.green, `${meeting.mentor}  ${c.dim(`${when} · note ready in ${meeting.note}`)}`]);
		else rows.push(['Not prepared', c.yellow, `${meeting.mentor}  ${c.dim(`${when} · no meeting note yet: "Prepare for meeting" writes the brief`)}`]);
	}
	const wrap = loop.lastWrapUp;
	if (wrap) {
		const names = wrap.mentors.map((m) => m.mentor).join(', ');
		const next = [...new Set(wrap.mentors.map((m) => shortDate(m.nextMeeting, today)))].join(', ');
		const took = `${plural(wrap.mine, 'item')} yours, ${wrap.theirs} theirs`;
		rows.push(['Wrapped up', c.cyan, `${names}  ${c.dim(`${shortDate(wrap.date, today)} · next booked ${next} · ${took} · ${wrap.note}`)}`]);
	}
	for (const update of loop.updateNotes.slice(0, UPDATE_NOTES_SHOWN)) {
		const to = update.to.length > 0 ? update.to.join(', ') : 'nobody linked';
		if (update.sent) rows.push(['Update sent', c.green, `${to}  ${c.dim(`${shortDate(update.sent, today)} · ${update.path}`)}`]);
		else rows.push(['Update drafted', c.yellow, `${to}  ${c.dim(`${update.drafted ? `${shortDate(update.drafted, today)} · ` : ''}not sent yet · ${update.path}`)}`]);
	}
	return rows;
}
