/**
 * The report of *Klein Kijken: Installatie controleren* (issue 16): what the extension relies on,
 * whether it is there, and what to do when it is not, in words a teacher understands. Pure: the
 * facts are gathered by src/host/installCheck.ts; this turns them into Markdown (Dutch or English).
 */
import { t, type Lang } from '../text/lang';
import { formatDecimal } from '../text/numbers';

/** Codecs phone and laptop recordings use (MEDIA.md): decoders to read them, encoders for copies. */
export const NEEDED_DECODERS = ['h264', 'hevc', 'aac', 'opus', 'vp9'] as const;
export const NEEDED_ENCODERS = ['libx264', 'libmp3lame'] as const;

export type FfmpegFacts =
  | { found: false; installHint: string; settingPath: string | null }
  | {
      found: true;
      path: string;
      source: 'setting' | 'bundled' | 'path';
      version: string;
      ffprobe: string | null;
      decoders: ReadonlySet<string>;
      encoders: ReadonlySet<string>;
      /** What chooseVideoEncoder found, e.g. `h264_nvenc (hardware)`; null when switched off. */
      hardware: { label: string; software: boolean } | null;
    };

export interface InstallFacts {
  ffmpeg: FfmpegFacts;
  /** Whether the speech engine (sherpa-onnx-node) loads on this platform. */
  speech: { loads: true; platform: string } | { loads: false; platform: string; error: string };
  /** `kleinKijken.spraak.model`: unset, or the folder and whether it exists. */
  model: { setting: null } | { setting: string; exists: boolean };
  cache: { dir: string; bytes: number; limitBytes: number };
  /** Free space where the cache lives; null when it could not be read. */
  disk: { dir: string; freeBytes: number | null };
}

type Status = 'ok' | 'warn' | 'missing';
interface Item { title: string; status: Status; lines: string[]; fix?: string }

// Plain symbols rather than emoji: every font in every theme has them (the emoji show as boxes in
// some), and the words of each section say the same for a screen reader.
const MARK: Record<Status, string> = { ok: '✓', warn: '⚠', missing: '✗' };
/** Below this, a 20-minute recording's playback copy may not fit. */
const LOW_DISK_BYTES = 2 * 1024 ** 3;

export function formatBytes(n: number, lang: Lang): string {
  const units = ['B', 'KB', 'MB', 'GB', 'TB'];
  let v = n;
  let i = 0;
  while (v >= 1024 && i < units.length - 1) {
    v /= 1024;
    i++;
  }
  return `${formatDecimal(v, i > 0 && v < 10 ? 1 : 0, lang)} ${units[i]}`;
}

