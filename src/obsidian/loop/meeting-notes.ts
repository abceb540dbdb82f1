import { TFile, type App } from 'obsidian';
import { parseCalendarDate, type CalendarDate } from '../../core/calendar-date';
import { linkTarget } from '../../core/names';
import { property } from '../../core/properties';
import { dateInFileName } from '../../core/property-readers';
import type { MentorRallySettings } from '../../core/settings';

/**
 * The meeting notes that link a mentor, with their days, read from Obsidian's metadata
 * cache: the snapshot keeps a meeting note's items, not the notes themselves, and a brief
 * links the last one even when it holds no item. Run on a command, not per render.
 */
export function meetingNotesOf(app: App, mentorPath: string, settings: MentorRallySettings): { path: string; date: CalendarDate | null }[] {
	const found: { path: string; date: CalendarDate | null }[] = [];
	for (const file of app.vault.getMarkdownFiles()) {
		if (file.path === mentorPath) continue;
		const frontmatter = app.metadataCache.getFileCache(file)?.frontmatter ?? null;
		if (!frontmatter || !linksMentor(app, file, property(frontmatter, settings.properties.mentor), mentorPath)) continue;
		found.push({ path: file.path, date: parseCalendarDate(property(frontmatter, settings.properties.date)) ?? dateInFileName(file.path) });
	}
	return found;
}

function linksMentor(app: App, file: TFile, value: unknown, mentorPath: string): boolean {
	const values: unknown[] = Array.isArray(value) ? value : [value];
	return values.some((entry) => {
		if (typeof entry !== 'string') return false;
		const target = linkTarget(entry);
		return target !== null && app.metadataCache.getFirstLinkpathDest(target, file.path)?.path === mentorPath;
	});
}

/** The meeting note the active editor shows, with its mentor paths and day; null when the active note is no meeting note. */
export function activeMeetingNote(app: App, settings: MentorRallySettings): { file: TFile; mentorPaths: string[]; date: CalendarDate | null } | null {
	const file = app.workspace.getActiveFile();
	if (!(file instanceof TFile)) return null;
	const frontmatter = app.metadataCache.getFileCache(file)?.frontmatter ?? null;
	if (!frontmatter) return null;
	const raw = property(frontmatter, settings.properties.mentor);
	const values: unknown[] = Array.isArray(raw) ? raw : [raw];
	const mentorPaths: string[] = [];
	for (const entry of values) {
		if (typeof entry !== 'string') continue;
		const target = linkTarget(entry);
		const dest = target === null ? null : app.metadataCache.getFirstLinkpathDest(target, file.path);
		if (dest && !mentorPaths.includes(dest.path)) mentorPaths.push(dest.path);
	}
	if (mentorPaths.length === 0) return null;
	return { file, mentorPaths, date: parseCalendarDate(property(frontmatter, settings.properties.date)) ?? dateInFileName(file.path) };
}
