import { TFile, type App } from 'obsidian';
import { linkTarget, propertyLink } from '../../core/names';
import { property } from '../../core/properties';
import { isBuiltInRole } from '../../core/role-settings';
import type { MentorRallySettings } from '../../core/settings';
import type { MentorSummary, TeamSnapshot } from '../../core/types';
import { draftUpdate } from '../../core/update-draft';
import { UPDATE_TO_PROPERTY, updateNotePath, updateNoteText } from '../../core/update-note';
import { readUpdateFacts, updatesDue, type UpdateDue, type UpdateFacts } from '../../core/updates-due';
import { openNote } from '../workspace-helpers';
import type { LoopWriter } from './loop-writer';

/** Each mentor's update properties, read from the metadata cache (the snapshot does not carry them). */
export function updateFactsOf(app: App, team: TeamSnapshot, settings: MentorRallySettings): Map<string, UpdateFacts> {
	const facts = new Map<string, UpdateFacts>();
	for (const mentor of team.mentors) {
		const file = app.vault.getAbstractFileByPath(mentor.path);
		const frontmatter = file instanceof TFile ? (app.metadataCache.getFileCache(file)?.frontmatter ?? null) : null;
		facts.set(mentor.path, readUpdateFacts(frontmatter, settings));
	}
	return facts;
}

export function updatesDueIn(app: App, team: TeamSnapshot, settings: MentorRallySettings): UpdateDue[] {
	return updatesDue(team, updateFactsOf(app, team, settings));
}

/** Whom an update can go to: one mentor, everyone in a role (sponsors), or the whole team. */
export interface Audience {
	label: string;
	/** "Dr. Maya Lee", "sponsors", "the team": in the note's title and file name. */
	name: string;
	mentors: MentorSummary[];
}

/** Each active mentor, each role with two or more active mentors, and the whole team. */
export function audiences(team: TeamSnapshot): Audience[] {
	const active = team.mentors.filter((m) => m.lifecycle === 'active');
	const list: Audience[] = active.map((m) => ({ label: m.name, name: m.name, mentors: [m] }));
	const roles = new Map<string, MentorSummary[]>();
	for (const m of active) for (const role of m.roles) roles.set(role, [...(roles.get(role) ?? []), m]);
	for (const [role, mentors] of roles) {
		if (mentors.length < 2) continue;
		const name = isBuiltInRole(role) ? `${role}s` : `${role} mentors`;
		list.push({ label: `All ${name} (${mentors.length})`, name, mentors });
	}
	if (active.length > 1) list.push({ label: `The whole team (${active.length})`, name: 'the team', mentors: active });
	return list;
}

/** Drafts the update note for an audience and opens it. Nothing is sent. */
export async function draftUpdateTo(app: App, team: TeamSnapshot, settings: MentorRallySettings, writer: LoopWriter, audience: Audience): Promise<boolean> {
	const facts = updateFactsOf(app, team, settings);
	const recipients = audience.mentors.map((mentor) => ({ mentor, email: mentor.email, lastUpdate: facts.get(mentor.path)?.lastUpdate ?? null }));
	const draft = draftUpdate(team, recipients, settings);
	const path = updateNotePath(settings.updatesFolder, team.today, audience.name);
	const links = audience.mentors.map((m) => {
		const file = app.vault.getAbstractFileByPath(m.path);
		return file instanceof TFile ? propertyLink(app.metadataCache.fileToLinktext(file, path, true)) : `[[${m.name}]]`;
	});
	const to = recipients.map((r) => r.email).filter((e): e is string => e !== null && e !== '');
	const file = await writer.writeUpdateNote(path, updateNoteText({ audience: audience.name, links, to, today: team.today, draft }));
	if (file) await openNote(app, file.path, null, false);
	return file !== null;
}

/** The mentor notes an update note went to (its `update_to` links); null when the note is no update note. */
export function updateNoteMentors(app: App, file: TFile): TFile[] | null {
	const frontmatter = app.metadataCache.getFileCache(file)?.frontmatter ?? null;
	const raw = property(frontmatter, UPDATE_TO_PROPERTY);
	if (raw === undefined) return null;
	const values: unknown[] = Array.isArray(raw) ? raw : [raw];
	const files: TFile[] = [];
	for (const value of values) {
		const target = typeof value === 'string' ? linkTarget(value) : null;
		const dest = target === null ? null : app.metadataCache.getFirstLinkpathDest(target, file.path);
		if (dest && !files.includes(dest)) files.push(dest);
	}
	return files;
}
