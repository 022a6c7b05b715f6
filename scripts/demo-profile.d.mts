// Types for scripts/demo-profile.mjs, so the TypeScript e2e tests can import it.
import type { VsCodeServer } from './vscode-server.mjs';

export const DEMO_SETTINGS: Record<string, unknown>;
export function startDemoServer(opts: { extensionPath: string; env?: Record<string, string>; extraArgs?: string[]; logFile?: string }): Promise<VsCodeServer>;
export function demoWorkbenchUrl(server: VsCodeServer, opts: { folder: string; sessionFile?: string }): string;
export function demoStartFile(folder: string, sessionFile: string): string | undefined;
