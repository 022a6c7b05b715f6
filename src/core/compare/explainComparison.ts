import type { LocalText } from '../session/model';
import type { CompareResult, TagComparison } from './compareObservers';
import type { KappaNote } from './kappa';
import { formatDecimal } from '../text/numbers';

/**
 * Every figure of a comparison in one plain sentence, Dutch and English. The sentences say what
 * was counted, never whether it is good or bad: the trio decides what the figures mean.
 */

export interface Sentence extends LocalText {
  /** 'overall' or a tag id. */
  about: string;
  figure: 'matching' | 'kappa';
}

const NL_WORDS = ['nul', 'één', 'twee', 'drie', 'vier', 'vijf', 'zes', 'zeven', 'acht', 'negen', 'tien', 'elf', 'twaalf'];
const EN_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];

/** Small counts read better as words; larger ones as digits. */
export function countWord(n: number, lang: 'nl' | 'en'): string {
  const words = lang === 'nl' ? NL_WORDS : EN_WORDS;
  return Number.isInteger(n) && n >= 0 && n < words.length ? words[n]! : String(n);
}

function moments(n: number, lang: 'nl' | 'en'): string {
  if (lang === 'nl') return `${countWord(n, 'nl')} ${n === 1 ? 'moment' : 'momenten'}`;
  return `${countWord(n, 'en')} ${n === 1 ? 'moment' : 'moments'}`;
}

/** Labels such as `"Leeg luisteren"` carry their own quotes; we put ours around the bare text. */
function quoted(label: string): string {
  return `“${label.replace(/^"(.*)"$/, '$1')}”`;
}

function tagMatching(t: TagComparison, B: string, C: string): LocalText {
  const ln = quoted(t.label.nl);
  const le = quoted(t.label.en);
  if (t.matched + t.onlyB + t.onlyC === 0) {
    return { nl: `Bij ${ln} markeerden ${B} en ${C} geen enkel moment.`, en: `For ${le}, neither ${B} nor ${C} marked a moment.` };
  }
  const nlHead = t.matched === 0 ? `markeerden ${B} en ${C} geen moment samen` : `markeerden ${B} en ${C} ${moments(t.matched, 'nl')} samen`;
  const enHead = t.matched === 0 ? `${B} and ${C} marked no moment together` : `${B} and ${C} marked ${moments(t.matched, 'en')} together`;
  return {
    nl: `Bij ${ln} ${nlHead}; ${moments(t.onlyB, 'nl')} zag alleen ${B}, ${countWord(t.onlyC, 'nl')} alleen ${C}.`,
    en: `For ${le}, ${enHead}; ${moments(t.onlyB, 'en')} only ${B} noticed, ${countWord(t.onlyC, 'en')} only ${C}.`,
  };
}

/** Why there is no kappa, in words (the kijkopdracht is the trainers' word for a lens). */
function kappaReason(note: KappaNote, B: string, C: string, t?: TagComparison): LocalText {
  const lensOwner = t && !t.inLens.b && !t.inLens.c ? null : t && !t.inLens.b ? B : C;
  const reasons: Record<KappaNote, LocalText> = {
    notInBothLenses: lensOwner
      ? { nl: `dit uitgangspunt zat niet in de kijkopdracht van ${lensOwner}`, en: `this principle was not in ${lensOwner}'s viewing task` }
      : { nl: `geen uitgangspunt zat in de kijkopdracht van zowel ${B} als ${C}`, en: `no principle was in the viewing task of both ${B} and ${C}` },
    noBins: { nl: 'er is geen tijdsduur om in tijdvakken te verdelen', en: 'there is no length of time to divide into bins' },
    noMarks: { nl: 'niemand markeerde een moment', en: 'nobody marked a moment' },
    oneSideEmpty: { nl: 'maar één van beiden markeerde momenten, dus er valt niets te vergelijken', en: 'only one of them marked moments, so there is nothing to compare' },
    noVariation: { nl: 'beiden markeerden elk tijdvak, dus er is geen verschil om te meten', en: 'both marked every bin, so there is no difference to measure' },
  };
  return reasons[note];
}

function noKappa(note: KappaNote, what: LocalText, B: string, C: string, t?: TagComparison): LocalText {
  const why = kappaReason(note, B, C, t);
  return { nl: `Geen kappa voor ${what.nl}: ${why.nl}.`, en: `No kappa for ${what.en}: ${why.en}.` };
}

