/**
 * A deterministic synthetic vault for the benchmarks: the same parameters (and seed) always
 * give the same files, byte for byte. The vault lives in the system's temporary folder, in
 * a folder named by its parameters, and is made only when that folder is absent.
 *
 * What is in it (defaults: 10,000 notes):
 * - mentor notes (`type: mentor`, role, cadence in varied forms, last_contact, sometimes
 *   next_meeting, status, aliases) with a log of dated headings and tasks;
 * - meeting notes (`mentor: "[[Name]]"`, `date:`) with an agenda, notes and action items;
 * - task lines spread over the mentor and meeting notes, a third of them open: Tasks `📅`
 *   due dates, Dataview `[due:: ]`, natural phrases ("by Friday", "in 2 weeks", "by Dec 3"),
 *   no date at all, `#theirs` tags and "Name:" prefixes, done tasks with `✅`;
 * - unrelated notes (daily notes, topics, literature, projects) with frontmatter and prose,
 *   some with tasks of their own.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/** Bump when the generator's output changes, so old vaults on disk are not reused. */
export const GENERATOR_VERSION = 1;

export interface VaultParams {
	/** All notes, of every kind. */
	notes: number;
	mentors: number;
	meetings: number;
	/** Task lines in mentor and meeting notes (unrelated notes' tasks come on top). */
	tasks: number;
	seed: number;
}

export const VAULT_PRESETS = {
	quick: { notes: 1_000, mentors: 20, meetings: 300, tasks: 3_000, seed: 1 },
	'10k': { notes: 10_000, mentors: 200, meetings: 3_000, tasks: 30_000, seed: 1 },
	'50k': { notes: 50_000, mentors: 300, meetings: 4_700, tasks: 150_000, seed: 1 },
	/** A student's vault: 10,000 notes, of which 300 are mentor or meeting notes. */
	student: { notes: 10_000, mentors: 25, meetings: 275, tasks: 3_000, seed: 1 },
} as const satisfies Record<string, VaultParams>;

export type VaultPreset = keyof typeof VAULT_PRESETS;

/** What was written, kept beside the notes in `.bench-vault.json`. */
export interface VaultManifest {
	generator: number;
	params: VaultParams;
	files: number;
	bytes: number;
	mentorNotes: number;
	meetingNotes: number;
	otherNotes: number;
	/** Task lines in mentor and meeting notes: the items the report should list. */
	mentorTasks: number;
	openMentorTasks: number;
	/** Task lines in unrelated notes, which the report must ignore. */
	otherTasks: number;
	/** Milliseconds it took to write (0 when the vault was already there). */
	generationMs: number;
}

export interface GeneratedVault {
	dir: string;
	manifest: VaultManifest;
	/** Whether this call wrote the vault (false: it was already on disk). */
	generated: boolean;
}

const MANIFEST = '.bench-vault.json';
/** The day the benchmark reports on; dates in the vault are spread around it. */
export const BENCH_TODAY = '2026-11-24';

export function vaultDirFor(params: VaultParams, root = join(tmpdir(), 'mentor-rally-bench')): string {
	const { notes, mentors, meetings, tasks, seed } = params;
	return join(root, `vault-g${GENERATOR_VERSION}-n${notes}-m${mentors}-mt${meetings}-t${tasks}-s${seed}`);
}

/** The vault for these parameters: read from disk when it is there, written first when not. */
export function ensureVault(params: VaultParams, root?: string): GeneratedVault {
	const dir = vaultDirFor(params, root);
	const existing = readManifest(dir);
	if (existing) return { dir, manifest: existing, generated: false };
	if (existsSync(dir)) rmSync(dir, { recursive: true, force: true }); // a half-written or foreign folder

	// Written beside the final folder and renamed into place, so a crash or a concurrent run
	// never leaves (or sees) a half-made vault under the final name.
	const staging = `${dir}.tmp-${process.pid}-${Date.now()}`;
	const started = performance.now();
	const manifest = writeVault(staging, params);
	manifest.generationMs = Math.round(performance.now() - started);
	writeFileSync(join(staging, MANIFEST), `${JSON.stringify(manifest, null, 2)}\n`);
	try {
		renameSync(staging, dir);
	} catch (error) {
		// Another run finished the same vault first: use theirs.
		rmSync(staging, { recursive: true, force: true });
		const theirs = readManifest(dir);
		if (!theirs) throw error;
		return { dir, manifest: theirs, generated: false };
	}
	return { dir, manifest, generated: true };
}

