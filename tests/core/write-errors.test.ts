import { describe, expect, it } from 'vitest';
import { FolderIsFileError, plainWriteError } from '../../src/core/write-errors';

describe('plainWriteError: why a write failed, in words', () => {
	const fs = (code: string, message: string) => Object.assign(new Error(`${code}: ${message}`), { code });

	it.each([
		[fs('ENAMETOOLONG', "name too long, open '/v/x.md'"), 'the name is too long for the file system'],
		[fs('ENOSPC', 'no space left on device, write'), 'the disk is full'],
		[fs('EROFS', 'read-only file system'), 'the vault is on a read-only disk'],
		[fs('EACCES', 'permission denied'), 'the system did not allow it (permission denied)'],
		[fs('EEXIST', 'file already exists'), 'a file or folder of that name already exists'],
		[new Error('File already exists.'), 'a file or folder of that name already exists'],
		[new TypeError("The argument 'path' must be a string without null bytes"), 'the name holds a character the file system refuses'],
		[new FolderIsFileError('Notes/Meetings'), 'a file named Meetings already exists where the folder should be'],
		[new Error('Something odd:\n    at stack'), 'Something odd'],
		['a thrown string.', 'a thrown string'],
		[new Error(''), 'an unknown error'],
	])('%s → %s', (error, words) => {
		expect(plainWriteError(error)).toBe(words);
	});
});
