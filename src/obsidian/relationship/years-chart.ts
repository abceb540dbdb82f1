import { maxOf } from '../../core/collections';
import { plural } from '../../core/format';
import { MONTH_ABBREVIATIONS } from '../../core/words';
import type { MonthContacts } from '../../core/relationship/timeline';

const BAR = 8;
const GAP = 3;
const HEIGHT = 24;
const STUB = 2;

/**
 * Contacts per month over the whole relationship: one row of twelve bars per year, all on one
 * scale, so years compare at a glance. The card's chart shows the last twelve months only.
 */
export function renderYearsChart(parent: HTMLElement, months: readonly MonthContacts[]): HTMLElement {
	const wrap = parent.createDiv({ cls: 'mentor-rally-years-chart' });
	const max = maxOf(
		months.map((m) => m.count),
		1,
	);
	const width = 12 * BAR + 11 * GAP;
	for (let i = 0; i < months.length; i += 12) {
		const year = months.slice(i, i + 12);
		const total = year.reduce((sum, m) => sum + m.count, 0);
		const label = `${year[0]?.year ?? ''}: ${plural(total, 'contact')} (${year.map((m) => m.count).join(', ')})`;
		const row = wrap.createDiv({ cls: 'mentor-rally-years-row' });
		row.createSpan({ cls: 'mentor-rally-years-label', text: String(year[0]?.year ?? ''), attr: { 'aria-hidden': 'true' } });
		const svg = row.createSvg('svg', {
			cls: 'mentor-rally-chart-svg',
			attr: { viewBox: `0 0 ${width} ${HEIGHT}`, preserveAspectRatio: 'none', role: 'img', 'aria-label': label, focusable: 'false' },
		});
		svg.createSvg('title').textContent = label;
		let empty = '';
		let full = '';
		year.forEach((m, index) => {
			const height = m.count === 0 ? STUB : Math.max(4, Math.round((m.count / max) * HEIGHT));
			const d = `M${index * (BAR + GAP)} ${HEIGHT}v${-height}h${BAR}v${height}z`;
			if (m.count === 0) empty += d;
			else full += d;
		});
		if (empty) svg.createSvg('path', { cls: 'mentor-rally-chart-bar mentor-rally-chart-bar-empty', attr: { d: empty } });
		if (full) svg.createSvg('path', { cls: 'mentor-rally-chart-bar', attr: { d: full } });
		row.createSpan({ cls: 'mentor-rally-years-total', text: String(total), attr: { 'aria-hidden': 'true' } });
	}
	if (months.length > 0) monthAxis(wrap);
	return wrap;
}

/** The months under the bars (J F M … D), so a bar reads as a month without counting; the rows' labels already say the numbers. */
function monthAxis(wrap: HTMLElement): void {
	const row = wrap.createDiv({ cls: ['mentor-rally-years-row', 'mentor-rally-years-axis'], attr: { 'aria-hidden': 'true' } });
	row.createSpan();
	const months = row.createDiv({ cls: 'mentor-rally-years-months' });
	for (const month of MONTH_ABBREVIATIONS) months.createSpan({ text: month.charAt(0), attr: { title: month } });
	row.createSpan();
}
