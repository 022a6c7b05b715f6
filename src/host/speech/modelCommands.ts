import * as vscode from 'vscode';
import { megabytes } from '../../core/speech/speechProgress';
import { downloadFiles } from '../../node/download';
import type { ExtensionServices } from '../services';
import { language } from '../settings';
import { t } from '../../core/text/lang';
import { catalogBytes, type CatalogModel } from '../../speech/modelCatalog';
import type { SpeechEngine } from './speechEngine';
import { setModelDir, speakerModelDir, speechModelDir } from './speechSettings';

type Which = 'model' | 'speakers';

/**
 * Spraakmodel kiezen…: a folder picker, validated by the engine before it is stored, so a wrong
 * folder is reported now (with what is missing) and not halfway through a transcript.
 * `given` lets a caller skip the dialogs (tests).
 */
export async function chooseSpeechModel(engine: SpeechEngine, given?: { which: Which; dir: string }): Promise<string | null> {
  const lang = language();
  let which = given?.which;
  if (!which) {
    const pick = await vscode.window.showQuickPick(
      [
        { label: t(lang, 'Herkenningsmodel', 'Recognition model'), description: speechModelDir() ?? t(lang, '(nog niet gekozen)', '(not chosen yet)'), which: 'model' as const },
        { label: t(lang, 'Sprekersmodel (wie praat wanneer)', 'Speaker model (who speaks when)'), description: speakerModelDir() ?? t(lang, '(nog niet gekozen)', '(not chosen yet)'), which: 'speakers' as const },
      ],
      { title: t(lang, 'Welk model kies je?', 'Which model are you choosing?') },
    );
    which = pick?.which;
  }
  if (!which) return null;
  let dir = given?.dir;
  if (!dir) {
    const picked = await vscode.window.showOpenDialog({
      canSelectFiles: false,
      canSelectFolders: true,
      canSelectMany: false,
      openLabel: t(lang, 'Deze map gebruiken', 'Use this folder'),
      title: which === 'model' ? t(lang, 'Kies de map met het spraakherkenningsmodel', 'Choose the folder with the speech recognition model') : t(lang, 'Kies de map met het segmentatie- en stemkenmerkmodel', 'Choose the folder with the segmentation and speaker-embedding models'),
    });
    dir = picked?.[0]?.fsPath;
  }
  if (!dir) return null;
  const checked = await engine.inspectModelFolder(dir, which === 'model' ? 'recognizer' : 'speakers');
  if (!checked.ok) {
    void vscode.window.showErrorMessage(t(lang, `Deze map is niet te gebruiken: ${checked.problem.nl}`, `This folder cannot be used: ${checked.problem.en}`));
    return null;
  }
  await setModelDir(which, dir);
  void vscode.window.showInformationMessage(t(lang, `Spraakmodel ingesteld: ${dir}`, `Speech model set: ${dir}`));
  return dir;
}

const hosts = (m: CatalogModel) => [...new Set(m.files.map((f) => new URL(f.url).host))].join(', ');
/** Exact bytes where the catalogue knows them, else its rounded figure. */
const sizeText = (m: CatalogModel, lang: 'nl' | 'en') => {
  const b = catalogBytes(m);
  return b === null ? `${t(lang, 'ongeveer', 'about')} ${m.approxMB} MB` : `${megabytes(b, lang)} MB`;
};
const unverified = (m: CatalogModel) => m.files.some((f) => !(f.archive ? f.archive.sha256 : f.sha256));

/**
 * Spraakmodel downloaden…: the only network access in the extension, and only after a click and an
 * explicit yes. Shows address, size and licence before asking; downloads into global storage.
 */
