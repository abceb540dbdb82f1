import { parseYaml, type CachedMetadata } from 'obsidian';
import { frontmatterBlock } from '../core/properties';
import type { NoteFacts, NoteRecord } from '../core/types';
import type { VaultIndex } from '../core/vault-index';

// Small pieces of how the store reads Obsidian's cache into the index.

/** A note whose cache entry or text could not be read, and why. */
export interface Unreadable {
	path: string;
	error: unknown;
}

/** Puts what was read of a note into the index: its facts, or a problem saying it could not be read. */
export function place(index: VaultIndex, read: NoteRecord | Unreadable): NoteFacts {
	return 'error' in read ? index.setUnreadable(read.path, read.error) : index.set(read);
}

/** Whether the cache saw a properties block at the top (parsed or not). */
export function hasFrontmatterBlock(cache: CachedMetadata): boolean {
	return cache.frontmatterPosition !== undefined || cache.sections?.[0]?.type === 'yaml';
}

/** Why a note's properties could not be read, or null when they could (or there are none). */
export function frontmatterError(cache: CachedMetadata, content: string): string | null {
	if (cache.frontmatter || !hasFrontmatterBlock(cache)) return null;
	const block = frontmatterBlock(content);
	if (block === null || block.trim() === '') return null;
	try {
		parseYaml(block);
		return null;
	} catch (error) {
		return error instanceof Error ? error.message : String(error);
	}
}
