/**
 * The floor as a program of its own (`node bench/out/floor.mjs DIR`), so it can be timed
 * as a child process the same way as `node dist/cli.js report`. Prints a one-line summary.
 */
import { readFloor } from './floor';

const dir = process.argv[2];
if (!dir) {
	process.stderr.write('usage: floor DIR\n');
	process.exit(2);
}
const result = readFloor(dir);
process.stdout.write(`${JSON.stringify(result)}\n`);
