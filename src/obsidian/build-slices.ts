/** How long a build works before it lets the app draw: well inside one 60 Hz frame (16 ms). */
const SLICE_MS = 8;

/**
 * Cuts a long loop into slices: `due()` says the slice has used its time, `pause()` lets the
 * app run, after a zero-delay timer (which runs in Obsidian's window on desktop and mobile,
 * and in tests' fake timers; requestAnimationFrame stops in a background window). After
 * each pause it calls `settleAll`, at the start of the next slice rather than on top of the
 * used one, so the work that follows the loop is done a slice at a time too.
 */
export class BuildSlices {
	private started = performance.now();

	constructor(
		/** Settles what a costly step changed (the joins), leaving what can wait for `settleAll`. */
		private readonly settle: () => void,
		/** Settles everything (the joins and the sorted lists): once a slice. */
		private readonly settleAll: () => void = settle,
	) {}

	due(): boolean {
		return performance.now() - this.started >= SLICE_MS;
	}

	async pause(): Promise<void> {
		await this.yieldToApp();
		this.settleAll();
	}

	/**
	 * Settles now, for a step whose settling is costly (a mentor note joins every meeting read
	 * before it that links it): in this slice if it has used less than half its time, else at
	 * the start of the next one, so the settling never comes on top of a full slice.
	 */
	async settleSoon(): Promise<void> {
		if (performance.now() - this.started >= SLICE_MS / 2) await this.yieldToApp();
		this.settle();
	}

	private async yieldToApp(): Promise<void> {
		await new Promise<void>((resolve) => window.setTimeout(resolve, 0));
		this.started = performance.now();
	}
}