function ffmpegItem(f: FfmpegFacts, lang: Lang): Item {
  const title = t(lang, 'ffmpeg (afspelen, golfvorm, afspeelkopieën)', 'ffmpeg (playback, waveform, playback copies)');
  if (!f.found) {
    return {
      title,
      status: 'missing',
      lines: [
        f.settingPath ? t(lang, `Niet gevonden op het ingestelde pad \`${f.settingPath}\`.`, `Not found at the configured path \`${f.settingPath}\`.`) : t(lang, 'Niet gevonden op deze computer.', 'Not found on this computer.'),
        t(lang, 'Zonder ffmpeg spelen alleen opnames die VS Code zelf kan afspelen, en zie je geen golfvorm. Transcript en aantekeningen werken gewoon.', 'Without ffmpeg only recordings VS Code plays itself can be played, and there is no waveform. Transcript and notes still work.'),
      ],
      fix: t(lang, `Installeer ffmpeg (\`${f.installHint}\`) of vraag de ICT-afdeling erom, en start VS Code opnieuw. Staat ffmpeg ergens anders? Vul het pad in bij de instelling *Klein Kijken: Ffmpeg Path*.`, `Install ffmpeg (\`${f.installHint}\`) or ask your IT department, then restart VS Code. Is ffmpeg somewhere else? Enter its path in the setting *Klein Kijken: Ffmpeg Path*.`),
    };
  }
  const source = { setting: t(lang, 'uit je instelling', 'from your setting'), bundled: t(lang, 'meegeleverd met Klein Kijken', 'bundled with Klein Kijken'), path: t(lang, 'van deze computer (PATH)', 'from this computer (PATH)') }[f.source];
  const missingDec = NEEDED_DECODERS.filter((c) => !f.decoders.has(c));
  const missingEnc = NEEDED_ENCODERS.filter((c) => !f.encoders.has(c));
  const lines = [
    t(lang, `Versie ${f.version}, ${source}: \`${f.path}\``, `Version ${f.version}, ${source}: \`${f.path}\``),
    t(lang, `Lezen (decoders): ${NEEDED_DECODERS.map((c) => `${c} ${f.decoders.has(c) ? '✓' : '✗'}`).join(', ')}`, `Reading (decoders): ${NEEDED_DECODERS.map((c) => `${c} ${f.decoders.has(c) ? '✓' : '✗'}`).join(', ')}`),
    t(lang, `Kopieën maken (encoders): ${NEEDED_ENCODERS.map((c) => `${c} ${f.encoders.has(c) ? '✓' : '✗'}`).join(', ')}`, `Making copies (encoders): ${NEEDED_ENCODERS.map((c) => `${c} ${f.encoders.has(c) ? '✓' : '✗'}`).join(', ')}`),
    f.hardware === null
      ? t(lang, 'Videokaart: uitgezet in de instelling *Afspelen: Hardware*; kopieën worden zonder gemaakt.', 'Graphics hardware: switched off in the setting *Afspelen: Hardware*; copies are made without it.')
      : f.hardware.software
        ? t(lang, `Videokaart: geen bruikbare versnelling gevonden; kopieën worden met de processor gemaakt (${f.hardware.label.replace(' (software)', '')}). Dat werkt, alleen wat langzamer.`, `Graphics hardware: no usable acceleration found; copies are made by the processor (${f.hardware.label.replace(' (software)', '')}). That works, only slower.`)
        : t(lang, `Videokaart: versnelling werkt (${f.hardware.label}).`, `Graphics hardware: acceleration works (${f.hardware.label}).`),
    f.ffprobe ? t(lang, `ffprobe: \`${f.ffprobe}\``, `ffprobe: \`${f.ffprobe}\``) : t(lang, 'ffprobe: niet gevonden; Klein Kijken leest de opname dan via ffmpeg zelf.', 'ffprobe: not found; Klein Kijken then reads the recording through ffmpeg itself.'),
  ];
  if (missingDec.length === 0 && missingEnc.length === 0) return { title, status: 'ok', lines };
  return {
    title,
    status: 'warn',
    lines: [...lines, t(lang, `Deze ffmpeg mist ${[...missingDec, ...missingEnc].join(', ')}: sommige opnames (bijvoorbeeld van een iPhone) kunnen dan niet afgespeeld of gekopieerd worden.`, `This ffmpeg lacks ${[...missingDec, ...missingEnc].join(', ')}: some recordings (from an iPhone, say) cannot be played or copied.`)],
    fix: t(lang, 'Installeer een volledige ffmpeg (de versie van je besturingssysteem of van ffmpeg.org) en stel zo nodig het pad in bij *Klein Kijken: Ffmpeg Path*.', 'Install a complete ffmpeg (your operating system\'s or one from ffmpeg.org) and set its path in *Klein Kijken: Ffmpeg Path* if needed.'),
  };
}

function speechItem(s: InstallFacts['speech'], lang: Lang): Item {
  const title = t(lang, 'Spraakherkenning (transcript maken)', 'Speech recognition (making a transcript)');
  if (s.loads) return { title, status: 'ok', lines: [t(lang, `De spraakherkenning werkt op dit systeem (${s.platform}).`, `Speech recognition works on this system (${s.platform}).`)] };
  return {
    title,
    status: 'warn',
    lines: [t(lang, `De spraakherkenning start niet op dit systeem (${s.platform}). Al het andere werkt; een transcript kun je importeren of zelf typen.`, `Speech recognition does not start on this system (${s.platform}). Everything else works; a transcript can be imported or typed.`), `\`${s.error}\``],
    fix: t(lang, 'Installeer Klein Kijken opnieuw, in de versie voor dit systeem (Windows, macOS of Linux). Helpt dat niet, stuur dan dit rapport naar wie Klein Kijken voor jullie beheert.', 'Reinstall Klein Kijken, in the version for this system (Windows, macOS or Linux). If that does not help, send this report to whoever manages Klein Kijken for you.'),
  };
}

