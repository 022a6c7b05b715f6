import * as path from 'node:path';
import * as vscode from 'vscode';
import { analyzeSessionInSlices } from '../core/analysis/conversationMirror';
import type { AudioSilence } from '../core/analysis/pauses';
import { detectSilences } from '../media/silence';
import { questionBankForExport } from '../core/export/questionListRows';
import { questionListCsv } from '../core/export/questionListCsv';
import { questionListDocx } from '../core/export/questionListDocx';
import { questionListHtml } from '../core/export/questionListHtml';
import { questionListMarkdown } from '../core/export/questionListMarkdown';
import { reviewReportDocx } from '../core/export/reviewReportDocx';
import { reviewReportHtml } from '../core/export/reviewReportHtml';
import { reviewReportMarkdown } from '../core/export/reviewReportMarkdown';
import { detailsVtt } from '../core/export/detailsVtt';
import { eafExport } from '../core/export/eafExport';
import { eafTiersToDetails } from '../core/export/eafImport';
import { qdcCodebook, qdpxProject } from '../core/export/qdpx';
import { mergeAsEdit, mergeSessions } from '../core/session/merge';
import { parseSessionText } from '../core/session/sessionFile';
import { decodeTranscript, detectFormat, eafTranscript, importTranscriptEdit, parseEafTiers, parseTranscript, toPlainText, toSrt, toWebVtt, transcriptTierCandidates, type EafTierChoice } from '../core/transcript';
import type { ViewRequest } from '../protocol/messages';
import { encodingNote } from '../protocol/strings/transcript';
import { exportNameChoice } from './askPseudonymise';
import { replaceOtherNames } from '../core/export/pseudonymise';
import type { EditorPanel } from './editorPanel';
import { workspaceEmotionWords } from './workspaceEmotionWords';
import { workspaceTrust } from './workspaceTrust';
import type { ExtensionServices } from './services';
import { language } from './settings';
import { t } from '../core/text/lang';

/** The mirror uses the transcript's gaps and, when ffmpeg is there, the silences in the audio itself. */
async function analyzeWithAudio(panel: EditorPanel, services: ExtensionServices): Promise<unknown> {
  const session = panel.doc.session!;
  const pauseMinSec = vscode.workspace.getConfiguration('kleinKijken').get<number>('spiegel.stilteVanaf', 2);
  const emotionWords = await workspaceEmotionWords(services.log);
  const playback = services.playbackFor(panel.doc);
  const file = playback.recordingPath();
  // Restricted Mode: no ffmpeg on the folder's media; the mirror then uses the transcript's gaps only.
  const tools = workspaceTrust.isTrusted() ? await services.ffmpeg() : null;
  let audioSilences: AudioSilence[] | undefined;
  if (file && tools?.ok) {
    const r = await detectSilences(file, { ffmpegPath: tools.value.ffmpeg, minSec: pauseMinSec, timeoutMs: 120_000 });
    if (r.ok) audioSilences = r.silences;
    else services.log.warn(`silencedetect: ${r.message.en}`);
  }
  // In bounded slices: a long or hostile transcript never blocks the extension host for long.
  return analyzeSessionInSlices(session, { pauseMinSec, emotionWords, audioSilences, corrections: session.spiegelCorrections }, () => new Promise((resolve) => setImmediate(resolve)));
}

const TRANSCRIPT_FILTERS = { Transcript: ['vtt', 'srt', 'eaf', 'otr', 'json', 'txt'] };

/** Asks where to write, then writes: exports are text only and never the session file itself. */
async function saveAs(panel: EditorPanel, suggested: string, ext: string, data: string | Uint8Array): Promise<string | null> {
  const lang = language();
  const base = vscode.Uri.file(path.join(path.dirname(panel.doc.uri.fsPath), suggested));
  const target = await vscode.window.showSaveDialog({ defaultUri: base, filters: { [ext.toUpperCase()]: [ext] }, saveLabel: t(lang, 'Exporteren', 'Export') });
  if (!target) return null;
  if (target.toString() === panel.doc.uri.toString()) throw new Error(t(lang, 'Een export kan het sessiebestand niet overschrijven.', 'An export cannot overwrite the session file.'));
  await vscode.workspace.fs.writeFile(target, typeof data === 'string' ? new TextEncoder().encode(data) : data);
  void vscode.window.showInformationMessage(t(lang, `Geëxporteerd: ${path.basename(target.fsPath)}`, `Exported: ${path.basename(target.fsPath)}`));
  return target.fsPath;
}

