import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * The phone layout must not depend on container queries alone (iOS 16+): every
 * `@container` rule has an `@media` twin with the same condition and the same rules.
 */

const CSS = readFileSync(resolve(dirname(fileURLToPath(import.meta.url)), '../../../styles.css'), 'utf8');

interface AtRule {
	kind: string;
	condition: string;
	/** The rules inside, comments dropped and whitespace collapsed. */
	body: string;
	/** The selectors of the rules inside, in order. */
	selectors: string[];
}

/** The top-level at-rules of a style sheet that hold rules (`@media`, `@container`, …). */
function topLevelAtRules(css: string): AtRule[] {
	const text = css.replace(/\/\*[\s\S]*?\*\//g, '');
	const rules: AtRule[] = [];
	let depth = 0;
	let start = -1;
	let header = '';
	for (let i = 0; i < text.length; i++) {
		const char = text[i];
		if (char === '{') {
			if (depth === 0) {
				header = text.slice(text.lastIndexOf('}', i) + 1, i).trim();
				start = i + 1;
			}
			depth++;
		} else if (char === '}') {
			depth--;
			if (depth === 0 && header.startsWith('@')) {
				const match = /^@(\S+)\s*(.*)$/s.exec(header);
				const inner = text.slice(start, i);
				rules.push({
					kind: match?.[1] ?? '',
					condition: (match?.[2] ?? '').replace(/\s+/g, ' '),
					body: inner.replace(/\s+/g, ' ').trim(),
					selectors: [...inner.matchAll(/([^{}]+)\{/g)].map((m) => (m[1] ?? '').replace(/\s+/g, ' ').trim()),
				});
			}
		}
	}
	return rules;
}

describe('styles.css', () => {
	const rules = topLevelAtRules(CSS);
	const containers = rules.filter((r) => r.kind === 'container');

	it('has the phone layout in container queries', () => {
		expect([...new Set(containers.map((r) => r.condition))]).toEqual(['(max-width: 640px)', '(max-width: 500px)', '(max-width: 340px)']);
		expect(containers.every((r) => r.selectors.length > 0)).toBe(true);
	});

	it.each(containers.map((r) => [r.condition, r] as const))('repeats @container %s as an @media twin with the same rules', (_, container) => {
		const twins = rules.filter((r) => r.kind === 'media' && r.condition === container.condition && r.body === container.body);
		expect(twins, `no @media ${container.condition} with: ${container.selectors.join(' | ')}`).toHaveLength(1);
		expect(twins[0]?.selectors).toEqual(container.selectors);
	});
});
