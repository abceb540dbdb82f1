import type { CalendarDate } from './calendar-date';
import type { FirstSeenLookup } from './first-seen';
import { truncate } from './format';
import { readNote } from './note-facts';
import type { MentorRallySettings } from './settings';
import type { JoinCache } from './team-join';
import { TeamModel } from './team-model';
import type { NoteFacts, NoteRecord, TeamSnapshot } from './types';

/**
 * The team, kept up to date one file at a time. Each note is read once, on its own
 * (readNote); joining the notes into the team happens lazily, at most once per change and
 * per day, in a TeamModel that re-derives only what the changed notes touch (a new day, or
 * changes to a large part of the vault, derive it afresh).
 */
export class VaultIndex {
	private readonly notes = new Map<string, NoteFacts>();
	/** Paths set or deleted since the last snapshot. */
	private readonly changed = new Set<string>();
	private model: TeamModel | null = null;
	private cached: TeamSnapshot | null = null;
	/** Items joined to their mentors, reused by the next model when nothing they depend on changed. */
	private readonly joined: JoinCache = new WeakMap();

	/**
	 * Settings change how every note reads: for new settings, make a new index. `firstSeen`
	 * gives the remembered day of each line of an undated section (a read-only lookup: the
	 * adapter decides what to remember).
	 */
	constructor(
		readonly settings: MentorRallySettings,
		private readonly firstSeen: FirstSeenLookup | null = null,
	) {}

	/**
	 * Adds a note, or replaces what the index knew of it. Never throws: a note that cannot
	 * be read (a cache entry of the wrong shape, say) is a problem of its own, and the
	 * rest of the team is still shown.
	 */
	set(record: NoteRecord): NoteFacts {
		let facts: NoteFacts;
		try {
			facts = readNote(record, this.settings, this.firstSeen);
		} catch (error) {
			return this.setUnreadable(record.path, error);
		}
		// Notes that are neither mentor nor meeting notes, and have nothing to report, take no room.
		if (facts.kind === 'other' && facts.problems.length === 0) {
			if (this.notes.delete(record.path)) this.touch(record.path);
		} else {
			this.notes.set(record.path, facts);
			this.touch(record.path);
		}
		return facts;
	}

	/** A note that could not be read (or read failed): shown as a problem, in place of whatever the index knew of it. */
	setUnreadable(path: string, error: unknown): NoteFacts {
		const facts: NoteFacts = { kind: 'other', path, problems: [{ path, message: `could not be read: ${describeError(error)}` }] };
		this.notes.set(path, facts);
		this.touch(path);
		return facts;
	}

	delete(path: string): void {
		if (this.notes.delete(path)) this.touch(path);
	}

	private touch(path: string): void {
		this.changed.add(path);
		this.cached = null;
	}

	/** A renamed or moved note: its name, folder and file-name date may all have changed. */
	rename(oldPath: string, record: NoteRecord): void {
		this.delete(oldPath);
		this.set(record);
	}

	clear(): void {
		this.notes.clear();
		this.changed.clear();
		this.model = null;
		this.cached = null;
	}

	/** What the index knows of one note (undefined for notes that do not concern it). */
	get(path: string): NoteFacts | undefined {
		return this.notes.get(path);
	}

	get size(): number {
		return this.notes.size;
	}

	/** The team as it stands on `today`; the same object until a note changes or the day turns. */
	snapshot(today: CalendarDate): TeamSnapshot {
		if (this.cached?.today === today) return this.cached;
		this.cached = this.modelFor(today).update(this.notes, this.changed);
		this.changed.clear();
		return this.cached;
	}

	/**
	 * Joins the notes changed since the last call into the team without making a snapshot
	 * (the sorted lists wait for the next one): a build settles each mentor's meetings as the
	 * mentor arrives, and sorts once a slice.
	 */
	settle(today: CalendarDate): void {
		if (this.changed.size === 0 && this.model?.today === today) return;
		this.modelFor(today).settle(this.notes, this.changed);
		this.changed.clear();
	}

	private modelFor(today: CalendarDate): TeamModel {
		// A new day changes every figure; so many changes at once are as quick to derive afresh.
		if (this.model?.today !== today || this.changed.size > Math.max(FRESH_AFTER, this.notes.size / 4)) {
			this.model = new TeamModel(this.settings, today, this.joined);
		}
		return this.model;
	}
}

/** Changes between two snapshots past which (and past a quarter of the notes) the team is derived afresh. */
const FRESH_AFTER = 64;

/** One line saying what went wrong, whatever was thrown (even something whose toString throws). */
function describeError(error: unknown): string {
	let text: string;
	try {
		text = String(error instanceof Error ? error.message : error);
	} catch {
		text = '';
	}
	const line = truncate(text.split(/\r?\n/)[0]?.trim() ?? '', 118);
	return line === '' ? 'unknown error' : line;
}