export async function downloadSpeechModel(services: ExtensionServices, engine: SpeechEngine): Promise<string | null> {
  const lang = language();
  if (!engine.catalog.length) {
    const loaded = engine.load();
    void vscode.window.showErrorMessage(loaded.ok ? t(lang, 'Er staan geen modellen in de lijst.', 'The list holds no models.') : loaded.problem[lang]);
    return null;
  }
  const pick = await vscode.window.showQuickPick(
    engine.catalog.map((m) => ({
      label: m.label[lang],
      description: `${sizeText(m, lang)} · ${m.licence}`,
      detail: `${m.kind === 'recognizer' ? t(lang, 'herkenning', 'recognition') : t(lang, 'sprekers', 'speakers')} · ${m.files.map((f) => f.url).join(' · ')}`,
      model: m,
    })),
    { title: t(lang, 'Welk spraakmodel downloaden?', 'Which speech model to download?'), matchOnDetail: true },
  );
  if (!pick) return null;
  const m = pick.model;
  // The segmentation and embedding models work as a pair from one folder; a recogniser has its own.
  const dest = vscode.Uri.joinPath(services.context.globalStorageUri, 'speech-models', m.kind === 'speakers' ? 'sprekers' : m.id).fsPath;
  const yes = t(lang, 'Downloaden', 'Download');
  // Asked before the progress notification appears, so the question stands alone.
  const agreed =
    (await vscode.window.showWarningMessage(
      t(lang, `${m.label.nl} downloaden (${sizeText(m, 'nl')})?`, `Download ${m.label.en} (${sizeText(m, 'en')})?`),
      {
        modal: true,
        detail: t(
          lang,
          `Van: ${hosts(m)}\nLicentie: ${m.licence} (${m.homepage})\nNaar: ${dest}\n${m.note.nl}\n${unverified(m) ? 'Van dit model is geen controlesom bekend: Klein Kijken kan niet nagaan of de bestanden onderweg veranderd zijn.\n' : ''}\nDit is de enige keer dat Klein Kijken iets van internet haalt. Er wordt niets verstuurd: je opnames en sessies blijven op deze computer.`,
          `From: ${hosts(m)}\nLicence: ${m.licence} (${m.homepage})\nTo: ${dest}\n${m.note.en}\n${unverified(m) ? 'No checksum is known for this model: Klein Kijken cannot check that the files were not changed on the way.\n' : ''}\nThis is the only time Klein Kijken fetches anything from the internet. Nothing is sent: your recordings and sessions stay on this computer.`,
        ),
      },
      yes,
    )) === yes;
  if (!agreed) return null;
  const result = await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: t(lang, `${m.label.nl} downloaden`, `Downloading ${m.label.en}`), cancellable: true },
    async (progress, token) => {
      const ac = new AbortController();
      token.onCancellationRequested(() => ac.abort());
      let last = 0;
      const files = m.files.map((f) => ({
        name: f.name,
        url: f.url,
        sizeBytes: (f.archive ? f.archive.bytes : f.bytes) ?? 0,
        sha256: f.sha256,
        ...(f.archive ? { archive: { sha256: f.archive.sha256, member: f.archive.member } } : {}),
      }));
      return downloadFiles(files, {
        destDir: dest,
        signal: ac.signal,
        consent: () => Promise.resolve(agreed),
        onProgress: (done, total) => {
          const share = total ? done / total : 0;
          if (share - last < 0.005 && done < total) return;
          progress.report({ increment: (share - last) * 100, message: t(lang, `${Math.floor(share * 100)}% · ${megabytes(done, lang)} van ${megabytes(total, lang)} MB`, `${Math.floor(share * 100)}% · ${megabytes(done, lang)} of ${megabytes(total, lang)} MB`) });
          last = share;
        },
      });
    },
  );
  if (!result.ok) {
    if (result.reason !== 'declined') void vscode.window.showErrorMessage(result.problem[lang]);
    return null;
  }
  services.log.info(`speech: downloaded ${m.id} to ${dest}`);
  const checked = await engine.inspectModelFolder(dest, m.kind);
  if (!checked.ok) {
    // Typically the first of the two speaker models: the folder is complete once the other one is there.
    const other = m.kind === 'speakers' ? engine.catalog.find((x) => x.kind === 'speakers' && x.id !== m.id) : undefined;
    const hint = other ? t(lang, ` Download ook ${other.label.nl} (in dezelfde map).`, ` Also download ${other.label.en} (into the same folder).`) : '';
    void vscode.window.showWarningMessage(`${checked.problem[lang]}${hint}`);
    return null;
  }
  await setModelDir(m.kind === 'recognizer' ? 'model' : 'speakers', dest);
  void vscode.window.showInformationMessage(t(lang, `${m.label.nl} staat klaar en is ingesteld.`, `${m.label.en} is ready and set.`));
  return dest;
}
