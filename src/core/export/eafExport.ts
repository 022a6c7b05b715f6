import type { Detail, Session } from '../session/model';
import { escapeXml as x, oneLine, tagLabel, type ExportLocale } from './exportText';
import { t } from '../text/lang';
import { mediaMimeType, relativeMediaUrl } from './mediaRef';
import { maybePseudonymise, type PseudonymMode } from './pseudonymise';

/**
 * ELAN EAF 3.0. Layout:
 * - per participant a details tier `Details (<name>)` (PARTICIPANT = name); each detail is one
 *   alignable annotation whose value reads
 *     `<tag labels joined by "; "> | Zie: <see> | Betekenis: <meaning> | Verbreden/verdiepen: <deepen>`
 *   with empty parts left out (see `detailAnnotationValue`; eafImport reads it back);
 * - under it a tag tier `Uitgangspunten (<name>)`, type Symbolic_Subdivision with the framework as
 *   its controlled vocabulary: one REF_ANNOTATION per tag (CVE_REF = tag id);
 * - per speaker a transcript tier named after the speaker (PARTICIPANT = speaker name);
 * - one CONTROLLED_VOCABULARY holding the framework, each entry with Dutch and English values.
 * EAF annotations need a duration: a detail marked at a point gets POINT_MS (1 s).
 * Times are whole milliseconds. The media descriptor holds a relative URL only.
 */
export const POINT_MS = 1000;

export interface EafExportOptions {
  locale?: ExportLocale;
  pseudonymise?: PseudonymMode | null;
  /** ISO date-time for the DATE attribute; defaults to now (pass one for reproducible output). */
  date?: string;
}

const LT_DETAIL = 'kk-detail';
const LT_TAG = 'kk-uitgangspunt';
const LT_TRANSCRIPT = 'kk-transcript';

export function toMs(sec: number): number {
  return Math.max(0, Math.round(sec * 1000));
}

/** Start and end in ms as exported; points and empty ranges get POINT_MS. */
export function detailRangeMs(d: Pick<Detail, 'start' | 'end'>): [number, number] {
  const s = toMs(d.start);
  const e = d.end === null ? s : toMs(d.end);
  return [s, e > s ? e : s + POINT_MS];
}

export function detailAnnotationValue(d: Detail, session: Session, locale: ExportLocale): string {
  const parts: string[] = [];
  if (d.tags.length) parts.push(d.tags.map((id) => oneLine(tagLabel(session.framework, id, locale))).join('; '));
  if (d.see.trim()) parts.push(`${t(locale, 'Zie', 'See')}: ${oneLine(d.see)}`);
  if (d.meaning.trim()) parts.push(`${t(locale, 'Betekenis', 'Meaning')}: ${oneLine(d.meaning)}`);
  if (d.deepen.trim()) parts.push(`${t(locale, 'Verbreden/verdiepen', 'Broaden/deepen')}: ${oneLine(d.deepen)}`);
  return parts.join(' | ');
}

/** Tier ids must be unique; two people with the same name get "(2)". */
function uniqueName(base: string, used: Set<string>): string {
  let name = base;
  for (let i = 2; used.has(name); i++) name = `${base} (${i})`;
  used.add(name);
  return name;
}

interface Slot {
  ms: number;
  id: string;
}

