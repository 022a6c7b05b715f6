import { checkInput, MAX_SEGMENTS, ok, tooManySegments, Warnings, type ParsedSegment, type ParseProblem, type ParseResult } from './parseResult';
import { stripBom } from './textTools';
import { readXml, type XmlStop } from './xmlReader';

/** One ELAN tier with its annotations in seconds (for importing tiers as something else than speech). */
export interface EafTier {
  id: string;
  participant: string | null;
  annotations: { start: number; end: number; value: string }[];
}

export type EafTiersResult = { ok: true; tiers: EafTier[]; warnings: ParseProblem[] } | { ok: false; error: ParseProblem };

interface RawAnnotation {
  id: string;
  tier: number;
  line: number;
  /** Alignable: two time slot ids. Ref: the annotation it refers to. */
  slot1?: string;
  slot2?: string;
  ref?: string;
  value: string;
}

/**
 * ELAN `.eaf`. Times come from TIME_ORDER (TIME_VALUE in ms); a slot without a value is unaligned
 * and gets a time interpolated between its nearest aligned neighbours (with a warning). A
 * REF_ANNOTATION takes the times of the annotation it refers to (following chains). The speaker of
 * a segment is its tier's PARTICIPANT, else the TIER_ID.
 */
export function parseEaf(input: string): ParseResult {
  const r = parseEafTiers(input);
  if (!r.ok) return r;
  return eafTranscript(r.tiers, r.warnings, r.tiers.map((t) => ({ tierId: t.id, speaker: t.participant ?? t.id })));
}

/** Which tiers hold the transcript, and who speaks on each (the user's answer when a file has several). */
export interface EafTierChoice {
  tierId: string;
  speaker: string | null;
}

/** Tiers that hold annotations: the ones worth asking about. */
export function transcriptTierCandidates(tiers: readonly EafTier[]): EafTier[] {
  return tiers.filter((t) => t.annotations.length > 0);
}

/**
 * The transcript from the chosen tiers only, each with its speaker. ELAN files often hold
 * translation, gesture or coding tiers beside the speech: merging them all would put those
 * into the transcript as if someone said them.
 */
export function eafTranscript(tiers: readonly EafTier[], parseWarnings: readonly ParseProblem[], choice: readonly EafTierChoice[]): ParseResult {
  const warnings = new Warnings();
  for (const w of parseWarnings) warnings.add(w.line, w.message.nl, w.message.en, w.column);
  const all: ParsedSegment[] = [];
  const byId = new Map(tiers.map((t) => [t.id, t]));
  for (const c of choice) {
    const t = byId.get(c.tierId);
    if (!t) continue;
    for (const a of t.annotations) {
      if (all.length >= MAX_SEGMENTS) return tooManySegments(1);
      all.push({ start: a.start, end: a.end, speaker: c.speaker, text: a.value });
    }
  }
  // Stable sort by start: annotations of one moment stay in the order of the chosen tiers.
  all.sort((x, y) => x.start - y.start);
  return ok(all, warnings);
}

