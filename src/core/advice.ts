/**
 * One line of advice per role, in the words of the podcast the product grew from,
 * shown when the team is missing someone in that role.
 */
import { ownValue } from './collections';
const ADVICE: Record<string, string> = {
	research: 'A research mentor finds you opportunities and keeps you productive.',
	support: 'Support people back you in all things; residents are often the best ones.',
	sponsor: 'A sponsor is a senior person who opens doors and can fund things.',
	team: 'Aim for 4–5 people who help you in different ways.',
};

export function adviceFor(role: string, state: 'missing' | 'ok' | 'over'): string | null {
	if (state === 'over' && role === 'team') return 'A team bigger than you can meet regularly stops being a team; consider moving someone to alumni.';
	if (state !== 'missing') return null;
	return ownValue(ADVICE, role) ?? `No active mentor has the ${role} role yet.`;
}
