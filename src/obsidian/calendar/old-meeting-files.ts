import { TFile, TFolder, type App } from 'obsidian';
import type { CalendarDate } from '../../core/calendar-date';
import { isOldMeetingFileName, isOwnMeetingFile } from '../../core/calendar-feed/old-meeting-files';
import type { MentorRallySettings } from '../../core/settings';
import { calendarFolder } from './add-to-calendar';

/**
 * Puts in the trash the files "Add to calendar" wrote for meetings more than a week past
 * (see core/calendar-feed/old-meeting-files): only files of the calendar folder itself whose
 * name and text are both ours. Through the file manager, so the user's trash setting (system
 * trash, the vault's .trash folder, or gone) applies. Resolves with the paths removed; a file
 * that cannot be read or removed is left for the next time.
 */
export async function trashOldMeetingFiles(app: App, settings: MentorRallySettings, today: CalendarDate): Promise<string[]> {
	const folder = app.vault.getAbstractFileByPath(calendarFolder(settings));
	if (!(folder instanceof TFolder)) return [];
	const old = folder.children.filter((child): child is TFile => child instanceof TFile && child.extension === 'ics' && isOldMeetingFileName(child.name, today));
	const removed: string[] = [];
	for (const file of old) {
		try {
			if (!isOwnMeetingFile(file.name, await app.vault.read(file))) continue;
			await app.fileManager.trashFile(file);
			removed.push(file.path);
		} catch (error) {
			console.error(`Mentor Rally: could not remove the old calendar file ${file.path}.`, error);
		}
	}
	return removed;
}
