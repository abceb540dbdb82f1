import { Notice, type App, type Plugin } from 'obsidian';
import type { TeamSnapshot } from '../../core/types';
import { wrapUpLines } from '../../core/wrap-up';
import { AudienceSuggestModal } from '../modals/audience-suggest';
import { WrapUpModal } from '../modals/wrap-up-modal';
import type { TeamStore } from '../team-store';
import type { LoopWriter } from './loop-writer';
import { activeMeetingNote } from './meeting-notes';
import { audiences, draftUpdateTo, updateNoteMentors } from './updates';

/** The meeting loop's commands: wrap up the open meeting note, draft an update, mark it sent. No default hotkeys. */
export function registerLoopCommands(plugin: Plugin, app: App, store: TeamStore, writer: LoopWriter): void {
	plugin.addCommand({
		id: 'wrap-up-meeting',
		name: 'Wrap up meeting',
		checkCallback: (checking) => {
			const team = store.snapshot();
			const meeting = team ? activeMeetingNote(app, store.settings()) : null;
			// Every mentor the note links (a group meeting), in the note's order.
			const mentors = meeting && team ? meeting.mentorPaths.flatMap((path) => team.mentors.filter((m) => m.path === path)) : [];
			const [first, ...rest] = mentors;
			if (!team || !meeting || !first) return false;
			if (checking) return true;
			const day = meeting.date ?? team.today;
			const settings = store.settings();
			new WrapUpModal(app, [first, ...rest], day, team.today, settings, (wrap) => writer.wrapUp(meeting.file, mentors, day, wrap.next, wrapUpLines(wrap.mine, wrap.theirs, settings))).open();
			return true;
		},
	});

	plugin.addCommand({
		id: 'draft-update',
		name: 'Draft an update',
		callback: () => openDraftUpdate(app, store, writer, null),
	});

	plugin.addCommand({
		id: 'mark-update-sent',
		name: 'Mark update sent',
		checkCallback: (checking) => {
			const file = app.workspace.getActiveFile();
			const mentors = file ? updateNoteMentors(app, file) : null;
			if (!file || mentors === null) return false;
			if (!checking) void writer.markUpdateSent(file, mentors);
			return true;
		},
	});
}

/** Asks to whom (unless a mentor is given) and drafts the update note. */
export function openDraftUpdate(app: App, store: TeamStore, writer: LoopWriter, mentorPath: string | null): void {
	const team: TeamSnapshot | null = store.snapshot();
	if (!team) {
		new Notice('Mentor Rally is still reading your notes; try again in a moment.');
		return;
	}
	const list = audiences(team);
	const one = mentorPath === null ? undefined : list.find((a) => a.mentors.length === 1 && a.mentors[0]?.path === mentorPath);
	if (one) {
		void draftUpdateTo(app, team, store.settings(), writer, one);
		return;
	}
	if (list.length === 0) {
		new Notice('No active mentors to update.');
		return;
	}
	new AudienceSuggestModal(app, list, (audience) => void draftUpdateTo(app, team, store.settings(), writer, audience)).open();
}
