// Types of esbuild.config.mjs's exports, for the TypeScript tools that import them.
import type { BuildOptions } from 'esbuild';

export declare const pluginOptions: BuildOptions;
export declare const cliOptions: BuildOptions;
export declare const nodeScriptOptions: BuildOptions;
