import { load } from 'js-yaml';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { runCli } from '../../src/cli/main';
import { readProperties } from '../../src/cli/properties-yaml';
import { addCadence, parseCadence, type Cadence } from '../../src/core/cadence';
import { addDays, localDateOf, parseCalendarDate, type CalendarDate } from '../../src/core/calendar-date';
import { readDuePhrase } from '../../src/core/natural-date';
import { readNote } from '../../src/core/note-facts';
import { frontmatterBlock } from '../../src/core/properties';
import type { ReportJson } from '../../src/core/report';
import { fakeIo } from '../helpers/cli';
import { day } from '../helpers/dates';
import { md, note, settingsWith, team } from '../helpers/notes';
import { removeTempVaults, tempVault } from '../helpers/temp-vault';

/*
 * Days on which the clocks change, read in whatever zone the suite runs in (`npm test` runs
 * it under UTC, America/Los_Angeles, Pacific/Auckland and Asia/Kolkata). A calendar date
 * has no zone: every answer below is the same in all four, and is written out by hand.
 *
 * 2026's changes: Los Angeles springs forward on Sunday 8 March (02:00 → 03:00) and falls
 * back on Sunday 1 November (02:00 → 01:00); Auckland falls back on Sunday 5 April
 * (03:00 → 02:00) and springs forward on Sunday 27 September (02:00 → 03:00).
 */

const settings = settingsWith();
const DST_DAYS = ['2026-03-08', '2026-11-01', '2026-04-05', '2026-09-27'] as const;

/** Older names some runtimes report for the zones below (ICU still says Asia/Calcutta). */
const ZONE_ALIASES: Record<string, string> = { 'Etc/UTC': 'UTC', 'Etc/GMT': 'UTC', GMT: 'UTC', 'Asia/Calcutta': 'Asia/Kolkata', 'US/Pacific': 'America/Los_Angeles', NZ: 'Pacific/Auckland' };

/** The zone the tests run in, as the runtime reports it. */
const ZONE = ((): string => {
	const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
	return ZONE_ALIASES[zone] ?? zone;
})();

/**
 * The zone's offset from UTC, in hours, at local midnight of each day: worked out by hand
 * from the rules above (PST −8, PDT −7, NZST +12, NZDT +13, IST +5:30).
 */
const MIDNIGHT_OFFSET: Record<string, Record<string, number>> = {
	UTC: { '2026-03-08': 0, '2026-03-09': 0, '2026-11-01': 0, '2026-11-02': 0, '2026-04-05': 0, '2026-04-06': 0, '2026-09-27': 0, '2026-09-28': 0 },
	'America/Los_Angeles': { '2026-03-08': -8, '2026-03-09': -7, '2026-11-01': -7, '2026-11-02': -8, '2026-04-05': -7, '2026-04-06': -7, '2026-09-27': -7, '2026-09-28': -7 },
	'Pacific/Auckland': { '2026-03-08': 13, '2026-03-09': 13, '2026-11-01': 13, '2026-11-02': 13, '2026-04-05': 13, '2026-04-06': 12, '2026-09-27': 12, '2026-09-28': 13 },
	'Asia/Kolkata': { '2026-03-08': 5.5, '2026-03-09': 5.5, '2026-11-01': 5.5, '2026-11-02': 5.5, '2026-04-05': 5.5, '2026-04-06': 5.5, '2026-09-27': 5.5, '2026-09-28': 5.5 },
};
const KNOWN_ZONE = Object.prototype.hasOwnProperty.call(MIDNIGHT_OFFSET, ZONE);
const ZONE_NOTE = KNOWN_ZONE ? ZONE : `${ZONE} — zone-specific checks SKIPPED (they know UTC, America/Los_Angeles, Pacific/Auckland, Asia/Kolkata)`;

/** Local wall-clock time on a calendar day, in the zone the tests run in. */
function local(date: string, hours = 0, minutes = 0, seconds = 0, ms = 0): Date {
	const [y, m, d] = date.split('-').map(Number) as [number, number, number];
	return new Date(y, m - 1, d, hours, minutes, seconds, ms);
}

afterEach(() => {
	vi.useRealTimers();
});
afterAll(removeTempVaults);

