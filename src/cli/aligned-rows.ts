import { maxOf } from '../core/collections';

type Paint = (text: string) => string;

/** A row of a list: its label (padded to the widest in the list), the label's colour, the rest. */
export type Row = [label: string, paint: Paint, rest: string];

/** The rows of one list of the terminal report, their labels in one column. */
export function aligned(rows: readonly Row[]): string[] {
	const width = maxOf(
		rows.map(([label]) => label.length),
		0,
	);
	return rows.map(([label, paint, rest]) => `  ${paint(label.padEnd(width))}  ${rest}`);
}
