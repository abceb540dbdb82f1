import { Notice, type App, type Plugin } from 'obsidian';
import { theirCourt, yourCourt } from '../core/dashboard';
import type { Item, MentorSummary, TeamSnapshot } from '../core/types';
import type { DashboardActions } from './dashboard/actions';
import { ItemModal } from './modals/item-modal';
import { ItemSuggestModal } from './modals/item-suggest';
import { MentorSuggestModal } from './modals/mentor-suggest';
import { SnoozeModal } from './modals/snooze-modal';
import type { NoteWriter } from './note-writer';
import type { TeamStore } from './team-store';
import { openMeetingNoteOf, openNote } from './workspace-helpers';
import { registerLoopCommands } from './loop/loop-commands';
import type { LoopWriter } from './loop/loop-writer';

export interface CommandContext {
	app: App;
	store: TeamStore;
	writer: NoteWriter;
	actions: DashboardActions;
	openDashboard: () => Promise<void>;
	/** The meeting loop's writer: its commands (wrap up, draft an update, mark it sent) are registered when given. */
	loop?: LoopWriter;
}

/** Every command in the palette. None has a default hotkey: users choose their own. */
export function registerCommands(plugin: Plugin, ctx: CommandContext): void {
	const { app, store, writer, actions } = ctx;

	plugin.addCommand({ id: 'open-dashboard', name: 'Open team dashboard', callback: () => void ctx.openDashboard() });

	/** A picker over a list of items; choosing one opens its note at its line. */
	const itemPicker = (list: (team: TeamSnapshot) => Item[], placeholder: string, empty: string) => (): void =>
		withTeam(store, (team) => new ItemSuggestModal(app, list(team), team.today, placeholder, empty, (item, newLeaf) => void openNote(app, item.path, item.line, newLeaf)).open());

	plugin.addCommand({
		id: 'show-my-court',
		name: 'Show what is in my court',
		callback: itemPicker(yourCourt, 'What you owe, overdue first…', 'Nothing you owe anyone right now.'),
	});

	plugin.addCommand({
		id: 'show-waiting-on',
		name: 'Show what I am waiting on',
		callback: itemPicker(theirCourt, 'What mentors owe you, longest wait first…', 'Nobody owes you anything right now.'),
	});

	plugin.addCommand({
		id: 'log-contact',
		name: 'Log contact with a mentor',
		callback: () => pickMentor(ctx, 'Who did you talk to today?', (mentor) => void actions.logContact(mentor)),
	});

	plugin.addCommand({
		id: 'start-meeting-note',
		name: 'Start meeting note with a mentor',
		callback: () => pickMentor(ctx, 'Meeting with…', (mentor) => void actions.startMeeting(mentor)),
	});

	plugin.addCommand({
		id: 'prepare-meeting',
		name: 'Prepare for meeting',
		callback: () => pickMentor(ctx, 'Prepare for the meeting with…', (mentor) => void actions.prepareMeeting?.(mentor)),
	});

	plugin.addCommand({
		id: 'add-item',
		name: 'Add an item with a due date',
		callback: () =>
			pickMentor(ctx, 'An item between you and…', (mentor) => {
				// A meeting with this mentor open: the item goes into it, where it was said.
				const into = openMeetingNoteOf(app, mentor.path, store.settings().properties.mentor);
				new ItemModal(app, { mode: 'item', mentor, today: store.today(), settings: store.settings(), into, submit: (item) => writer.addItem(mentor, item, into) }).open();
			}),
	});

	plugin.addCommand({
		id: 'log-email-reply',
		name: 'Log an email that needs a reply',
		callback: () =>
			pickMentor(ctx, 'An email from…', (mentor) =>
				new ItemModal(app, { mode: 'reply', mentor, today: store.today(), settings: store.settings(), submit: (item) => writer.addItem(mentor, item) }).open(),
			),
	});

	plugin.addCommand({ id: 'new-mentor', name: 'New mentor', callback: () => actions.newMentor() });

	plugin.addCommand({
		id: 'freeze-due-dates',
		name: 'Freeze natural-language due dates in the current note',
		checkCallback: (checking) => {
			const file = app.workspace.getActiveFile();
			const team = store.snapshot();
			if (!file || !team) return false;
			const items = team.items.filter((i) => i.path === file.path);
			if (items.length === 0) return false;
			if (!checking) void writer.freezeDueDates(file.path, items);
			return true;
		},
	});

	if (ctx.loop) registerLoopCommands(plugin, app, store, ctx.loop);

	plugin.addCommand({
		id: 'add-meeting-to-calendar',
		name: 'Add the booked meeting to your calendar',
		// Offered in a mentor's note, or in a meeting note with one mentor: the meeting is theirs.
		checkCallback: (checking) => {
			const team = store.snapshot();
			const current = team ? currentMentorPaths(ctx, team) : new Set<string>();
			const mentor = current.size === 1 ? team?.mentors.find((m) => current.has(m.path)) : undefined;
			if (!mentor) return false;
			if (!checking) void actions.addToCalendar(mentor);
			return true;
		},
	});

	plugin.addCommand({
		id: 'snooze-mentor',
		name: 'Snooze a mentor',
		callback: () => pickMentor(ctx, 'No reminders for…', (mentor) => new SnoozeModal(app, mentor, store.today(), store.settings(), (until) => writer.snooze(mentor, until)).open()),
	});
}

function withTeam(store: TeamStore, run: (team: TeamSnapshot) => void): void {
	const team = store.snapshot();
	if (team) run(team);
	else new Notice('Mentor Rally is still reading your notes; try again in a moment.');
}

/** Opens the mentor picker, with the mentor of the open note (if any) first. */
function pickMentor(ctx: CommandContext, placeholder: string, choose: (mentor: MentorSummary) => void): void {
	withTeam(ctx.store, (team) => {
		if (team.mentors.length === 0) {
			new Notice('No mentor notes yet. Create one with the new mentor command.');
			return;
		}
		const current = currentMentorPaths(ctx, team);
		const mentors = [...team.mentors].sort((a, b) => Number(current.has(b.path)) - Number(current.has(a.path)));
		new MentorSuggestModal(ctx.app, mentors, team.today, placeholder, choose).open();
	});
}

/** The mentors the active note is about: itself if a mentor note, the linked mentors of a meeting note. */
function currentMentorPaths(ctx: CommandContext, team: TeamSnapshot): Set<string> {
	const file = ctx.app.workspace.getActiveFile();
	if (!file) return new Set();
	if (team.mentors.some((m) => m.path === file.path)) return new Set([file.path]);
	return new Set(team.items.filter((i) => i.path === file.path).map((i) => i.mentorPath));
}
