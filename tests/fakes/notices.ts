import { Notice } from 'obsidian-test-mocks/obsidian';

/** A notice the code under test showed: its message element (Notice.messageEl, Obsidian 1.8.7+) and how long it stays. */
export interface ShownNotice {
	readonly messageEl: HTMLElement;
	readonly duration: number | undefined;
	/** What the user reads now (a notice's message can change after it is shown). */
	readonly text: string;
}

/**
 * Every Notice shown since the current test began, oldest first; tests/fakes/setup.ts empties
 * it before each test. Obsidian shows each notice on screen until it times out; the mock keeps
 * none, so tests read them here instead of replacing the `obsidian` module (a module mock
 * would outlive its test file now that files share a worker without isolation).
 */
export const shownNotices: ShownNotice[] = [];

/** What each shown notice says, oldest first. */
export function noticeTexts(): string[] {
	return shownNotices.map((notice) => notice.text);
}

/** Called once by the fidelity fixes: every Notice the mock constructs is recorded. */
export function recordShownNotices(): void {
	const proto = Notice.prototype as unknown as { constructor__: (this: { messageEl: HTMLElement }, message: unknown, duration?: number) => void };
	const construct = proto.constructor__;
	proto.constructor__ = function recordNotice(this: { messageEl: HTMLElement }, message, duration) {
		construct.call(this, message, duration);
		const messageEl = this.messageEl;
		shownNotices.push({
			messageEl,
			duration,
			get text() {
				return messageEl.textContent ?? '';
			},
		});
	};
}
