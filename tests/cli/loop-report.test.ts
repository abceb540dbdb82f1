import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { runCli } from '../../src/cli/main';

const VAULT = fileURLToPath(new URL('../../examples/vault', import.meta.url));

function report(): string {
	let out = '';
	const code = runCli(['report', '--today', '2026-11-24'], { stdout: (t) => void (out += t), stderr: () => undefined, isTty: false, env: {}, now: () => new Date(), exampleVault: VAULT });
	expect(code).toBe(0);
	return out;
}

describe('the report shows the meeting loop', () => {
	it('says in plain words what the notes show of the loop: the meeting prepared, the wrap-up, the update sent; then the thanks owed and the update due', () => {
		const text = report();
		const loop = text.slice(text.indexOf('Meeting loop'), text.indexOf('\nTeam ('));
		expect(loop).toBe(
			[
				'Meeting loop',
				'  Prepared      Dr. Helena Marsh  Wed 25 Nov, 16:00 · note ready in Meetings/2026-11-25 Dr. Helena Marsh.md',
				'  Not prepared  Jordan Reyes  Mon 30 Nov · no meeting note yet: "Prepare for meeting" writes the brief',
				'  Wrapped up    Jordan Reyes  Fri 20 Nov · next booked Mon 30 Nov · 2 items yours, 2 theirs · Meetings/2026-11-20 Jordan Reyes.md',
				'  Update sent   Dr. Victor Lindqvist  Mon 2 Nov · Updates/2026-11-02 Update to Dr. Victor Lindqvist.md',
				'',
				'Owed thanks (1)',
				'  by Tue 24 Nov  Thank Jordan and tell them how it went  → Jordan Reyes · Meetings/2026-11-20 Jordan Reyes.md:16',
				'',
				'Updates due (1)',
				'  due since Sat 14 Nov  Dr. Nadia Chaudhry  quarterly · last sent Fri 14 Aug',
				'',
			].join('\n'),
		);
		expect(text.indexOf('Their court')).toBeLessThan(text.indexOf('Meeting loop'));
	});
});
