import { strToU8, zipSync } from 'fflate';
import type { Detail, Framework, Segment, Session } from '../session/model';
import { overlaps } from '../session/timeSpan';
import { escapeXml as x, formatMoment, oneLine, speakerName, tagLabels, type ExportLocale } from './exportText';
import { t } from '../text/lang';
import { detailRangeMs } from './eafExport';
import { isAudioPath } from './mediaRef';
import { maybePseudonymise, type PseudonymMode } from './pseudonymise';
import { stableUuid } from './stableUuid';

/**
 * REFI-QDA exchange (QDA-XML 1.0), for ATLAS.ti, MAXQDA, NVivo, QualCoder…
 * - `.qdc`: the framework as a codebook (tag groups become non-codable parent codes).
 * - `.qdpx`: a zip with `project.qde` and `Sources/`: Users = participants, CodeBook = framework,
 *   the transcript as a TextSource stored inside the zip (`internal://<guid>.txt`), and the
 *   recording as an Audio/VideoSource referenced by `relative://<path>` (relative to the project's
 *   base path, i.e. where the user keeps the recording; the media itself is never included).
 *   Each detail becomes a VideoSelection/AudioSelection (begin/end in ms) and, where it is linked
 *   to transcript segments (segmentIds, else the segments its time overlaps), a
 *   PlainTextSelection over those segments' lines (positions in Unicode code points of the text);
 *   both are coded with the detail's tags.
 * GUIDs are version-8 UUIDs derived from the session id and item id (see stableUuid).
 */
export interface QdaOptions {
  locale?: ExportLocale;
  pseudonymise?: PseudonymMode | null;
  /** ISO date-time for creationDateTime; defaults to now. */
  date?: string;
}

const COLOUR = /^#(?:[0-9A-Fa-f]{6}|[0-9A-Fa-f]{3})$/;

function codesXml(fw: Framework, guid: (k: string) => string, locale: ExportLocale, indent: string): string[] {
  const code = (tagId: string, ind: string): string[] => {
    const tag = fw.tags.find((tg) => tg.id === tagId)!;
    const colour = COLOUR.test(tag.colour) ? ` color="${tag.colour}"` : '';
    const other = locale === 'nl' ? tag.label.en : tag.label.nl;
    return [`${ind}<Code guid="${guid(`code:${tag.id}`)}" name="${x(oneLine(tag.label[locale] || tag.label.nl))}" isCodable="true"${colour}>`, `${ind}  <Description>${x(oneLine(other))}</Description>`, `${ind}</Code>`];
  };
  const out: string[] = [];
  for (const g of fw.groups) {
    const members = fw.tags.filter((tg) => tg.group === g.id);
    if (members.length === 0) continue;
    out.push(`${indent}<Code guid="${guid(`group:${g.id}`)}" name="${x(oneLine(g.label[locale] || g.label.nl))}" isCodable="false">`);
    for (const m of members) out.push(...code(m.id, indent + '  '));
    out.push(`${indent}</Code>`);
  }
  const grouped = new Set(fw.groups.map((g) => g.id));
  for (const tg of fw.tags.filter((tg) => tg.group === null || !grouped.has(tg.group))) out.push(...code(tg.id, indent));
  if (out.length === 0) out.push(`${indent}<Code guid="${guid(`framework:${fw.id}`)}" name="${x(oneLine(fw.name[locale] || fw.id))}" isCodable="false"/>`);
  return out;
}

function guidsFor(session: Session): (key: string) => string {
  return (key) => stableUuid(`${session.id}:${key}`);
}

export function qdcCodebook(input: Session, opts: QdaOptions = {}): string {
  const locale = opts.locale ?? 'nl';
  const s = maybePseudonymise(input, opts.pseudonymise);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<CodeBook xmlns="urn:QDA-XML:codebook:1.0" origin="Klein Kijken">',
    '  <Codes>',
    ...codesXml(s.framework, guidsFor(s), locale, '    '),
    '  </Codes>',
    '</CodeBook>',
    '',
  ].join('\n');
}

/** The transcript as plain text, one line per segment, with each segment's code-point range. */
export function transcriptPlainText(s: Session): { text: string; ranges: Map<string, [number, number]> } {
  const ranges = new Map<string, [number, number]>();
  let text = '';
  let pos = 0;
  for (const seg of [...s.transcript].sort((a, b) => a.start - b.start)) {
    const who = oneLine(speakerName(s, seg.speakerId));
    const line = `[${formatMoment(seg.start)}] ${who ? `${who}: ` : ''}${oneLine(seg.text)}`;
    const len = [...line].length;
    ranges.set(seg.id, [pos, pos + len]);
    text += line + '\n';
    pos += len + 1;
  }
  return { text, ranges };
}

function linkedSegments(d: Detail, transcript: readonly Segment[]): Segment[] {
  const byId = transcript.filter((g) => d.segmentIds.includes(g.id));
  if (byId.length) return byId;
  return transcript.filter((g) => overlaps(g, d));
}

/** Zip entry names can never climb out of the folder they are unpacked in. */
export function safeZipEntryName(name: string): string {
  const parts = name
    .replace(/\\/g, '/')
    .split('/')
    .map((p) => p.replace(/[^A-Za-z0-9._-]/g, '_'))
    .filter((p) => p !== '' && p !== '.' && p !== '..' && !/^\.+$/.test(p));
  return parts.join('/') || 'file';
}

