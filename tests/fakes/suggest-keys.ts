/**
 * The keys of Obsidian's suggest modals, which obsidian-test-mocks leaves out: its pickers hear
 * no Enter or arrow key and its FuzzySuggestModal finds nothing. As in Obsidian:
 * - the first suggestion for what is typed is highlighted, ArrowDown and ArrowUp move the
 *   highlight (wrapping round), typing puts it back on the first;
 * - Enter (no modifier) chooses the highlighted suggestion and closes the picker;
 * - a FuzzySuggestModal suggests every item, in order, for an empty query, and else the
 *   items whose text holds the query's letters in order, best match first.
 * The fake draws no list (the browser harness draws its own rows), so the suggestions are
 * worked out again when a key asks for them; only synchronous suggestions are supported.
 * The mocks' classes come from fidelity.ts, the one file that reaches obsidian-test-mocks.
 */
export function installSuggestModalKeys(mocks: { SuggestModal: { prototype: unknown }; FuzzySuggestModal: { prototype: unknown }; prepareFuzzySearch: FuzzySearch }): void {
	const { SuggestModal, FuzzySuggestModal, prepareFuzzySearch } = mocks;
	const suggestProto = SuggestModal.prototype as SuggestProto;
	const construct = suggestProto.constructor2__;
	suggestProto.constructor2__ = function constructWithKeys(this: MockSuggest, app) {
		construct.call(this, app);
		const input = this.inputEl;
		input.addEventListener('input', () => highlighted.set(input, 0));
		this.scope.register([], 'Enter', (evt) => {
			this.selectActiveSuggestion(evt);
			return false;
		});
		this.scope.register([], 'ArrowDown', () => moveHighlight(this, 1));
		this.scope.register([], 'ArrowUp', () => moveHighlight(this, -1));
	};
	suggestProto.selectActiveSuggestion = function selectHighlighted(this: MockSuggest, evt) {
		const value = suggestionsNow(this)[highlighted.get(this.inputEl) ?? 0];
		if (value !== undefined) this.selectSuggestion(value, evt);
	};
	const fuzzyProto = FuzzySuggestModal.prototype as FuzzyProto;
	fuzzyProto.getSuggestions = function fuzzySuggestions(this: MockFuzzy, query) {
		const items = this.getItems();
		if (query.trim() === '') return items.map((item) => ({ item, match: { score: 0, matches: [] } }));
		const search = prepareFuzzySearch(query);
		const found: { item: unknown; match: { score: number; matches: [number, number][] } }[] = [];
		for (const item of items) {
			const match = search(this.getItemText(item));
			if (match) found.push({ item, match });
		}
		// The mock's scores are negative, lower for a better match; the sort is stable, so ties keep their order.
		return found.sort((a, b) => a.match.score - b.match.score);
	};
}

/** The highlighted suggestion's index, per picker (keyed by its input: the picker itself is a proxy of a proxy). */
const highlighted = new WeakMap<HTMLInputElement, number>();

type FuzzySearch = (query: string) => (text: string) => { score: number; matches: [number, number][] } | null;
type KeyListener = (evt: KeyboardEvent) => unknown;
interface MockSuggest {
	inputEl: HTMLInputElement;
	scope: { register(modifiers: string[] | null, key: string | null, func: KeyListener): unknown };
	getSuggestions(query: string): unknown;
	selectSuggestion(value: unknown, evt: KeyboardEvent | MouseEvent): void;
	selectActiveSuggestion(evt: KeyboardEvent | MouseEvent): void;
}
interface SuggestProto {
	constructor2__: (this: MockSuggest, app: unknown) => void;
	selectActiveSuggestion: (this: MockSuggest, evt: KeyboardEvent | MouseEvent) => void;
}
interface MockFuzzy {
	getItems(): unknown[];
	getItemText(item: unknown): string;
}
interface FuzzyProto {
	getSuggestions: (this: MockFuzzy, query: string) => unknown[];
}

function suggestionsNow(modal: MockSuggest): unknown[] {
	const suggestions = modal.getSuggestions(modal.inputEl.value);
	if (!Array.isArray(suggestions)) throw new Error('the fake suggest modal supports synchronous suggestions only');
	return suggestions;
}

/** Moves the highlight `by` rows, wrapping round as Obsidian does; false stops the key's default (the caret moving). */
function moveHighlight(modal: MockSuggest, by: number): false {
	const count = suggestionsNow(modal).length;
	if (count > 0) highlighted.set(modal.inputEl, ((highlighted.get(modal.inputEl) ?? 0) + by + count) % count);
	return false;
}
