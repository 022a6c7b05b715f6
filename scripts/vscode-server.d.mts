// Types for scripts/vscode-server.mjs, so the TypeScript e2e helpers can import it.
import type { BrowserContext } from 'playwright-core';

export const ROOT: string;
export const CHROMIUM_ARGS: string[];
export const NOISE: RegExp;
export interface ServerPaths { node: string; serverMain: string; complete: string; csVersion: string }
export function serverPaths(): ServerPaths;
export function serverInstalled(): boolean;
export function ensureServer(): ServerPaths;
export function installHint(pkgs: string[]): string;
export function chromiumPath(): string;
export function missingSystemDeps(names: Array<'chromium' | 'ffmpeg' | 'xmllint' | 'libkrb5-dev'>): string[];
export function onCleanup(fns: { sync?: () => void; async?: () => Promise<unknown> }): void;
export function stopAll(): Promise<void>;
export function tempDir(prefix: string): string;
export function isolatedEnv(root: string, extra?: Record<string, string>): NodeJS.ProcessEnv;
export interface VsCodeServer {
  url: string;
  host: string;
  port: number;
  pid: number;
  exited: Promise<{ code: number | null; sig: NodeJS.Signals | null }>;
  output(): string;
  remote(p: string): string;
}
export function startServer(opts?: { env?: Record<string, string>; logFile?: string; timeoutMs?: number; extraArgs?: string[]; userSettings?: Record<string, unknown>; smokeTestDriver?: boolean; extensions?: { id: string; version: string; path: string }[] }): Promise<VsCodeServer>;
export const SESSION_EDITOR_ASSOCIATION: Record<string, unknown>;
export function workbenchUrl(server: VsCodeServer, opts?: { folder?: string; extensionDevelopmentPath?: string; extensionTestsPath?: string }): string;
export function launchChromium(opts?: { viewport?: { width: number; height: number } }): Promise<BrowserContext>;