function listOf(items: string[], and: string): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} ${and} ${items.at(-1)}`;
}

/**
 * The uitgangspunten without a kappa, grouped by the reason, so the reason is said once in words
 * ("Voor “Leeg luisteren” en “Niet weten” valt geen overeenstemming te berekenen: …") instead of a
 * column of "niet te berekenen".
 */
export function kappaGaps(r: CompareResult): LocalText[] {
  const [B, C] = r.names;
  const groups = new Map<string, { why: LocalText; nl: string[]; en: string[] }>();
  for (const t of Object.values(r.perTag)) {
    if (t.kappa !== null) continue;
    const why = kappaReason(t.kappaNote ?? 'noBins', B, C, t);
    const g = groups.get(why.nl) ?? { why, nl: [], en: [] };
    g.nl.push(quoted(t.label.nl));
    g.en.push(quoted(t.label.en));
    groups.set(why.nl, g);
  }
  return [...groups.values()].map((g) => {
    // "dit uitgangspunt" reads wrong for several: the reason names them in the plural then.
    const many = g.nl.length > 1;
    const nlWhy = many ? g.why.nl.replace(/^dit uitgangspunt zat/, 'deze uitgangspunten zaten') : g.why.nl;
    const enWhy = many ? g.why.en.replace(/^this principle was/, 'these principles were') : g.why.en;
    return { nl: `Voor ${listOf(g.nl, 'en')} valt geen overeenstemming (kappa) te berekenen: ${nlWhy}.`, en: `For ${listOf(g.en, 'and')} no agreement (kappa) can be computed: ${enWhy}.` };
  });
}

function kappaSentence(
  fig: { kappa: number | null; kappaNote?: KappaNote; bins: number; agree: number; expected: number },
  what: LocalText,
  name: LocalText,
  unit: LocalText,
  B: string,
  C: string,
  t?: TagComparison,
): LocalText {
  if (fig.kappa === null) return noKappa(fig.kappaNote ?? 'noBins', name, B, C, t);
  return {
    nl: `${what.nl}: ${B} en ${C} gaven in ${fig.agree} van de ${fig.bins} ${unit.nl} hetzelfde antwoord (wel of niet gemarkeerd), waar toeval er ongeveer ${formatDecimal(fig.expected, 1, 'nl')} zou geven; kappa ${formatDecimal(fig.kappa, 2, 'nl')}.`,
    en: `${what.en}: ${B} and ${C} gave the same answer (marked or not) in ${fig.agree} of the ${fig.bins} ${unit.en}, where chance alone would give about ${formatDecimal(fig.expected, 1, 'en')}; kappa ${formatDecimal(fig.kappa, 2, 'en')}.`,
  };
}

export function explainComparison(r: CompareResult): Sentence[] {
  const [B, C] = r.names;
  const o = r.overall;
  const out: Sentence[] = [];
  const sec = (lang: 'nl' | 'en'): string => formatDecimal(r.tolerance, r.tolerance % 1 === 0 ? 0 : 1, lang);
  out.push({
    about: 'overall',
    figure: 'matching',
    nl: `${B} en ${C} markeerden ${moments(o.matched, 'nl')} binnen ${sec('nl')} seconden van elkaar (${countWord(o.sameTag, 'nl')} met een zelfde uitgangspunt, ${countWord(o.differentTag, 'nl')} met een ander); alleen ${B} markeerde er ${countWord(o.onlyB, 'nl')}, alleen ${C} ${countWord(o.onlyC, 'nl')}.`,
    en: `${B} and ${C} marked ${moments(o.matched, 'en')} within ${sec('en')} seconds of each other (${countWord(o.sameTag, 'en')} with a shared principle, ${countWord(o.differentTag, 'en')} with a different one); only ${B} marked ${countWord(o.onlyB, 'en')}, only ${C} ${countWord(o.onlyC, 'en')}.`,
  });
  const binUnit = (lang: 'nl' | 'en'): string => formatDecimal(r.binSize, r.binSize % 1 === 0 ? 0 : 1, lang);
  out.push({
    about: 'overall',
    figure: 'kappa',
    ...kappaSentence(
      o,
      { nl: 'Over alle uitgangspunten samen', en: 'Over all principles together' },
      { nl: 'alle uitgangspunten samen', en: 'all principles together' },
      { nl: `vakjes (tijdvak van ${binUnit('nl')} s × uitgangspunt)`, en: `cells (bin of ${binUnit('en')} s × principle)` },
      B,
      C,
    ),
  });
  for (const [id, t] of Object.entries(r.perTag)) {
    out.push({ about: id, figure: 'matching', ...tagMatching(t, B, C) });
    out.push({
      about: id,
      figure: 'kappa',
      ...kappaSentence(
        t,
        { nl: `Bij ${quoted(t.label.nl)}`, en: `For ${quoted(t.label.en)}` },
        { nl: quoted(t.label.nl), en: quoted(t.label.en) },
        { nl: `tijdvakken van ${binUnit('nl')} seconden`, en: `bins of ${binUnit('en')} seconds` },
        B,
        C,
        t,
      ),
    });
  }
  return out;
}
