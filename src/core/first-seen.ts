import { isCalendarDate, type CalendarDate } from './calendar-date';
import { setOwn } from './collections';
import { comparePaths } from './compare-text';
import type { NoteFacts } from './types';

/**
 * First-seen days: the day the plugin first saw each item line of an undated section (a
 * mentor note's `## Open items`, a meeting note with no date). "Send CV by Friday" typed
 * today under a heading of August must be read from today, not from the day the note was
 * created. The plugin remembers these days in its data (data.json, under `firstSeen`); the
 * command line reads them from there. Keyed by note path, then by the task's fingerprint
 * (taskKey), which survives ticking the task, pinning its due date and lines moving.
 */

/** The remembered day of a task line in a note, or null when none is remembered. */
export type FirstSeenLookup = (path: string, key: string) => CalendarDate | null;

/** Note path → task fingerprint → the day the line was first seen. */
export type FirstSeenDays = Map<string, Map<string, CalendarDate>>;

/** What data.json holds: `{ "Mentors/Dr. Lee.md": { "1x9k2": "2026-11-24" } }`. */
export type FirstSeenJson = Record<string, Record<string, CalendarDate>>;

/**
 * At most this many lines are remembered (about 40 bytes each in data.json); past it, the
 * oldest days go first. A day only matters while its line is open, and a line is forgotten
 * as soon as it leaves its note, so a student's vault stays far below.
 */
export const FIRST_SEEN_LIMIT = 10_000;

/** The days inside data.json's `firstSeen` value; anything malformed is skipped, never thrown. */
export function readFirstSeen(value: unknown, limit = FIRST_SEEN_LIMIT): FirstSeenDays {
	const days: FirstSeenDays = new Map();
	if (!isRecord(value)) return days;
	for (const [path, keys] of Object.entries(value)) {
		if (path === '' || !isRecord(keys)) continue;
		const note = new Map<string, CalendarDate>();
		for (const [key, day] of Object.entries(keys)) {
			if (key !== '' && isCalendarDate(day)) note.set(key, day);
		}
		if (note.size > 0) days.set(path, note);
	}
	capFirstSeen(days, limit);
	return days;
}

/** The days as data.json keeps them: notes and keys in a stable order, so saves diff cleanly. */
export function firstSeenJson(days: FirstSeenDays): FirstSeenJson {
	const json: FirstSeenJson = {};
	for (const path of [...days.keys()].sort(comparePaths)) {
		const note = days.get(path);
		if (!note || note.size === 0) continue;
		const keys: Record<string, CalendarDate> = {};
		for (const key of [...note.keys()].sort(comparePaths)) setOwn(keys, key, note.get(key) as CalendarDate);
		setOwn(json, path, keys);
	}
	return json;
}

/** A read-only lookup into the days, for readNote / VaultIndex. */
export function firstSeenLookup(days: FirstSeenDays): FirstSeenLookup {
	return (path, key) => days.get(path)?.get(key) ?? null;
}

/**
 * Remembers the lines of one freshly read note: each undated line not yet remembered gets
 * the day it was read from (its reference date, which the lookup gave), and lines no longer
 * in the note are forgotten. Lines still in the note but closed keep their day, so unticking
 * one (or undoing the tick) does not move its due date. Returns whether anything changed.
 * A note that is no longer a mentor or meeting note (a settings change) is left alone.
 */
export function rememberNote(days: FirstSeenDays, facts: NoteFacts): boolean {
	if (facts.kind === 'other') return false;
	const before = days.get(facts.path);
	const after = new Map<string, CalendarDate>();
	for (const item of facts.items) {
		if (item.firstSeenKey === null || after.has(item.firstSeenKey)) continue;
		const known = before?.get(item.firstSeenKey);
		if (known !== undefined) after.set(item.firstSeenKey, known);
		else if (item.state === 'open' && item.referenceDate !== null) after.set(item.firstSeenKey, item.referenceDate);
	}
	if (before && sameDays(before, after)) return false;
	if (!before && after.size === 0) return false;
	if (after.size === 0) days.delete(facts.path);
	else days.set(facts.path, after);
	return true;
}

/** A renamed note keeps its lines' days. Returns whether anything moved. */
export function renameFirstSeen(days: FirstSeenDays, oldPath: string, newPath: string): boolean {
	const note = days.get(oldPath);
	if (!note || oldPath === newPath) return false;
	days.delete(oldPath);
	days.set(newPath, note);
	return true;
}

/**
 * Days from two copies (this device's and one a sync brought in), each line keeping the
 * earlier day: the line was there by then.
 */
export function mergeFirstSeen(into: FirstSeenDays, from: FirstSeenDays): FirstSeenDays {
	for (const [path, keys] of from) {
		const note = into.get(path);
		if (!note) {
			into.set(path, new Map(keys));
			continue;
		}
		for (const [key, day] of keys) {
			const mine = note.get(key);
			if (mine === undefined || day < mine) note.set(key, day);
		}
	}
	return into;
}

/** Drops the oldest days until at most `limit` lines are remembered. Returns how many went. */
export function capFirstSeen(days: FirstSeenDays, limit = FIRST_SEEN_LIMIT): number {
	let total = 0;
	for (const note of days.values()) total += note.size;
	if (total <= limit) return 0;
	const all: { path: string; key: string; day: CalendarDate }[] = [];
	for (const [path, note] of days) for (const [key, day] of note) all.push({ path, key, day });
	all.sort((a, b) => comparePaths(a.day, b.day) || comparePaths(a.path, b.path) || comparePaths(a.key, b.key));
	const drop = total - limit;
	for (let i = 0; i < drop; i++) {
		const { path, key } = all[i] as (typeof all)[number];
		const note = days.get(path);
		note?.delete(key);
		if (note?.size === 0) days.delete(path);
	}
	return drop;
}

function sameDays(a: ReadonlyMap<string, CalendarDate>, b: ReadonlyMap<string, CalendarDate>): boolean {
	if (a.size !== b.size) return false;
	for (const [key, day] of a) if (b.get(key) !== day) return false;
	return true;
}

function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}
