import { MarkdownView, type App, type TFile } from 'obsidian';
import { smallestChange } from '../core/text-diff';

/**
 * Rewrites a note's text with `edit`. When the note is open in a Markdown view, the change
 * goes through that view's editor as the one span that differs (Obsidian's guidelines: the
 * Editor interface for an open file), so the cursor, the selection and folds outside it
 * stay where they were, and unsaved typing is edited rather than overwritten; `edit` then
 * sees the editor's text. Otherwise it goes through Vault.process, which Obsidian runs one
 * at a time per file.
 */
export async function editNoteText(app: App, file: TFile, edit: (text: string) => string): Promise<void> {
	const view = markdownViewOf(app, file);
	if (!view) {
		await app.vault.process(file, edit);
		return;
	}
	const { editor } = view;
	const before = editor.getValue();
	const change = smallestChange(before, edit(before));
	if (change === null) return;
	editor.transaction({ changes: [{ from: editor.offsetToPos(change.from), to: editor.offsetToPos(change.to), text: change.insert }] });
	// Written now, not on the editor's debounce, so the index (and the dashboard) follow at once.
	await view.save();
}

/** The Markdown view showing this file, if any (any pane, not only the active one). */
export function markdownViewOf(app: App, file: TFile): MarkdownView | null {
	for (const leaf of app.workspace.getLeavesOfType('markdown')) {
		const view = leaf.view;
		if (view instanceof MarkdownView && view.file?.path === file.path) return view;
	}
	return null;
}
