import { describe, expect, it } from 'vitest';
import { parseArgs, UsageError, USAGE } from '../../src/cli/args';

describe('parseArgs', () => {
	it('reads the report command and its options', () => {
		expect(parseArgs(['report'])).toEqual({ command: 'report', vault: null, today: null, json: false, color: null, mentor: null });
		expect(parseArgs(['report', '--vault', 'My Vault', '--today', '2026-11-24', '--json', '--color'])).toEqual({
			command: 'report',
			vault: 'My Vault',
			today: '2026-11-24',
			json: true,
			color: true,
			mentor: null,
		});
		expect(parseArgs(['report', '--mentor', ' Dr. Lee '])).toMatchObject({ mentor: 'Dr. Lee' });
		expect(() => parseArgs(['report', '--mentor'])).toThrow('--mentor needs a value');
	});

	it('accepts --option=value and the British spelling of colour', () => {
		expect(parseArgs(['report', '--vault=My Vault', '--today=2026-11-24', '--no-colour'])).toMatchObject({ vault: 'My Vault', today: '2026-11-24', color: false });
		expect(parseArgs(['report', '--colour'])).toMatchObject({ color: true });
		expect(parseArgs(['report', '--color', '--no-color'])).toMatchObject({ color: false });
	});

	it('answers help and version wherever they appear', () => {
		expect(parseArgs(['--help'])).toEqual({ command: 'help' });
		expect(parseArgs(['report', '-h'])).toEqual({ command: 'help' });
		expect(parseArgs(['help'])).toEqual({ command: 'help' });
		expect(parseArgs(['-v'])).toEqual({ command: 'version' });
		expect(parseArgs(['report', '--version'])).toEqual({ command: 'version' });
		expect(USAGE).toContain('mentor-rally report [--vault DIR] [--today YYYY-MM-DD] [--json]');
	});

	it('refuses mistakes with a message that names them', () => {
		const refusal = (argv: string[]) => {
			try {
				parseArgs(argv);
			} catch (error) {
				expect(error).toBeInstanceOf(UsageError);
				return (error as Error).message;
			}
			throw new Error(`accepted ${argv.join(' ')}`);
		};
		expect(refusal([])).toMatch(/missing command/);
		expect(refusal(['status'])).toContain('"status"');
		expect(refusal(['report', '--verbose'])).toContain('"--verbose"');
		expect(refusal(['report', '--today', '24/11/2026'])).toContain('"24/11/2026"');
		expect(refusal(['report', '--today', '2026-02-30'])).toContain('"2026-02-30"');
		expect(refusal(['report', '--today'])).toMatch(/--today needs a value/);
		expect(refusal(['report', '--vault'])).toMatch(/--vault needs a value/);
		expect(refusal(['report', '--vault='])).toMatch(/--vault needs a value/);
		expect(refusal(['report', 'extra'])).toContain('"extra"');
	});
});
