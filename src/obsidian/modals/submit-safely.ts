import { plainWriteError } from '../../core/write-errors';

/**
 * Runs a modal's submit; a throw counts as "not written" and is said in the modal, so the
 * modal stays open with what the user typed instead of closing on an unhandled rejection.
 * (The note writer says why in a notice and returns false; this is the net under it.)
 */
export async function submitSafely(submit: () => Promise<boolean>, messageEl: HTMLElement | null): Promise<boolean> {
	try {
		return await submit();
	} catch (error) {
		messageEl?.setText(`Nothing was written: ${plainWriteError(error)}.`);
		return false;
	}
}
