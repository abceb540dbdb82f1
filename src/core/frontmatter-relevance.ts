/**
 * Whether a note's raw frontmatter could matter to Mentor Rally, decided from its text alone,
 * so a reader without a metadata cache (the command line) parses the YAML of the few notes
 * that could be mentor or meeting notes, and of none of the thousands of others. Parsing is
 * most of the cost of reading a vault.
 */
import type { MentorRallySettings } from './settings';
import { UPDATE_TO_PROPERTY } from './update-note';

/** The note lies in the mentors folder (every note there is a mentor note). */
export function inMentorsFolder(path: string, settings: MentorRallySettings): boolean {
	const folder = settings.mentorsFolder;
	return folder !== '' && path.toLowerCase().startsWith(`${folder.toLowerCase()}/`);
}

/**
 * A word is looked for as it is written in the block, in any case. That finds every way YAML
 * could spell it except an escape (`"\x74ype"`), a doubled quote (`'it''s'`), a folded line, or
 * a number, boolean or null that YAML writes otherwise (`0x10` is the key "16", `~` is "null"):
 * a word with a blank, a quote or a character outside ASCII, or one that reads as a number, a
 * boolean or null, is not looked for, and every note is read.
 */
const PLAIN_WORD = /^[!#-&(-~]+$/;
const YAML_SCALAR_WORD = /^(?:[-+.\de]+|true|false|null|nan|-?infinity)$/i;

function searchable(word: string): boolean {
	return PLAIN_WORD.test(word) && !YAML_SCALAR_WORD.test(word);
}

/**
 * False only when the note cannot be a mentor or meeting note and its frontmatter cannot be a
 * problem worth reporting, whatever YAML makes of `block` (the text between the `---` lines):
 * then its properties need not be parsed. Each way {@link classifyNote} (note-facts.ts) finds
 * a mentor or meeting note needs one of its words in the block: the type property with
 * "mentor", the mentor property, or a tags property with the mentor tag; or the note is in the
 * mentors folder. Frontmatter YAML cannot read is reported only when what can be salvaged of it
 * has those words, or "mentor", "role" or "cadence" (looksRelevant). A backslash may be an
 * escape that spells any of them, so a block with one is always read. An update note (its
 * `update_to` property) is read too: the report lists the updates drafted and sent.
 */
export function frontmatterMayMatter(path: string, block: string, settings: MentorRallySettings): boolean {
	if (inMentorsFolder(path, settings) || block.includes('\\')) return true;
	const names = settings.properties;
	if (!searchable(names.mentor) || !searchable(settings.mentorTag)) return true;
	// toLowerCase maps each character on its own (but for Greek sigma, never to ASCII), and
	// the few characters that become ASCII letters ("K", the kelvin sign) become what YAML's
	// reader would compare too.
	const text = block.toLowerCase();
	const has = (word: string): boolean => text.includes(word.toLowerCase());
	if (has('mentor') || has('role') || has('cadence') || has(names.mentor) || has(UPDATE_TO_PROPERTY)) return true;
	return has('tag') && has(settings.mentorTag);
}
