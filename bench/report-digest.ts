/**
 * Checks that the report is byte for byte the one recorded in bench/report-digests.json, so a
 * speed change that alters what the report says shows up beside the figures it bought.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { VaultPreset } from './generate-vault';
import type { BenchContext, Row } from './lib';

/** Zero changed reports is the budget: the report must not move while it gets faster. */
const UNCHANGED = { max: 0, label: 'same' };

export function reportDigestRow(ctx: BenchContext, preset: VaultPreset, reportJson: string): Row {
	const digest = createHash('sha256').update(reportJson).digest('hex');
	const recorded = (JSON.parse(readFileSync(join(ctx.root, 'bench/report-digests.json'), 'utf8')) as Record<string, string | undefined>)[preset];
	const name = `report --json @ ${preset} differs from the recorded one`;
	if (recorded === undefined) return { name, value: null, unit: '', note: `sha256 ${digest.slice(0, 16)}…; none recorded for ${preset}` };
	return {
		name,
		value: digest === recorded ? 0 : 1,
		unit: '',
		budget: UNCHANGED,
		note: digest === recorded ? `byte-identical (sha256 ${digest.slice(0, 16)}…, bench/report-digests.json)` : `sha256 ${digest} (recorded ${recorded.slice(0, 16)}…)`,
	};
}
