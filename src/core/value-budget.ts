/**
 * A bound on the size of a property value before anything walks it.
 *
 * YAML anchors let a few hundred bytes name a value of billions of nodes ("billion laughs":
 * `b: &b [*a, *a, …]`, nine levels deep). Parsers share the repeated parts, so parsing is
 * cheap, but every walk over the result (finding a role, quoting a value in a message,
 * JSON) visits each repetition again and runs for minutes. Obsidian's metadata cache hands
 * the plugin the same shared graph. Notes are checked here first, with an explicit stack
 * (no recursion to overflow) that counts a shared node once per reference, as a walk would.
 */

export interface ValueLimits {
	/** Nodes visited in all, counting a shared node each time it is reached. */
	nodes: number;
	/** Levels of lists and maps inside each other. */
	depth: number;
}

/** Far above any real frontmatter (a few dozen nodes), far below a slow walk. */
export const DEFAULT_VALUE_LIMITS: ValueLimits = { nodes: 10_000, depth: 32 };

/** True when walking the value visits at most `limits.nodes` nodes, none deeper than `limits.depth`. */
export function withinBudget(value: unknown, limits: ValueLimits = DEFAULT_VALUE_LIMITS): boolean {
	const stack: { value: unknown; depth: number }[] = [{ value, depth: 0 }];
	let visited = 0;
	while (stack.length > 0) {
		const next = stack.pop();
		if (!next) break;
		if (++visited > limits.nodes) return false;
		const { value: current, depth } = next;
		if (current === null || typeof current !== 'object' || current instanceof Date) continue;
		if (depth >= limits.depth) return false;
		const children = Array.isArray(current) ? (current as unknown[]) : Object.values(current);
		// Pushing children costs as much as visiting them: stop as soon as the count is over.
		if (visited + stack.length + children.length > limits.nodes) return false;
		for (const child of children) stack.push({ value: child, depth: depth + 1 });
	}
	return true;
}
