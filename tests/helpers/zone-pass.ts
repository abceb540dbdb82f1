/**
 * `npm test` runs the date suites again in time zones either side of the date line
 * (scripts/test.mjs sets MENTOR_RALLY_ZONE_PASS=extra there). What a zone can change is how a
 * clock time becomes a day: it shows on the phrases themselves and on words that carry a time,
 * not on the purely textual contexts around them (names, numbers, punctuation), whose full set
 * runs in the home zone. The extra passes keep the former and a sample of the latter, so the
 * whole suite stays within its three minutes.
 */
export const EXTRA_ZONE_PASS = process.env.MENTOR_RALLY_ZONE_PASS === 'extra';

/** The contexts to combine in this pass: all of them in the home zone, `inEveryZone` in the others. */
export function contextsForZone<T>(all: readonly T[], inEveryZone: readonly T[]): readonly T[] {
	return EXTRA_ZONE_PASS ? inEveryZone : all;
}

/** How many generated cases to check in this pass: all in the home zone, a sixth in the others. */
export function generatedRuns(runs: number): number {
	return EXTRA_ZONE_PASS ? Math.ceil(runs / 6) : runs;
}
