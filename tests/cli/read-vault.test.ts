import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { describeFsError, readNoteFile, readVault } from '../../src/cli/read-vault';
import { localDateOf } from '../../src/core/calendar-date';
import { readNote } from '../../src/core/note-facts';
import { normalizeSettings } from '../../src/core/settings';
import { fixtureVault } from '../helpers/cli';
import { removeTempVaults, tempVault } from '../helpers/temp-vault';

const settings = normalizeSettings({});

afterAll(removeTempVaults);

/** An error like the one Node raises for a file it may not read. */
function accessDenied(path: string): Error {
	return Object.assign(new Error(`EACCES: permission denied, open '${path}'`), { code: 'EACCES' });
}

describe('readVault', () => {
	const files = readVault(fixtureVault('team'), settings);

	it('reads every markdown note, paths relative with /, in a stable order', () => {
		expect(files.records.map((r) => r.path)).toEqual([
			'Daily/2026-11-20.md',
			'Meetings/2026-11-17 Dr. Lee.md',
			'Mentors/Chloe Park.md',
			'Mentors/Dr. Ben Carter.md',
			'Mentors/Dr. Maya Lee.md',
			'Mentors/Dr. Old Mentor.md',
			'Mentors/Prof. Ada Okafor.md',
			'Mentors/Sam Ortiz.md',
		]);
		expect(files.unreadable).toEqual([]);
	});

	it('skips dot-folders such as .obsidian and .trash, and files that are not markdown', () => {
		const paths = files.records.map((r) => r.path);
		expect(paths.some((p) => p.startsWith('.'))).toBe(false);
		expect(paths).not.toContain('Daily/notes.txt');
	});

	it('gives YAML dates as the text written and unquoted links as nested lists, as Obsidian reads them', () => {
		const lee = files.records.find((r) => r.path === 'Mentors/Dr. Maya Lee.md');
		expect(lee?.frontmatter?.last_contact).toBe('2026-11-03');
		const meeting = files.records.find((r) => r.path === 'Meetings/2026-11-17 Dr. Lee.md');
		expect(meeting?.frontmatter?.mentor).toEqual([['Dr. Maya Lee']]);
	});

	it('keeps the text and creation day of mentor and meeting notes only', () => {
		const lee = files.records.find((r) => r.path === 'Mentors/Dr. Maya Lee.md');
		expect(lee?.content).toBe(readFileSync(`${fixtureVault('team')}/Mentors/Dr. Maya Lee.md`, 'utf8'));
		// Asked for lazily (a stat), only when an item has no other reference date.
		expect(typeof lee?.created).toBe('function');
		expect(typeof lee?.created === 'function' ? lee.created() : null).toMatch(/^\d{4}-\d{2}-\d{2}$/);
		const daily = files.records.find((r) => r.path === 'Daily/2026-11-20.md');
		expect(daily?.content).toBeUndefined();
	});

	it('reads a byte-order mark and Windows line endings as Obsidian does', () => {
		const lines = ['---', 'type: mentor', 'role: research', 'last_contact: 2026-11-10', '---', '# Dr. Lee', '- [ ] First task'];
		const root = tempVault({ 'BOM.md': `\uFEFF${lines.join('\r\n')}\r\n`, 'LF.md': `${lines.join('\n')}\n` });
		const records = readVault(root, settings).records;
		const facts = records.map((r) => readNote(r, settings));
		for (const f of facts) {
			expect(f.kind).toBe('mentor');
			if (f.kind !== 'mentor') continue;
			expect([f.roles, f.lastContact, f.problems]).toEqual([['research'], '2026-11-10', []]);
			expect(f.items.map((i) => [i.line, i.text])).toEqual([[7, 'First task']]);
		}
	});

	it('records broken YAML as an error for the core to report, with the text kept', () => {
		const root = tempVault({ 'Mentors/X.md': '---\ntype: mentor\nrole: [support\n---\n- [ ] Task\n' });
		const [record] = readVault(root, settings).records;
		expect(record?.frontmatter).toBeNull();
		expect(record?.frontmatterError).toBeTruthy();
		expect(record?.content).toContain('- [ ] Task');
	});

	it('lists a file it cannot read and reads the rest', () => {
		const root = fixtureVault('team');
		const files2 = readVault(root, settings, (absolutePath) => {
			if (absolutePath.endsWith('Sam Ortiz.md')) throw accessDenied(absolutePath);
			return readFileSync(absolutePath, 'utf8');
		});
		expect(files2.unreadable).toEqual([{ path: 'Mentors/Sam Ortiz.md', message: 'permission denied' }]);
		expect(files2.records).toHaveLength(7);
	});

	it('fails as a whole when the vault folder itself cannot be listed', () => {
		expect(() => readVault(`${fixtureVault('team')}/does-not-exist`, settings)).toThrow();
	});
});

