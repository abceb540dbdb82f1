import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readProperties } from '../../src/cli/properties-yaml';
import { readVault } from '../../src/cli/read-vault';
import { loadVaultSettings } from '../../src/cli/settings-file';
import { creationDay } from '../../src/core/creation-day';
import { frontmatterBlock } from '../../src/core/properties';
import { frontmatterMayMatter } from '../../src/core/frontmatter-relevance';
import { needsContent } from '../../src/core/note-facts';
import { toReportJson } from '../../src/core/report';
import { normalizeSettings, type MentorRallySettings } from '../../src/core/settings';
import type { NoteRecord } from '../../src/core/types';
import { VaultIndex } from '../../src/core/vault-index';
import { fixtureVault, REPO_ROOT } from '../helpers/cli';

/**
 * The command line parses the properties only of notes whose raw frontmatter could matter.
 * Whatever a skipped note's frontmatter holds, the core must find it neither a mentor nor a
 * meeting note, nor a problem: the report is then the one every note's YAML would give.
 */

/** A note as read before the pre-check: every block parsed, the text kept when the core needs it. */
function readEveryProperty(path: string, content: string, settings: MentorRallySettings, file?: string): NoteRecord {
	const text = content.charCodeAt(0) === 0xfeff ? content.slice(1) : content;
	const record: NoteRecord = { path, ...readProperties(text) };
	if (!needsContent(record, settings)) return record;
	const created = file === undefined ? null : () => creationDay(statSync(file).birthtimeMs, statSync(file).mtimeMs);
	return { ...record, content, created };
}

const SETTINGS: readonly MentorRallySettings[] = [
	normalizeSettings({}),
	normalizeSettings({ mentorTag: 'mentor/research', mentorsFolder: 'People/Mentors' }),
	normalizeSettings({ mentorTag: 'k', properties: { mentor: 'advisor', type: 'kind' } }),
];

describe('frontmatterMayMatter', () => {
	it('skips only notes the core would find neither mentor, meeting nor problem (generated frontmatter)', () => {
		const key = fc.constantFrom(
			'type',
			'Type',
			'TYPE',
			'mentor',
			'Mentor',
			'advisor',
			'kind',
			'tags',
			'tag',
			'Tags',
			'role',
			'cadence',
			'status',
			'created',
			'aliases',
			'title',
			'"t\\x79pe"',
			'"tags"',
			"'kind'",
			'? type',
			'16',
			'0x10',
			'null',
			'~',
			'\u212Aind',
		);
		const value = fc.constantFrom(
			'mentor',
			'Mentor',
			'MENTOR',
			' mentor ',
			'[mentor]',
			'[Mentor, x]',
			'"mentor"',
			"'mentor'",
			'"men\\x74or"',
			'"\\u006dentor"',
			'"men\\\n  tor"',
			'"men\n  tor"',
			'#mentor',
			'k',
			'[K]',
			'"\u212A"',
			'mentor/research',
			'research',
			'[[Dr. Lee]]',
			'',
			'~',
			'0x10',
			'16',
			'true',
			'&a mentor',
			'*a',
			'{a: 1}',
			'[unclosed',
			'"unclosed',
			': bad',
			'weekly',
		);
		const line = fc.oneof(
			fc.tuple(key, value).map(([k, v]) => `${k}: ${v}`),
			value.map((v) => `  - ${v}`),
			fc.constantFrom('', '# a comment', 'a: &a [*a, *a]', '---', '\t- bad indent'),
		);
		fc.assert(
			fc.property(fc.array(line, { maxLength: 6 }), fc.constantFrom(...SETTINGS), fc.constantFrom('Notes/a.md', 'People/Mentors/b.md', 'people/mentors/c.md'), (lines, settings, path) => {
				const block = lines.join('\n');
				const text = `---\n${block}\n---\nBody with - [ ] a task by Friday\n`;
				if (frontmatterMayMatter(path, frontmatterBlock(text) ?? '', settings)) return;
				const facts = new VaultIndex(settings).set(readEveryProperty(path, text, settings));
				expect(facts, block).toMatchObject({ kind: 'other', problems: [] });
			}),
			{ numRuns: 3000 },
		);
	});

	it('reads notes that could be mentor or meeting notes, however the words are spelled', () => {
		const settings = normalizeSettings({ mentorsFolder: 'People/Mentors' });
		for (const block of ['Type: MENTOR', 'TAGS: [Mentor]', '"t\\x79pe": "\\x6dentor"', 'mentor: "[[Dr. Lee]]"', 'role: research', 'cadence: monthly', 'tags: [mentor/research]']) {
			expect(frontmatterMayMatter('Notes/x.md', block, settings), block).toBe(true);
		}
		expect(frontmatterMayMatter('people/mentors/Dr. Lee.md', 'created: 2026-11-01', settings)).toBe(true);
		// A settings word YAML could write otherwise (16 from 0x10): every note is read.
		expect(frontmatterMayMatter('Notes/x.md', 'created: 2026-11-01', normalizeSettings({ mentorTag: '16' }))).toBe(true);
		expect(frontmatterMayMatter('Notes/x.md', 'tags: [study, anki]\ncreated: 2026-11-01', settings)).toBe(false);
	});

	it('reads update notes, which the report lists as drafted or sent', () => {
		expect(frontmatterMayMatter('Updates/u.md', 'update_to:\n  - "[[Dr. Lee]]"\nsent: 2026-11-02', normalizeSettings({}))).toBe(true);
	});

	it('gives the same report as parsing every note, on the example and fixture vaults', () => {
		const vaults = [join(REPO_ROOT, 'examples/vault'), ...readdirSync(fixtureVault('')).map((name) => fixtureVault(name))].filter((dir) => statSync(dir).isDirectory());
		expect(vaults.length).toBeGreaterThan(5);
		for (const vault of vaults) {
			const settings = loadVaultSettings(vault);
			const files = readVault(vault, settings);
			const report = (records: readonly NoteRecord[]): string => {
				const index = new VaultIndex(settings);
				for (const record of records) index.set(record);
				return JSON.stringify(toReportJson(index.snapshot('2026-11-24' as never)));
			};
			const everyProperty = files.records.map((r) => readEveryProperty(r.path, readFileSync(join(vault, r.path), 'utf8'), settings, join(vault, r.path)));
			expect(report(files.records), vault).toBe(report(everyProperty));
		}
	});
});