export function eafExport(input: Session, opts: EafExportOptions = {}): string {
  const locale = opts.locale ?? 'nl';
  const s = maybePseudonymise(input, opts.pseudonymise);
  const date = opts.date ?? new Date().toISOString();
  const slots: Slot[] = [];
  const slot = (ms: number): Slot => {
    const sl = { ms, id: '' };
    slots.push(sl);
    return sl;
  };
  let annId = 0;
  const nextAnn = () => `a${++annId}`;
  const tierNames = new Set<string>();
  const tiers: string[] = [];
  // Time slot ids are assigned after all annotations exist, so they can be numbered in time order;
  // a tier's alignable annotations are therefore rendered late, marked by a `%%from:to` line.
  const pending: { render: () => string }[] = [];

  const authors: { id: string | null; name: string }[] = [...s.participants.map((p) => ({ id: p.id as string | null, name: oneLine(p.name) || p.id }))];
  const known = new Set(s.participants.map((p) => p.id));
  if (s.details.some((d) => d.authorId === null || !known.has(d.authorId))) authors.push({ id: null, name: '' });

  for (const a of authors) {
    const mine = s.details
      .filter((d) => (a.id === null ? d.authorId === null || !known.has(d.authorId) : d.authorId === a.id))
      .sort((p, q) => p.start - q.start);
    if (mine.length === 0) continue;
    const detTier = uniqueName(a.name ? `Details (${a.name})` : 'Details', tierNames);
    const tagTier = uniqueName(a.name ? `${t(locale, 'Uitgangspunten', 'Principles')} (${a.name})` : t(locale, 'Uitgangspunten', 'Principles'), tierNames);
    const participantAttr = a.name ? ` PARTICIPANT="${x(a.name)}" ANNOTATOR="${x(a.name)}"` : '';
    const tagLines: string[] = [];
    for (const d of mine) {
      const [ms1, ms2] = detailRangeMs(d);
      const s1 = slot(ms1);
      const s2 = slot(ms2);
      const id = nextAnn();
      const value = detailAnnotationValue(d, s, locale);
      pending.push({
        render: () =>
          `        <ANNOTATION>\n            <ALIGNABLE_ANNOTATION ANNOTATION_ID="${id}" TIME_SLOT_REF1="${s1.id}" TIME_SLOT_REF2="${s2.id}">\n                <ANNOTATION_VALUE>${x(value)}</ANNOTATION_VALUE>\n            </ALIGNABLE_ANNOTATION>\n        </ANNOTATION>`,
      });
      let prev: string | null = null;
      for (const tagId of d.tags) {
        if (!s.framework.tags.some((tg) => tg.id === tagId)) continue;
        const tid = nextAnn();
        const prevAttr = prev ? ` PREVIOUS_ANNOTATION="${prev}"` : '';
        tagLines.push(
          `        <ANNOTATION>\n            <REF_ANNOTATION ANNOTATION_ID="${tid}" ANNOTATION_REF="${id}"${prevAttr} CVE_REF="${x(tagId)}">\n                <ANNOTATION_VALUE>${x(oneLine(tagLabel(s.framework, tagId, locale)))}</ANNOTATION_VALUE>\n            </REF_ANNOTATION>\n        </ANNOTATION>`,
        );
        prev = tid;
      }
    }
    tiers.push(`    <TIER LINGUISTIC_TYPE_REF="${LT_DETAIL}" TIER_ID="${x(detTier)}"${participantAttr}>`, '%%' + (pending.length - mine.length) + ':' + pending.length, '    </TIER>');
    tiers.push(`    <TIER LINGUISTIC_TYPE_REF="${LT_TAG}" PARENT_REF="${x(detTier)}" TIER_ID="${x(tagTier)}"${participantAttr}>`, ...tagLines, '    </TIER>');
  }

  const speakerTiers: { id: string | null; name: string }[] = s.speakers.map((sp) => ({ id: sp.id, name: oneLine(sp.name) || sp.id }));
  const knownSp = new Set(s.speakers.map((sp) => sp.id));
  if (s.transcript.some((g) => g.speakerId === null || !knownSp.has(g.speakerId))) speakerTiers.push({ id: null, name: '' });
  for (const sp of speakerTiers) {
    const segs = s.transcript
      .filter((g) => (sp.id === null ? g.speakerId === null || !knownSp.has(g.speakerId) : g.speakerId === sp.id))
      .sort((p, q) => p.start - q.start);
    if (segs.length === 0) continue;
    const tierId = uniqueName(sp.name || 'Transcript', tierNames);
    const from = pending.length;
    for (const g of segs) {
      const ms1 = toMs(g.start);
      const ms2 = Math.max(toMs(g.end), ms1 + 1);
      const s1 = slot(ms1);
      const s2 = slot(ms2);
      const id = nextAnn();
      const value = oneLine(g.text);
      pending.push({
        render: () =>
          `        <ANNOTATION>\n            <ALIGNABLE_ANNOTATION ANNOTATION_ID="${id}" TIME_SLOT_REF1="${s1.id}" TIME_SLOT_REF2="${s2.id}">\n                <ANNOTATION_VALUE>${x(value)}</ANNOTATION_VALUE>\n            </ALIGNABLE_ANNOTATION>\n        </ANNOTATION>`,
      });
    }
    const part = sp.name ? ` PARTICIPANT="${x(sp.name)}"` : '';
    tiers.push(`    <TIER LINGUISTIC_TYPE_REF="${LT_TRANSCRIPT}" TIER_ID="${x(tierId)}"${part}>`, '%%' + from + ':' + pending.length, '    </TIER>');
  }

  // Number the time slots in time order (stable, so a range's start precedes its end).
  slots
    .map((sl, i) => ({ sl, i }))
    .sort((p, q) => p.sl.ms - q.sl.ms || p.i - q.i)
    .forEach(({ sl }, i) => (sl.id = `ts${i + 1}`));
  const body = tiers.flatMap((line) => {
    const m = /^%%(\d+):(\d+)$/.exec(line);
    return m ? pending.slice(Number(m[1]), Number(m[2])).map((p) => p.render()) : [line];
  });

  const fw = s.framework;
  const media = s.recording
    ? `        <MEDIA_DESCRIPTOR MEDIA_URL="${x(relativeMediaUrl(s.recording.path))}" MIME_TYPE="${x(mediaMimeType(s.recording.path))}" RELATIVE_MEDIA_URL="${x(relativeMediaUrl(s.recording.path))}"/>\n`
    : '';
  const cv = [
    `    <CONTROLLED_VOCABULARY CV_ID="${x(fw.id)}">`,
    `        <DESCRIPTION LANG_REF="nld">${x(oneLine(fw.name.nl))}</DESCRIPTION>`,
    `        <DESCRIPTION LANG_REF="eng">${x(oneLine(fw.name.en))}</DESCRIPTION>`,
    ...fw.tags.flatMap((tg) => {
      const group = fw.groups.find((g) => g.id === tg.group);
      return [
        `        <CV_ENTRY_ML CVE_ID="${x(tg.id)}">`,
        `            <CVE_VALUE DESCRIPTION="${x(oneLine(group?.label.nl ?? ''))}" LANG_REF="nld">${x(oneLine(tg.label.nl))}</CVE_VALUE>`,
        `            <CVE_VALUE DESCRIPTION="${x(oneLine(group?.label.en ?? ''))}" LANG_REF="eng">${x(oneLine(tg.label.en))}</CVE_VALUE>`,
        '        </CV_ENTRY_ML>',
      ];
    }),
    '    </CONTROLLED_VOCABULARY>',
  ];
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<ANNOTATION_DOCUMENT AUTHOR="Klein Kijken" DATE="${x(date)}" FORMAT="3.0" VERSION="3.0" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:noNamespaceSchemaLocation="http://www.mpi.nl/tools/elan/EAFv3.0.xsd">`,
    '    <HEADER MEDIA_FILE="" TIME_UNITS="milliseconds">',
    media + `        <PROPERTY NAME="lastUsedAnnotationId">${annId}</PROPERTY>`,
    '    </HEADER>',
    '    <TIME_ORDER>',
    ...[...slots].sort((p, q) => Number(p.id.slice(2)) - Number(q.id.slice(2))).map((sl) => `        <TIME_SLOT TIME_SLOT_ID="${sl.id}" TIME_VALUE="${sl.ms}"/>`),
    '    </TIME_ORDER>',
    ...body,
    `    <LINGUISTIC_TYPE GRAPHIC_REFERENCES="false" LINGUISTIC_TYPE_ID="${LT_DETAIL}" TIME_ALIGNABLE="true"/>`,
    `    <LINGUISTIC_TYPE CONSTRAINTS="Symbolic_Subdivision" CONTROLLED_VOCABULARY_REF="${x(fw.id)}" GRAPHIC_REFERENCES="false" LINGUISTIC_TYPE_ID="${LT_TAG}" TIME_ALIGNABLE="false"/>`,
    `    <LINGUISTIC_TYPE GRAPHIC_REFERENCES="false" LINGUISTIC_TYPE_ID="${LT_TRANSCRIPT}" TIME_ALIGNABLE="true"/>`,
    '    <LANGUAGE LANG_ID="nld" LANG_LABEL="Dutch (nld)"/>',
    '    <LANGUAGE LANG_ID="eng" LANG_LABEL="English (eng)"/>',
    '    <CONSTRAINT DESCRIPTION="Time subdivision of parent annotation\'s time interval, no time gaps allowed within this interval" STEREOTYPE="Time_Subdivision"/>',
    '    <CONSTRAINT DESCRIPTION="Symbolic subdivision of a parent annotation. Annotations refering to the same parent are ordered" STEREOTYPE="Symbolic_Subdivision"/>',
    '    <CONSTRAINT DESCRIPTION="1-1 association with a parent annotation" STEREOTYPE="Symbolic_Association"/>',
    '    <CONSTRAINT DESCRIPTION="Time alignable annotations within the parent annotation\'s time interval, gaps are allowed" STEREOTYPE="Included_In"/>',
    ...cv,
    '</ANNOTATION_DOCUMENT>',
    '',
  ].join('\n');
}
