import { Notice, TFile, type App } from 'obsidian';
import { editNoteText, markdownViewOf } from './text-edits';

/** Takes back one write; resolves true when the notes are as they were before it. */
export type Undo = () => Promise<boolean>;

/** Says what a write did; with `undo`, the notice carries an Undo button. */
export type Notify = (message: string, undo?: Undo) => void;

interface Watched {
	file: TFile;
	/** The note's text before the write; null when the write created the file. */
	before: string | null;
}

/**
 * Records the notes one write touches, so that write can be taken back exactly: every
 * note's previous text is put back, a file the write created is deleted. Undo refuses,
 * and says so, when any of those notes changed since the write (the user typed in it,
 * sync brought a change): it never overwrites work done after the write.
 */
export class UndoRecorder {
	private readonly watched = new Map<string, Watched>();

	constructor(
		private readonly app: App,
		private readonly notify: Notify,
	) {}

	/** Remembers the note's text as it is now, before the write changes it. */
	async watch(file: TFile): Promise<void> {
		if (this.watched.has(file.path)) return;
		this.watched.set(file.path, { file, before: await currentText(this.app, file) });
	}

	/** The write made this file: undo deletes it (if it is as the write left it). */
	created(file: TFile): void {
		this.watched.set(file.path, { file, before: null });
	}

	/** The undo of everything written since the notes were watched; null when nothing changed. */
	async finish(): Promise<Undo | null> {
		const steps: { file: TFile; before: string | null; after: string }[] = [];
		for (const { file, before } of this.watched.values()) {
			if (!this.app.vault.getAbstractFileByPath(file.path)) continue;
			const after = await currentText(this.app, file);
			if (after !== before) steps.push({ file, before, after });
		}
		if (steps.length === 0) return null;
		let used = false;
		return async () => {
			if (used) {
				this.notify('Already undone.');
				return false;
			}
			for (const step of steps) {
				const exists = this.app.vault.getAbstractFileByPath(step.file.path) instanceof TFile;
				if (!exists || (await currentText(this.app, step.file)) !== step.after) {
					this.notify(`Not undone: ${step.file.basename} changed since. Nothing was put back.`);
					return false;
				}
			}
			try {
				for (const step of steps) {
					if (step.before === null) await this.app.fileManager.trashFile(step.file);
					else {
						const before = step.before;
						// Checked again inside the edit: a change between the check above and this write is kept.
						await editNoteText(this.app, step.file, (text) => (text === step.after ? before : text));
					}
				}
			} catch (error) {
				this.notify(`Could not undo: ${error instanceof Error ? error.message : String(error)}.`);
				return false;
			}
			used = true;
			this.notify('Undone.');
			return true;
		};
	}
}

/** The note's text as the user sees it: the open editor's (unsaved typing included), else the file's. */
async function currentText(app: App, file: TFile): Promise<string> {
	return markdownViewOf(app, file)?.editor.getValue() ?? (await app.vault.read(file));
}

/** How long a notice with an Undo button stays up: long enough to read it and reach the button. */
const UNDO_NOTICE_MS = 10_000;

/** Obsidian's notice, with an Undo button when the write can be taken back. */
export function showNotice(message: string, undo?: Undo): void {
	if (!undo) {
		new Notice(message);
		return;
	}
	const fragment = createFragment((root) => {
		root.createSpan({ text: message });
		root.createEl('button', { text: 'Undo', cls: 'mentor-rally-undo-button' }, (button) => {
			button.addEventListener('click', (event) => {
				event.stopPropagation();
				notice.hide();
				void undo();
			});
		});
	});
	const notice = new Notice(fragment, UNDO_NOTICE_MS);
}