describe(`the zone the suite runs in: ${ZONE_NOTE}`, () => {
	it.skipIf(!KNOWN_ZONE)('has local midnights where the rules put them: the clock-change days are 23 or 25 hours long here', () => {
		const offsets = MIDNIGHT_OFFSET[ZONE] ?? {};
		for (const [date, offset] of Object.entries(offsets)) {
			const [y, m, d] = date.split('-').map(Number) as [number, number, number];
			expect(local(date).getTime(), `${ZONE} midnight of ${date}`).toBe(Date.UTC(y, m - 1, d) - offset * 3_600_000);
		}
		const hours = (from: string, to: string): number => (local(to).getTime() - local(from).getTime()) / 3_600_000;
		const lengths = [hours('2026-03-08', '2026-03-09'), hours('2026-11-01', '2026-11-02'), hours('2026-04-05', '2026-04-06'), hours('2026-09-27', '2026-09-28')];
		const expected: Record<string, number[]> = {
			UTC: [24, 24, 24, 24],
			'America/Los_Angeles': [23, 25, 24, 24],
			'Pacific/Auckland': [24, 24, 25, 23],
			'Asia/Kolkata': [24, 24, 24, 24],
		};
		expect(lengths).toEqual(expected[ZONE]);
	});

	it.skipIf(!KNOWN_ZONE)('reads the local day of instants around the changes and around midnight', () => {
		// Each instant's local day in each zone, by hand.
		const table: [string, Record<string, string>][] = [
			// 23:30 PST in Los Angeles, the evening after falling back (it would be 00:30 had the clock not changed).
			['2026-11-02T07:30:00.000Z', { UTC: '2026-11-02', 'America/Los_Angeles': '2026-11-01', 'Pacific/Auckland': '2026-11-02', 'Asia/Kolkata': '2026-11-02' }],
			// 00:30 NZDT in Auckland on the day it falls back, then 23:30 NZST that evening.
			['2026-04-04T11:30:00.000Z', { UTC: '2026-04-04', 'America/Los_Angeles': '2026-04-04', 'Pacific/Auckland': '2026-04-05', 'Asia/Kolkata': '2026-04-04' }],
			['2026-04-05T11:30:00.000Z', { UTC: '2026-04-05', 'America/Los_Angeles': '2026-04-05', 'Pacific/Auckland': '2026-04-05', 'Asia/Kolkata': '2026-04-05' }],
			// 00:30 NZST on the day Auckland springs forward, then 00:30 NZDT the next day.
			['2026-09-26T12:30:00.000Z', { UTC: '2026-09-26', 'America/Los_Angeles': '2026-09-26', 'Pacific/Auckland': '2026-09-27', 'Asia/Kolkata': '2026-09-26' }],
			['2026-09-27T11:30:00.000Z', { UTC: '2026-09-27', 'America/Los_Angeles': '2026-09-27', 'Pacific/Auckland': '2026-09-28', 'Asia/Kolkata': '2026-09-27' }],
			// The last millisecond of 8 March in Kolkata, and the first of the 9th.
			['2026-03-08T18:29:59.999Z', { UTC: '2026-03-08', 'America/Los_Angeles': '2026-03-08', 'Pacific/Auckland': '2026-03-09', 'Asia/Kolkata': '2026-03-08' }],
			['2026-03-08T18:30:00.000Z', { UTC: '2026-03-08', 'America/Los_Angeles': '2026-03-08', 'Pacific/Auckland': '2026-03-09', 'Asia/Kolkata': '2026-03-09' }],
			// 23:59:59.999 PST in Los Angeles, the last moment before springing forward starts the 8th.
			['2026-03-08T07:59:59.999Z', { UTC: '2026-03-08', 'America/Los_Angeles': '2026-03-07', 'Pacific/Auckland': '2026-03-08', 'Asia/Kolkata': '2026-03-08' }],
		];
		for (const [instant, days] of table) expect(localDateOf(new Date(instant)), `${instant} in ${ZONE}`).toBe(days[ZONE]);
	});
});

