// `npm version patch|minor|major` runs this (the npm `version` script) after it has bumped
// package.json: the plugin's manifest.json takes the same version, and versions.json maps
// that version to the Obsidian it needs (manifest.json's minAppVersion), which is how
// Obsidian finds an older release for an older app. As the Obsidian sample plugin does.
//
// `node version-bump.mjs 1.2.3` sets a version by hand. It works on the files of the
// working directory (npm runs scripts in the package's folder).
import { readFileSync, writeFileSync } from 'node:fs';

const version = process.argv[2] ?? process.env.npm_package_version;
// Obsidian compares plain x.y.z versions, and a release's tag must be exactly that.
if (!version || !/^\d+\.\d+\.\d+$/.test(version)) {
	console.error(`version-bump: need a version like 1.2.3 (got ${version ? `"${version}"` : 'none'}); run it through \`npm version\` or as \`node version-bump.mjs 1.2.3\``);
	process.exit(2);
}

const readJson = (file) => JSON.parse(readFileSync(file, 'utf8'));
// Tab-indented with a final newline, as the files are checked in.
const writeJson = (file, value) => writeFileSync(file, `${JSON.stringify(value, null, '\t')}\n`);

const manifest = readJson('manifest.json');
const { minAppVersion } = manifest;
if (typeof minAppVersion !== 'string' || minAppVersion === '') {
	console.error('version-bump: manifest.json has no minAppVersion');
	process.exit(1);
}
const versions = readJson('versions.json');
const previous = manifest.version;
manifest.version = version;
versions[version] = minAppVersion;
writeJson('manifest.json', manifest);
writeJson('versions.json', versions);
console.log(`manifest.json: version ${previous} → ${version}; versions.json: ${version} needs Obsidian ${minAppVersion}`);
