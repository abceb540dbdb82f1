import { TFile, type App } from 'obsidian';

/** Opens a note, scrolled to a 1-based line when given; in a new tab when asked. */
export async function openNote(app: App, path: string, line: number | null, newLeaf: boolean): Promise<void> {
	const file = app.vault.getAbstractFileByPath(path);
	if (!(file instanceof TFile)) return;
	const leaf = app.workspace.getLeaf(newLeaf ? 'tab' : false);
	await leaf.openFile(file, line === null ? { active: true } : { active: true, eState: { line: line - 1 } });
}
