// Which of chrono-node's English parsers and refiners change a due date we read:
// `node scripts/chrono-ablation.mjs` (about a minute).
//
// main.js carries chrono's whole English casual configuration (about 47 KB). A configuration
// built from only the classes we need would be smaller, but only if it changes no answer. This
// reads every phrase of the corpus (the string literals of tests/core, the lines of
// tests/fixtures and of the shared corpus when present, and PROBES below) with
// readDuePhraseSlowly (our own rules and chrono, no shortcut), once with the standard `casual`
// and `GB` parsers and once with each parser or refiner left out, and counts the answers that
// differ. A zero is not proof the class is unneeded: only that this corpus never needs it.
import { readdirSync, readFileSync, statSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import esbuild from 'esbuild';
import { nodeScriptOptions } from '../esbuild.config.mjs';

/** Phrases a student might write that the test corpus lacks, one or more per chrono class. */
const PROBES = [
	'submit 2 days from now',
	'within 2 weeks from now',
	'by end of month',
	'by the end of this month',
	'by end of March',
	'by 2027 January',
	'by 12/2026',
	'Friday 5pm +0100',
	'by Friday +0200',
	'3 days after Friday',
	'2 weeks after next Monday',
	'by next week Friday',
	'abstract by Jan 5th 2027',
	'by Dec 3 2027',
	'end of next week',
	'by Feb 30',
	'by the last day of the month',
	'by Friday +2 days',
	'Monday -1 day',
	'2 weeks before Dec 15',
	'3 days after 2026-12-01',
	'by 12/3 2027',
	'Dec 3rd, 2027',
	'on the 3rd of December 2027',
];

const root = resolve('.');
/** The Tasks demo vault beside the clone, as tests/robustness/tasks-demo-corpus.test.ts finds it (one more level up from a worktree). */
const corpus = [process.env.MENTOR_RALLY_TASKS_DEMO, '../shared/corpus', '../../shared/corpus'].find((dir) => dir && existsSync(dir));
const outDir = join(root, 'bench/out');
mkdirSync(outDir, { recursive: true });
const chrono = join(root, 'node_modules/chrono-node/dist/esm');

// `chrono-node/en` as the reader sees it: casual and GB, minus the classes given to leaveOut().
// The reader imports it (external), so this script and the reader share one instance.
const fakeEn = join(outDir, 'chrono-ablation-en.mjs');
writeFileSync(
	fakeEn,
	`import { Chrono } from ${JSON.stringify(pathToFileURL(join(chrono, 'chrono.js')).href)};
import ENDefaultConfiguration from ${JSON.stringify(pathToFileURL(join(chrono, 'locales/en/configuration.js')).href)};
const made = new Map();
let drop = new Set();
/** The classes of the standard configuration, by name. */
export let classes = [];
export function leaveOut(names) {
	drop = new Set(names);
}
function parser(littleEndian) {
	const key = String(littleEndian) + [...drop].join();
	if (!made.has(key)) {
		const { parsers, refiners } = new ENDefaultConfiguration().createCasualConfiguration(littleEndian);
		classes = [...new Set([...parsers, ...refiners].map((x) => x.constructor.name))];
		const keep = (x) => !drop.has(x.constructor.name);
		made.set(key, new Chrono({ parsers: parsers.filter(keep), refiners: refiners.filter(keep) }));
	}
	return made.get(key);
}
export const casual = { parse: (...a) => parser(false).parse(...a) };
export const GB = { parse: (...a) => parser(true).parse(...a) };
`,
);
const reader = join(outDir, 'chrono-ablation-reader.mjs');
const fakeUrl = pathToFileURL(fakeEn).href;
const useFake = { name: 'fake-chrono', setup: (build) => build.onResolve({ filter: /^chrono-node\/en$/ }, () => ({ path: fakeUrl, external: true })) };
await esbuild.build({ ...nodeScriptOptions, entryPoints: ['src/core/natural-date.ts'], outfile: reader, plugins: [useFake] });
// eslint-disable-next-line no-unsanitized/method -- both were just written by this script
const [{ readDuePhraseSlowly }, en] = await Promise.all([import(pathToFileURL(reader).href), import(fakeUrl)]);

function files(dir, out = []) {
	if (!existsSync(dir)) return out;
	for (const name of readdirSync(dir)) {
		const path = join(dir, name);
		if (statSync(path).isDirectory()) files(path, out);
		else if (/\.(?:ts|md)$/.test(name)) out.push(path);
	}
	return out;
}

const phrases = new Set(PROBES);
for (const file of [...files('tests/core'), ...files('tests/fixtures'), ...(corpus ? files(corpus) : [])]) {
	const text = readFileSync(file, 'utf8');
	if (file.endsWith('.ts')) {
		for (const m of text.matchAll(/'((?:[^'\\\n]|\\.){2,200})'|"((?:[^"\\\n]|\\.){2,200})"|`([^`$\\\n]{2,200})`/g)) phrases.add(m[1] ?? m[2] ?? m[3]);
		continue;
	}
	for (const line of text.split('\n')) {
		const item = /^\s*(?:[-*+]|\d+\.)\s+(?:\[.\]\s*)?(.+)$/.exec(line)?.[1] ?? line.trim();
		if (item) phrases.add(item);
	}
}
const list = [...phrases];
/** Wednesday, a year's last day, a Saturday, the first of a month. */
const REFERENCES = ['2026-11-18', '2026-12-31', '2027-02-27', '2026-03-01'];
const ORDERS = ['month-first', 'day-first'];
const cases = list.flatMap((text) => REFERENCES.flatMap((reference) => ORDERS.map((order) => ({ text, reference, order }))));
const answers = () => cases.map(({ text, reference, order }) => JSON.stringify(readDuePhraseSlowly(text, reference, order)));

en.leaveOut([]);
const standard = answers();
console.log(`corpus: tests/core, tests/fixtures, ${corpus ?? '(shared corpus not found)'}, ${PROBES.length} probes`);
console.log(`${list.length} phrases × ${REFERENCES.length} days × ${ORDERS.length} orders = ${cases.length} readings (${standard.filter((a) => a !== 'null').length} with a date)\n`);
console.log('answers that change without it  class  (first example)');
for (const name of en.classes) {
	en.leaveOut([name]);
	const without = answers();
	const changed = cases.map((c, i) => ({ ...c, was: standard[i], now: without[i] })).filter((c) => c.was !== c.now);
	const first = changed[0];
	const example = first ? `  ("${first.text}", ${first.reference} ${first.order}: ${first.was} → ${first.now})` : '';
	console.log(`${String(changed.length).padStart(6)}  ${name}${example}`);
}