export function parseEafTiers(input: string): EafTiersResult {
  const bad = checkInput(input);
  if (bad) return bad as { ok: false; error: ParseProblem };
  // A UTF-16 file read as UTF-8 has a NUL between every letter; say what it is instead of
  // reporting "text outside the root" (ELAN itself always writes UTF-8).
  if (input.slice(0, 100).includes('\u0000')) {
    return { ok: false, error: { line: 1, column: 1, message: { nl: 'Dit bestand is niet als UTF-8 opgeslagen (het lijkt UTF-16). Sla het opnieuw op als UTF-8, zoals ELAN dat doet.', en: 'This file is not saved as UTF-8 (it looks like UTF-16). Save it again as UTF-8, as ELAN does.' } } };
  }
  const warnings = new Warnings();
  const slotOrder: string[] = [];
  const slotValue = new Map<string, number | null>();
  const tiers: { id: string; participant: string | null }[] = [];
  const anns: RawAnnotation[] = [];
  let current: RawAnnotation | null = null;
  let inValue = false;
  let sawRoot = false;
  const stop = (line: number, nl: string, en: string): XmlStop => ({ stop: { line, column: 1, message: { nl, en } } });
  const problem = readXml(stripBom(input), {
    text(t) {
      if (inValue && current) current.value += t;
    },
    close(name, line) {
      if (name === 'ANNOTATION_VALUE') inValue = false;
      if ((name === 'ALIGNABLE_ANNOTATION' || name === 'REF_ANNOTATION') && current) {
        if (anns.length >= MAX_SEGMENTS) return tooMany(line);
        anns.push(current);
        current = null;
      }
    },
    open(name, a, selfClosing, line) {
      if (!sawRoot) {
        if (name !== 'ANNOTATION_DOCUMENT') {
          return stop(line, `Geen ELAN-bestand: het hoofdelement is <${name}>, niet <ANNOTATION_DOCUMENT>.`, `Not an ELAN file: the root element is <${name}>, not <ANNOTATION_DOCUMENT>.`);
        }
        sawRoot = true;
      }
      switch (name) {
        case 'TIME_SLOT': {
          const id = a.TIME_SLOT_ID;
          if (!id) {
            warnings.add(line, 'TIME_SLOT zonder TIME_SLOT_ID overgeslagen.', 'Skipped a TIME_SLOT without TIME_SLOT_ID.');
            break;
          }
          let v: number | null = null;
          if (a.TIME_VALUE !== undefined) {
            v = /^\s*\d{1,12}\s*$/.test(a.TIME_VALUE) ? Number(a.TIME_VALUE) : null;
            if (v === null) warnings.add(line, `TIME_VALUE "${a.TIME_VALUE.slice(0, 20)}" is geen getal; als onuitgelijnd behandeld.`, `TIME_VALUE "${a.TIME_VALUE.slice(0, 20)}" is not a number; treated as unaligned.`);
          }
          if (!slotValue.has(id)) slotOrder.push(id);
          slotValue.set(id, v);
          break;
        }
        case 'TIER':
          tiers.push({ id: a.TIER_ID ?? `tier${tiers.length + 1}`, participant: a.PARTICIPANT?.trim() ? a.PARTICIPANT.trim() : null });
          break;
        case 'ALIGNABLE_ANNOTATION':
        case 'REF_ANNOTATION':
          if (tiers.length === 0) {
            warnings.add(line, 'Annotatie buiten een TIER overgeslagen.', 'Skipped an annotation outside a TIER.');
            break;
          }
          current = {
            id: a.ANNOTATION_ID ?? '',
            tier: tiers.length - 1,
            line,
            value: '',
            ...(name === 'ALIGNABLE_ANNOTATION' ? { slot1: a.TIME_SLOT_REF1 ?? '', slot2: a.TIME_SLOT_REF2 ?? '' } : { ref: a.ANNOTATION_REF ?? '' }),
          };
          if (selfClosing) {
            if (anns.length >= MAX_SEGMENTS) return tooMany(line);
            anns.push(current);
            current = null;
          }
          break;
        case 'ANNOTATION_VALUE':
          inValue = !selfClosing;
          break;
      }
    },
  });
  if (problem) return { ok: false, error: { line: problem.line, column: problem.column, message: problem.message } };
  if (!sawRoot) return { ok: false, error: { line: 1, column: 1, message: { nl: 'Geen ELAN-bestand: geen elementen gevonden.', en: 'Not an ELAN file: no elements found.' } } };

  const times = resolveSlots(slotOrder, slotValue, warnings);
  const byId = new Map<string, RawAnnotation>();
  for (const x of anns) if (x.id) byId.set(x.id, x);
  const out: EafTier[] = tiers.map((t) => ({ id: t.id, participant: t.participant, annotations: [] }));
  let empty = 0;
  for (const x of anns) {
    const span = spanOf(x, byId, times);
    if (!span) {
      warnings.add(x.line, `Annotatie ${x.id} zonder bruikbare tijden overgeslagen.`, `Skipped annotation ${x.id}: no usable times.`);
      continue;
    }
    if (span.end < span.start) {
      warnings.add(x.line, `Annotatie ${x.id} eindigt voor hij begint; overgeslagen.`, `Annotation ${x.id} ends before it starts; skipped.`);
      continue;
    }
    const value = x.value.trim();
    if (value === '') {
      empty++;
      continue;
    }
    out[x.tier]!.annotations.push({ start: span.start / 1000, end: span.end / 1000, value });
  }
  if (empty > 0) warnings.add(1, `${empty} lege annotatie(s) overgeslagen.`, `Skipped ${empty} empty annotation(s).`);
  for (const t of out) t.annotations.sort((p, q) => p.start - q.start);
  return { ok: true, tiers: out, warnings: warnings.done() };
}

/** Unaligned slots get a time between their nearest aligned neighbours in TIME_ORDER. */
function resolveSlots(order: string[], value: Map<string, number | null>, warnings: Warnings): Map<string, number> {
  const out = new Map<string, number>();
  let unaligned = 0;
  let prevIdx = -1;
  const vals = order.map((id) => value.get(id) ?? null);
  for (let i = 0; i <= vals.length; i++) {
    if (i < vals.length && vals[i] === null) continue;
    // Slots prevIdx+1 .. i-1 are unaligned: spread them evenly between the two aligned ones.
    const lo = prevIdx >= 0 ? vals[prevIdx]! : null;
    const hi = i < vals.length ? vals[i]! : null;
    const n = i - prevIdx;
    for (let k = prevIdx + 1; k < i; k++) {
      unaligned++;
      let v: number;
      if (lo !== null && hi !== null) v = Math.round(lo + ((hi - lo) * (k - prevIdx)) / n);
      else v = lo ?? hi ?? 0;
      out.set(order[k]!, v);
    }
    if (i < vals.length) out.set(order[i]!, vals[i]!);
    prevIdx = i;
  }
  if (unaligned > 0) {
    warnings.add(1, `${unaligned} tijdstip(pen) zonder waarde; hun tijd is geschat tussen de buren.`, `${unaligned} time slot(s) without a value; their time was interpolated between neighbours.`);
  }
  return out;
}

function spanOf(x: RawAnnotation, byId: Map<string, RawAnnotation>, times: Map<string, number>): { start: number; end: number } | null {
  let cur: RawAnnotation | undefined = x;
  // Follow REF chains; the hop limit stops cycles.
  for (let hops = 0; cur && cur.ref !== undefined; hops++) {
    if (hops > 64) return null;
    cur = byId.get(cur.ref);
  }
  if (!cur || cur.slot1 === undefined || cur.slot2 === undefined) return null;
  const start = times.get(cur.slot1);
  const end = times.get(cur.slot2);
  if (start === undefined || end === undefined) return null;
  return { start, end };
}

function tooMany(line: number): XmlStop {
  const r = tooManySegments(line);
  if (r.ok) throw new Error('tooManySegments returned ok');
  return { stop: { line, column: 1, message: r.error.message } };
}
