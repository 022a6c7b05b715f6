/**
 * Loads the native speech engine (`sherpa-onnx-node`) on first use, never at module load, so the
 * extension, the CLI and everything else start on platforms without a prebuilt binary (Windows on
 * ARM has none). A failure becomes a Dutch + English message naming the platform.
 */
import { createRequire } from 'node:module';
import type { LocalText } from '../core/session/model';
import type { SherpaModule } from './sherpaTypes';

export const SHERPA_MODULE = 'sherpa-onnx-node';

export type SherpaLoad = { ok: true; sherpa: SherpaModule } | { ok: false; problem: LocalText };

const cache = new Map<string, SherpaLoad>();

/** "Windows op ARM" / "Windows on ARM", "macOS (Intel)", "Linux (x64)". */
export function platformName(platform: string = process.platform, arch: string = process.arch): LocalText {
  const os = platform === 'win32' ? 'Windows' : platform === 'darwin' ? 'macOS' : platform === 'linux' ? 'Linux' : platform;
  if (arch === 'arm64' || arch === 'arm') return { nl: `${os} op ARM`, en: `${os} on ARM` };
  if (platform === 'darwin' && arch === 'x64') return { nl: `${os} (Intel)`, en: `${os} (Intel)` };
  if (arch === 'ia32') return { nl: `${os} (32-bits)`, en: `${os} (32-bit)` };
  return { nl: `${os} (${arch})`, en: `${os} (${arch})` };
}

export function sherpaUnavailable(detail: string, platform?: string, arch?: string): LocalText {
  const p = platformName(platform, arch);
  return {
    nl: `Spraakherkenning is niet beschikbaar op ${p.nl}: de spraakmodule (sherpa-onnx) kon niet laden (${detail}). Al het andere in Klein Kijken blijft werken; een transcript kun je importeren of zelf meetypen.`,
    en: `Speech recognition is not available on ${p.en}: the speech module (sherpa-onnx) could not be loaded (${detail}). Everything else in Klein Kijken keeps working; you can import a transcript or type along.`,
  };
}

function firstLine(e: unknown): string {
  const m = e instanceof Error ? e.message : String(e);
  return m.split('\n').find((l) => l.trim() !== '')?.trim() ?? 'unknown error';
}

function looksLikeSherpa(m: unknown): m is SherpaModule {
  const o = m as Partial<Record<keyof SherpaModule, unknown>> | null;
  return !!o && typeof o.Vad === 'function' && typeof o.OfflineRecognizer === 'function' && typeof o.OfflineSpeakerDiarization === 'function';
}

/**
 * `moduleName` exists so a test can make the real loading path fail (a name that does not
 * resolve); production code always uses the default.
 */
export function loadSherpa(moduleName: string = SHERPA_MODULE): SherpaLoad {
  const hit = cache.get(moduleName);
  if (hit) return hit;
  let result: SherpaLoad;
  try {
    // createRequire + a variable: esbuild leaves the native module alone (it is external anyway).
    const mod: unknown = createRequire(__filename)(moduleName);
    result = looksLikeSherpa(mod) ? { ok: true, sherpa: mod } : { ok: false, problem: sherpaUnavailable('onverwachte module / unexpected module') };
  } catch (e) {
    result = { ok: false, problem: sherpaUnavailable(firstLine(e)) };
  }
  cache.set(moduleName, result);
  return result;
}
