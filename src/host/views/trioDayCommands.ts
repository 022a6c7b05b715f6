import * as path from 'node:path';
import * as vscode from 'vscode';
import { trioDayDocx, trioDayHtml, trioDayMarkdown } from '../../core/export/trioDayReport';
import { lastVervolgstap, nextMember, setUpNextRound, trioDay, trioOf, type SessionAt } from '../../core/review/trioDay';
import { SESSION_FILE_SUFFIX, type Session } from '../../core/session/model';
import { parseSessionText } from '../../core/session/sessionFile';
import { askPseudonymise } from '../askPseudonymise';
import { SESSION_VIEW_TYPE, type SessionEditorProvider } from '../sessionEditorProvider';
import { ensureSessionFor, MEDIA_EXTENSIONS } from '../sessionFiles';
import { language } from '../settings';
import { t } from '../../core/text/lang';

/**
 * The trio day in VS Code: *Volgende ronde* moves the trio to the next member's own session
 * (picked, opened or created from their recording) and sets the trio up there; the previous
 * file is never changed. *Verslag van de drietaldag* writes one report for the day's rounds.
 */

/** The sessions in a folder: open documents as they are now (unsaved edits included), others from disk. */
async function folderSessions(provider: SessionEditorProvider, dir: string): Promise<SessionAt[]> {
  const out: SessionAt[] = [];
  let entries: [string, vscode.FileType][] = [];
  try {
    entries = await vscode.workspace.fs.readDirectory(vscode.Uri.file(dir));
  } catch {
    return out;
  }
  for (const [name, type] of entries) {
    if (type !== vscode.FileType.File || !name.endsWith(SESSION_FILE_SUFFIX)) continue;
    const uri = vscode.Uri.file(path.join(dir, name));
    const open = provider.documentFor(uri)?.session;
    if (open) {
      out.push({ path: uri.fsPath, session: open });
      continue;
    }
    const parsed = parseSessionText(new TextDecoder().decode(await vscode.workspace.fs.readFile(uri)));
    if (parsed.ok) out.push({ path: uri.fsPath, session: parsed.session });
  }
  return out;
}

async function sessionAt(provider: SessionEditorProvider, uri: vscode.Uri | undefined): Promise<{ uri: vscode.Uri; session: Session } | null> {
  const target = uri ?? provider.activePanel()?.doc.uri;
  if (!target) return null;
  const open = provider.documentFor(target)?.session;
  if (open) return { uri: target, session: open };
  const parsed = parseSessionText(new TextDecoder().decode(await vscode.workspace.fs.readFile(target)));
  return parsed.ok ? { uri: target, session: parsed.session } : null;
}

/** Where the next member's round goes: their session already in the day, or one the trio picks. */
async function chooseNext(dir: string, folder: SessionAt[], fromPath: string, memberName: string): Promise<vscode.Uri | undefined> {
  const lang = language();
  type Item = vscode.QuickPickItem & { uri?: vscode.Uri };
  const items: Item[] = folder
    .filter((x) => x.path !== fromPath && !trioOf(x.session))
    .map((x) => ({ label: x.session.title || path.basename(x.path), description: path.basename(x.path), uri: vscode.Uri.file(x.path) }));
  items.push({ label: `$(device-camera-video) ${t(lang, 'Andere opname kiezen…', 'Choose another recording…')}` });
  const pick = await vscode.window.showQuickPick(items, { title: t(lang, `Welke opname brengt ${memberName} in?`, `Which recording does ${memberName} bring?`) });
  if (!pick) return undefined;
  if (pick.uri) return pick.uri;
  const picked = await vscode.window.showOpenDialog({ canSelectMany: false, defaultUri: vscode.Uri.file(dir), filters: { [t(lang, 'Opnames', 'Recordings')]: MEDIA_EXTENSIONS } });
  return picked?.[0];
}

async function documentOpened(provider: SessionEditorProvider, uri: vscode.Uri): Promise<Session | null> {
  for (let i = 0; i < 100; i++) {
    const s = provider.documentFor(uri)?.session;
    if (s) return s;
    await new Promise((r) => setTimeout(r, 100));
  }
  return null;
}

/**
 * Moves the trio on. `from` defaults to the active session; `to` (a session file or a recording)
 * skips the choice, for scripts and tests. Returns the next session's uri, or undefined.
 */
