import { describe, expect, it } from 'vitest';
import { renderTextReport } from '../../src/cli/text-report';
import { adviceFor } from '../../src/core/advice';
import { parseCadence } from '../../src/core/cadence';
import { salvageFrontmatter } from '../../src/core/properties';
import { toReportJson } from '../../src/core/report';
import { canonicalRole } from '../../src/core/roles';
import { normalizeSettings } from '../../src/core/settings';
import { md, note, settingsWith, team } from '../helpers/notes';

/*
 * Words a user may type that are also the names of members every JavaScript object has.
 * A lookup `TABLE[word]` answers them with a function or an object: the dashboard threw on
 * `role: constructor`, advice printed "function Object()", a synonym `__proto__` vanished.
 * Every table keyed by user words goes through `ownValue` / `setOwn` (src/core/collections.ts).
 */
const MEMBER_WORDS = [...Object.getOwnPropertyNames(Object.prototype), 'prototype', '__proto__'];

/** Output that shows an object member leaked in as a value. */
const LEAK = /function |\[object |native code|=> /;

describe('words that are names of Object members', () => {
	it(`are plain words in every property of a note (${MEMBER_WORDS.length} words)`, () => {
		const notes = MEMBER_WORDS.map((word, i) =>
			note(
				`Mentors/Mentor ${i}.md`,
				md('---', 'type: mentor', `role: ${word}`, `cadence: ${word}`, `status: ${word}`, `tags: [${word}]`, `${word}: x`, '---', `- [ ] ${word}: ask about ${word} #${word}`),
				'2026-11-20',
			),
		);
		notes.push(note('Meetings/2026-11-20 x.md', md('---', 'mentor: constructor', '---', '- [ ] toString by Friday'), '2026-11-20'));
		const snapshot = team(notes, '2026-12-01');
		expect(snapshot.mentors).toHaveLength(MEMBER_WORDS.length);
		const roles = snapshot.mentors.flatMap((m) => m.roles).sort();
		expect(roles).toEqual(
			MEMBER_WORDS.map((w) => w.toLowerCase().replace(/_+/g, ' ').trim())
				.filter((r) => r !== '')
				.sort(),
		);
		const text = renderTextReport(snapshot, settingsWith(), false);
		expect(text).not.toMatch(LEAK);
		expect(JSON.stringify(toReportJson(snapshot))).not.toMatch(LEAK);
		// A status that is not a lifecycle word is a problem, and the mentor stays active.
		expect(snapshot.mentors.every((m) => m.lifecycle === 'active')).toBe(true);
	});

	it('are not cadences, advice, synonyms or properties by inheritance', () => {
		for (const word of MEMBER_WORDS) {
			expect(parseCadence(word).ok, word).toBe(false);
			expect(adviceFor(word, 'missing') ?? '', word).not.toMatch(LEAK);
			expect(canonicalRole(word, {}), word).toBe(word.toLowerCase().replace(/_+/g, ' ').trim());
		}
		expect(salvageFrontmatter('__proto__: research\nconstructor: [a, b]')).toEqual(JSON.parse('{"__proto__": "research", "constructor": ["a", "b"]}'));
	});

	it('can be synonyms of a role, even __proto__', () => {
		const settings = normalizeSettings(JSON.parse('{"roleSynonyms": {"__proto__": "research", "constructor": "sponsor"}}'));
		expect(canonicalRole('__proto__', settings.roleSynonyms)).toBe('research');
		expect(canonicalRole('constructor', settings.roleSynonyms)).toBe('sponsor');
		expect(canonicalRole('toString', settings.roleSynonyms)).toBe('tostring');
	});
});
