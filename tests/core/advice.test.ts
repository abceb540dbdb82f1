import { describe, expect, it } from 'vitest';
import { adviceFor } from '../../src/core/advice';

describe('adviceFor', () => {
	it('advice only for what is missing, and for a team that is too big', () => {
		expect(adviceFor('research', 'missing')).toMatch(/research mentor/i);
		expect(adviceFor('research', 'ok')).toBeNull();
		expect(adviceFor('coach', 'missing')).toContain('coach');
		expect(adviceFor('team', 'over')).toMatch(/alumni/);
		expect(adviceFor('support', 'over')).toBeNull();
	});
});
