import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { BuildSlices } from '../../src/obsidian/build-slices';

/**
 * The index build yields to Obsidian between slices so the window keeps drawing. A mentor
 * note read after its meetings joins all of them at once (the costliest settling of the
 * build): it is settled at once, and never on top of a slice that has already used most of
 * its time, where it held the window for 40 ms and more.
 */
describe('build slices', () => {
	beforeEach(() => {
		vi.useFakeTimers({ toFake: ['setTimeout', 'performance'] });
	});
	afterEach(() => {
		vi.useRealTimers();
	});

	it('settles a costly step at once early in a slice, without letting the app run first', async () => {
		const settle = vi.fn();
		const slices = new BuildSlices(settle);
		await slices.settleSoon();
		expect(settle).toHaveBeenCalledTimes(1);
		expect(vi.getTimerCount()).toBe(0);
	});

	it('lets the app run before settling a costly step late in a slice', async () => {
		const settle = vi.fn();
		const slices = new BuildSlices(settle);
		vi.advanceTimersByTime(5);
		const settled = slices.settleSoon();
		expect(settle).not.toHaveBeenCalled();
		expect(vi.getTimerCount()).toBe(1);
		await vi.runAllTimersAsync();
		await settled;
		expect(settle).toHaveBeenCalledTimes(1);
		// The settling starts the new slice: it has its whole time ahead of it.
		expect(slices.due()).toBe(false);
	});

	it('settles everything at the start of the slice after each pause, and a slice is due once its time is used', async () => {
		const settle = vi.fn();
		const settleAll = vi.fn();
		const slices = new BuildSlices(settle, settleAll);
		expect(slices.due()).toBe(false);
		vi.advanceTimersByTime(8);
		expect(slices.due()).toBe(true);
		const paused = slices.pause();
		// Not on top of the slice that has used its time: the app runs first.
		expect(settleAll).not.toHaveBeenCalled();
		await vi.runAllTimersAsync();
		await paused;
		expect(settleAll).toHaveBeenCalledTimes(1);
		expect(settle).not.toHaveBeenCalled();
		expect(slices.due()).toBe(false);
	});
});
