import { afterEach, describe, expect, it, vi } from 'vitest';
import { meetingAgenda } from '../../../src/core/dashboard';
import { NewMentorModal } from '../../../src/obsidian/modals/new-mentor-modal';
import { CORPUS, onlyThisFileChanges, openCorpus, properties, SETTINGS, splitNote, TODAY } from './corpus';

/** "New mentor" and "start a meeting note": a new file is made; no existing byte changes. */

afterEach(() => vi.restoreAllMocks());

describe('new mentor', () => {
	it('creates one note beside the corpus, touching no other file, that reads back as that mentor', async () => {
		const corpus = await openCorpus();
		const path = 'Mentors/Dr. Rania Haddad.md';
		const { after } = await onlyThisFileChanges(corpus, path, async () => {
			const file = await corpus.writer.createMentor({ name: 'Dr. Rania Haddad', roles: ['research', 'support'], cadence: { count: 2, unit: 'week' }, today: TODAY });
			expect(file?.path).toBe(path);
		});
		expect(properties(after)).toEqual({ type: 'mentor', role: ['research', 'support'], cadence: 'every 2 weeks', status: 'active', since: '2026-11-24', email: null, institution: null });
		expect(splitNote(after).body.startsWith('# Dr. Rania Haddad\n')).toBe(true);
		await corpus.store.build();
		expect(corpus.mentor(path)).toMatchObject({ name: 'Dr. Rania Haddad', roles: ['research', 'support'], cadence: { count: 2, unit: 'week' }, status: 'due' });
		expect(corpus.items(path)).toEqual([]);
	});

	it('keeps a name and roles with YAML-special and right-to-left characters exactly', async () => {
		const corpus = await openCorpus();
		const name = 'د. ليلى: "PI" / مستشفى';
		const roles = ['sponsor', 'PI: surgery', '#1 fan', 'yes', "chief's resident", 'مرشد'];
		const file = await corpus.writer.createMentor({ name, roles, cadence: null, today: TODAY });
		expect(file?.path).toBe('Mentors/د. ليلى PI مستشفى.md');
		const text = await corpus.read(file?.path ?? '');
		expect(properties(text)).toMatchObject({ type: 'mentor', role: roles, cadence: 'every 2 weeks' });
		expect(splitNote(text).body.startsWith(`# ${name}\n`)).toBe(true);
	});

	it.each([
		['the same name', 'crlf-endings', 'Mentors/crlf-endings.md'],
		['the same name in other letter case', 'CRLF-Endings', 'Mentors/crlf-endings.md'],
		['a name that makes the same file name', 'bom?', 'Mentors/bom.md'],
	])('refuses %s as an existing note, which keeps every byte', async (_, name, existing) => {
		const corpus = await openCorpus();
		const { after } = await onlyThisFileChanges(corpus, null, async () => expect(await corpus.writer.createMentor({ name, roles: [], cadence: null, today: TODAY })).toBeNull());
		expect(after).toBe('');
		expect(await corpus.read(existing)).toBe(CORPUS[existing]);
		expect(corpus.vault.app.vault.getFiles()).toHaveLength(Object.keys(CORPUS).length);
		expect(corpus.notices).toEqual([expect.stringMatching(/already exists; nothing was created\.$/)]);
	});
});

describe('new mentor named so that no visible file can take the name', () => {
	it('".NET Guru": the note is NET Guru.md (not a hidden dot-file the command line skips), titled as typed', async () => {
		const corpus = await openCorpus();
		const file = await corpus.writer.createMentor({ name: '.NET Guru', roles: [], cadence: null, today: TODAY });
		expect(file?.path).toBe('Mentors/NET Guru.md');
		expect(splitNote(await corpus.read('Mentors/NET Guru.md')).body.startsWith('# .NET Guru\n')).toBe(true);
	});

	it.each([
		['..', '“..” has no letters or digits a file name can keep.'],
		['.', '“.” has no letters or digits a file name can keep.'],
		['x'.repeat(121), 'The name is too long for a file name: 121 characters, at most 120.'],
	])('%j: refused with a message, in the modal as typed and by the writer; nothing created', async (name, message) => {
		const corpus = await openCorpus();
		const modal = new NewMentorModal(corpus.vault.app, SETTINGS, TODAY, async (mentor) => (await corpus.writer.createMentor(mentor)) !== null);
		modal.open();
		modal.fill(name, [], '');
		const { after } = await onlyThisFileChanges(corpus, null, async () => {
			expect(await modal.save()).toBe(false);
			expect(await corpus.writer.createMentor({ name, roles: [], cadence: null, today: TODAY })).toBeNull();
		});
		expect(after).toBe('');
		expect(modal.contentEl.textContent).toContain(message);
		expect(corpus.notices).toEqual([`${message} Nothing was created.`]);
	});
});