/**
 * An ELAN file with several tiers: ask which are the transcript and who speaks on each, instead
 * of merging translation or coding tiers into what was said. Null when the user cancels.
 */
async function chooseEafTiers(text: string): Promise<ReturnType<typeof parseTranscript> | null> {
  const lang = language();
  const r = parseEafTiers(text);
  if (!r.ok) return r;
  const candidates = transcriptTierCandidates(r.tiers);
  if (candidates.length <= 1) return eafTranscript(r.tiers, r.warnings, candidates.map((t) => ({ tierId: t.id, speaker: t.participant ?? t.id })));
  const picked = await vscode.window.showQuickPick(
    candidates.map((t) => ({ label: t.id, description: `${t.participant ?? ''} (${t.annotations.length})`, detail: t.annotations[0]?.value.slice(0, 80), picked: true, tier: t })),
    { canPickMany: true, title: t(lang, 'Welke lagen zijn het transcript (wat er gezegd is)?', 'Which tiers are the transcript (what was said)?') },
  );
  if (!picked?.length) return null;
  const choice: EafTierChoice[] = [];
  for (const p of picked) {
    const speaker = await vscode.window.showInputBox({
      title: t(lang, `Wie spreekt er in laag ${p.tier.id}?`, `Who speaks in tier ${p.tier.id}?`),
      value: p.tier.participant ?? p.tier.id,
      prompt: t(lang, 'Laat leeg als de laag meer sprekers heeft.', 'Leave empty when the tier has several speakers.'),
    });
    if (speaker === undefined) return null;
    choice.push({ tierId: p.tier.id, speaker: speaker.trim() || null });
  }
  return eafTranscript(r.tiers, r.warnings, choice);
}

