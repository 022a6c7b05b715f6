import * as vscode from 'vscode';
import type { Lang, ViewSettings } from '../protocol/messages';

/**
 * The extension's language. VS Code has no Dutch display language, so following VS Code's
 * language would show Dutch teachers English; Klein Kijken speaks Dutch unless told otherwise.
 */
export function language(): Lang {
  const v = vscode.workspace.getConfiguration('kleinKijken').get<string>('taal', 'nl');
  if (v === 'en') return 'en';
  if (v === 'auto') return vscode.env.language.toLowerCase().startsWith('nl') ? 'nl' : 'en';
  return 'nl';
}

export function viewSettings(): ViewSettings {
  const c = vscode.workspace.getConfiguration('kleinKijken');
  return {
    lang: language(),
    typeAlongRewindSec: c.get<number>('meetypen.terugspoelen', 2),
    compareToleranceSec: c.get<number>('vergelijken.marge', 3),
    pauseThresholdSec: c.get<number>('spiegel.stilteVanaf', 2),
    followTranscript: c.get<boolean>('transcript.volgen', true),
  };
}

/** Machine-scoped: a workspace's settings can never choose the program that runs. */
export function ffmpegSetting(): string | undefined {
  return machineSetting('ffmpegPath') ?? undefined;
}

/** A machine-scoped path setting, from the user's own settings only (never a workspace's). */
export function machineSetting(key: string): string | null {
  const info = vscode.workspace.getConfiguration('kleinKijken').inspect<string>(key);
  const v = info?.globalValue ?? info?.defaultValue;
  return v && v.trim() ? v.trim() : null;
}

export function cacheLimitBytes(): number {
  const mb = vscode.workspace.getConfiguration('kleinKijken').get<number>('cache.maxMB', 2048);
  // The manifest's bounds (100 MB – 50 GB) are only advice to the settings editor: a hand-edited
  // settings.json can hold anything, so clamp here too.
  return Math.min(51200, Math.max(100, Number.isFinite(mb) ? mb : 2048)) * 1024 * 1024;
}