describe('today, just before and just after local midnight on the days the clocks change', () => {
	it.each(DST_DAYS)('%s: 23:59:59.999 is that day, 00:00:00.000 is the next, by the clock', (date) => {
		const next = addDays(day(date), 1);
		vi.useFakeTimers();
		vi.setSystemTime(local(date, 0, 0, 0, 0));
		expect(localDateOf(new Date())).toBe(date);
		vi.setSystemTime(local(date, 0, 0, 0, 0).getTime() - 1);
		expect(localDateOf(new Date())).toBe(addDays(day(date), -1));
		vi.setSystemTime(local(date, 23, 59, 59, 999));
		expect(localDateOf(new Date())).toBe(date);
		vi.setSystemTime(local(next, 0, 0, 0, 0));
		expect(localDateOf(new Date())).toBe(next);
	});

	it('the hour that happens twice and the hour that never happens stay on their day', () => {
		// 01:30 happens twice in Los Angeles on 1 November, 02:30 twice in Auckland on 5 April;
		// 02:30 never happens in Los Angeles on 8 March nor in Auckland on 27 September (the
		// clock reads 03:30). Whatever the zone makes of them, the day is the same.
		expect(localDateOf(local('2026-11-01', 1, 30))).toBe('2026-11-01');
		expect(localDateOf(local('2026-04-05', 2, 30))).toBe('2026-04-05');
		expect(localDateOf(local('2026-03-08', 2, 30))).toBe('2026-03-08');
		expect(localDateOf(local('2026-09-27', 2, 30))).toBe('2026-09-27');
	});
});

describe("the command line's today, from the clock", () => {
	/** A mentor met the day before `date`, seen daily: due on `date`, overdue the day after. */
	function vaultDueOn(date: string): string {
		const before = addDays(day(date), -1);
		return tempVault({
			'Mentors/Dr. Maya Lee.md': md(
				'---',
				'type: mentor',
				'role: research',
				'cadence: 1d',
				`last_contact: ${before}`,
				'---',
				`### ${before} Call`,
				'- [ ] Send the abstract tomorrow',
				`- [ ] Draft the poster 📅 ${date}`,
			),
		});
	}

	function report(vault: string, now: Date): ReportJson {
		vi.useFakeTimers();
		vi.setSystemTime(now);
		const { io, stdout, stderr } = fakeIo({ now: () => new Date() });
		const code = runCli(['report', '--vault', vault, '--json'], io);
		vi.useRealTimers();
		expect([code, stderr()]).toEqual([0, '']);
		return JSON.parse(stdout()) as ReportJson;
	}

	it.each(DST_DAYS)('%s: the last millisecond of the day is that day, the first of the next is the next', (date) => {
		const vault = vaultDueOn(date);
		const next = addDays(day(date), 1);

		const late = report(vault, local(date, 23, 59, 59, 999));
		expect(late.today).toBe(date);
		expect(late.mentors.map((m) => [m.lastContact, m.nextDue, m.status])).toEqual([[addDays(day(date), -1), date, 'due']]);
		expect(late.items.map((i) => [i.due, i.overdue])).toEqual([
			[date, false],
			[date, false],
		]);

		const early = report(vault, local(next, 0, 0, 0, 0));
		expect(early.today).toBe(next);
		expect(early.mentors.map((m) => [m.nextDue, m.status])).toEqual([[date, 'overdue']]);
		expect(early.items.map((i) => [i.due, i.overdue])).toEqual([
			[date, true],
			[date, true],
		]);
	});

	it('the first millisecond of a clock-change day, from the command line as from the clock', () => {
		const vault = vaultDueOn('2026-11-01');
		expect(report(vault, local('2026-11-01')).today).toBe('2026-11-01');
		expect(report(vault, new Date(local('2026-11-01').getTime() - 1)).today).toBe('2026-10-31');
	});
});

