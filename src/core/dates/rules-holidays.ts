/**
 * Holidays on the same day of the year wherever they are kept: Christmas (Eve), New Year's
 * (Eve, Day), Halloween, Valentine's Day. Holidays whose day depends on the country or the
 * church (Thanksgiving, Easter, Memorial Day, Diwali, Lunar New Year) are not read: we would
 * have to guess where the student lives.
 */
import { dateFromParts, dateParts, type CalendarDate } from '../calendar-date';
import type { PhraseRule } from './own-rules';
import { PHRASE_ENDS } from './vocabulary';

/** [month, day] of a holiday's name, lower-cased and with its apostrophe and spaces taken out. */
function holidayDay(name: string): readonly [number, number] | null {
	const key = name.toLowerCase().replace(/['’\s-]/g, '');
	if (key === 'christmaseve' || key === 'xmaseve') return [12, 24];
	if (key.startsWith('christmas') || key === 'xmas') return [12, 25];
	if (key === 'newyearseve' || key === 'newyeareve' || key === 'nye') return [12, 31];
	if (key.startsWith('newyear')) return [1, 1];
	if (key === 'halloween') return [10, 31];
	if (key.startsWith('valentine')) return [2, 14];
	return null;
}

/** The holiday on or after the reference day. */
function comingHoliday(reference: CalendarDate, [month, day]: readonly [number, number]): CalendarDate | null {
	const { year } = dateParts(reference);
	const thisYear = dateFromParts(year, month, day);
	return thisYear && thisYear >= reference ? thisYear : dateFromParts(year + 1, month, day);
}

export const HOLIDAY_RULES: readonly PhraseRule[] = [
	{
		// After a deadline word only, and ending the phrase: "by Christmas", "before xmas", not
		// "Christmas party" or "for the Christmas card list".
		hint: /christmas|x-?mas|new\s+year|nye|halloween|valentine/i,
		pattern:
			/\b(?:by|before|until|till|for|on|over|at|due)\s+(?:the\s+)?(christmas\s+eve|christmas(?:\s+day)?|x-?mas(?:\s+eve)?|new\s+year(?:['’]?s)?(?:\s+(?:eve|day))?|nye|halloween|valentine['’]?s(?:\s+day)?)\b/gi,
		resolve: (m, ref, prose) => {
			const end = m.index + m[0].length;
			const day = holidayDay(m[1] ?? '');
			return day && PHRASE_ENDS.test(prose.slice(end, end + 24)) ? comingHoliday(ref, day) : null;
		},
	},
];