export async function nextTrioRound(provider: SessionEditorProvider, from?: vscode.Uri, to?: vscode.Uri): Promise<vscode.Uri | undefined> {
  const lang = language();
  const prev = await sessionAt(provider, from);
  if (!prev) {
    void vscode.window.showWarningMessage(t(lang, 'Open eerst de sessie van deze ronde.', "First open this round's session."));
    return undefined;
  }
  const member = nextMember(prev.session);
  if (!member || trioOf(prev.session)!.length < 2) {
    void vscode.window.showWarningMessage(t(lang, 'Zet eerst a, b en c bij Voorbereiding; dan kan de volgende ronde beginnen.', 'First set a, b and c under Set-up; then the next round can start.'));
    return undefined;
  }
  const dir = path.dirname(prev.uri.fsPath);
  const folder = await folderSessions(provider, dir);
  const day = trioDay({ path: prev.uri.fsPath, session: prev.session }, folder);
  const already = day?.rounds.find((r) => r.memberId === member.id)?.sessionPath;
  let target = to ?? (already ? vscode.Uri.file(already) : await chooseNext(dir, folder, prev.uri.fsPath, member.name));
  if (!target) return undefined;
  if (!target.fsPath.endsWith(SESSION_FILE_SUFFIX)) target = await ensureSessionFor(target);
  if (target.fsPath === prev.uri.fsPath) {
    void vscode.window.showWarningMessage(t(lang, `${member.name} brengt een eigen opname in; kies een andere dan die van deze ronde.`, `${member.name} brings a recording of their own; choose another than this round's.`));
    return undefined;
  }
  await vscode.commands.executeCommand('vscode.openWith', target, SESSION_VIEW_TYPE);
  const next = await documentOpened(provider, target);
  const doc = provider.documentFor(target);
  if (!next || !doc) {
    void vscode.window.showErrorMessage(t(lang, 'De sessie van de volgende ronde kon niet worden geopend (alleen te lezen?).', "The next round's session could not be opened (read-only?)."));
    return target;
  }
  const proposal = lastVervolgstap(member.id, folder, target.fsPath);
  const edit = setUpNextRound(prev.session, next, proposal, t(lang, 'Drietal voor de volgende ronde', 'Trio for the next round'));
  if (edit) doc.apply(edit);
  const proposed = edit && proposal && doc.session?.review.leervraag === proposal;
  void vscode.window.showInformationMessage(
    t(lang, `${member.name} is nu a, met de eigen opname.`, `${member.name} is now a, with their own recording.`) +
      (proposed ? ' ' + t(lang, `Voorstel voor de leervraag (de vorige vervolgstap): „${proposal}”. Pas hem gerust aan.`, `Proposed learning question (the last next step): “${proposal}”. Feel free to change it.`) : ''),
  );
  return target;
}

export type DayReportFormat = 'md' | 'html' | 'docx';

/** Writes the day report; `format` and `target` skip the questions (scripts and tests). */
export async function trioDayReport(provider: SessionEditorProvider, from?: vscode.Uri, format?: DayReportFormat, target?: vscode.Uri): Promise<string | undefined> {
  const lang = language();
  const cur = await sessionAt(provider, from);
  if (!cur) return undefined;
  const dir = path.dirname(cur.uri.fsPath);
  const folder = await folderSessions(provider, dir);
  const day = trioDay({ path: cur.uri.fsPath, session: cur.session }, folder);
  if (!day) {
    void vscode.window.showWarningMessage(t(lang, 'Deze sessie heeft nog geen drietal (a, b, c).', 'This session has no trio (a, b, c) yet.'));
    return undefined;
  }
  const fmt =
    format ??
    (await vscode.window.showQuickPick(
      (['md', 'html', 'docx'] as const).map((f) => ({ label: { md: 'Markdown (.md)', html: t(lang, 'Webpagina (.html)', 'Web page (.html)'), docx: 'Word (.docx)' }[f], f })),
      { title: t(lang, 'Verslag van de drietaldag', 'Report of the trio day') },
    ))?.f;
  if (!fmt) return undefined;
  const pseudonymise = format ? null : await askPseudonymise();
  if (pseudonymise === undefined) return undefined;
  const file = target ?? (await vscode.window.showSaveDialog({ defaultUri: vscode.Uri.file(path.join(dir, `drietaldag.${fmt}`)), filters: { [fmt.toUpperCase()]: [fmt] } }));
  if (!file) return undefined;
  const input = { day, sessions: new Map(folder.map((x) => [x.path, x.session] as const)) };
  const opts = { locale: lang, pseudonymise };
  const data = fmt === 'docx' ? await trioDayDocx(input, opts) : new TextEncoder().encode(fmt === 'md' ? trioDayMarkdown(input, opts) : trioDayHtml(input, opts));
  await vscode.workspace.fs.writeFile(file, data);
  return file.fsPath;
}

export function registerTrioDayCommands(provider: SessionEditorProvider): vscode.Disposable[] {
  return [
    vscode.commands.registerCommand('kleinKijken.trio.nextRound', (from?: vscode.Uri, to?: vscode.Uri) => nextTrioRound(provider, from instanceof vscode.Uri ? from : undefined, to instanceof vscode.Uri ? to : undefined)),
    vscode.commands.registerCommand('kleinKijken.trio.dayReport', (from?: vscode.Uri, format?: DayReportFormat, target?: vscode.Uri) =>
      trioDayReport(provider, from instanceof vscode.Uri ? from : undefined, format, target instanceof vscode.Uri ? target : undefined),
    ),
  ];
}
