import type { Item, TeamSnapshot } from './types';

/**
 * Items ticked today (their `✅` done date is today), mine and theirs, in file order: the
 * dashboard keeps them in sight, struck through, until the day turns. Read from the notes,
 * so an item ticked in the editor or on a phone shows up too.
 */
export function doneToday(team: TeamSnapshot): Item[] {
	return team.items.filter((i) => i.state === 'done' && i.doneDate === team.today);
}
