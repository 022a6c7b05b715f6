import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { MediaResult } from '../core/media/mediaInfo';
import { buildInstallReport, type InstallFacts } from '../core/setup/installReport';
import { ffmpegCodecs } from '../media/ffmpegCapabilities';
import { installHint, type FfmpegTools } from '../media/ffmpegLocator';
import { chooseVideoEncoder, hardwareDefaults } from '../media/hwAccel';
import type { MediaCache } from '../media/mediaCache';
import { cacheLimitBytes, ffmpegSetting, language } from './settings';
import { speechEngineLoads } from './speechEngineCheck';

/** The report is a read-only virtual document, shown in VS Code's Markdown preview. */
export const INSTALL_REPORT_URI = vscode.Uri.from({ scheme: 'kleinkijken-setup', path: '/Klein Kijken installatie.md' });

export interface InstallCheckDeps {
  cache: MediaCache;
  cacheDir: string;
  ffmpeg: () => Promise<MediaResult<FfmpegTools>>;
}

/** Everything the report needs, probed now (ffmpeg's codec lists, the engine, the disk). */
export async function gatherInstallFacts(deps: InstallCheckDeps): Promise<InstallFacts> {
  const located = await deps.ffmpeg();
  let ffmpeg: InstallFacts['ffmpeg'];
  if (located.ok) {
    const tools = located.value;
    const hw = hardwareDefaults();
    const [codecs, hardware] = await Promise.all([ffmpegCodecs(tools.ffmpeg), hw.enabled ? chooseVideoEncoder(tools.ffmpeg, hw) : Promise.resolve(null)]);
    ffmpeg = { found: true, path: tools.ffmpeg, source: tools.source, version: tools.version, ffprobe: tools.ffprobe, ...codecs, hardware: hardware && { label: hardware.label, software: hardware.software } };
  } else {
    ffmpeg = { found: false, installHint: installHint(), settingPath: ffmpegSetting() ?? null };
  }
  const modelSetting = vscode.workspace.getConfiguration('kleinKijken').get<string>('spraak.model', '')?.trim();
  const model: InstallFacts['model'] = modelSetting ? { setting: modelSetting, exists: await isDirectory(modelSetting) } : { setting: null };
  return {
    ffmpeg,
    speech: speechEngineLoads(),
    model,
    cache: { dir: deps.cacheDir, bytes: await deps.cache.totalBytes(), limitBytes: cacheLimitBytes() },
    disk: { dir: deps.cacheDir, freeBytes: await freeBytes(deps.cacheDir) },
  };
}

async function isDirectory(p: string): Promise<boolean> {
  return (await fs.stat(p).catch(() => null))?.isDirectory() ?? false;
}

/** Free space for the user on the disk holding `dir` (or its nearest existing parent). */
async function freeBytes(dir: string): Promise<number | null> {
  for (let d = path.resolve(dir); ; d = path.dirname(d)) {
    const s = await fs.statfs(d).catch(() => null);
    if (s) return s.bavail * s.bsize;
    if (path.dirname(d) === d) return null;
  }
}

/** *Klein Kijken: Installatie controleren*: builds the report and shows it; returns its text (tests). */
export function registerInstallCheck(deps: InstallCheckDeps): vscode.Disposable[] {
  let text = '';
  const changed = new vscode.EventEmitter<vscode.Uri>();
  const provider: vscode.TextDocumentContentProvider = { onDidChange: changed.event, provideTextDocumentContent: () => text };
  return [
    changed,
    vscode.workspace.registerTextDocumentContentProvider(INSTALL_REPORT_URI.scheme, provider),
    vscode.commands.registerCommand('kleinKijken.checkInstallation', async () => {
      text = buildInstallReport(await gatherInstallFacts(deps), language());
      changed.fire(INSTALL_REPORT_URI);
      // The Markdown preview is built in; should it be missing, the text itself is still readable.
      await vscode.commands.executeCommand('markdown.showPreview', INSTALL_REPORT_URI).then(undefined, () => vscode.window.showTextDocument(INSTALL_REPORT_URI, { preview: true }));
      return text;
    }),
  ];
}
