// `npm run screenshots`: takes the approved screenshots again, over the example vault, in real
// Chromium (Debian's /usr/bin/chromium), and writes them to docs/screenshots/ (the README shows
// them). The dashboard's come from tests/browser/dashboard.test.ts, the modals', the settings'
// and the notice's from tests/browser/screenshots.test.ts. Look at every PNG before committing.
import { spawnSync } from 'node:child_process';

const result = spawnSync(
	process.execPath,
	['node_modules/vitest/vitest.mjs', 'run', '--project', 'browser', 'tests/browser/dashboard.test.ts', 'tests/browser/screenshots.test.ts', '-t', 'screenshots'],
	{ stdio: 'inherit', env: { ...process.env, UPDATE_SCREENSHOTS: '1' } },
);
process.exit(result.status ?? 1);