export function createRequestHandler(services: ExtensionServices): ExtensionServices['requests'] {
  /** Files exported in this window, the only ones `openExported` may open. */
  const exportedPaths = new Set<string>();
  const exported = (file: string | null): string | null => {
    if (file) exportedPaths.add(file);
    return file;
  };
  return {
    async handle(panel: EditorPanel, r: ViewRequest): Promise<unknown> {
      const session = panel.doc.session;
      const lang = language();
      const stem = path.basename(panel.doc.uri.fsPath).replace(/\.kleinkijken\.json$/, '').replace(/\.[^.]+$/, '');
      switch (r.method) {
        case 'importTranscript': {
          if (!session) return null;
          const picked = await vscode.window.showOpenDialog({ canSelectMany: false, filters: TRANSCRIPT_FILTERS, defaultUri: vscode.Uri.file(path.dirname(panel.doc.uri.fsPath)) });
          const uri = picked?.[0];
          if (!uri) return null;
          const decoded = decodeTranscript(await vscode.workspace.fs.readFile(uri));
          const text = decoded.ok ? decoded.text : '';
          const format = detectFormat(uri.fsPath, text);
          const parsed = !decoded.ok ? decoded : format === 'eaf' ? await chooseEafTiers(text) : parseTranscript(text, format);
          if (parsed === null) return null;
          const note = decoded.ok ? encodingNote(decoded.encoding) : null;
          if (note) services.log.info(`transcript ${path.basename(uri.fsPath)}: ${note[1]}`);
          if (!parsed.ok) {
            const e = parsed.error;
            const where = t(lang, `regel ${e.line}${e.column ? `, kolom ${e.column}` : ''}`, `line ${e.line}${e.column ? `, column ${e.column}` : ''}`);
            throw new Error(`${path.basename(uri.fsPath)} (${where}): ${e.message[lang]}`);
          }
          if (session.transcript.length) {
            const ok = await vscode.window.showWarningMessage(
              t(lang, 'Het huidige transcript vervangen? (Ongedaan maken kan met Ctrl+Z.)', 'Replace the current transcript? (Undo with Ctrl+Z.)'),
              { modal: true },
              t(lang, 'Vervangen', 'Replace'),
            );
            if (!ok) return null;
          }
          panel.doc.apply(importTranscriptEdit(session, parsed.transcript));
          for (const w of parsed.warnings.slice(0, 20)) services.log.warn(`transcript ${path.basename(uri.fsPath)} line ${w.line}: ${w.message.en}`);
          // The encoding line rides along with the import's notice (and is its notice when all else went well).
          const noteText = note ? ` ${t(lang, ...note)}` : '';
          if (parsed.warnings.length) void vscode.window.showWarningMessage(t(lang, `Transcript geïmporteerd met ${parsed.warnings.length} waarschuwing(en); zie het uitvoerkanaal Klein Kijken.`, `Transcript imported with ${parsed.warnings.length} warning(s); see the Klein Kijken output channel.`) + noteText);
          else if (note) void vscode.window.showInformationMessage(t(lang, 'Transcript geïmporteerd.', 'Transcript imported.') + noteText);
          return { segments: parsed.transcript.segments.length, warnings: parsed.warnings.length, encoding: decoded.ok ? decoded.encoding : null };
        }
        case 'exportTranscript': {
          if (!session) return null;
          const text = r.format === 'vtt' ? toWebVtt(session) : r.format === 'srt' ? toSrt(session) : toPlainText(session);
          return saveAs(panel, `${stem}.${r.format}`, r.format, text);
        }
        case 'exportReport': {
          const names = session && (await exportNameChoice(r));
          if (!session || !names) return null;
          const s = names.mode ? replaceOtherNames(session, names.others, names.mode) : session;
          const opts = { locale: lang, pseudonymise: names.mode };
          const data = r.format === 'md' ? reviewReportMarkdown(s, opts) : r.format === 'html' ? reviewReportHtml(s, opts) : await reviewReportDocx(s, opts);
          return exported(await saveAs(panel, `${stem}-verslag.${r.format}`, r.format, data));
        }
        case 'exportQuestions': {
          const names = session && (await exportNameChoice(r));
          if (!session || !names) return null;
          const s = names.mode ? replaceOtherNames(session, names.others, names.mode) : session;
          const entries = questionBankForExport([{ sessionPath: panel.doc.uri.fsPath, session: s }], names.mode);
          const opts = { locale: lang };
          const data =
            r.format === 'md' ? questionListMarkdown(entries, opts) : r.format === 'csv' ? questionListCsv(entries, opts) : r.format === 'html' ? questionListHtml(entries, opts) : await questionListDocx(entries, opts);
          return exported(await saveAs(panel, `${stem}-goede-vragen.${r.format}`, r.format, data));
        }
        case 'exportExchange': {
          const names = session && (await exportNameChoice(r));
          if (!session || !names) return null;
          const s = names.mode ? replaceOtherNames(session, names.others, names.mode) : session;
          const opts = { locale: lang, pseudonymise: names.mode };
          switch (r.format) {
            case 'eaf':
              return exported(await saveAs(panel, `${stem}.eaf`, 'eaf', eafExport(s, opts)));
            case 'qdpx':
              return exported(await saveAs(panel, `${stem}.qdpx`, 'qdpx', qdpxProject(s, opts).zip));
            case 'qdc':
              return exported(await saveAs(panel, `${stem}.qdc`, 'qdc', qdcCodebook(s, opts)));
            case 'detailsVtt':
              return exported(await saveAs(panel, `${stem}-details.vtt`, 'vtt', detailsVtt(s, opts)));
          }
          return null;
        }
        case 'openExported': {
          // Only a file this editor wrote: the webview cannot make the host open an arbitrary path.
          if (!exportedPaths.has(r.path)) throw new Error(t(lang, 'Dit bestand is hier niet geëxporteerd.', 'This file was not exported here.'));
          const uri = vscode.Uri.file(r.path);
          // Word and web pages open in their own program; text formats open in VS Code.
          if (/\.(docx|html|qdpx)$/i.test(r.path)) await vscode.env.openExternal(uri);
          else await vscode.commands.executeCommand('vscode.open', uri);
          return true;
        }
        case 'importEafDetails': {
          if (!session) return null;
          const picked = await vscode.window.showOpenDialog({ canSelectMany: false, filters: { ELAN: ['eaf'] } });
          if (!picked?.[0]) return null;
          const decoded = decodeTranscript(await vscode.workspace.fs.readFile(picked[0]));
          const parsed = decoded.ok ? parseEafTiers(decoded.text) : decoded;
          if (!parsed.ok) throw new Error(`${t(lang, 'regel', 'line')} ${parsed.error.line}: ${parsed.error.message[lang]}`);
          const tier = await vscode.window.showQuickPick(
            parsed.tiers.map((x) => ({ label: x.id, description: `${x.participant ?? ''} (${x.annotations.length})`, id: x.id })),
            { title: t(lang, 'Welke laag bevat de details?', 'Which tier holds the details?') },
          );
          if (!tier) return null;
          const author = await vscode.window.showQuickPick(
            [...session.participants.map((p) => ({ label: p.name, id: p.id as string | null })), { label: t(lang, '(geen auteur)', '(no author)'), id: null }],
            { title: t(lang, 'Van wie zijn deze details?', 'Whose details are these?') },
          );
          if (!author) return null;
          const res = eafTiersToDetails(parsed.tiers, { tierId: tier.id, framework: session.framework, authorId: author.id });
          if ('ok' in res && res.ok === false) throw new Error(res.message[lang]);
          const ok = res as Exclude<typeof res, { ok: false }>;
          panel.doc.apply(ok.edit);
          return { details: ok.items.length };
        }
        case 'mergeCopy': {
          if (!session) return null;
          const picked = await vscode.window.showOpenDialog({ canSelectMany: false, filters: { 'Klein Kijken': ['json'] }, title: t(lang, 'Kopie van een collega samenvoegen', "Merge a colleague's copy") });
          if (!picked?.[0]) return null;
          const theirs = parseSessionText(new TextDecoder().decode(await vscode.workspace.fs.readFile(picked[0])));
          if (!theirs.ok) throw new Error(theirs.problem.message[lang]);
          if (theirs.session.id !== session.id) {
            const go = await vscode.window.showWarningMessage(
              t(lang, 'Dit bestand is een andere sessie (ander id). Toch samenvoegen?', 'This file is a different session (another id). Merge anyway?'),
              { modal: true },
              t(lang, 'Samenvoegen', 'Merge'),
            );
            if (!go) return null;
          }
          const merged = mergeSessions(null, session, theirs.session);
          panel.doc.apply(mergeAsEdit(session, merged.session, t(lang, 'Kopie samenvoegen', 'Merge copy')));
          if (merged.conflicts.some((c) => c.reason === 'recordingNotTaken')) {
            void vscode.window.showInformationMessage(
              t(lang, 'De kopie noemt een andere opname. Die is niet overgenomen: kies zelf met "Opname koppelen…" als je die wilt gebruiken.', 'The copy names another recording. It was not taken over: use "Link recording…" if you want to use it.'),
            );
          }
          return { added: merged.added.fromTheirs, conflicts: merged.conflicts.length };
        }
        case 'relinkRecording':
          await services.playbackFor(panel.doc).relink();
          return null;
        case 'applyEdit':
          // Throws with the reason (read-only, invalid) when refused; the form then stays open.
          panel.doc.apply(r.edit);
          return { revision: panel.doc.revision };
        case 'analyze':
          if (!session) return null;
          return analyzeWithAudio(panel, services);
        case 'makeTranscript':
          return vscode.commands.executeCommand('kleinKijken.makeTranscript', panel.doc.uri);
        case 'speechRegions':
          return vscode.commands.executeCommand('kleinKijken.speechRegions', panel.doc.uri);
        case 'trioNextRound': {
          const next = await vscode.commands.executeCommand<vscode.Uri | undefined>('kleinKijken.trio.nextRound', panel.doc.uri);
          return next?.fsPath ?? null;
        }
        case 'roundDurations': {
          // Per workspace, so a trio that always works with its own times finds them again.
          const key = 'kleinKijken.roundDurations';
          const all = services.context.workspaceState.get<Record<string, Record<string, number>>>(key, {});
          if (r.save) await services.context.workspaceState.update(key, { ...all, [r.template]: r.save });
          return r.save ?? all[r.template] ?? {};
        }
        case 'trioDayReport':
          return (await vscode.commands.executeCommand<string | undefined>('kleinKijken.trio.dayReport', panel.doc.uri)) ?? null;
      }
    },
  };
}
