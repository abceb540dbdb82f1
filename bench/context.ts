/**
 * What every section is handed: the run's mode and repetitions, the vaults, a per-run memo
 * and, under `--before=REV`, the older tree to measure beside this one.
 */
import type { BeforeTree } from './before';
import type { GeneratedVault, VaultPreset } from './generate-vault';
import type { Repetitions } from './lib';

export interface BenchContext {
	quick: boolean;
	/** The repository root (the working directory `npm run bench` runs in). */
	root: string;
	/** bench/out, for scripts and results. */
	outDir: string;
	/** The day every report is made for, so runs compare. */
	today: string;
	reps: Repetitions;
	/** The vault the main sections measure: 10k notes, or the small one under `--quick`. */
	mainVault: VaultPreset;
	/** A generated vault, made on first use. */
	vault: (preset: VaultPreset) => GeneratedVault;
	/** A value computed once per run and shared between sections. */
	memo: <T>(key: string, compute: () => T) => T;
	log: (message: string) => void;
	/** `--before=REV`: the older commit, built, whose rows sit beside this tree's; null without the flag. */
	before: BeforeTree | null;
}
