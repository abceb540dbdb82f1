import { CORE_SCHEMA, load, YAMLException } from 'js-yaml';
import { frontmatterBlock, type Frontmatter } from '../core/properties';

export interface NoteProperties {
	/** The properties, or null when the note has none (or its block is not a map). */
	frontmatter: Frontmatter | null;
	/** Why the block at the top could not be read as YAML; the core then salvages what it can. */
	frontmatterError?: string;
}

/**
 * A note's properties as Obsidian reads them, for the command line (the plugin gets them from
 * the metadata cache). The block is the one the core recognises for both ({@link frontmatterBlock}:
 * a `---` line at the very top, closed by the next `---` line). YAML's core schema has no
 * timestamp type, so `2026-02-30`, `2026-13-01` and `2026-11-10T23:30:00-05:00` stay the text
 * the user wrote, as in Obsidian: the core then judges them the same way in both, instead of
 * js-yaml's default schema rolling them over (March 2, 2027) or moving them to another UTC day.
 * Anchors are shared, not copied, so an alias bomb parses cheaply; the core measures every
 * value before walking it (value-budget).
 */
export function readProperties(text: string): NoteProperties {
	return readPropertiesOf(frontmatterBlock(text));
}

/** {@link readProperties} of the block already taken from the note (null when it has none). */
export function readPropertiesOf(block: string | null): NoteProperties {
	if (block === null) return { frontmatter: null };
	try {
		const data: unknown = load(block, { schema: CORE_SCHEMA });
		// An empty block (or only comments) is a note with no properties yet, not a broken one.
		if (data === undefined || data === null) return { frontmatter: {} };
		return { frontmatter: typeof data === 'object' && !Array.isArray(data) ? (data as Frontmatter) : null };
	} catch (error) {
		return { frontmatter: null, frontmatterError: yamlProblem(error) };
	}
}

/**
 * What is wrong, and where in the note (not in the block: its first line is the note's second).
 * js-yaml's own message counts from the block and appends a code snippet over several lines.
 */
function yamlProblem(error: unknown): string {
	if (!(error instanceof YAMLException)) return error instanceof Error ? error.message : String(error);
	const mark = error.mark as YAMLException['mark'] | undefined;
	return mark ? `${error.reason} at line ${mark.line + 2}, column ${mark.column + 1}` : error.reason;
}