describe('start a meeting note', () => {
	it('from a template with a byte-order mark, CRLF and its own properties: one frontmatter block, every property kept', async () => {
		const corpus = await openCorpus();
		const mentor = corpus.mentor('Mentors/frontmatter-comments.md');
		// next_meeting is 1 December 15:00, within a week: the note is for that meeting.
		const path = 'Meetings/2026-12-01 frontmatter-comments.md';
		const { after } = await onlyThisFileChanges(corpus, path, async () => {
			const file = await corpus.writer.startMeeting(mentor, meetingAgenda(corpus.team(), mentor));
			expect(file?.path).toBe(path);
		});
		expect(after.startsWith('---\n')).toBe(true);
		expect(after.match(/^---\r?$/gm)).toHaveLength(2);
		expect(properties(after)).toEqual({ tags: ['meeting'], location: 'clinic', mentor: '[[frontmatter-comments]]', date: '2026-12-01 15:00' });
		const body = splitNote(after).body;
		expect(body.startsWith('# Meeting with frontmatter-comments, ')).toBe(true);
		expect(body).toContain('## Bring back\n- Send revised abstract by Friday');
		expect(body).toContain('## Waiting on them\n- Maya: intro to the trauma team');
		expect(body.endsWith('## Notes\r\n\r\n')).toBe(true);
		// The agenda repeats items as plain bullets: reading the vault again finds no new item.
		const itemsBefore = corpus.team().items.length;
		await corpus.store.build();
		expect(corpus.team().items).toHaveLength(itemsBefore);
	});

	it('an existing meeting note for that day is opened as it is', async () => {
		const path = 'Meetings/2026-12-01 frontmatter-comments.md';
		const existing = '\uFEFF---\r\nmentor: "[[frontmatter-comments]]"\r\n---\r\nAlready here.';
		const corpus = await openCorpus({ [path]: existing });
		const mentor = corpus.mentor('Mentors/frontmatter-comments.md');
		const { after } = await onlyThisFileChanges(corpus, null, async () => {
			const file = await corpus.writer.startMeeting(mentor, meetingAgenda(corpus.team(), mentor));
			expect(file?.path).toBe(path);
		});
		expect(after).toBe('');
		expect(await corpus.read(path)).toBe(existing);
	});

	it('writes the mentor property as a wikilink even when new links are markdown links', async () => {
		const corpus = await openCorpus();
		// Obsidian's "Use [[Wikilinks]]" off: generateMarkdownLink makes a markdown link.
		vi.spyOn(corpus.vault.app.fileManager, 'generateMarkdownLink').mockImplementation((file) => `[${file.basename}](${encodeURI(file.path)})`);
		const mentor = corpus.mentor('Mentors/frontmatter-comments.md');
		const file = await corpus.writer.startMeeting(mentor, meetingAgenda(corpus.team(), mentor));
		expect(properties(await corpus.read(file?.path ?? ''))).toMatchObject({ mentor: '[[frontmatter-comments]]' });
	});

	it('a mentor whose file name is not unique gets a link with its folder, shown by name', async () => {
		const corpus = await openCorpus();
		vi.spyOn(corpus.vault.app.metadataCache, 'fileToLinktext').mockImplementation((file) => file.path.replace(/\.md$/, ''));
		const mentor = corpus.mentor('Mentors/bom.md');
		const file = await corpus.writer.startMeeting(mentor, meetingAgenda(corpus.team(), mentor));
		expect(properties(await corpus.read(file?.path ?? ''))).toMatchObject({ mentor: '[[Mentors/bom|bom]]' });
	});
});
