import { Modal, type App } from 'obsidian';
import { shortDate } from '../../core/format';
import { scoreFacts } from '../../core/relationship/score-words';
import { tennisScore } from '../../core/relationship/tennis-score';
import { contactsByMonth, mentorTimeline, type TimelineKind } from '../../core/relationship/timeline';
import type { MentorSummary, TeamSnapshot } from '../../core/types';
import { noteLink } from '../dashboard/dom';
import { openNote } from '../workspace-helpers';
import { renderYearsChart } from './years-chart';

const KIND_WORDS: Record<TimelineKind, string> = {
	start: 'Start',
	contact: 'Contact',
	meeting: 'Meeting',
	given: 'Mine',
	asked: 'Theirs',
	closed: 'Done',
	delivered: 'Delivered',
	role: 'Role',
	status: 'Status',
};

/** The whole relationship with one mentor: the score, contacts per month by year, and the timeline, newest first. */
export class HistoryModal extends Modal {
	constructor(
		app: App,
		private readonly team: TeamSnapshot,
		private readonly mentor: MentorSummary,
	) {
		super(app);
	}

	override onOpen(): void {
		const { team, mentor } = this;
		this.setTitle(`${mentor.name}: history`);
		const root = this.contentEl.createDiv({ cls: 'mentor-rally-history' });
		const score = tennisScore(
			mentor,
			team.items.filter((i) => i.mentorPath === mentor.path),
			team.today,
		);
		const facts = scoreFacts(mentor, score);
		if (facts.length > 0) {
			const list = root.createEl('dl', { cls: 'mentor-rally-facts mentor-rally-score' });
			for (const fact of facts) {
				list.createEl('dt', { text: fact.term });
				list.createEl('dd', { text: fact.value, cls: fact.warn ? 'mentor-rally-text-warn' : undefined });
			}
		}
		root.createEl('h4', { cls: 'mentor-rally-subheading', text: 'Contacts per month' });
		renderYearsChart(root, contactsByMonth(mentor, team.today));
		const entries = mentorTimeline(team, mentor).reverse();
		root.createEl('h4', { cls: 'mentor-rally-subheading', text: `Timeline (${entries.length})` });
		if (entries.length === 0) root.createEl('p', { cls: 'mentor-rally-empty-text', text: 'Nothing recorded yet.' });
		const list = root.createEl('ol', { cls: 'mentor-rally-timeline' });
		for (const entry of entries) {
			const row = list.createEl('li', { cls: ['mentor-rally-timeline-entry', `mentor-rally-timeline-${entry.kind}`] });
			row.createSpan({ cls: 'mentor-rally-timeline-date', text: shortDate(entry.date, team.today), attr: { title: entry.date } });
			row.createSpan({ cls: 'mentor-rally-timeline-kind', text: KIND_WORDS[entry.kind] });
			const text = row.createSpan({ cls: 'mentor-rally-timeline-text' });
			const path = entry.path;
			// A meeting opens its note (and the history makes way for it).
			if (path === undefined) text.setText(entry.text);
			else
				noteLink(text, entry.text, (newLeaf) => {
					this.close();
					void openNote(this.app, path, null, newLeaf);
				});
		}
	}

	override onClose(): void {
		this.contentEl.empty();
	}
}