function readManifest(dir: string): VaultManifest | null {
	try {
		const manifest = JSON.parse(readFileSync(join(dir, MANIFEST), 'utf8')) as VaultManifest;
		return manifest.generator === GENERATOR_VERSION ? manifest : null;
	} catch {
		return null;
	}
}

// ---------------------------------------------------------------------------------------
// Randomness: a small seeded PRNG (mulberry32), so the vault is the same on every machine.

export class Rng {
	private state: number;

	constructor(seed: number) {
		this.state = seed >>> 0;
	}

	/** A float in [0, 1). */
	next(): number {
		this.state = (this.state + 0x6d2b79f5) >>> 0;
		let t = this.state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	}

	/** An integer in [min, max], both included. */
	int(min: number, max: number): number {
		return min + Math.floor(this.next() * (max - min + 1));
	}

	chance(p: number): boolean {
		return this.next() < p;
	}

	pick<T>(list: readonly T[]): T {
		const value = list[Math.floor(this.next() * list.length)];
		if (value === undefined) throw new Error('pick from an empty list');
		return value;
	}

	/** Picks by weight: `[[3, 'a'], [1, 'b']]` gives 'a' three times as often as 'b'. */
	weighted<T>(choices: readonly (readonly [number, T])[]): T {
		let total = 0;
		for (const [weight] of choices) total += weight;
		let roll = this.next() * total;
		for (const [weight, value] of choices) {
			roll -= weight;
			if (roll < 0) return value;
		}
		const last = choices[choices.length - 1];
		if (!last) throw new Error('weighted pick from an empty list');
		return last[1];
	}
}

// ---------------------------------------------------------------------------------------
// Dates, as `YYYY-MM-DD` strings, computed in UTC so no time zone moves them.

const DAY_MS = 86_400_000;
const TODAY_MS = Date.parse(`${BENCH_TODAY}T00:00:00Z`);

function isoDay(offsetFromToday: number): string {
	return new Date(TODAY_MS + offsetFromToday * DAY_MS).toISOString().slice(0, 10);
}

