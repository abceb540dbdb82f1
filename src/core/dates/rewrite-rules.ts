/** The shorthand spelled out and the look-alikes blanked out before a date is read (see rewrite.ts). */
import { tailWords } from '../text';

export interface Rewrite {
	/** Global: every match is rewritten. */
	pattern: RegExp;
	/** The words put in its place; none blanks the span out. */
	replacement?: string;
	/** The part of the match to rewrite (all of it when absent); null to leave this match alone. */
	span?: (match: RegExpMatchArray, prose: string) => { offset: number; length: number } | null;
}

/** The match without the one character before the word that a pattern may have matched. */
function afterLead(match: RegExpMatchArray): { offset: number; length: number } {
	const lead = /^[^a-z]/i.test(match[0]) ? 1 : 0;
	return { offset: lead, length: match[0].length - lead };
}

/** Shorthand students type, spelled out so every reader knows it. */
export const SHORTHAND: readonly Rewrite[] = [
	{ pattern: /\b(?:2moro|2morro|2morrow|2mrw|tmrw|tmrow|tmw|tmr)\b/gi, replacement: 'tomorrow' },
	{ pattern: /\b(?:2nite|2night|tonite)\b/gi, replacement: 'tonight' },
	{ pattern: /\b2day\b/gi, replacement: 'today' },
	// "3wks" too: the unit may follow its number without a space. The letter before it is
	// matched and left out of the span rather than checked by a lookbehind, which Safari
	// before 16.4 cannot parse: one such pattern stops the whole plugin loading on older iPhones.
	{ pattern: /(?:^|[^a-z])(?:wknd|wkend)s?\b/gi, replacement: 'weekend', span: afterLead },
	{ pattern: /(?:^|[^a-z])wks\b/gi, replacement: 'weeks', span: afterLead },
	{ pattern: /(?:^|[^a-z])wk\b/gi, replacement: 'week', span: afterLead },
	{ pattern: /\bnxt\b/gi, replacement: 'next' },
	{ pattern: /\bw\/in\b/gi, replacement: 'within' },
	{ pattern: /\b(?:weds|wednes)\b/gi, replacement: 'Wednesday' },
	{ pattern: /\btues\b/gi, replacement: 'Tuesday' },
	{ pattern: /\b(?:a|one)\s+fortnight\b/gi, replacement: 'two weeks' },
];

/** Words before a day's possessive that make it the deadline: "by Friday's M&M", "slides for tomorrow's rounds". */
const POSSESSIVE_CUE = /\b(?:by|before|until|till|due|for|ahead of)$/i;
/** Words after "N weeks" that keep it a span of time ("3 weeks from now", "2 weeks later"), not a description. */
const SPAN_GOES_ON =
	/^\s*(?:from|ago|later|after|before|out|away|time|times|prior|earlier|early|late|to|or|and|then|at|by|on|is|are|was|the|a|an|if|so|but|max|tops|please|pls|latest|today|tonight|tomorrow|(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*)\b/i;
/** Words before "N weeks" that make it a deadline or a span: "in 3 months", "within 90 days". */
const SPAN_CUE_BEFORE = /\b(?:in|within|over|after|next|past|last|every|for|about|around|approx|approximately|~)$/i;

/** Words that look like dates and are not, blanked out. */
export const TRAPS: readonly Rewrite[] = [
	// "Now that Step 1 is done", "fine for now", "should have heard by now": no deadline.
	{ pattern: /\bnow(?=[ \t]{1,3}that\b)|\b(?:for|until|till|by|than|just)[ \t]{1,3}now\b|\bnow[ \t]{1,3}on\b/gi },
	{
		// "Review today's case", "Friday's M&M": which case, not when it is due; but "slides for
		// Friday's M&M" or "by tomorrow's rounds" is due that day.
		pattern:
			/\b(?:(?:this|next|last)\s+(?:week|month|year|weekend)|today|tonight|tomorrow|yesterday|(?:mon|tues|wednes|thurs|fri|satur|sun)day|mon|tues?|weds?|thu(?:rs?)?|fri|sat|sun|weekend)['’]s\b/gi,
		span: (match, prose) => (POSSESSIVE_CUE.test(tailWords(prose.slice(0, match.index))) ? null : { offset: 0, length: match[0].length }),
	},
	{
		// "cut the word count by 1/2", "reduced by 2/3": a fraction, not 2 January.
		pattern:
			/\b(?:cut|cuts|reduced?|reduces|reducing|decreased?|decreases|increased?|increases|drop(?:s|ped)?|fell|rose|grew|shrank|trim(?:med)?|lowered|raised?|improved?|multiplied|divided)[ \t]{1,3}(?:[^\s/]{1,30}[ \t]{1,3}){0,3}?by[ \t]{1,3}\d{1,2}\/\d{1,2}\b(?!\/)/gi,
		span: (match) => {
			const fraction = /\d{1,2}\/\d{1,2}$/.exec(match[0]);
			return fraction ? { offset: fraction.index, length: fraction[0].length } : null;
		},
	},
	{
		// "every 2 weeks", "q2 weeks", "twice a week", "3 times a month": how often, not when.
		pattern: /\b(?:(?:every|each|per|q)\s*(?:other\s+|\d{1,3}\s*)?|(?:once|twice|\d{1,2}\s*x|\d{1,2}\s+times)\s+(?:a|an|per|every)\s+)(?:days?|weeks?|wks?|months?|years?|hours?|hrs?)\b/gi,
	},
	{
		// "3 month follow-up", "90-day mortality", "6 week course": a kind of thing, not a deadline.
		// "in 3 months", "2 weeks from Monday" and "3 days later" stay spans of time.
		pattern: /\b\d{1,3}(?:-|[ \t]{1,3})(?:days?|weeks?|wks?|months?|years?|hours?|hrs?|mos?|yrs?)\b/gi,
		span: (match, prose) => {
			const index = match.index ?? 0;
			const after = prose.slice(index + match[0].length, index + match[0].length + 24);
			if (SPAN_CUE_BEFORE.test(tailWords(prose.slice(0, index)))) return null;
			const hyphenated = match[0].includes('-');
			if (hyphenated || (/^[\s-]+[a-z]/i.test(after) && !SPAN_GOES_ON.test(after))) return { offset: 0, length: match[0].length };
			return null;
		},
	},
];
