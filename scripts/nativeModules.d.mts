// Types for scripts/nativeModules.mjs (used by test/unit/package/package.test.ts).
export const SHERPA_PLATFORM_PACKAGES: Record<'linux-x64' | 'linux-arm64' | 'win32-x64' | 'darwin-x64' | 'darwin-arm64', string>;
export function sherpaPackageFor(target: string): string;
export function stageSpeechEngine(root: string, target: string, into: string): string[];
