import { isBlankChar, trimEndWhere } from './text';

/** Thrown when a folder Mentor Rally writes into is a file: said as such, not as an errno. */
export class FolderIsFileError extends Error {
	constructor(readonly folder: string) {
		const name = folder.slice(folder.lastIndexOf('/') + 1);
		super(`a file named ${name} already exists where the folder should be`);
		this.name = 'FolderIsFileError';
	}
}

/**
 * Why a write failed, in plain words for a notice. The vault's adapter passes on the file
 * system's error (`ENAMETOOLONG: name too long, open '…'`); a student should read "the name
 * is too long for the file system", not an errno. Errors without a known code keep their
 * first line, without a trailing colon or full stop (the notice adds its own).
 */
const PLAIN_REASONS: readonly (readonly [RegExp, string])[] = [
	[/\bENAMETOOLONG\b|name too long/i, 'the name is too long for the file system'],
	[/\bENOSPC\b|no space left/i, 'the disk is full'],
	[/\bEDQUOT\b|quota exceeded/i, 'the disk quota is used up'],
	[/\bEROFS\b|read-only file system/i, 'the vault is on a read-only disk'],
	[/\bEACCES\b|\bEPERM\b|permission denied|operation not permitted/i, 'the system did not allow it (permission denied)'],
	[/\bEEXIST\b|already exists/i, 'a file or folder of that name already exists'],
	[/\bENOTDIR\b|not a directory/i, 'a file stands where a folder should be'],
	[/null bytes|\\0|\bEILSEQ\b|\bEINVAL\b|invalid (?:argument|character|path|file ?name)/i, 'the name holds a character the file system refuses'],
];

export function plainWriteError(error: unknown): string {
	if (error instanceof FolderIsFileError) return error.message;
	const message = error instanceof Error ? error.message : String(error);
	const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
	for (const [pattern, reason] of PLAIN_REASONS) if (pattern.test(code) || pattern.test(message)) return reason;
	const firstLine = message.split(/\r?\n/)[0] ?? '';
	const reason = trimEndWhere(firstLine, (char) => char === ':' || char === '.' || isBlankChar(char)).trim();
	return reason === '' ? 'an unknown error' : reason;
}
