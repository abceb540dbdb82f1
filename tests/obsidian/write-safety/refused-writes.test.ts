import { afterEach, describe, expect, it, vi } from 'vitest';
import { draftItem } from '../../../src/core/item-draft';
import { ItemModal } from '../../../src/obsidian/modals/item-modal';
import { NewMentorModal } from '../../../src/obsidian/modals/new-mentor-modal';
import { SnoozeModal } from '../../../src/obsidian/modals/snooze-modal';
import { NoteWriter } from '../../../src/obsidian/note-writer';
import { meetingAgenda } from '../../../src/core/dashboard';
import { CORPUS, onlyThisFileChanges, openCorpus, SETTINGS, TODAY } from './corpus';

/**
 * A write the vault refuses (a file where the meetings folder should be, a name too long
 * for the file system, a NUL, a full disk) is said in a notice in plain words; nothing
 * throws, and the modal that asked stays open with what the user typed.
 */

/** A file-system error as Node's fs (under Obsidian's adapter) throws it. */
function fsError(code: string, message: string): Error {
	return Object.assign(new Error(`${code}: ${message}`), { code });
}

afterEach(() => vi.restoreAllMocks());

describe('start a meeting note', () => {
	it('when the meetings folder path is a file: a notice that says so, no note, nothing else changed', async () => {
		const corpus = await openCorpus({ Meetings: 'a file, not a folder' });
		const mentor = corpus.mentor('Mentors/bom.md');
		const { after } = await onlyThisFileChanges(corpus, null, async () => {
			expect(await corpus.writer.startMeeting(mentor, meetingAgenda(corpus.team(), mentor))).toBeNull();
		});
		expect(after).toBe('');
		expect(corpus.notices).toEqual(['Could not create “Meetings/2026-11-24 bom.md”: a file named Meetings already exists where the folder should be.']);
	});

	it('when a parent of the meetings folder is a file, that file is named', async () => {
		const corpus = await openCorpus({ Notes: 'a file' });
		corpus.writer = new NoteWriter(
			corpus.vault.app,
			() => ({ ...SETTINGS, meetingsFolder: 'Notes/Meetings' }),
			() => TODAY,
			(message) => corpus.notices.push(message),
		);
		const mentor = corpus.mentor('Mentors/bom.md');
		expect(await corpus.writer.startMeeting(mentor, meetingAgenda(corpus.team(), mentor))).toBeNull();
		expect(corpus.notices).toEqual(['Could not create “Notes/Meetings/2026-11-24 bom.md”: a file named Notes already exists where the folder should be.']);
	});

	it('when the disk is full: a notice, no throw', async () => {
		const corpus = await openCorpus();
		vi.spyOn(corpus.vault.app.vault, 'create').mockRejectedValue(fsError('ENOSPC', "no space left on device, open '/vault/Meetings/x.md'"));
		const mentor = corpus.mentor('Mentors/bom.md');
		expect(await corpus.writer.startMeeting(mentor, meetingAgenda(corpus.team(), mentor))).toBeNull();
		expect(corpus.notices).toEqual(['Could not create “Meetings/2026-11-24 bom.md”: the disk is full.']);
	});
});

describe('new mentor, refused by the vault', () => {
	it.each([
		['a name too long for the file system', fsError('ENAMETOOLONG', "name too long, open '/vault/Mentors/x.md'"), 'the name is too long for the file system'],
		[
			'a NUL in the name',
			Object.assign(new TypeError("The argument 'path' must be a string without null bytes"), { code: 'ERR_INVALID_ARG_VALUE' }),
			'the name holds a character the file system refuses',
		],
		['a full disk', fsError('ENOSPC', 'no space left on device'), 'the disk is full'],
		['a refusal in words only', new Error('Something odd happened.\nat stack'), 'Something odd happened'],
	])('%s: a notice in plain words; the modal stays open with the input', async (_, error, reason) => {
		const corpus = await openCorpus();
		vi.spyOn(corpus.vault.app.vault, 'create').mockRejectedValue(error);
		const modal = new NewMentorModal(corpus.vault.app, SETTINGS, TODAY, async (mentor) => (await corpus.writer.createMentor(mentor)) !== null);
		const close = vi.spyOn(modal, 'close');
		modal.open();
		modal.fill('Dr. Rania Haddad', ['research'], 'every 3 weeks');
		const { after } = await onlyThisFileChanges(corpus, null, async () => expect(await modal.save()).toBe(false));
		expect(after).toBe('');
		expect(close).not.toHaveBeenCalled();
		expect(modal.draft()).toMatchObject({ mentor: { name: 'Dr. Rania Haddad', roles: ['research'], cadence: { count: 3, unit: 'week' } } });
		expect(corpus.notices).toEqual([`Could not create “Mentors/Dr. Rania Haddad.md”: ${reason}.`]);
	});

	it('a submit that throws anyway keeps the modal open and says why in it', async () => {
		const corpus = await openCorpus();
		const modal = new NewMentorModal(corpus.vault.app, SETTINGS, TODAY, () => Promise.reject(fsError('EACCES', 'permission denied')));
		const close = vi.spyOn(modal, 'close');
		modal.open();
		modal.fill('Dr. Rania Haddad', [], '');
		expect(await modal.save()).toBe(false);
		expect(close).not.toHaveBeenCalled();
		expect(modal.contentEl.textContent).toContain('Nothing was written: the system did not allow it (permission denied).');
	});
});

