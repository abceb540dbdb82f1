/**
 * Before any date is read, shorthand is spelled out ("2moro" → "tomorrow", "nxt wk" → "next
 * week") and words that look like dates but are not are blanked out ("today's case", "3 month
 * follow-up"). Every reader then sees the same words; what is found is reported in the
 * words as written.
 */
import type { DuePhrase } from './phrase';
import { SHORTHAND, TRAPS, type Rewrite } from './rewrite-rules';

interface Edit {
	start: number;
	end: number;
	replacement: string;
}

/** The words a date reader sees, and the way back to the words as written. */
export interface Rewritten {
	text: string;
	/** The phrase with its place and words in the original text. */
	restore: (phrase: DuePhrase) => DuePhrase;
}

const UNCHANGED = (phrase: DuePhrase): DuePhrase => phrase;

/**
 * Cheap test for anything a rewrite rule could match (every rule's match contains one of
 * these), so most lines are passed on untouched without running the rules one by one.
 */
const MAY_NEED_REWRITE =
	/\d[ \t-]{0,3}(?:days?|weeks?|months?|mos?|years?|yrs?|hours?|hrs?|x\b|times)|\d\/\d|2(?:mo|mr|ni|da)|wk|\b(?:now|tm[rw]|tonite|nxt|w\/in|weds|wednes|tues|fortnight|every|each|per|q|once|twice)|(?:day|night|row|end|week|month|year|mon|tues?|weds?|thu|thurs?|fri|sat|sun)['’]s\b/i;

export function rewriteForReading(prose: string): Rewritten {
	if (!MAY_NEED_REWRITE.test(prose)) return { text: prose, restore: UNCHANGED };
	const edits = collectEdits(prose);
	if (edits.length === 0) return { text: prose, restore: UNCHANGED };
	// Where each edit sits in the rewritten text, to map positions back.
	const placed: { from: number; to: number; start: number; end: number }[] = [];
	let text = '';
	let last = 0;
	for (const edit of edits) {
		text += prose.slice(last, edit.start);
		placed.push({ from: text.length, to: text.length + edit.replacement.length, start: edit.start, end: edit.end });
		text += edit.replacement;
		last = edit.end;
	}
	text += prose.slice(last);
	const toOriginal = (position: number, side: 'start' | 'end'): number => {
		let shift = 0;
		for (const edit of placed) {
			if (position < edit.from || (side === 'end' && position === edit.from)) break;
			if (position < edit.to || (side === 'end' && position === edit.to)) return side === 'start' ? edit.start : edit.end;
			shift = edit.end - edit.to;
		}
		return position + shift;
	};
	return {
		text,
		restore: (phrase) => {
			const start = toOriginal(phrase.index, 'start');
			const end = toOriginal(phrase.index + phrase.text.length, 'end');
			return { ...phrase, index: start, text: prose.slice(start, end) };
		},
	};
}

/** The edits the rules ask for, in order, the first of two overlapping ones kept. */
function collectEdits(prose: string): Edit[] {
	const edits: Edit[] = [];
	for (const rule of [...SHORTHAND, ...TRAPS]) addEdits(edits, prose, rule);
	// On the same start, the longer edit first: "Tues's clinic" is a possessive, not just "Tues".
	edits.sort((a, b) => a.start - b.start || b.end - a.end);
	const kept: Edit[] = [];
	for (const edit of edits) {
		const previous = kept[kept.length - 1];
		if (!previous || edit.start >= previous.end) kept.push(edit);
	}
	return kept;
}

function addEdits(edits: Edit[], prose: string, rule: Rewrite): void {
	rule.pattern.lastIndex = 0;
	// exec rather than matchAll: no iterator for the many rules that find nothing.
	for (let match = rule.pattern.exec(prose); match; match = rule.pattern.exec(prose)) {
		const span = rule.span ? rule.span(match, prose) : { offset: 0, length: match[0].length };
		if (!span) continue;
		const start = match.index + span.offset;
		edits.push({ start, end: start + span.length, replacement: rule.replacement ?? BLANK });
	}
}

/** What a trap is replaced with: no reader takes it for (part of) a date. */
const BLANK = '_';
