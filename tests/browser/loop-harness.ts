// The meeting loop's dialogs in a real browser: bundled by tests/browser/loop-modals.test.ts,
// driven through `window.loopModals`. The mentor arrives as JSON.
import { setup } from 'obsidian-test-mocks/setup';
import type { CalendarDate } from '../../src/core/calendar-date';
import { normalizeSettings } from '../../src/core/settings';
import type { MentorSummary } from '../../src/core/types';
import { AudienceSuggestModal } from '../../src/obsidian/modals/audience-suggest';
import { WrapUpModal, type WrapUp } from '../../src/obsidian/modals/wrap-up-modal';
import { App } from '../fakes/obsidian';

setup();

interface ModalLike {
	containerEl: HTMLElement;
	modalEl: HTMLElement;
	titleEl: HTMLElement;
	contentEl: HTMLElement;
	onOpen(): void;
}

export interface LoopModalsApi {
	submitted: { next: string | null; mine: string[]; theirs: string[] }[];
	chosen: string[];
	wrapUp(mentor: MentorSummary, meetingDay: string, today: string): void;
	audiences(names: string[]): string[];
}

function show(modal: ModalLike): void {
	modal.containerEl.addClass('modal-container');
	modal.modalEl.addClass('modal');
	modal.titleEl.addClass('modal-title');
	modal.contentEl.addClass('modal-content');
	modal.modalEl.insertBefore(modal.titleEl, modal.contentEl);
	document.body.appendChild(modal.containerEl);
	modal.onOpen();
}

const app = App.createConfigured__({ files: {} });
const api: LoopModalsApi = {
	submitted: [],
	chosen: [],
	wrapUp(mentor, meetingDay, today) {
		const modal = new WrapUpModal(app.asOriginalType__(), mentor, meetingDay as CalendarDate, today as CalendarDate, normalizeSettings({}), (wrap: WrapUp) => {
			api.submitted.push({ next: wrap.next, mine: wrap.mine.map((d) => d.item.text), theirs: wrap.theirs.map((d) => d.item.text) });
			return Promise.resolve(true);
		});
		show(modal);
	},
	audiences(names) {
		const list = names.map((name) => ({ label: name, name, mentors: [] }));
		const modal = new AudienceSuggestModal(app.asOriginalType__(), list, (a) => void api.chosen.push(a.name));
		return modal.getItems().map((a) => modal.getItemText(a));
	},
};

declare global {
	interface Window {
		loopModals: LoopModalsApi;
	}
}
window.loopModals = api;