describe('readNoteFile', () => {
	it('dates a note by its creation (or modification) time, in local time', () => {
		const before = localDateOf(new Date());
		const root = tempVault({ 'M.md': '---\ntype: mentor\n---\n' });
		const record = readNoteFile(`${root}/M.md`, 'M.md', settings);
		const after = localDateOf(new Date());
		// The file was made just now: its day is today (or yesterday, if midnight passed meanwhile).
		expect([before, after]).toContain(typeof record.created === 'function' ? record.created() : record.created);
	});
});

describe('readNoteFile reads properties only where Obsidian does', () => {
	it('never runs a `---js` block (gray-matter would evaluate it), and reads no properties from it', () => {
		const root = tempVault({ 'Evil.md': "---js\n{ type: (process.env.MENTOR_RALLY_RAN_A_NOTE = 'yes', 'mentor') }\n---\n- [ ] Task\n" });
		const record = readNoteFile(`${root}/Evil.md`, 'Evil.md', settings);
		expect(process.env.MENTOR_RALLY_RAN_A_NOTE).toBeUndefined();
		expect(record.frontmatter).toBeNull();
		expect(record.frontmatterError).toBeUndefined();
	});

	it('reads no properties from `---yaml`, `---json` or a block that is never closed', () => {
		const root = tempVault({
			'Yaml.md': '---yaml\ntype: mentor\n---\n',
			'Json.md': '---json\n{ "type": "mentor" }\n---\n',
			'Open.md': '---\ntype: mentor\nrole: research\n',
		});
		for (const name of ['Yaml.md', 'Json.md', 'Open.md']) {
			const record = readNoteFile(`${root}/${name}`, name, settings);
			expect([name, record.frontmatter, record.frontmatterError]).toEqual([name, null, undefined]);
		}
	});

	it('still reads a block whose `---` lines carry trailing blanks, and an empty one', () => {
		const root = tempVault({ 'Blanks.md': '--- \ntype: mentor\n---\t\n- [ ] Task\n', 'Empty.md': '---\n---\n' });
		expect(readNoteFile(`${root}/Blanks.md`, 'Blanks.md', settings).frontmatter).toEqual({ type: 'mentor' });
		expect(readNoteFile(`${root}/Empty.md`, 'Empty.md', settings).frontmatter).toEqual({});
	});
});

describe('describeFsError', () => {
	it('says what went wrong in plain words', () => {
		expect(describeFsError(accessDenied('x'))).toBe('permission denied');
		expect(describeFsError(Object.assign(new Error('x'), { code: 'EPERM' }))).toBe('permission denied');
		expect(describeFsError(Object.assign(new Error('x'), { code: 'ENOENT' }))).toBe('no such file or folder');
		expect(describeFsError(Object.assign(new Error('x'), { code: 'EISDIR' }))).toBe('is a folder, not a file');
		expect(describeFsError(new Error('disk on fire'))).toBe('disk on fire');
		expect(describeFsError('plain')).toBe('plain');
		expect(describeFsError(null)).toBe('null');
	});
});