describe('edits the vault refuses', () => {
	const diskFull = (corpus: Awaited<ReturnType<typeof openCorpus>>) => vi.spyOn(corpus.vault.app.vault, 'process').mockRejectedValue(fsError('ENOSPC', 'no space left on device'));

	it('add item: a notice, the modal stays open with the text', async () => {
		const corpus = await openCorpus();
		diskFull(corpus);
		const mentor = corpus.mentor('Mentors/bom.md');
		const modal = new ItemModal(corpus.vault.app, { mode: 'item', mentor, today: TODAY, settings: SETTINGS, submit: (item) => corpus.writer.addItem(mentor, item) });
		const close = vi.spyOn(modal, 'close');
		modal.open();
		modal.setText('Send the CV by Friday');
		expect(await modal.save()).toBe(false);
		expect(close).not.toHaveBeenCalled();
		expect(modal.draft().item.text).toBe('Send the CV by Friday');
		expect(await corpus.read('Mentors/bom.md')).toBe(CORPUS['Mentors/bom.md']);
		expect(corpus.notices).toEqual(['Could not add the item to bom: the disk is full. Nothing was written.']);
	});

	it('complete: a notice and false, no throw', async () => {
		const corpus = await openCorpus();
		const item = corpus.items('Mentors/open-items-middle.md').find((i) => i.open);
		if (!item) throw new Error('no open item');
		diskFull(corpus);
		expect(await corpus.writer.completeItem(item)).toBe(false);
		expect(corpus.notices).toEqual(['Not completed: could not write to open-items-middle: the disk is full. Nothing was written.']);
	});

	it('snooze: a notice, the modal stays open with the day typed', async () => {
		const corpus = await openCorpus();
		vi.spyOn(corpus.vault.app.fileManager, 'processFrontMatter').mockRejectedValue(fsError('EROFS', 'read-only file system'));
		const mentor = corpus.mentor('Mentors/bom.md');
		const modal = new SnoozeModal(corpus.vault.app, mentor, TODAY, SETTINGS, (until) => corpus.writer.snooze(mentor, until));
		const close = vi.spyOn(modal, 'close');
		modal.open();
		modal.setText('2026-12-15');
		expect(await modal.save()).toBe(false);
		expect(close).not.toHaveBeenCalled();
		expect(modal.until()).toBe('2026-12-15');
		expect(corpus.notices).toEqual(['Could not update the properties of bom (the vault is on a read-only disk). Nothing was written.']);
	});

	it('log contact: a notice and false, no throw', async () => {
		const corpus = await openCorpus();
		vi.spyOn(corpus.vault.app.fileManager, 'processFrontMatter').mockRejectedValue(fsError('ENOSPC', 'no space left on device'));
		expect(await corpus.writer.logContact(corpus.mentor('Mentors/bom.md'))).toBe(false);
		expect(corpus.notices).toEqual(['Could not update the properties of bom (the disk is full). Nothing was written.']);
	});

	it('freeze due dates: a notice and nothing frozen', async () => {
		const corpus = await openCorpus();
		const path = corpus.team().items.find((i) => i.open && i.dueSource === 'phrase')?.path;
		if (!path) throw new Error('no phrase-dated item in the corpus');
		diskFull(corpus);
		expect(await corpus.writer.freezeDueDates(path, corpus.team().items)).toBe(0);
		expect(corpus.notices.at(-1)).toMatch(/^Could not freeze the due dates in .+: the disk is full\. Nothing was written\.$/);
	});
});

it('adds the item when the vault accepts it (the net does not catch a success)', async () => {
	const corpus = await openCorpus();
	const mentor = corpus.mentor('Mentors/bom.md');
	expect(await corpus.writer.addItem(mentor, draftItem('Book the sim lab', false, TODAY, SETTINGS).item)).toBe(true);
	expect(await corpus.read('Mentors/bom.md')).toContain('- [ ] Book the sim lab');
});
