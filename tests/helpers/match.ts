import { expect } from 'vitest';

/** A string that contains `text`, typed as a string so it fits inside typed expectations. */
export function containing(text: string): string {
	return expect.stringContaining(text) as string;
}