function shiftIso(iso: string, days: number): string {
	return new Date(Date.parse(`${iso}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

// ---------------------------------------------------------------------------------------
// Word lists.

const TITLES = ['Dr.', 'Dr.', 'Dr.', 'Prof.', ''];
const FIRST_NAMES = [
	'Maya',
	'Omar',
	'Priya',
	'James',
	'Elena',
	'Kwame',
	'Sofia',
	'Daniel',
	'Aiko',
	'Lucas',
	'Fatima',
	'Noah',
	'Grace',
	'Mateo',
	'Hannah',
	'Ravi',
	'Chloe',
	'Samuel',
	'Leila',
	'Ethan',
	'Nadia',
	'Victor',
	'Amara',
	'Jonah',
	'Isabel',
	'Tariq',
	'Mei',
	'Felix',
	'Zara',
	'Henry',
	'Ingrid',
	'Kofi',
	'Lena',
	'Marcus',
	'Yara',
	'Paul',
	'Rosa',
	'Theo',
	'Uma',
	'Wes',
];
const LAST_NAMES = [
	'Lee',
	'Okafor',
	'Patel',
	'Nguyen',
	'Garcia',
	'Mensah',
	'Rossi',
	'Kim',
	'Tanaka',
	'Silva',
	'Haddad',
	'Cohen',
	'Murphy',
	'Alvarez',
	'Schmidt',
	'Iyer',
	'Dubois',
	'Adeyemi',
	'Karimi',
	'Walsh',
	'Novak',
	'Costa',
	'Osei',
	'Larsen',
	'Moreau',
	'Chen',
	'Fischer',
	'Banda',
	'Sato',
	'Hughes',
	'Ortiz',
	'Berg',
	'Reyes',
	'Yilmaz',
	'Kowalski',
	'Ibrahim',
	'Wright',
	'Popov',
	'Santos',
	'Abebe',
];
const SPECIALTIES = [
	'trauma surgery',
	'cardiothoracic surgery',
	'neurosurgery',
	'general surgery',
	'vascular surgery',
	'surgical oncology',
	'orthopaedics',
	'plastic surgery',
	'paediatric surgery',
	'transplant surgery',
];
const INSTITUTIONS = ['University Hospital', "St. Mary's Medical Center", 'City General', "Children's Hospital", 'Memorial Cancer Institute', 'the medical school', 'Regional Trauma Center'];
const ROLE_VALUES = [
	[5, 'research'],
	[2, 'research mentor'],
	[4, 'support'],
	[2, 'resident'],
	[1, 'supporter'],
	[1, 'peer mentor'],
	[4, 'sponsor'],
	[2, '[research, sponsor]'],
	[1, '[support, research]'],
	[1, 'clinical skills'],
] as const;
const CADENCES = [
	[5, 'every 2 weeks'],
	[3, 'biweekly'],
	[4, 'monthly'],
	[2, 'quarterly'],
	[1, '10d'],
	[1, 'P2W'],
	[2, 'weekly'],
	[1, 'every 3 weeks'],
	[1, 'every month'],
	[1, '"every 6 weeks"'],
] as const;
const ACTIONS = [
	'send the abstract draft',
	'revise the methods section',
	'email the program coordinator about shadowing',
	'read the chapter on trauma resuscitation',
	'prepare slides for journal club',
	'update my CV',
	'share the REDCap export',
	'draft the IRB amendment',
	'book the sim lab',
	'write up the case report',
	'look up the ACS guidelines',
	'finish the literature review table',
	'ask about the summer research program',
	'send a thank-you note',
	'outline the poster for the regional meeting',
	'clean the dataset',
	'run the survival analysis',
	'pick a journal for the submission',
	'fix the figure legends',
	'draft the personal statement',
	'read the two papers on damage control surgery',
	'schedule a shadowing day',
	'send the letter of recommendation form',
	'confirm the OR schedule for observation',
	'review chapter 3 notes',
	'register for ASCO 2027',
	'prepare questions for grand rounds',
	'reply about the away rotation',
];
const THEIR_ACTIONS = [
	'intro to the trauma team',
	'feedback on my personal statement',
	'send the dataset access form',
	'letter of recommendation',
	'comments on the abstract',
	'connect me with the program director',
	'share the protocol template',
	'check if there is funding for the poster',
	'sign the research agreement',
	'send the reading list',
	'review the figures',
	'ask the chair about the elective',
];
const PHRASES = [
	'by Friday',
	'in 2 weeks',
	'by Dec 3',
	'tomorrow',
	'next Tuesday',
	'by end of week',
	'before the next meeting',
	'by mid-January',
	'within 10 days',
	'by 12/15',
	'two weeks from today',
	'this week',
	'by Monday',
	'in 3 days',
	'by the end of the month',
	'next week',
	'by Jan 10',
	'on Thursday',
	'by March',
	'EOD',
];
/** Numbers and times that are not due dates: the reader must ignore them. */
const DISTRACTORS = ['at 5pm', 'chapter 3', 'for ASCO 2027', 'in room 204', 'page 12', '(v2)'];
const TOPICS = [
	'Anatomy',
	'Physiology',
	'Pharmacology',
	'Pathology',
	'Biostatistics',
	'Ethics',
	'Suturing',
	'Sepsis',
	'Fluids',
	'Burns',
	'Shock',
	'Wound healing',
	'Hernia',
	'Appendicitis',
	'Cholecystitis',
	'Airway',
	'Head injury',
	'Fractures',
	'Transfusion',
	'Antibiotics',
	'Imaging',
	'Electrolytes',
	'Nutrition',
	'Pain',
];
const TAGS = ['study', 'review', 'anki', 'surgery', 'usmle', 'lecture', 'reading', 'clinical', 'research', 'idea', 'mentorship-reading'];
const SENTENCES = [
	'The key point is to recognise the pattern early and escalate before the patient decompensates.',
	'Compare the two classification systems and note where they disagree.',
	'Remember the mnemonic from the lecture, but check it against the primary source.',
	'Most of the questions on this topic test the mechanism rather than the numbers.',
	'The attending stressed that the history usually gives the answer before the imaging does.',
	'There is a good review article on this in the surgical clinics series.',
	'Write this up as flashcards once the block ends.',
	'The trial showed no difference in mortality but a shorter length of stay.',
	'Ask about this on the next ward round; the residents had different opinions.',
	'Sketch the anatomy first, then add the blood supply and the nerves.',
	'Dosing depends on weight and renal function, so always check the latest labs.',
	'We ran out of time, so the second half of the discussion moves to next session.',
	'Good session overall; felt more confident presenting the case.',
	'The plan is to keep the project small enough to finish before applications.',
];
const AGENDA = [
	'Progress on the research project',
	'Questions about the rotation schedule',
	'Feedback on the draft',
	'Career plans and electives',
	'Conference deadlines',
	'Letters of recommendation',
	'Next steps for the poster',
	'How the exam preparation is going',
	'Shadowing opportunities',
];
const OTHER_TASKS = [
	'buy a new stethoscope',
	'renew library card',
	'do 40 practice questions',
	'call home',
	'laundry',
	'return the anatomy atlas',
	'pay rent',
	'book the dentist',
	'update the anki deck',
];

// ---------------------------------------------------------------------------------------
// The vault.

interface Mentor {
	name: string;
	path: string;
	/** Ways to write the name before a colon: "Dr. Lee", "Maya", the full name. */
	prefixes: string[];
	aliases: string[];
}

interface TaskPlan {
	open: boolean;
}

function writeVault(dir: string, params: VaultParams): VaultManifest {
	const { notes, mentors: mentorCount, meetings: meetingCount, tasks: taskCount, seed } = params;
	if (mentorCount < 1 || mentorCount + meetingCount > notes) throw new Error(`bad vault parameters: ${JSON.stringify(params)}`);
	const rng = new Rng(seed);
	const stats = { files: 0, bytes: 0, mentorTasks: 0, openMentorTasks: 0, otherTasks: 0 };
	const madeDirs = new Set<string>();
	const write = (path: string, text: string, isNote = true): void => {
		const absolute = join(dir, path);
		const folder = dirname(absolute);
		if (!madeDirs.has(folder)) {
			mkdirSync(folder, { recursive: true });
			madeDirs.add(folder);
		}
		writeFileSync(absolute, text);
		if (!isNote) return;
		stats.files++;
		stats.bytes += Buffer.byteLength(text);
	};

	// Dot-folders are not part of the vault: the reader must skip them.
	write('.git/HEAD', 'ref: refs/heads/main\n', false);
	write('.trash/Old mentor.md', '---\ntype: mentor\nrole: research\n---\n- [ ] this note is in the trash\n', false);

	const mentors = makeMentors(rng, mentorCount);

	// Task lines: a share for the mentor logs, the rest for meeting notes; exactly a third open.
	const mentorShare = meetingCount === 0 ? taskCount : Math.round(taskCount * 0.2);
	const perMentor = spread(rng, mentorShare, mentorCount);
	const perMeeting = spread(rng, taskCount - mentorShare, meetingCount);
	const openTotal = Math.round(taskCount / 3);
	let tasksLeft = taskCount;
	let openLeft = openTotal;
	const nextTask = (): TaskPlan => {
		// Selection sampling: each task is open with probability (open left)/(tasks left).
		const open = rng.next() * tasksLeft < openLeft;
		tasksLeft--;
		if (open) openLeft--;
		return { open };
	};

	mentors.forEach((mentor, i) => {
		const text = mentorNote(rng, mentor, perMentor[i] ?? 0, nextTask, stats);
		write(mentor.path, text);
	});

	const usedMeetingPaths = new Set<string>();
	for (let i = 0; i < meetingCount; i++) {
		const mentor = rng.pick(mentors);
		const group = mentors.length > 1 && rng.chance(0.05) ? rng.pick(mentors.filter((m) => m !== mentor)) : null;
		// Mostly the past two years, a few scheduled ahead.
		const date = isoDay(rng.chance(0.04) ? rng.int(1, 30) : -rng.int(0, 730));
		let path = `Meetings/${date.slice(0, 4)}/${date} ${mentor.name}.md`;
		for (let n = 2; usedMeetingPaths.has(path); n++) path = `Meetings/${date.slice(0, 4)}/${date} ${mentor.name} (${n}).md`;
		usedMeetingPaths.add(path);
		write(path, meetingNote(rng, mentor, group, date, perMeeting[i] ?? 0, nextTask, stats));
	}

	const otherCount = notes - mentorCount - meetingCount;
	for (let i = 0; i < otherCount; i++) {
		const { path, text } = otherNote(rng, i, stats);
		write(path, text);
	}

	return {
		generator: GENERATOR_VERSION,
		params: { ...params },
		files: stats.files,
		bytes: stats.bytes,
		mentorNotes: mentorCount,
		meetingNotes: meetingCount,
		otherNotes: otherCount,
		mentorTasks: stats.mentorTasks,
		openMentorTasks: stats.openMentorTasks,
		otherTasks: stats.otherTasks,
		generationMs: 0,
	};
}

/** `total` split into `parts` counts that differ by at most a few, summing exactly to `total`. */
function spread(rng: Rng, total: number, parts: number): number[] {
	if (parts === 0) return [];
	const counts: number[] = [];
	const base = total / parts;
	let given = 0;
	for (let i = 0; i < parts; i++) {
		const count = Math.max(0, Math.round(base * (0.5 + rng.next())));
		counts.push(count);
		given += count;
	}
	// Even out the difference one task at a time.
	for (let i = 0; given !== total; i = (i + 1) % parts) {
		const current = counts[i] ?? 0;
		if (given < total) {
			counts[i] = current + 1;
			given++;
		} else if (current > 0) {
			counts[i] = current - 1;
			given--;
		}
	}
	return counts;
}

function makeMentors(rng: Rng, count: number): Mentor[] {
	const mentors: Mentor[] = [];
	const used = new Set<string>();
	while (mentors.length < count) {
		const title = rng.pick(TITLES);
		const first = rng.pick(FIRST_NAMES);
		const last = rng.pick(LAST_NAMES);
		let name = `${title} ${first} ${last}`.trim();
		// Past the name list's combinations, a middle initial keeps names apart.
		if (used.has(name.toLowerCase())) name = `${title} ${first} ${String.fromCharCode(65 + rng.int(0, 25))}. ${last}`.trim();
		if (used.has(name.toLowerCase())) continue;
		used.add(name.toLowerCase());
		const aliases = rng.chance(0.3) ? [first, ...(title ? [`${title} ${last}`] : [])] : [];
		const prefixes = [name, first, ...(title ? [`${title} ${last}`] : [last])];
		mentors.push({ name, path: `People/Mentors/${name}.md`, prefixes, aliases });
	}
	return mentors;
}

function sentence(rng: Rng, count: number): string {
	const parts: string[] = [];
	for (let i = 0; i < count; i++) parts.push(rng.pick(SENTENCES));
	return parts.join(' ');
}

interface Stats {
	mentorTasks: number;
	openMentorTasks: number;
	otherTasks: number;
}

/** One task line for a mentor (in their note or a meeting note), written on `reference`. */
function taskLine(rng: Rng, mentor: Mentor, plan: TaskPlan, reference: string): string {
	const indent = rng.weighted([
		[10, ''],
		[1, '  '],
		[1, '\t'],
	]);
	const marker = rng.weighted([
		[17, '-'],
		[2, '*'],
		[1, '1.'],
	]);
	const status = plan.open
		? rng.weighted([
				[19, ' '],
				[1, '/'],
			])
		: rng.weighted([
				[9, 'x'],
				[1, '-'],
			]);
	const owner = rng.weighted([
		[14, 'me'],
		[3, 'tag'],
		[3, 'prefix'],
	]);
	let text = owner === 'me' ? rng.pick(ACTIONS) : rng.pick(THEIR_ACTIONS);
	if (owner === 'prefix') text = `${rng.pick(mentor.prefixes)}: ${text}`;
	if (rng.chance(0.08)) text += ` ${rng.pick(DISTRACTORS)}`;
	const due = rng.weighted([
		[25, 'tasks'],
		[10, 'dataview'],
		[5, 'dataview-round'],
		[30, 'phrase'],
		[30, 'none'],
	]);
	if (due === 'phrase') text += ` ${rng.pick(PHRASES)}`;
	if (owner === 'tag') text += ' #theirs';
	const dueDate = shiftIso(reference, rng.int(-3, 45));
	if (due === 'tasks') text += ` 📅 ${dueDate}`;
	else if (due === 'dataview') text += ` [due:: ${dueDate}]`;
	else if (due === 'dataview-round') text += ` (due:: ${dueDate})`;
	if (status === 'x') text += ` ✅ ${shiftIso(reference, rng.int(0, 20))}`;
	return `${indent}${marker} [${status}] ${text}`;
}

function mentorNote(rng: Rng, mentor: Mentor, taskCount: number, nextTask: () => TaskPlan, stats: Stats): string {
	const lines = ['---', 'type: mentor'];
	lines.push(`role: ${rng.weighted(ROLE_VALUES)}`);
	lines.push(`cadence: ${rng.weighted(CADENCES)}`);
	lines.push(`last_contact: ${isoDay(-rng.int(0, 60))}`);
	if (rng.chance(0.3)) lines.push(`next_meeting: ${isoDay(rng.int(-5, 21))} ${rng.int(8, 17)}:${rng.pick(['00', '15', '30', '45'])}`);
	if (rng.chance(0.25))
		lines.push(
			`status: ${rng.weighted([
				[3, 'active'],
				[1, 'paused'],
				[1, 'alumni'],
			])}`,
		);
	if (mentor.aliases.length > 0) lines.push(`aliases: [${mentor.aliases.map((a) => JSON.stringify(a)).join(', ')}]`);
	if (rng.chance(0.7))
		lines.push(
			`email: ${mentor.name
				.replace(/^(?:Dr|Prof)\. /, '')
				.toLowerCase()
				.replace(/[^a-z]+/g, '.')}@example.edu`,
		);
	if (rng.chance(0.7)) lines.push(`institution: "${rng.pick(INSTITUTIONS)}"`);
	if (rng.chance(0.5)) lines.push(`since: ${isoDay(-rng.int(60, 900))}`);
	lines.push('tags: [people]', '---', `# ${mentor.name}`, '');
	const specialty = rng.pick(SPECIALTIES);
	lines.push(`${specialty.charAt(0).toUpperCase()}${specialty.slice(1)}, ${rng.pick(INSTITUTIONS)}. ${sentence(rng, 2)}`, '', '## Log');

	// Log entries, newest first, each with a few tasks written that day.
	let day = -rng.int(0, 10);
	let left = taskCount;
	while (left > 0) {
		const date = isoDay(day);
		lines.push('', `### ${date} ${rng.pick(['Meeting', 'Check-in', 'Email', 'Call', 'Coffee'])}`, sentence(rng, 1));
		const here = Math.min(left, rng.int(2, 5));
		for (let i = 0; i < here; i++) {
			const plan = nextTask();
			lines.push(taskLine(rng, mentor, plan, date));
			stats.mentorTasks++;
			if (plan.open) stats.openMentorTasks++;
		}
		left -= here;
		day -= rng.int(7, 35);
	}
	lines.push('');
	return lines.join('\n');
}

function meetingNote(rng: Rng, mentor: Mentor, group: Mentor | null, date: string, taskCount: number, nextTask: () => TaskPlan, stats: Stats): string {
	const lines = ['---'];
	if (group) lines.push('mentor:', `  - "[[${mentor.name}]]"`, `  - "[[${group.name}]]"`);
	else lines.push(`mentor: "[[${mentor.name}]]"`);
	lines.push(`date: ${date}`);
	if (rng.chance(0.3)) lines.push(`time: "${rng.int(8, 17)}:00"`);
	lines.push('tags: [meeting]', '---', `# ${mentor.name}${group ? ` and ${group.name}` : ''}, ${date}`, '', '## Agenda');
	const agenda = rng.int(2, 4);
	for (let i = 0; i < agenda; i++) lines.push(`- ${rng.pick(AGENDA)}`);
	lines.push('', '## Notes', sentence(rng, rng.int(1, 3)), '', '## Action items');
	for (let i = 0; i < taskCount; i++) {
		const plan = nextTask();
		lines.push(taskLine(rng, group && rng.chance(0.5) ? group : mentor, plan, date));
		stats.mentorTasks++;
		if (plan.open) stats.openMentorTasks++;
	}
	lines.push('');
	return lines.join('\n');
}

function otherNote(rng: Rng, index: number, stats: Stats): { path: string; text: string } {
	const kind = rng.weighted([
		[4, 'daily'],
		[4, 'topic'],
		[2, 'literature'],
		[1, 'project'],
	]);
	const created = isoDay(-rng.int(0, 1000));
	const lines = ['---'];
	let path: string;
	let title: string;
	switch (kind) {
		case 'daily':
			path = `Daily/${created.slice(0, 4)}/${created.slice(5, 7)}/${created} ${index}.md`;
			title = `${created}`;
			break;
		case 'topic': {
			const topic = rng.pick(TOPICS);
			path = `Notes/${topic}/${topic} ${index}.md`;
			title = `${topic} ${index}`;
			break;
		}
		case 'literature': {
			const author = rng.pick(LAST_NAMES).toLowerCase();
			const year = rng.int(1995, 2026);
			path = `Literature/@${author}${year}-${index}.md`;
			title = `${rng.pick(TOPICS)} in surgical patients (${year})`;
			lines.push(`authors: ["${rng.pick(LAST_NAMES)}, ${rng.pick(FIRST_NAMES)[0] ?? 'A'}."]`, `year: ${year}`);
			break;
		}
		default:
			path = `Projects/Project ${index}.md`;
			title = `Project ${index}`;
			lines.push(`status: ${rng.pick(['draft', 'active', 'done'])}`, `deadline: ${isoDay(rng.int(-30, 120))}`);
	}
	const tagCount = rng.int(0, 3);
	if (tagCount > 0) {
		const tags = new Set<string>();
		for (let i = 0; i < tagCount; i++) tags.add(rng.pick(TAGS));
		lines.push(rng.chance(0.5) ? `tags: [${[...tags].join(', ')}]` : `tags:\n${[...tags].map((t) => `  - ${t}`).join('\n')}`);
	}
	lines.push(`created: ${created}`);
	if (rng.chance(0.15)) lines.push(`aliases: ["${title} (alt)"]`);
	lines.push('---', `# ${title}`, '');

	// About 1 KB: a few paragraphs of prose, sometimes a list, sometimes tasks.
	const target = Math.round(Math.exp(6.7 + rng.next() * 0.8)); // about 800 B to 1.8 KB
	let size = lines.join('\n').length;
	while (size < target) {
		const paragraph = sentence(rng, rng.int(2, 5));
		lines.push(paragraph, '');
		size += paragraph.length + 1;
		if (rng.chance(0.15)) {
			const item = `- See [[${rng.pick(TOPICS)} ${rng.int(0, index + 1)}]]`;
			lines.push(item, '');
			size += item.length + 1;
		}
	}
	if (rng.chance(0.15)) {
		lines.push('## To do');
		const count = rng.int(1, 6);
		for (let i = 0; i < count; i++) {
			const done = rng.chance(0.4);
			lines.push(`- [${done ? 'x' : ' '}] ${rng.pick(OTHER_TASKS)}${rng.chance(0.3) ? ` 📅 ${isoDay(rng.int(-10, 30))}` : ''}`);
			stats.otherTasks++;
		}
		lines.push('');
	}
	return { path, text: lines.join('\n') };
}