describe('relative phrases read across a clock change', () => {
	// [written on, words, due] — worked out with a calendar.
	const CASES: [string, string, string][] = [
		// Los Angeles springs forward on Sunday 8 March.
		['2026-03-07', 'tomorrow', '2026-03-08'],
		['2026-03-07', 'by Friday', '2026-03-13'],
		['2026-03-07', 'in 2 weeks', '2026-03-21'],
		['2026-03-07', 'in 3 days', '2026-03-10'],
		['2026-03-08', 'tomorrow', '2026-03-09'],
		['2026-03-08', 'by Friday', '2026-03-13'],
		['2026-03-08', 'in 2 weeks', '2026-03-22'],
		['2026-03-08', 'two weeks from today', '2026-03-22'],
		['2026-03-08', 'in 1 month', '2026-04-08'],
		['2026-03-08', 'EOW', '2026-03-13'],
		// Los Angeles falls back on Sunday 1 November.
		['2026-10-31', 'tomorrow', '2026-11-01'],
		['2026-10-31', 'by Friday', '2026-11-06'],
		['2026-10-31', 'in 2 weeks', '2026-11-14'],
		['2026-11-01', 'tomorrow', '2026-11-02'],
		['2026-11-01', 'in 1 week', '2026-11-08'],
		['2026-11-01', 'by Friday', '2026-11-06'],
		// Auckland falls back on Sunday 5 April.
		['2026-04-04', 'tomorrow', '2026-04-05'],
		['2026-04-04', 'by Friday', '2026-04-10'],
		['2026-04-04', 'in 2 weeks', '2026-04-18'],
		['2026-04-05', 'tomorrow', '2026-04-06'],
		['2026-04-05', 'in 2 weeks', '2026-04-19'],
		// Auckland springs forward on Sunday 27 September.
		['2026-09-26', 'tomorrow', '2026-09-27'],
		['2026-09-26', 'by Friday', '2026-10-02'],
		['2026-09-26', 'in 2 weeks', '2026-10-10'],
		['2026-09-26', 'in 10 days', '2026-10-06'],
		['2026-09-27', 'tomorrow', '2026-09-28'],
		['2026-09-27', 'in 1 month', '2026-10-27'],
	];

	it.each(CASES)('written %s, "%s" is due %s', (written, words, due) => {
		const phrase = readDuePhrase(words, day(written), 'month-first');
		expect(phrase?.kind === 'date' ? phrase.date : phrase).toBe(due);
	});

	it('and the same whatever the clock says, even a minute either side of midnight on a change day', () => {
		vi.useFakeTimers();
		for (const now of [local('2026-03-08', 23, 59, 59, 999), local('2026-09-28'), local('2026-11-01', 1, 30)]) {
			vi.setSystemTime(now);
			for (const [written, words, due] of CASES) {
				const phrase = readDuePhrase(words, day(written), 'month-first');
				expect(phrase?.kind === 'date' ? phrase.date : null, `${written} "${words}" at ${now.toISOString()}`).toBe(due);
			}
		}
	});

	it('through a whole mentor note: a dated heading on the change day dates its items', () => {
		for (const [date, tomorrow, friday, twoWeeks] of [
			['2026-03-08', '2026-03-09', '2026-03-13', '2026-03-22'],
			['2026-11-01', '2026-11-02', '2026-11-06', '2026-11-15'],
			['2026-04-05', '2026-04-06', '2026-04-10', '2026-04-19'],
			['2026-09-27', '2026-09-28', '2026-10-02', '2026-10-11'],
		] as const) {
			const facts = readNote(
				note('Mentors/Dr. Maya Lee.md', md('---', 'type: mentor', '---', `### ${date} Meeting`, '- [ ] Slides tomorrow', '- [ ] Abstract by Friday', '- [ ] Poster in 2 weeks')),
				settings,
			);
			expect(facts.kind === 'mentor' ? facts.items.map((i) => i.due) : null, date).toEqual([tomorrow, friday, twoWeeks]);
		}
	});
});

describe('cadence across a clock change', () => {
	const cadence = (text: string): Cadence => {
		const parsed = parseCadence(text);
		if (!parsed.ok) throw new Error(parsed.message);
		return parsed.cadence;
	};

	it('adds calendar days, weeks and months, never 24-hour steps', () => {
		const CASES: [string, string, string][] = [
			['2026-03-01', 'weekly', '2026-03-08'],
			['2026-03-07', 'daily', '2026-03-08'],
			['2026-03-08', 'daily', '2026-03-09'],
			['2026-02-26', '10d', '2026-03-08'],
			['2026-10-25', 'weekly', '2026-11-01'],
			['2026-10-18', 'every 2 weeks', '2026-11-01'],
			['2026-10-01', 'monthly', '2026-11-01'],
			['2026-03-29', 'weekly', '2026-04-05'],
			['2026-03-05', 'monthly', '2026-04-05'],
			['2026-09-13', 'biweekly', '2026-09-27'],
			['2026-06-27', 'quarterly', '2026-09-27'],
			['2026-09-26', 'P1D', '2026-09-27'],
		];
		for (const [from, every, next] of CASES) expect(addCadence(day(from), cadence(every)), `${from} + ${every}`).toBe(next);
	});

	it('makes a mentor due on the change day and overdue the day after', () => {
		for (const [lastContact, every, due] of [
			['2026-03-01', 'weekly', '2026-03-08'],
			['2026-10-18', 'every 2 weeks', '2026-11-01'],
			['2026-03-05', 'monthly', '2026-04-05'],
			['2026-09-20', 'weekly', '2026-09-27'],
		] as const) {
			const mentor = note('Mentors/Sam Ortiz.md', md('---', 'type: mentor', `cadence: ${every}`, `last_contact: ${lastContact}`, '---'));
			const onTheDay = team([mentor], due).mentors[0];
			const dayAfter = team([mentor], addDays(day(due), 1)).mentors[0];
			expect([onTheDay?.lastContact, onTheDay?.nextDue, onTheDay?.status], due).toEqual([lastContact, due, 'due']);
			expect([dayAfter?.nextDue, dayAfter?.status, dayAfter?.daysSinceContact], due).toEqual([due, 'overdue', daysFrom(lastContact, addDays(day(due), 1))]);
		}
	});

	it('counts whole days since the last contact across the change, not hours', () => {
		// 7 March to 9 March is 2 days in Los Angeles too, although 47 hours pass there.
		const mentor = note('Mentors/Sam Ortiz.md', md('---', 'type: mentor', 'last_contact: 2026-03-07', '---'));
		expect(team([mentor], '2026-03-09').mentors[0]?.daysSinceContact).toBe(2);
		const kiwi = note('Mentors/Sam Ortiz.md', md('---', 'type: mentor', 'last_contact: 2026-04-04', '---'));
		expect(team([kiwi], '2026-04-06').mentors[0]?.daysSinceContact).toBe(2);
	});
});

