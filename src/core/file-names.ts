/**
 * File names made from names a user types. Obsidian and the file systems it runs on refuse
 * some characters, hide names that start with a dot (and the command line skips them), and
 * cap a name's length: 255 bytes on most file systems, less on encrypted home folders and
 * some sync services. A name is cleaned as far as it can be; past that it is refused with a
 * message that says why, rather than left to fail, or to vanish, on the disk.
 */

/** Characters a name keeps at most: enough for any person's name with a title. */
export const MAX_FILE_NAME_CHARS = 120;
/** UTF-8 bytes a name keeps at most, leaving room for `.md` and sync services' suffixes. */
export const MAX_FILE_NAME_BYTES = 200;

/**
 * `\ / : * ? " < > |` are refused on Windows or everywhere, `# ^ [ ]` break Obsidian's
 * links, and control characters (NUL above all) are refused by every file system.
 */
const ILLEGAL_PRINTABLE = '\\/:*?"<>|#^[]';

function isIllegal(char: string): boolean {
	const code = char.charCodeAt(0);
	return code < 0x20 || code === 0x7f || ILLEGAL_PRINTABLE.includes(char);
}

/** The name with illegal characters as spaces, blanks collapsed and leading dots gone. */
export function cleanFileName(name: string): string {
	let replaced = '';
	for (const char of name) replaced += isIllegal(char) ? ' ' : char;
	const spaced = replaced.replace(/\s+/g, ' ').trim();
	// A leading dot hides the file (".NET Guru.md"); "..", "." are not names at all.
	let start = 0;
	while (start < spaced.length && (spaced[start] === '.' || spaced[start] === ' ')) start++;
	return spaced.slice(start);
}

/**
 * Names Windows keeps for devices, with any extension after them (`CON.md`, `com1.notes.md`):
 * a vault synced to a Windows machine cannot hold such a file.
 */
const WINDOWS_DEVICE_NAME = /^(con|prn|aux|nul|com[1-9¹²³]|lpt[1-9¹²³])(\.|$)/i;

/** True when Windows refuses a file of this name (without `.md`). */
export function isWindowsDeviceName(name: string): boolean {
	return WINDOWS_DEVICE_NAME.test(name.trim());
}

/** The name's length in UTF-8 bytes. */
export function utf8Length(text: string): number {
	let bytes = 0;
	for (const char of text) {
		const code = char.codePointAt(0) ?? 0;
		bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
	}
	return bytes;
}

export type FileNameResult = { ok: true; name: string } | { ok: false; message: string };

/** The file name for a note named `name` (without `.md`), or why there can be none. */
export function fileNameFor(name: string): FileNameResult {
	const clean = cleanFileName(name);
	if (clean === '') {
		return { ok: false, message: name.trim() === '' ? 'Give it a name.' : `“${name.trim()}” has no letters or digits a file name can keep.` };
	}
	if (isWindowsDeviceName(clean)) {
		return { ok: false, message: `“${clean}” is a name Windows keeps for a device, so no file can have it. Add a word, such as a surname.` };
	}
	const chars = Array.from(clean).length;
	if (chars > MAX_FILE_NAME_CHARS) {
		return { ok: false, message: `The name is too long for a file name: ${chars} characters, at most ${MAX_FILE_NAME_CHARS}.` };
	}
	const bytes = utf8Length(clean);
	if (bytes > MAX_FILE_NAME_BYTES) {
		return { ok: false, message: `The name is too long for a file name: ${bytes} bytes in UTF-8, at most ${MAX_FILE_NAME_BYTES}. Shorten it.` };
	}
	return { ok: true, name: clean };
}

/**
 * A file name always made, for names that come from notes already in the vault (a meeting
 * note named after its mentor): cleaned, cut to the limits at a whole character, and
 * `fallback` when nothing is left.
 */
export function safeFileName(name: string, fallback = 'Untitled'): string {
	let kept = '';
	let bytes = 0;
	let chars = 0;
	for (const char of cleanFileName(name)) {
		const size = utf8Length(char);
		if (chars + 1 > MAX_FILE_NAME_CHARS || bytes + size > MAX_FILE_NAME_BYTES) break;
		kept += char;
		bytes += size;
		chars++;
	}
	const made = kept.trim() || fallback;
	// A word after a device name makes it an ordinary name ("Con note").
	return isWindowsDeviceName(made) ? `${made} note` : made;
}
