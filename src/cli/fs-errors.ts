/** A file-system error as a few plain words for a message ("permission denied"), not Node's text. */
export function describeFsError(error: unknown): string {
	const code = (error as { code?: string } | null)?.code;
	switch (code) {
		case 'ENOENT':
			return 'no such file or folder';
		case 'EACCES':
		case 'EPERM':
			return 'permission denied';
		case 'ENOTDIR':
			return 'not a folder';
		case 'EISDIR':
			return 'is a folder, not a file';
		case 'ELOOP':
			return 'too many levels of links (a link loop)';
		case 'ENOSPC':
			return 'no space left on the device';
		default:
			return error instanceof Error ? error.message : String(error);
	}
}
