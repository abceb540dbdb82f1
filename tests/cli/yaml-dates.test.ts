import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main';
import { toReportJson, type ReportJson } from '../../src/core/report';
import { DEFAULT_SETTINGS } from '../../src/core/settings';
import { VaultIndex } from '../../src/core/vault-index';
import { day } from '../helpers/dates';
import { fakeIo, fixtureVault } from '../helpers/cli';

/*
 * Unquoted YAML dates read as Obsidian reads them: as the text written. js-yaml's default
 * schema made `2026-02-30` into 2 March, `2026-13-01` into 1 January 2027, and a date-time
 * with an offset into another UTC day, so the command line reported a different team, with
 * different problems, than the plugin did for the same notes.
 */

const VAULT = fixtureVault('yaml-dates');

function cliReport(): ReportJson {
	const out = fakeIo();
	expect(runCli(['report', '--vault', VAULT, '--today', '2026-11-24', '--json'], out.io)).toBe(0);
	return JSON.parse(out.stdout()) as ReportJson;
}

/** The same notes with the properties Obsidian's metadata cache gives for them: the text as written. */
function pluginReport(): ReportJson {
	const cache: Record<string, Record<string, string>> = {
		'Dr. Feb.md': { type: 'mentor', role: 'research', last_contact: '2026-02-30' },
		'Dr. Month.md': { type: 'mentor', role: 'support', last_contact: '2026-13-01' },
		'Dr. Offset.md': { type: 'mentor', role: 'sponsor', last_contact: '2026-11-20T01:00:00+09:00', next_meeting: '2026-11-25T23:30:00-05:00' },
	};
	const index = new VaultIndex(DEFAULT_SETTINGS);
	for (const name of readdirSync(join(VAULT, 'Mentors')).sort()) {
		const content = readFileSync(join(VAULT, 'Mentors', name), 'utf8');
		index.set({ path: `Mentors/${name}`, frontmatter: cache[name] ?? null, content, created: null });
	}
	return toReportJson(index.snapshot(day('2026-11-24')));
}

describe('unquoted YAML dates in the command line, as in Obsidian', () => {
	const report = cliReport();
	const mentor = (name: string) => report.mentors.find((m) => m.name === name);

	it('an impossible day (2026-02-30) is a problem, not 2 March', () => {
		expect(mentor('Dr. Feb')?.lastContact).toBeNull();
		expect(report.problems).toContainEqual({ path: 'Mentors/Dr. Feb.md', message: 'last_contact "2026-02-30" is not a date; write it as YYYY-MM-DD' });
	});

	it('a month 13 (2026-13-01) is a problem, not January 2027', () => {
		expect(mentor('Dr. Month')?.lastContact).toBeNull();
		expect(report.problems).toContainEqual({ path: 'Mentors/Dr. Month.md', message: 'last_contact "2026-13-01" is not a date; write it as YYYY-MM-DD' });
	});

	it('a date-time with an offset keeps the day written, not the UTC day', () => {
		expect(mentor('Dr. Offset')).toMatchObject({ lastContact: '2026-11-20', nextDue: '2026-11-25' });
	});

	it('gives the same report, problems included, as the plugin reading the same notes from its cache', () => {
		// The command line adds the meeting loop's fields at the end (the JSON only grows).
		const booked = [{ mentor: 'Dr. Offset', path: 'Mentors/Dr. Offset.md', date: '2026-11-25', time: '23:30', note: null }];
		expect(report).toEqual({ ...pluginReport(), owedThanks: [], updatesDue: [], bookedMeetings: booked, lastWrapUp: null, updateNotes: [] });
	});
});
