/** The reminder notice's one line: "1 thing needs you today", "3 things need you today". */
export function noticeLine(count: number): string {
	return count === 1 ? '1 thing needs you today' : `${count} things need you today`;
}
