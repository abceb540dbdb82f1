import { describe, expect, it } from 'vitest';
import { cleanFileName, fileNameFor, MAX_FILE_NAME_BYTES, MAX_FILE_NAME_CHARS, safeFileName, utf8Length } from '../../src/core/file-names';
import { meetingNotePath, mentorNotePath } from '../../src/core/note-templates';
import type { CalendarDate } from '../../src/core/calendar-date';

describe('file names from names a user types', () => {
	it.each([
		['.NET Guru', 'NET Guru'],
		['...hidden', 'hidden'],
		['. . Dr. Lee', 'Dr. Lee'],
		['Dr. Maya Lee', 'Dr. Maya Lee'],
		['Dr. Lee.', 'Dr. Lee.'],
		['a/b\\c:d*e?f"g<h>i|j#k^l[m]n', 'a b c d e f g h i j k l m n'],
		['Nul\u0000in\u001fthe\u007fname', 'Nul in the name'],
		['  Tab\tand\nbreak  ', 'Tab and break'],
	])('%j → %j', (name, file) => {
		expect(cleanFileName(name)).toBe(file);
		expect(fileNameFor(name)).toEqual({ ok: true, name: file });
	});

	it.each(['.', '..', '...', ' . ', '///', '\u0000', '#^[]'])('%j is refused: no file name is left', (name) => {
		const result = fileNameFor(name);
		expect(result.ok).toBe(false);
		if (!result.ok) expect(result.message).toMatch(/has no letters or digits a file name can keep\.$/);
	});

	it.each(['Con', 'nul', 'COM1', 'Aux.notes', ' prn '])('%j is a name Windows keeps for a device: refused with a way out, or given a word after it', (name) => {
		expect(fileNameFor(name)).toEqual({ ok: false, message: `“${name.trim()}” is a name Windows keeps for a device, so no file can have it. Add a word, such as a surname.` });
		expect(safeFileName(name)).toBe(`${name.trim()} note`);
	});

	it.each(['Connie', 'Con Ed', 'Nuland', 'COM10', 'Dr. Aux'])('%j is an ordinary name', (name) => {
		expect(fileNameFor(name)).toEqual({ ok: true, name });
	});

	it('an empty name asks for one', () => {
		expect(fileNameFor('   ')).toEqual({ ok: false, message: 'Give it a name.' });
	});

	it(`caps the name at ${MAX_FILE_NAME_CHARS} characters, with a message that says so`, () => {
		expect(fileNameFor('a'.repeat(MAX_FILE_NAME_CHARS))).toEqual({ ok: true, name: 'a'.repeat(MAX_FILE_NAME_CHARS) });
		expect(fileNameFor('a'.repeat(MAX_FILE_NAME_CHARS + 1))).toEqual({ ok: false, message: 'The name is too long for a file name: 121 characters, at most 120.' });
	});

	it(`caps the name at ${MAX_FILE_NAME_BYTES} UTF-8 bytes (a short name in Arabic or emoji can pass 255 bytes)`, () => {
		const arabic = 'ل'.repeat(101); // 101 characters, 202 bytes
		expect(utf8Length(arabic)).toBe(202);
		expect(fileNameFor(arabic)).toEqual({ ok: false, message: 'The name is too long for a file name: 202 bytes in UTF-8, at most 200. Shorten it.' });
		expect(utf8Length('😀')).toBe(4);
		expect(fileNameFor('😀'.repeat(50)).ok).toBe(true);
		expect(fileNameFor('😀'.repeat(51)).ok).toBe(false);
	});

	it('a name made from a note already in the vault is cut, at a whole character, never refused', () => {
		expect(safeFileName('..')).toBe('Untitled');
		const cut = safeFileName('😀'.repeat(80));
		expect(cut).toBe('😀'.repeat(50));
		expect(safeFileName('x'.repeat(500))).toHaveLength(MAX_FILE_NAME_CHARS);
	});

	it('paths: a mentor note is refused past the limits; a meeting note always has one', () => {
		expect(mentorNotePath('Mentors/', '.NET Guru')).toEqual({ ok: true, path: 'Mentors/NET Guru.md' });
		expect(mentorNotePath('Mentors', '..').ok).toBe(false);
		expect(meetingNotePath('Meetings', '2026-11-24' as CalendarDate, '.NET Guru')).toBe('Meetings/2026-11-24 .NET Guru.md');
		const long = meetingNotePath('Meetings', '2026-11-24' as CalendarDate, 'x'.repeat(300));
		expect(long).toBe(`Meetings/2026-11-24 ${'x'.repeat(MAX_FILE_NAME_CHARS - 11)}.md`);
	});
});
