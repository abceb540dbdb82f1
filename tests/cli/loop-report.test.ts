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
	it('lists the thank-you owed and the update due, after their court', () => {
		const text = report();
		const loop = text.slice(text.indexOf('Owed thanks'), text.indexOf('\nTeam ('));
		expect(loop).toBe(
			[
				'Owed thanks (1)',
				'  by Tue 24 Nov  Thank Jordan and tell them how it went  → Jordan Reyes · Meetings/2026-11-20 Jordan Reyes.md:16',
				'',
				'Updates due (1)',
				'  due since Sat 14 Nov  Dr. Nadia Chaudhry  quarterly · last sent Fri 14 Aug',
				'',
			].join('\n'),
		);
		expect(text.indexOf('Their court')).toBeLessThan(text.indexOf('Owed thanks'));
	});
});
