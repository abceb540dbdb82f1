import { dateParts, type CalendarDate } from '../../core/calendar-date';
import { maxOf } from '../../core/collections';
import { plural } from '../../core/format';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const BAR = 8;
const GAP = 3;
const HEIGHT = 32;
/** The height of an empty month's stub, so the twelve months read as a timeline. */
const STUB = 2;

export interface MonthCount {
	year: number;
	/** 1–12. */
	month: number;
	count: number;
}

/** Contacts per calendar month over the twelve months that end with today's month, oldest first. */
export function contactsPerMonth(contacts: readonly CalendarDate[], today: CalendarDate): MonthCount[] {
	const { year, month } = dateParts(today);
	const months: MonthCount[] = [];
	for (let back = 11; back >= 0; back--) {
		const index = year * 12 + (month - 1) - back;
		months.push({ year: Math.floor(index / 12), month: (index % 12) + 1, count: 0 });
	}
	const first = months[0];
	if (!first) return months;
	const start = first.year * 12 + first.month - 1;
	for (const date of contacts) {
		const parts = dateParts(date);
		const offset = parts.year * 12 + parts.month - 1 - start;
		const bucket = months[offset];
		if (bucket && date <= today) bucket.count++;
	}
	return months;
}

function monthName(m: MonthCount): string {
	return `${MONTHS[m.month - 1] ?? ''} ${m.year}`;
}

/**
 * A small bar chart of contacts per month over the last twelve months. Colours come
 * from the stylesheet (theme variables); the chart carries a text equivalent for
 * screen readers and a tooltip per month.
 */
export function renderContactChart(parent: HTMLElement, contacts: readonly CalendarDate[], today: CalendarDate): HTMLElement {
	const months = contactsPerMonth(contacts, today);
	const total = months.reduce((sum, m) => sum + m.count, 0);
	const max = maxOf(
		months.map((m) => m.count),
		1,
	);
	const first = months[0];
	const last = months[months.length - 1];
	const range = first && last ? `from ${monthName(first)} to ${monthName(last)}` : '';
	const label = `Contacts per month ${range}: ${months.map((m) => m.count).join(', ')} (${total} in all)`;

	const wrap = parent.createDiv({ cls: 'mentor-rally-chart' });
	const width = months.length * BAR + (months.length - 1) * GAP;
	const svg = wrap.createSvg('svg', {
		cls: 'mentor-rally-chart-svg',
		attr: { viewBox: `0 0 ${width} ${HEIGHT}`, preserveAspectRatio: 'none', role: 'img', 'aria-label': label, focusable: 'false' },
	});
	svg.createSvg('title').textContent = label;
	// Three paths (empty months, past months, this month) instead of a rect per month:
	// a team of fifty cards draws 150 shapes, not 600.
	const shapes = { empty: '', past: '', current: '' };
	months.forEach((m, i) => {
		const height = m.count === 0 ? STUB : Math.max(4, Math.round((m.count / max) * HEIGHT));
		const x = i * (BAR + GAP);
		const d = `M${x} ${HEIGHT}v${-height}h${BAR}v${height}z`;
		if (m.count === 0) shapes.empty += d;
		else if (i === months.length - 1) shapes.current += d;
		else shapes.past += d;
	});
	if (shapes.empty) svg.createSvg('path', { cls: 'mentor-rally-chart-bar mentor-rally-chart-bar-empty', attr: { d: shapes.empty } });
	if (shapes.past) svg.createSvg('path', { cls: 'mentor-rally-chart-bar', attr: { d: shapes.past } });
	if (shapes.current) svg.createSvg('path', { cls: 'mentor-rally-chart-bar mentor-rally-chart-bar-current', attr: { d: shapes.current } });
	const caption = wrap.createDiv({ cls: 'mentor-rally-chart-caption', attr: { 'aria-hidden': 'true' } });
	caption.createSpan({ text: first ? (MONTHS[first.month - 1] ?? '') : '' });
	caption.createSpan({ cls: 'mentor-rally-chart-total', text: `${plural(total, 'contact')} in 12 months` });
	caption.createSpan({ text: last ? (MONTHS[last.month - 1] ?? '') : '' });
	return wrap;
}
