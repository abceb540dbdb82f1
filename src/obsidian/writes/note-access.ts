import { normalizePath, parseYaml, TFile, TFolder, type App } from 'obsidian';
import { replaceLine } from '../../core/edits';
import { frontmatterBlock, propertyKey } from '../../core/properties';
import type { Item } from '../../core/types';
import { FolderIsFileError, plainWriteError } from '../../core/write-errors';
import { editNoteText } from '../text-edits';
import { UndoRecorder, type Notify } from '../undo';

/**
 * The few ways Mentor Rally touches a note, each one safe on its own: it checks the note
 * still exists, edits only what it means to, and turns a refused write into a notice in
 * plain words and a false result instead of a throw. Every writer is built on these.
 */
export class NoteAccess {
	constructor(
		readonly app: App,
		readonly notify: Notify,
	) {}

	/**
	 * Changes a note's properties through Obsidian's property writer; false, with a notice
	 * and nothing written, when it cannot.
	 * - A byte-order mark before the opening `---` hides the frontmatter from the writer, which
	 *   then puts a second block on top and leaves the old one in the body, its properties
	 *   lost (with no frontmatter, the new block lands before the mark, which then spoils the
	 *   first heading). The mark means nothing in UTF-8, so it is taken off first, unless the
	 *   YAML behind it would be refused anyway.
	 * - YAML that does not parse makes the writer throw; that is said, not left unhandled.
	 */
	async editProperties(file: TFile, edit: (frontmatter: Record<string, unknown>) => void): Promise<boolean> {
		try {
			if ((await this.app.vault.cachedRead(file)).charCodeAt(0) === 0xfeff) {
				await this.app.vault.process(file, (text) => {
					const yaml = frontmatterBlock(text);
					if (yaml !== null) parseYaml(yaml); // throws, before anything is written
					return text.replace(/^\uFEFF/, '');
				});
			}
			await this.app.fileManager.processFrontMatter(file, edit);
			return true;
		} catch (error) {
			this.notify(`Could not update the properties of ${file.basename} (${plainWriteError(error)}). Nothing was written.`);
			return false;
		}
	}

	recorder(): UndoRecorder {
		return new UndoRecorder(this.app, this.notify);
	}

	async readTemplate(path: string): Promise<string | null> {
		if (path.trim() === '') return null;
		const withExtension = /\.md$/i.test(path) ? path : `${path}.md`;
		const file = this.app.vault.getAbstractFileByPath(normalizePath(withExtension));
		if (!(file instanceof TFile)) {
			this.notify(`The meeting template "${path}" was not found; using the built-in one.`);
			return null;
		}
		return this.app.vault.cachedRead(file);
	}

	async editLine(file: TFile, item: Item, replacement: string | ((text: string) => string), action: string): Promise<boolean> {
		// Assigned inside the callback, which TypeScript's narrowing cannot see.
		let refusal = null as string | null;
		const written = await this.processBody(file, `${action}: could not write to ${file.basename}`, (text) => {
			const result = replaceLine(text, item.line, item.raw, typeof replacement === 'string' ? replacement : replacement(text), item.twins);
			if (result.ok) return result.text;
			refusal = result.reason;
			return text;
		});
		if (!written) return false;
		if (refusal !== null) {
			this.notify(`${action}: ${refusal} in ${file.basename}. Nothing was written; the dashboard will refresh.`);
			return false;
		}
		return true;
	}

	/**
	 * Rewrites a note's text with `edit`; false, after a notice starting with `failure`,
	 * when the vault refuses the write.
	 */
	async processBody(file: TFile, failure: string, edit: (text: string) => string): Promise<boolean> {
		try {
			await editNoteText(this.app, file, edit);
			return true;
		} catch (error) {
			this.notify(`${failure}: ${plainWriteError(error)}. Nothing was written.`);
			return false;
		}
	}

	noteAt(path: string): TFile | null {
		const file = this.app.vault.getAbstractFileByPath(path);
		if (file instanceof TFile) return file;
		this.notify(`"${path}" no longer exists.`);
		return null;
	}

	/** Makes the folder (and its parents) unless it exists; a file in the way is named. */
	async ensureFolder(folder: string): Promise<void> {
		if (folder === '') return;
		const path = normalizePath(folder);
		if (path === '/' || this.app.vault.getAbstractFileByPath(path) instanceof TFolder) return;
		const parts = path.split('/');
		for (let depth = 1; depth <= parts.length; depth++) {
			const prefix = parts.slice(0, depth).join('/');
			const existing = this.app.vault.getAbstractFileByPath(prefix);
			if (existing && !(existing instanceof TFolder)) throw new FolderIsFileError(prefix);
		}
		await this.app.vault.createFolder(path);
	}
}

/** The property's name as the note already spells it (`Last_Contact`), else the setting's. */
export function existingKey(frontmatter: Record<string, unknown>, name: string): string {
	return propertyKey(frontmatter, name) ?? name;
}
