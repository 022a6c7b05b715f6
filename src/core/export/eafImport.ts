import type { Edit } from '../session/edits';
import { newId, nowIso } from '../session/ids';
import type { Detail, Framework, Segment, Speaker } from '../session/model';
import { normaliseQuestion } from '../questions/normaliseQuestion';
import { POINT_MS } from './eafExport';
import { overlaps } from '../session/timeSpan';

/**
 * EAF tiers (as `parseEafTiers` in core/transcript produces them: times in seconds, unaligned
 * slots already interpolated) → details or a transcript, as Edits the host applies (one undo step).
 *
 * Details: every annotation of the chosen tier becomes a detail. A value in our own export format
 * (`labels | Zie: … | Betekenis: … | Verbreden/verdiepen: …`) is split back into its fields; any
 * other value becomes the "wat zie je" text. Tags come from the labels part and from annotations
 * on an optional tag tier that overlap the detail, matched by tag id or Dutch/English label. An
 * annotation exactly POINT_MS long is read as a point (that is how points are exported).
 */
export interface EafTier {
  id: string;
  participant: string | null;
  annotations: { start: number; end: number; value: string }[];
}

export interface EafDetailImportOptions {
  tierId: string;
  tagTierId?: string;
  framework: Framework;
  authorId: string | null;
  now?: string;
}

export interface EafImportResult<T> {
  items: T;
  edit: Edit;
  /** Values that named no known tag, for the user to see. */
  unknownTags: string[];
}

export interface EafImportError {
  ok: false;
  message: { nl: string; en: string };
}

function tagMatcher(framework: Framework): (value: string) => string | null {
  const index = new Map<string, string>();
  for (const tg of framework.tags) {
    index.set(normaliseQuestion(tg.id), tg.id);
    index.set(normaliseQuestion(tg.label.nl), tg.id);
    index.set(normaliseQuestion(tg.label.en), tg.id);
  }
  return (value) => index.get(normaliseQuestion(value)) ?? null;
}

const FIELD = /^(Zie|See|Betekenis|Meaning|Verbreden\/verdiepen|Broaden\/deepen): ?/;

export function eafTiersToDetails(tiers: readonly EafTier[], opts: EafDetailImportOptions): EafImportResult<Detail[]> | EafImportError {
  const tier = tiers.find((x) => x.id === opts.tierId);
  if (!tier) return { ok: false, message: { nl: `Laag '${opts.tierId}' niet gevonden`, en: `Tier '${opts.tierId}' not found` } };
  const tagTier = opts.tagTierId ? tiers.find((x) => x.id === opts.tagTierId) : undefined;
  const match = tagMatcher(opts.framework);
  const unknown = new Set<string>();
  const now = opts.now ?? nowIso();
  const details: Detail[] = [];
  for (const a of [...tier.annotations].sort((p, q) => p.start - q.start)) {
    const parts = a.value.split(' | ');
    const fields = { see: '', meaning: '', deepen: '' };
    const tags: string[] = [];
    const ours = parts.length > 1 || FIELD.test(parts[0] ?? '');
    parts.forEach((part, i) => {
      const f = FIELD.exec(part);
      if (f) {
        const rest = part.slice(f[0].length);
        if (f[1] === 'Zie' || f[1] === 'See') fields.see = rest;
        else if (f[1] === 'Betekenis' || f[1] === 'Meaning') fields.meaning = rest;
        else fields.deepen = rest;
      } else if (i === 0 && ours) {
        for (const label of part.split('; ')) {
          const id = match(label);
          if (id) tags.push(id);
          else unknown.add(label);
        }
      } else fields.see = fields.see ? `${fields.see} | ${part}` : part;
    });
    // Compared in whole ms: seconds from a parser are ms/1000 and not exact in binary.
    const end = Math.round(a.end * 1000) - Math.round(a.start * 1000) === POINT_MS ? null : a.end;
    for (const tv of tagTier?.annotations ?? []) {
      if (overlaps(a, tv)) {
        const id = match(tv.value);
        if (id) tags.push(id);
        else unknown.add(tv.value);
      }
    }
    details.push({
      id: newId('d'),
      start: a.start,
      end,
      tags: [...new Set(tags)],
      authorId: opts.authorId,
      ...fields,
      feedback: null,
      question: null,
      segmentIds: [],
      createdAt: now,
      updatedAt: now,
    });
  }
  return {
    items: details,
    edit: { op: 'batch', label: 'EAF-import', edits: details.map((d) => ({ op: 'add', coll: 'details', item: d })) },
    unknownTags: [...unknown],
  };
}

export interface EafTranscriptImportOptions {
  /** Which tiers to read; all when omitted. Each tier becomes one speaker. */
  tierIds?: readonly string[];
  /** Speakers already in the session, matched by name so a re-import does not duplicate them. */
  existingSpeakers?: readonly Speaker[];
  colours?: readonly string[];
}

export function eafTiersToTranscript(
  tiers: readonly EafTier[],
  opts: EafTranscriptImportOptions = {},
): EafImportResult<{ speakers: Speaker[]; segments: Segment[] }> | EafImportError {
  const chosen = opts.tierIds ? tiers.filter((x) => opts.tierIds!.includes(x.id)) : [...tiers];
  if (chosen.length === 0) return { ok: false, message: { nl: 'Geen lagen om te lezen', en: 'No tiers to read' } };
  const speakers: Speaker[] = [];
  const segments: Segment[] = [];
  const colours = opts.colours ?? ['#0072B2', '#D55E00', '#009E73', '#CC79A7'];
  chosen.forEach((tier, i) => {
    const name = tier.participant?.trim() || tier.id;
    let sp = opts.existingSpeakers?.find((x) => x.name === name) ?? speakers.find((x) => x.name === name);
    if (!sp) {
      sp = { id: newId('sp'), name, role: 'anders', colour: colours[i % colours.length]! };
      speakers.push(sp);
    }
    for (const a of tier.annotations) {
      if (a.value.trim() === '') continue;
      segments.push({ id: newId('g'), start: a.start, end: a.end, speakerId: sp.id, text: a.value });
    }
  });
  segments.sort((p, q) => p.start - q.start);
  return {
    items: { speakers, segments },
    edit: {
      op: 'batch',
      label: 'EAF-import',
      edits: [...speakers.map((item) => ({ op: 'add' as const, coll: 'speakers' as const, item })), ...segments.map((item) => ({ op: 'add' as const, coll: 'transcript' as const, item }))],
    },
    unknownTags: [],
  };
}
