import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';

/** Helpers shared by the export tests: xmllint, a tiny XML/EAF reader, a CSV reader. */

const dir = mkdtempSync(path.join(tmpdir(), 'kk-export-test-'));
let n = 0;

export function xmllint(xml: string, schema?: string): { ok: boolean; stderr: string } {
  const file = path.join(dir, `doc${++n}.xml`);
  writeFileSync(file, xml);
  const args = ['--noout', ...(schema ? ['--schema', schema] : []), file];
  const r = spawnSync('xmllint', args, { encoding: 'utf8' });
  if (r.error) throw new Error('xmllint is missing — install with: sudo apt-get install -y libxml2-utils');
  return { ok: r.status === 0, stderr: r.stderr };
}

export const EAF_XSD = path.join(__dirname, '../../fixtures/export/EAFv3.0.xsd');

export function decodeXml(s: string): string {
  return s.replace(/&(#x[0-9a-fA-F]+|#\d+|amp|lt|gt|quot|apos);/g, (_, e: string) =>
    e === 'amp' ? '&' : e === 'lt' ? '<' : e === 'gt' ? '>' : e === 'quot' ? '"' : e === 'apos' ? "'" : String.fromCodePoint(e.startsWith('#x') ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10)),
  );
}

export function attrs(tag: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of tag.matchAll(/([\w:]+)="([^"]*)"/g)) out[m[1]!] = decodeXml(m[2]!);
  return out;
}

export interface ReadTier {
  id: string;
  participant: string | null;
  parent: string | null;
  annotations: { id: string; start: number; end: number; value: string; cveRef?: string }[];
}

/** Enough of EAF to check our own output: time slots, tiers, alignable and ref annotations. */
export function readEaf(xml: string): ReadTier[] {
  const slots = new Map<string, number>();
  for (const m of xml.matchAll(/<TIME_SLOT\b([^>]*)\/>/g)) {
    const a = attrs(m[1]!);
    slots.set(a.TIME_SLOT_ID!, Number(a.TIME_VALUE));
  }
  const byAnn = new Map<string, { start: number; end: number }>();
  const tiers: ReadTier[] = [];
  for (const m of xml.matchAll(/<TIER\b([^>]*?)(?:\/>|>([\s\S]*?)<\/TIER>)/g)) {
    const a = attrs(m[1]!);
    const tier: ReadTier = { id: a.TIER_ID!, participant: a.PARTICIPANT ?? null, parent: a.PARENT_REF ?? null, annotations: [] };
    for (const an of (m[2] ?? '').matchAll(/<(ALIGNABLE_ANNOTATION|REF_ANNOTATION)\b([^>]*)>\s*<ANNOTATION_VALUE>([\s\S]*?)<\/ANNOTATION_VALUE>/g)) {
      const aa = attrs(an[2]!);
      let start: number;
      let end: number;
      if (an[1] === 'ALIGNABLE_ANNOTATION') {
        start = slots.get(aa.TIME_SLOT_REF1!)!;
        end = slots.get(aa.TIME_SLOT_REF2!)!;
      } else ({ start, end } = byAnn.get(aa.ANNOTATION_REF!)!);
      byAnn.set(aa.ANNOTATION_ID!, { start, end });
      tier.annotations.push({ id: aa.ANNOTATION_ID!, start, end, value: decodeXml(an[3]!), cveRef: aa.CVE_REF });
    }
    tiers.push(tier);
  }
  return tiers;
}

/** RFC 4180 reader (quoted fields, doubled quotes, CRLF). */
export function parseCsv(text: string, sep: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let q = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (q) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') q = false;
      else cell += c;
    } else if (c === '"') q = true;
    else if (c === sep) {
      row.push(cell);
      cell = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += c;
  }
  if (cell !== '' || row.length) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}

export const HOSTILE = [
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  ']]>',
  '=HYPERLINK("http://x","y")',
  "+cmd|' /C calc'!A0",
  '@SUM(1)',
  '-1+1',
  'a\u0000b\u0007c\u001bd\u0085e',
  'abc\u202Efed',
  'x'.repeat(20000),
];