function modelItem(m: InstallFacts['model'], lang: Lang): Item {
  const title = t(lang, 'Spraakmodel', 'Speech model');
  if (m.setting === null) {
    return {
      title,
      status: 'warn',
      lines: [t(lang, 'Er is nog geen spraakmodel gekozen, dus Klein Kijken kan nog geen transcript maken.', 'No speech model is chosen yet, so Klein Kijken cannot make a transcript yet.')],
      fix: t(lang, 'Kies een map met een spraakmodel met *Klein Kijken: Spraakmodel kiezen…*, of haal er een op met *Klein Kijken: Spraakmodel downloaden…* (je ziet eerst adres, grootte en licentie).', 'Choose a folder with a speech model with *Klein Kijken: Spraakmodel kiezen…*, or fetch one with *Klein Kijken: Spraakmodel downloaden…* (you see its address, size and licence first).'),
    };
  }
  if (m.exists) return { title, status: 'ok', lines: [t(lang, `Map: \`${m.setting}\``, `Folder: \`${m.setting}\``)] };
  return {
    title,
    status: 'missing',
    lines: [t(lang, `De ingestelde map \`${m.setting}\` bestaat niet (meer).`, `The configured folder \`${m.setting}\` does not exist (any more).`)],
    fix: t(lang, 'Zet het model terug, of kies de juiste map met *Klein Kijken: Spraakmodel kiezen…*.', 'Put the model back, or choose the right folder with *Klein Kijken: Spraakmodel kiezen…*.'),
  };
}

function storageItem(c: InstallFacts['cache'], d: InstallFacts['disk'], lang: Lang): Item {
  const title = t(lang, 'Opslag (afspeelkopieën en golfvormen)', 'Storage (playback copies and waveforms)');
  const lines = [
    t(lang, `In gebruik: ${formatBytes(c.bytes, lang)} van maximaal ${formatBytes(c.limitBytes, lang)} (\`${c.dir}\`).`, `In use: ${formatBytes(c.bytes, lang)} of at most ${formatBytes(c.limitBytes, lang)} (\`${c.dir}\`).`),
    d.freeBytes === null ? t(lang, 'Vrije ruimte op de schijf: onbekend.', 'Free disk space: unknown.') : t(lang, `Vrije ruimte op de schijf: ${formatBytes(d.freeBytes, lang)}.`, `Free disk space: ${formatBytes(d.freeBytes, lang)}.`),
  ];
  if (d.freeBytes !== null && d.freeBytes < LOW_DISK_BYTES) {
    return {
      title,
      status: 'warn',
      lines: [...lines, t(lang, 'Dat is weinig: een afspeelkopie van een lang gesprek past er misschien niet meer bij.', 'That is little: a playback copy of a long conversation may not fit.')],
      fix: t(lang, 'Maak ruimte vrij op de schijf, of wis oude kopieën met *Klein Kijken: Afspeelkopieën en golfvormen wissen* (je opnames en aantekeningen blijven staan).', 'Free some disk space, or clear old copies with *Klein Kijken: Clear playback copies and waveforms* (your recordings and notes stay).'),
    };
  }
  return { title, status: 'ok', lines };
}

/** The report as Markdown: one section per part, each with what was found and, if needed, what to do. */
export function buildInstallReport(facts: InstallFacts, lang: Lang): string {
  const items = [ffmpegItem(facts.ffmpeg, lang), speechItem(facts.speech, lang), modelItem(facts.model, lang), storageItem(facts.cache, facts.disk, lang)];
  const problems = items.filter((i) => i.status !== 'ok').length;
  const out = [
    `# ${t(lang, 'Klein Kijken: installatie', 'Klein Kijken: installation')}`,
    '',
    problems === 0
      ? t(lang, 'Alles is in orde.', 'Everything is in order.')
      : t(lang, `${problems} ${problems === 1 ? 'punt vraagt' : 'punten vragen'} aandacht. Bij elk punt staat wat je kunt doen.`, `${problems} ${problems === 1 ? 'item needs' : 'items need'} attention. Each says what you can do.`),
  ];
  for (const i of items) {
    out.push('', `## ${MARK[i.status]} ${i.title}`, '', ...i.lines.map((l) => `- ${l}`));
    if (i.fix) out.push('', `**${t(lang, 'Wat kun je doen?', 'What can you do?')}** ${i.fix}`);
  }
  return out.join('\n') + '\n';
}
