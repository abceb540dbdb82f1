/**
 * Makes (or finds) a synthetic vault and prints its folder, for trying the plugin or the
 * command line on a large vault by hand:
 *   node scripts/run-ts.mjs bench/make-vault.ts 10k        (or quick, 50k)
 *   node scripts/run-ts.mjs bench/make-vault.ts --notes 20000 --mentors 250 --meetings 4000 --tasks 60000 --seed 7
 */
import { ensureVault, VAULT_PRESETS, type VaultParams, type VaultPreset } from './generate-vault';

function parse(args: readonly string[]): VaultParams {
	const preset = args[0] && !args[0].startsWith('--') ? args[0] : '10k';
	if (!(preset in VAULT_PRESETS)) throw new Error(`unknown preset ${preset}; use ${Object.keys(VAULT_PRESETS).join(', ')}`);
	const params: VaultParams = { ...VAULT_PRESETS[preset as VaultPreset] };
	for (let i = 0; i < args.length; i++) {
		const flag = args[i];
		if (!flag?.startsWith('--')) continue;
		const key = flag.slice(2);
		const value = Number(args[++i]);
		if (!(key in params) || !Number.isInteger(value) || value < 0) throw new Error(`bad option ${flag} ${args[i] ?? ''}`);
		params[key as keyof VaultParams] = value;
	}
	return params;
}

try {
	const vault = ensureVault(parse(process.argv.slice(2)));
	process.stdout.write(`${vault.dir}\n`);
	process.stderr.write(`${JSON.stringify(vault.manifest, null, 2)}\n`);
} catch (error) {
	process.stderr.write(`make-vault: ${error instanceof Error ? error.message : String(error)}\n`);
	process.exitCode = 2;
}
