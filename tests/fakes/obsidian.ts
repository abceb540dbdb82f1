/**
 * The one Obsidian fake: what `obsidian` stands for in every test run (unit, obsidian,
 * browser) and in the benchmark's plugin probe. It is obsidian-test-mocks, an in-memory
 * implementation of the API, with every fix of fidelity.ts applied before anything uses
 * it. Test helpers that need the mocks' extra methods (App.createConfigured__, …) import
 * this file by path, so they get the same, mended classes.
 */
import { installMockFidelityFixes } from './fidelity';

export * from 'obsidian-test-mocks/obsidian';

installMockFidelityFixes();
