import { shortDate } from '../core/format';
import { itemWords, type MarkerTags } from '../core/presentation/item-words';
import type { LoopReport } from '../core/loop-report';
import type { CalendarDate } from '../core/calendar-date';

type Paint = (text: string) => string;

/** "Owed thanks" and "Updates due" for the terminal report, in the dashboard's words. */
export function loopLines(loop: LoopReport, today: CalendarDate, tags: MarkerTags, c: { bold: Paint; dim: Paint; red: Paint; yellow: Paint }): string[] {
	const out: string[] = ['', c.bold(`Owed thanks (${loop.owedThanks.length})`)];
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
