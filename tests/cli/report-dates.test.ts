import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main';
import type { ReportJson } from '../../src/core/report';
import { fakeIo, fixtureVault } from '../helpers/cli';

/**
 * Dates the way students write them, through `report --json` (issue 9): every item in the
 * fixture is read from its dated heading (18 November 2026, a Wednesday; 20 December 2026,
 * a Sunday), so the answers do not depend on the day the report is run.
 */
function report(today: string): ReportJson {
	const io = fakeIo();
	const code = runCli(['report', '--vault', fixtureVault('dates'), '--today', today, '--json'], io.io);
	expect(io.stderr()).toBe('');
	expect(code).toBe(0);
	return JSON.parse(io.stdout()) as ReportJson;
}

/** Each item's due day; an item with no date in its words is due at the next meeting, shown as 'next meeting'. */
function dueByText(today: string): Map<string, string | null> {
	const json = report(today);
	const nextMeeting = json.mentors[0]?.nextDue;
	return new Map(json.items.map((item) => [item.text, item.due === nextMeeting ? 'next meeting' : item.due]));
}

const EXPECTED: Readonly<Record<string, string | null>> = {
	'Send the poster by Friday Dec 4': '2026-12-04',
	'Rank list by Monday, Nov 30': '2026-11-30',
	'Submit the IRB by the 15th': '2026-12-15',
	'Pay dues by the first of the month': '2026-12-01',
	'Draft the 5th of next month': '2026-12-05',
	'Present a week from Friday': '2026-11-27',
	'Slides the Friday after next': '2026-12-04',
	'Return the consent within 48 hours': '2026-11-20',
	'Page the resident this afternoon': '2026-11-18',
	'Send the slides COB': '2026-11-18',
	'Call Dr. Ruiz Weds': '2026-11-18',
	'Review the draft Sat': '2026-11-21',
	'2moro call Sam': '2026-11-19',
	'Check in nxt wk': '2026-11-25',
	'Reply in 2 business days': '2026-11-20',
	'Poster in a fortnight': '2026-12-02',
	'Finish the QI project by the end of the quarter': '2026-12-31',
	'Lit review by the weekend': '2026-11-21',
	'Thank-you cards by Christmas': '2026-12-25',
	'PGY-3 schedule by the 25th': '2026-11-25',
	'Abstract [due:: 2026-12-04T17:00]': '2026-12-04',
	// Look-alikes: no date in the words, so due at the next meeting with her.
	'Now that Step 1 is done, plan electives': 'next meeting',
	"Review today's case with the team": 'next meeting',
	'Ask about the weekend call schedule': 'next meeting',
	'Cut the abstract by 1/2': 'next meeting',
	'Pull the 3 month follow-up data': 'next meeting',
	'Look up 90-day mortality': 'next meeting',
	'Book room 4B for journal club': 'next meeting',
	// Written on Sunday 20 December: the 3rd is in January, Q1 ends in March.
	'Outline by the 3rd': '2027-01-03',
	'Data pull by end of Q1': '2027-03-31',
	'Email the chair tmrw': '2026-12-21',
};

describe('report --json reads the dates students write, from dated headings', () => {
	it('gives each item the day a careful reader would', () => {
		const due = dueByText('2026-12-21');
		expect(report('2026-12-21').mentors[0]?.nextDue).toBe('2027-01-10'); // 20 December + 3 weeks, a day no item names
		expect(Object.fromEntries(due)).toEqual(EXPECTED);
	});

	it('and the same days whatever day the report is run', () => {
		expect(dueByText('2027-06-01')).toEqual(dueByText('2026-11-24'));
	});
});
