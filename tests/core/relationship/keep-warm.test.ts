import { describe, expect, it } from 'vitest';
import { keepWarmRows } from '../../../src/core/relationship/keep-warm';
import { toReportJson } from '../../../src/core/report';
import { md, note, settingsWith, team } from '../../helpers/notes';

const alumna = (name: string, ...props: string[]) => note(`Mentors/${name}.md`, md('---', 'type: mentor', 'status: alumni', ...props, '---'));

describe('keeping alumni warm', () => {
	const notes = [
		alumna('Dr. Due', 'keep_warm: yearly', 'last_contact: 2025-11-30'),
		alumna('Dr. Later', 'keep_warm: yearly', 'last_contact: 2026-06-01'),
		alumna('Dr. Silent', 'last_contact: 2020-01-01'),
		alumna('Dr. Never', 'keep_warm: every 6 months'),
		alumna('Dr. Snoozed', 'keep_warm: yearly', 'last_contact: 2025-01-01', 'snooze_until: 2027-01-01'),
	];
	const snapshot = team(notes, '2026-12-01');

	it('puts an alumna with a keep_warm cadence back among the people to contact, at that cadence', () => {
		expect(keepWarmRows(snapshot, 3).map((r) => [r.mentor.name, r.due, r.overdue])).toEqual([
			['Dr. Due', '2026-11-30', true],
			['Dr. Never', '2026-12-01', false],
		]);
	});

	it('a yearly keep-warm after 29 Feb falls on 28 Feb', () => {
		const leap = team([alumna('Dr. Leap', 'keep_warm: yearly', 'last_contact: 2024-02-29')], '2025-02-28');
		expect(keepWarmRows(leap, 0).map((r) => r.due)).toEqual(['2025-02-28']);
	});

	it('an unreadable keep_warm is a problem in plain words, and no reminder', () => {
		const bad = team([alumna('Dr. Odd', 'keep_warm: sometimes')], '2026-12-01');
		expect(bad.problems.map((p) => p.message)).toEqual([expect.stringMatching(/^keep_warm "sometimes" is not understood/)]);
		expect(keepWarmRows(bad, 3)).toEqual([]);
	});

	it('the property name is a setting, and the JSON report lists who to keep in touch with', () => {
		const settings = settingsWith({ relationships: { keepWarmProperty: 'stay_in_touch' } });
		const snap = team([alumna('Dr. Named', 'stay_in_touch: quarterly', 'last_contact: 2026-08-31')], '2026-12-01', settings);
		const json = toReportJson(snap, settings);
		expect(json.keepInTouch).toEqual([{ name: 'Dr. Named', path: 'Mentors/Dr. Named.md', keepWarm: 'quarterly', lastContact: '2026-08-31', due: '2026-11-30' }]);
		expect(json.mentors[0]).toMatchObject({ keepWarm: 'quarterly', keepWarmDue: '2026-11-30' });
	});
});
