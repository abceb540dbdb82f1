// Obsidian adds helpers to the DOM and JS built-ins (createEl, empty, setText, …);
// obsidian-test-mocks installs the same ones before each plugin test file. Importing the
// fake here mends the mocks even for a test that reaches them only through a helper.
import { setup } from 'obsidian-test-mocks/setup';
import './obsidian';
import { beforeEach } from 'vitest';
import { shownNotices } from './notices';

setup();

// Each test reads only the notices it caused.
beforeEach(() => {
	shownNotices.length = 0;
});
