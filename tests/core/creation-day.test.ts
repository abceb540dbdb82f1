import { describe, expect, it } from 'vitest';
import { creationDay } from '../../src/core/creation-day';

const NOV_17 = new Date(2026, 10, 17, 14, 5).getTime();
const NOV_20 = new Date(2026, 10, 20, 8, 0).getTime();

describe('creationDay', () => {
	it('is the local day of a plausible creation time', () => {
		expect(creationDay(NOV_17, NOV_20)).toBe('2026-11-17');
		expect(creationDay(NOV_17, NOV_17)).toBe('2026-11-17');
		expect(creationDay(NOV_17, undefined)).toBe('2026-11-17');
	});

	it.each([
		['zero (some file systems, Android)', 0],
		['negative', -86_400_000],
		['not a number', '1763388300000'],
		['NaN', Number.NaN],
		['infinite', Number.POSITIVE_INFINITY],
		['null', null],
		['missing', undefined],
		['an object', { valueOf: () => NOV_17 }],
		['past year 9999', 8.64e15],
		['beyond any Date', 1e300],
	])('is unknown when the creation time is %s', (_, created) => {
		expect(creationDay(created, NOV_20)).toBeNull();
	});

	it('is unknown when the file was "created" after its last edit (a synced or copied file)', () => {
		expect(creationDay(NOV_20, NOV_17)).toBeNull();
	});

	it('does not let a broken modification time hide a good creation time', () => {
		expect(creationDay(NOV_17, 0)).toBe('2026-11-17');
		expect(creationDay(NOV_17, Number.NaN)).toBe('2026-11-17');
		expect(creationDay(NOV_17, 'soon')).toBe('2026-11-17');
	});
});
