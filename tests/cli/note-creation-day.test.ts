import { utimesSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { readNoteFile } from '../../src/cli/read-vault';
import { readNote } from '../../src/core/note-facts';
import { normalizeSettings } from '../../src/core/settings';
import { removeTempVaults, tempVault } from '../helpers/temp-vault';

afterAll(removeTempVaults);

const settings = normalizeSettings({});

describe('the creation day the command line reads', () => {
	it('is unknown for a copy whose birth time is later than its last edit, so "by Friday" waits for the next meeting', () => {
		const root = tempVault({ 'M.md': '---\ntype: mentor\n---\n- [ ] Send the abstract by Friday\n' });
		// A copy that kept its modification time (cp -p, sync): born now, last edited in 2020.
		const edited = new Date(2020, 0, 6, 12, 0);
		utimesSync(`${root}/M.md`, edited, edited);
		const record = readNoteFile(`${root}/M.md`, 'M.md', settings);
		expect(typeof record.created === 'function' ? record.created() : record.created).toBeNull();
		const facts = readNote(record, settings);
		const item = facts.kind === 'mentor' ? facts.items[0] : undefined;
		expect(item?.text).toBe('Send the abstract by Friday');
		expect(item?.referenceDate).toBeNull();
		expect(item?.due).toBeNull();
	});
});
