import { MarkdownView, type App, type Editor, type EditorPosition, type EditorTransaction, type TFile } from 'obsidian';

/**
 * A note open in a Markdown view, with an editor that behaves as Obsidian's (CodeMirror 6)
 * does where our writes can tell: a change maps the cursor and the selection through it
 * (a position after the changed span moves with the text, one before it stays), and
 * `setValue` (a whole-text replace) resets them, losing both. obsidian-test-mocks' editor
 * moves the cursor to the end of every change, so it cannot tell the two apart.
 * `save()` writes the editor's text to the vault, as the view does.
 */
export class FakeEditor {
	private text: string;
	private anchor = 0;
	private head = 0;
	/** Every transaction, to check that a write changed only its span. */
	readonly transactions: EditorTransaction[] = [];

	constructor(text: string) {
		this.text = text;
	}

	getValue(): string {
		return this.text;
	}

	setValue(text: string): void {
		this.text = text;
		this.anchor = 0;
		this.head = 0;
	}

	offsetToPos(offset: number): EditorPosition {
		const clamped = Math.max(0, Math.min(offset, this.text.length));
		const before = this.text.slice(0, clamped).split('\n');
		return { line: before.length - 1, ch: (before[before.length - 1] ?? '').length };
	}

	posToOffset(pos: EditorPosition): number {
		const lines = this.text.split('\n');
		let offset = 0;
		for (let i = 0; i < pos.line && i < lines.length; i++) offset += (lines[i] ?? '').length + 1;
		return offset + Math.min(pos.ch, (lines[pos.line] ?? '').length);
	}

	setSelection(anchor: EditorPosition, head?: EditorPosition): void {
		this.anchor = this.posToOffset(anchor);
		this.head = this.posToOffset(head ?? anchor);
	}

	getCursor(side?: 'anchor' | 'head'): EditorPosition {
		return this.offsetToPos(side === 'anchor' ? this.anchor : this.head);
	}

	getSelection(): string {
		return this.text.slice(Math.min(this.anchor, this.head), Math.max(this.anchor, this.head));
	}

	transaction(tx: EditorTransaction): void {
		this.transactions.push(tx);
		// Changes are applied last first, so earlier offsets stay valid.
		const changes = (tx.changes ?? []).map((c) => ({ from: this.posToOffset(c.from), to: this.posToOffset(c.to ?? c.from), text: c.text })).sort((a, b) => b.from - a.from);
		for (const change of changes) {
			this.text = this.text.slice(0, change.from) + change.text + this.text.slice(change.to);
			const map = (at: number): number => (at <= change.from ? at : at >= change.to ? at + change.text.length - (change.to - change.from) : change.from + change.text.length);
			this.anchor = map(this.anchor);
			this.head = map(this.head);
		}
	}

	replaceRange(text: string, from: EditorPosition, to?: EditorPosition): void {
		this.transaction({ changes: [{ from, to: to ?? from, text }] });
	}
}

/** Opens `file` in a new Markdown view whose editor holds the file's text (or `unsaved`, typed but not yet saved). */
export async function openInEditor(app: App, file: TFile, unsaved?: string): Promise<{ view: MarkdownView; editor: FakeEditor }> {
	const leaf = app.workspace.getLeaf('tab');
	await leaf.setViewState({ type: 'markdown' });
	const view = new MarkdownView(leaf);
	const editor = new FakeEditor(unsaved ?? (await app.vault.read(file)));
	Object.assign(view, {
		file,
		editor: editor as unknown as Editor,
		save: async () => {
			await app.vault.modify(file, editor.getValue());
		},
	});
	await leaf.open(view);
	return { view, editor };
}