export interface QdpxResult {
  /** The .qdpx file's bytes. */
  zip: Uint8Array;
  /** project.qde, also returned on its own for tests and previews. */
  projectXml: string;
  entries: string[];
}

export function qdpxProject(input: Session, opts: QdaOptions = {}): QdpxResult {
  const locale = opts.locale ?? 'nl';
  const s = maybePseudonymise(input, opts.pseudonymise);
  const guid = guidsFor(s);
  const date = opts.date ?? new Date().toISOString();
  const userOf = (id: string | null) => (id !== null && s.participants.some((p) => p.id === id) ? ` creatingUser="${guid(`user:${id}`)}"` : '');
  const knownTags = new Set(s.framework.tags.map((tg) => tg.id));
  const codings = (d: Detail, where: string, ind: string) =>
    d.tags
      .filter((id) => knownTags.has(id))
      .flatMap((id) => [`${ind}<Coding guid="${guid(`coding:${where}:${d.id}:${id}`)}"${userOf(d.authorId)} creationDateTime="${x(d.createdAt)}">`, `${ind}  <CodeRef targetGUID="${guid(`code:${id}`)}"/>`, `${ind}</Coding>`]);
  const describe = (d: Detail) => [d.see, d.meaning, d.deepen].map(oneLine).filter(Boolean).join(' — ');
  const selName = (d: Detail) => oneLine(`${formatMoment(d.start)} ${tagLabels(s.framework, d.tags, locale).join('; ')}`);
  const details = [...s.details].sort((a, b) => a.start - b.start);

  const lines: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<Project xmlns="urn:QDA-XML:project:1.0" name="${x(oneLine(s.title) || t(locale, 'Terugblik', 'Review'))}" origin="Klein Kijken" creationDateTime="${x(date)}">`,
  ];
  if (s.participants.length) {
    lines.push('  <Users>', ...s.participants.map((p) => `    <User guid="${guid(`user:${p.id}`)}" name="${x(oneLine(p.name))}"/>`), '  </Users>');
  }
  lines.push('  <CodeBook>', '    <Codes>', ...codesXml(s.framework, guid, locale, '      '), '    </Codes>', '  </CodeBook>');

  const files: Record<string, Uint8Array> = {};
  const sources: string[] = [];
  if (s.transcript.length) {
    const { text, ranges } = transcriptPlainText(s);
    const tg = guid('transcript');
    files[safeZipEntryName(`Sources/${tg}.txt`)] = strToU8(text);
    sources.push(`    <TextSource guid="${tg}" name="${x(t(locale, 'Transcript', 'Transcript'))}" plainTextPath="internal://${tg}.txt" creationDateTime="${x(date)}">`);
    for (const d of details) {
      const segs = linkedSegments(d, s.transcript).map((g) => ranges.get(g.id)).filter((r): r is [number, number] => r !== undefined);
      if (segs.length === 0) continue;
      const from = Math.min(...segs.map((r) => r[0]));
      const to = Math.max(...segs.map((r) => r[1]));
      const desc = describe(d);
      sources.push(`      <PlainTextSelection guid="${guid(`text:${d.id}`)}" name="${x(selName(d))}" startPosition="${from}" endPosition="${to}"${userOf(d.authorId)} creationDateTime="${x(d.createdAt)}">`);
      if (desc) sources.push(`        <Description>${x(desc)}</Description>`);
      sources.push(...codings(d, 'text', '        '), '      </PlainTextSelection>');
    }
    sources.push('    </TextSource>');
  }
  if (s.recording) {
    const audio = isAudioPath(s.recording.path);
    const kind = audio ? 'Audio' : 'Video';
    const path = s.recording.path.replace(/\\/g, '/');
    const name = path.split('/').pop() ?? path;
    sources.push(`    <${kind}Source guid="${guid('recording')}" name="${x(name)}" path="relative://${x(path)}">`);
    for (const d of details) {
      const [b, e] = detailRangeMs(d);
      const desc = describe(d);
      sources.push(`      <${kind}Selection guid="${guid(`media:${d.id}`)}" name="${x(selName(d))}" begin="${b}" end="${e}"${userOf(d.authorId)} creationDateTime="${x(d.createdAt)}">`);
      if (desc) sources.push(`        <Description>${x(desc)}</Description>`);
      sources.push(...codings(d, 'media', '        '), `      </${kind}Selection>`);
    }
    sources.push(`    </${kind}Source>`);
  }
  if (sources.length) lines.push('  <Sources>', ...sources, '  </Sources>');
  if (s.review.leervraag.trim()) lines.push(`  <Description>${x(`${t(locale, 'Leervraag', 'Learning question')}: ${oneLine(s.review.leervraag)}`)}</Description>`);
  lines.push('</Project>', '');
  const projectXml = lines.join('\n');
  files['project.qde'] = strToU8(projectXml);
  // mtime fixed so the same session gives the same bytes.
  const zip = zipSync(files, { level: 6, mtime: new Date('2020-01-01T00:00:00Z') });
  return { zip, projectXml, entries: Object.keys(files) };
}
