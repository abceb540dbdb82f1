import { describe, expect, it } from 'vitest';
import { markdownFilesOf } from '../../src/obsidian/vault-walk';
import { createTestVault } from '../fakes/vault';

/**
 * The index build walks the vault's folders file by file (so it can let Obsidian draw
 * between any two files) instead of listing every file in one call: it must find exactly the
 * notes the vault lists, however deep, and nothing else.
 */
describe('walking the vault for its notes', () => {
	it('finds every note getMarkdownFiles lists, in nested folders, and no other file', () => {
		const vault = createTestVault({
			'Home.md': '# Home',
			'Mentors/Dr. Maya Lee.md': '---\ntype: mentor\n---',
			'Mentors/Archive/Old/Dr. Sato.md': '---\ntype: mentor\n---',
			'Meetings/2026/11/2026-11-18 Lee.md': '- [ ] send the form',
			'Meetings/2026/11/scan.pdf': '%PDF',
			'Attachments/figure.png': 'png',
			'Notes/canvas.canvas': '{}',
		});
		const walked = [...markdownFilesOf(vault.app.vault)].map((file) => file.path).sort();
		const listed = vault.app.vault
			.getMarkdownFiles()
			.map((file) => file.path)
			.sort();
		expect(walked).toEqual(listed);
		expect(walked).toEqual(['Home.md', 'Meetings/2026/11/2026-11-18 Lee.md', 'Mentors/Archive/Old/Dr. Sato.md', 'Mentors/Dr. Maya Lee.md']);
	});

	it('finds nothing in an empty vault', () => {
		expect([...markdownFilesOf(createTestVault({}).app.vault)]).toEqual([]);
	});
});
