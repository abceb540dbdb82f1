// Obsidian adds helpers to the DOM and JS built-ins (createEl, empty, setText, …);
// obsidian-test-mocks installs the same ones before each plugin test file.
import { setup } from 'obsidian-test-mocks/setup';
import { installMockFidelityFixes } from './fidelity';

setup();
installMockFidelityFixes();