describe('YAML dates (text as Obsidian reads them, or a Date at UTC midnight) for the days the clocks change', () => {
	it.each(DST_DAYS)('%s unquoted is %s in every property, whatever the zone', (date) => {
		const text = md('---', 'type: mentor', `last_contact: ${date}`, `next_meeting: ${date}`, `snooze_until: ${date}`, `since: ${date}`, '---');
		// The command line reads the text written, as Obsidian's cache does.
		expect(readProperties(text).frontmatter?.last_contact).toBe(date);
		const facts = readNote(note('Mentors/Dr. Maya Lee.md', text), settings);
		if (facts.kind !== 'mentor') throw new Error('not a mentor note');
		expect([facts.lastContact, facts.nextMeeting?.date, facts.snoozeUntil, facts.since, facts.problems]).toEqual([date, date, date, date, []]);

		// A YAML parser with the timestamp type gives a Date at UTC midnight: the core reads the same day.
		const data = load(frontmatterBlock(text) ?? '') as Record<string, unknown>;
		expect(data.last_contact).toBeInstanceOf(Date);
		expect((data.last_contact as Date).toISOString()).toBe(`${date}T00:00:00.000Z`);
		expect(parseCalendarDate(data.last_contact)).toBe(date);
		const fromDates = readNote({ ...note('Mentors/Dr. Maya Lee.md', text), frontmatter: data }, settings);
		expect(fromDates).toEqual(facts);
	});

	it.skipIf(!KNOWN_ZONE)('and never the local day of that instant, which is the day before west of UTC', () => {
		const localDay: Record<string, (date: string) => string> = {
			UTC: (d) => d,
			'America/Los_Angeles': (d) => addDays(day(d), -1),
			'Pacific/Auckland': (d) => d,
			'Asia/Kolkata': (d) => d,
		};
		for (const date of DST_DAYS) {
			const instant = new Date(`${date}T00:00:00.000Z`);
			expect(localDateOf(instant), `the trap, in ${ZONE}`).toBe(localDay[ZONE]?.(date));
			expect(parseCalendarDate(instant)).toBe(date);
		}
	});

	it('a meeting note dated on a change day is a contact on that day', () => {
		for (const date of DST_DAYS) {
			const mentor = note('Mentors/Dr. Maya Lee.md', md('---', 'type: mentor', 'cadence: weekly', '---'));
			const meeting = note(`Meetings/${date} Lee.md`, md('---', 'mentor: "[[Dr. Maya Lee]]"', `date: ${date}`, '---', '- [ ] Dr. Maya Lee: intro tomorrow'));
			const snapshot = team([mentor, meeting], addDays(day(date), 1));
			expect(
				snapshot.mentors.map((m) => [m.lastContact, m.nextDue]),
				date,
			).toEqual([[date, addDays(day(date), 7)]]);
			expect(
				snapshot.items.map((i) => [i.owner, i.dueDate]),
				date,
			).toEqual([['them', addDays(day(date), 1)]]);
		}
	});
});

function daysFrom(from: string, to: CalendarDate): number {
	return Math.round((Date.UTC(...ymd(to)) - Date.UTC(...ymd(from))) / 86_400_000);
}

function ymd(date: string): [number, number, number] {
	const [y, m, d] = date.split('-').map(Number) as [number, number, number];
	return [y, m - 1, d];
}
