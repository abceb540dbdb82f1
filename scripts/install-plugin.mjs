// `npm run install-plugin -- <vault>`: puts the built plugin into a vault, as a user who
// installs by hand would: main.js, manifest.json and styles.css into
// <vault>/.obsidian/plugins/<id>/ (or the vault's renamed configuration folder). The plugin's settings (data.json) there are left alone.
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const FILES = ['main.js', 'manifest.json', 'styles.css'];
// The files come from the repository this script is in, wherever it is run from.
const root = fileURLToPath(new URL('..', import.meta.url));

function fail(message) {
	console.error(`install-plugin: ${message}`);
	process.exit(1);
}

const [vaultArg, ...extra] = process.argv.slice(2);
if (!vaultArg || extra.length > 0 || vaultArg.startsWith('-')) {
	console.error('usage: npm run install-plugin -- <path to your vault>');
	process.exit(2);
}
// npm runs scripts in the package folder; a relative path means one from where npm was typed.
const vault = resolve(process.env.INIT_CWD ?? process.cwd(), vaultArg);
let isFolder = false;
try {
	isFolder = statSync(vault).isDirectory();
} catch {
	fail(`${vault} does not exist; give the folder of an Obsidian vault`);
}
if (!isFolder) fail(`${vault} is not a folder; give the folder of an Obsidian vault`);

const missing = FILES.filter((file) => !existsSync(join(root, file)));
if (missing.length > 0) fail(`${missing.join(', ')} missing in ${root}: run \`npm run build\` first`);

const { id } = JSON.parse(readFileSync(join(root, 'manifest.json'), 'utf8'));
if (typeof id !== 'string' || !/^[a-z0-9-]+$/.test(id)) fail('manifest.json has no usable plugin id');

// Obsidian keeps its configuration in .obsidian unless the user renamed that folder: then
// the dot-folder holding Obsidian's own files is it. A vault never opened in Obsidian has
// none yet; .obsidian is made, and Obsidian picks it up when it opens the folder.
const DEFAULT_CONFIG_DIR = '.obsidian';
const OBSIDIAN_FILES = ['app.json', 'appearance.json', 'workspace.json', 'community-plugins.json', 'plugins'];
function findConfigDir(folder) {
	if (existsSync(join(folder, DEFAULT_CONFIG_DIR))) return DEFAULT_CONFIG_DIR;
	const renamed = readdirSync(folder, { withFileTypes: true })
		.filter((entry) => entry.isDirectory() && entry.name.startsWith('.'))
		.map((entry) => entry.name)
		.sort()
		.find((name) => OBSIDIAN_FILES.some((file) => existsSync(join(folder, name, file))));
	return renamed ?? null;
}
const found = findConfigDir(vault);
const configDir = join(vault, found ?? DEFAULT_CONFIG_DIR);
const target = join(configDir, 'plugins', id);
mkdirSync(target, { recursive: true });
for (const file of FILES) {
	copyFileSync(join(root, file), join(target, file));
	console.log(`copied ${file} (${statSync(join(target, file)).size.toLocaleString('en-US')} bytes)`);
}
console.log(`Installed ${id} into ${target}.`);
if (found === null) console.log(`Note: ${vault} had no Obsidian configuration folder (is it a vault?); ${DEFAULT_CONFIG_DIR} was made.`);
console.log('In Obsidian: turn the plugin on under Settings → Community plugins (or off and on again to load the new build).');
