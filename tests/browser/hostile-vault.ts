// A vault whose every piece of text that reaches the screen tries to run code: mentor names
// (file names), aliases, roles, institutions, task texts, property values the core quotes back
// in its problem messages, and meeting note titles. The browser tests in hostile-text.test.ts
// write it to a folder, read it with the command line's reader and show it on every surface.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/** Each one runs `window.__pwned = 1` (or opens something) if it is ever parsed as HTML or followed as a link. */
export const HOSTILE = {
	img: '<img src=x onerror="window.__pwned=1">',
	script: '<script>window.__pwned=1</script>',
	svg: '<svg onload="window.__pwned=1">',
	mdLink: '[click](javascript:window.__pwned=1)',
	wikiImg: '[[<img src=x onerror=window.__pwned=1>]]',
	anchor: '<a href="javascript:window.__pwned=1">x</a>',
	iframe: '<iframe srcdoc="<script>parent.__pwned=1</script>">',
	/** A markdown link with HTML inside. */
	mdLinkHtml: '[<img src=x onerror="window.__pwned=1">](javascript:window.__pwned=1)',
	/** Entities: parsed as HTML they would turn into `<img …>` and `&`; as text they stay as written. */
	entities: '&lt;img src=x onerror=window.__pwned=1&gt; &amp; &#60;b&#62;',
} as const;

export const TODAY = '2026-11-24';

/** Mentor note paths (their names are the file names). A `/` cannot be in a file name, so names use the payloads without one. */
export const MENTOR = {
	img: `Mentors/${HOSTILE.img}.md`,
	svg: `Mentors/${HOSTILE.svg}.md`,
	mdLink: `Mentors/${HOSTILE.mdLink}.md`,
	entities: 'Mentors/Tom &amp; Jerry &lt;b&gt;.md',
} as const;

/** YAML single-quoted scalar: any text, with `'` doubled. */
function q(text: string): string {
	return `'${text.replace(/'/g, "''")}'`;
}

export const HOSTILE_VAULT: Record<string, string> = {
	[MENTOR.img]: `---
type: mentor
role:
  - support
  - ${q(HOSTILE.script)}
institution: ${q(HOSTILE.iframe)}
cadence: every 2 weeks
last_contact: 2026-10-01
---
# Mentor

### 2026-11-10 Chat
- [ ] ${HOSTILE.script} send notes 📅 2026-11-20
- [ ] ${HOSTILE.wikiImg} 📅 2026-11-22
- [ ] ${HOSTILE.entities} 📅 2026-11-23
- [ ] ${HOSTILE.mdLink} 📅 2026-11-24
- [ ] ${HOSTILE.anchor} answer the email #reply
- [ ] ${HOSTILE.mdLinkHtml} by Friday
- [ ] ${HOSTILE.iframe} #theirs
- [x] ${HOSTILE.svg} done ✅ 2026-11-20
`,
	[MENTOR.svg]: `---
type: mentor
role: sponsor
aliases:
  - ${q(HOSTILE.anchor)}
  - ${q(HOSTILE.mdLink)}
cadence: ${q(HOSTILE.img)}
last_contact: 2026-11-10
next_meeting: 2026-11-24 10:00
---
- [ ] ${HOSTILE.img} 📅 2026-11-21
`,
	[MENTOR.mdLink]: `---
type: mentor
role: research
status: ${q(HOSTILE.script)}
last_contact: 2026-11-20
---
- [ ] ${HOSTILE.anchor} 📅 2026-11-24
- [ ] ${HOSTILE.iframe} 📅 2026-11-01
`,
	[MENTOR.entities]: `---
type: mentor
role: [support]
aliases: [${q(HOSTILE.entities)}]
cadence: monthly
last_contact: 2026-11-23
---
- [ ] ${HOSTILE.entities} #theirs
`,
	[`Meetings/2026-11-18 ${HOSTILE.img}.md`]: `---
mentor: ${q(`[[${HOSTILE.img}]]`)}
---
- [ ] ${HOSTILE.svg} bring the slides
`,
	[`Meetings/2026-11-19 ${HOSTILE.svg}.md`]: `---
mentor: ${q(`[[${HOSTILE.iframe}]]`)}
---
- [ ] ${HOSTILE.mdLinkHtml}
`,
	[`Meetings/${HOSTILE.mdLink}.md`]: `---
mentor: ${q(`[[${HOSTILE.svg}]]`)}
date: ${q(HOSTILE.script)}
---
`,
	[`Notes/Broken ${HOSTILE.img}.md`]: `---
type: mentor
role: [${HOSTILE.script}
---
`,
};

/** Writes the vault to a new temporary folder and returns its path. */
export function writeHostileVault(): string {
	const root = mkdtempSync(join(tmpdir(), 'mentor-rally-hostile-'));
	for (const [path, content] of Object.entries(HOSTILE_VAULT)) {
		mkdirSync(dirname(join(root, path)), { recursive: true });
		writeFileSync(join(root, path), content);
	}
	return root;
}
