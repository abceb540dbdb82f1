import { Notice } from 'obsidian';

/** Offers one more step after a write: a notice with a button that does it. Nothing happens unless it is clicked. */
export type Offer = (message: string, label: string, run: () => Promise<unknown>) => void;

/** How long the offer stays up: long enough to read it and reach the button. */
const OFFER_NOTICE_MS = 12_000;

export const showOffer: Offer = (message, label, run) => {
	const fragment = createFragment((root) => {
		root.createSpan({ text: message });
		root.createEl('button', { text: label, cls: 'mentor-rally-offer-button' }, (button) => {
			button.addEventListener('click', (event) => {
				event.stopPropagation();
				notice.hide();
				void run();
			});
		});
	});
	const notice = new Notice(fragment, OFFER_NOTICE_MS);
};
