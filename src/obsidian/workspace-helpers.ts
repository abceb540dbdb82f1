import { TFile, type App } from 'obsidian';
import { linkTarget } from '../core/names';

/** Opens a note, scrolled to a 1-based line when given; in a new tab when asked. */
export async function openNote(app: App, path: string, line: number | null, newLeaf: boolean): Promise<void> {
	const file = app.vault.getAbstractFileByPath(path);
	if (!(file instanceof TFile)) return;
	const leaf = app.workspace.getLeaf(newLeaf ? 'tab' : false);
	await leaf.openFile(file, line === null ? { active: true } : { active: true, eState: { line: line - 1 } });
}

/**
 * The open note when it is a meeting note of this mentor (its mentor property links to
 * the mentor's note), else null: Add item then writes into the meeting being held.
 */
export function openMeetingNoteOf(app: App, mentorPath: string, mentorProperty: string): string | null {
	const file = app.workspace.getActiveFile();
	if (!file || file.path === mentorPath) return null;
	const frontmatter = app.metadataCache.getFileCache(file)?.frontmatter;
	if (!frontmatter) return null;
	const key = Object.keys(frontmatter).find((k) => k.toLowerCase() === mentorProperty.toLowerCase());
	const raw: unknown = key === undefined ? undefined : frontmatter[key];
	const values: unknown[] = Array.isArray(raw) ? raw : [raw];
	for (const value of values) {
		if (typeof value !== 'string') continue;
		const target = linkTarget(value) ?? value.trim();
		if (app.metadataCache.getFirstLinkpathDest(target, file.path)?.path === mentorPath) return file.path;
	}
	return null;
}
