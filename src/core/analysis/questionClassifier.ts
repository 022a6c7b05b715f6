/**
 * Finds the questions in a begeleider's utterance and sorts them into the kinds a trainer talks
 * about. Rules, not a model: every result names the rule that fired, so a coach can see why a
 * question was counted as, say, suggestive, and disagree with it.
 *
 * Order of precedence when several rules fit: waarom > bevestiging > suggestief > keuze >
 * open (invitation or question word) > gesloten. The waarom rule wins because the method names it
 * explicitly ("stel geen waarom-vragen").
 */
import type { LocalText } from '../session/model';
import { foldText, splitSentences, stripMarkers, tokenize } from './dutchText';

export type QuestionClass = 'open' | 'gesloten' | 'waarom' | 'suggestief' | 'keuze' | 'bevestiging';
export const QUESTION_CLASSES: readonly QuestionClass[] = ['open', 'gesloten', 'waarom', 'suggestief', 'keuze', 'bevestiging'];

export const QUESTION_CLASS_LABELS: Record<QuestionClass, LocalText> = {
  open: { nl: 'open', en: 'open' },
  gesloten: { nl: 'gesloten', en: 'closed' },
  waarom: { nl: 'waarom-vraag', en: 'why-question' },
  suggestief: { nl: 'suggestief/sturend', en: 'leading/steering' },
  keuze: { nl: 'keuzevraag', en: 'either/or question' },
  bevestiging: { nl: 'bevestigingsvraag', en: 'tag question' },
};

export type QuestionRule =
  | 'waarom-woord'
  | 'staartvraag'
  | 'sturende-formule'
  | 'toch-midden'
  | 'ontkennende-ja-nee'
  | 'invullen'
  | 'of-alternatieven'
  | 'uitnodiging'
  | 'vraagwoord'
  | 'werkwoord-eerst'
  | 'vraagteken';

/** Why a rule fired, in words a trainer can read out. */
export const RULE_REASONS: Record<QuestionRule, LocalText> = {
  'waarom-woord': { nl: 'bevat "waarom", "hoezo" of "om welke reden"', en: 'contains "waarom", "hoezo" or "om welke reden" (why)' },
  staartvraag: { nl: 'eindigt op een bevestigend staartje ("toch?", "hè?", "of niet?")', en: 'ends in a tag asking for agreement ("toch?", "hè?", "of niet?")' },
  'sturende-formule': { nl: 'sturende formule ("zou het niet…", "denk je niet dat…", "heb je er al aan gedacht om…")', en: 'steering phrase ("zou het niet…", "denk je niet dat…", "heb je er al aan gedacht om…")' },
  'toch-midden': { nl: '"toch" midden in de vraag legt het antwoord al klaar', en: '"toch" inside the question already suggests the answer' },
  'ontkennende-ja-nee': { nl: 'ja/nee-vraag met "niet" ("vond je het niet…?") stuurt naar ja', en: 'negative yes/no question ("vond je het niet…?") steers towards yes' },
  invullen: { nl: 'vult in voor de ander ("dus eigenlijk…?", "je bedoelt…?", "misschien moet je…?")', en: 'fills in for the other ("dus eigenlijk…?", "je bedoelt…?", "misschien moet je…?")' },
  'of-alternatieven': { nl: 'biedt keuzes aan, verbonden met "of"', en: 'offers alternatives joined by "of" (or)' },
  uitnodiging: { nl: 'nodigt uit om te vertellen ("vertel eens…", "kun je beschrijven…", "en toen?")', en: 'invites the student to tell ("vertel eens…", "kun je beschrijven…", "en toen?")' },
  vraagwoord: { nl: 'begint met een vraagwoord (wat, hoe, wie, waar, wanneer, welke…)', en: 'starts with a question word (wat, hoe, wie, waar, wanneer, welke…)' },
  'werkwoord-eerst': { nl: 'begint met de persoonsvorm ("heb je…", "vond je…"): ja/nee-vraag', en: 'starts with the finite verb ("heb je…", "vond je…"): a yes/no question' },
  vraagteken: { nl: 'mededeling met een vraagteken: ja/nee-vraag', en: 'a statement with a question mark: a yes/no question' },
};

export interface QuestionMatch {
  /** The sentence as written (markers such as [lacht] removed). */
  text: string;
  /** Offset of the sentence in the utterance. */
  offset: number;
  class: QuestionClass;
  rule: QuestionRule;
}

// Words that open an utterance without carrying it ("ja, en wat deed je toen?").
const FILLERS = new Set(['ja', 'jaa', 'jah', 'nee', 'oke', 'ok', 'okay', 'okee', 'nou', 'hm', 'hmm', 'hmhm', 'mm', 'uhm', 'uh', 'eh', 'ehm', 'euh', 'en', 'maar', 'dus', 'goed', 'mooi', 'prima', 'ah', 'o', 'oh', 'ach', 'he', 'hee', 'zo', 'nouja', 'tja']);
// Single-word reactions with a question mark are encouragement to go on, not questions.
const MINIMAL = new Set(['ja', 'jaa', 'o', 'oh', 'echt', 'nee', 'serieus', 'hm', 'hmm', 'oke', 'ok', 'okay', 'zo', 'ah', 'wauw', 'werkelijk', 'nou', 'jij', 'is', 'het', 'he', 'ja', 'joh']);
const QUESTION_WORDS = new Set(['waarom', 'hoezo', 'wat', 'wie', 'waar', 'wanneer', 'hoe', 'welke', 'welk', 'waardoor', 'waarvoor', 'waarmee', 'waarover', 'waarop', 'waarin', 'waarnaar', 'waarvan', 'waaraan', 'waarheen', 'hoeveel', 'hoelang', 'hoevaak', 'wiens', 'hoezeer']);
const SUBJECTS_PERSON = new Set(['je', 'jij', 'u', 'jullie', 'ik', 'we', 'wij', 'ze', 'zij', 'hij']);
const SUBJECTS_THING = new Set(['het', 'er', 'dat', 'die', 'dit', 'iemand', 'iets', 'niemand', 'men', 'jouw', 'je', 'mijn', 'zijn', 'haar', 'de']);
// Finite verbs that often open a Dutch yes/no question.
const FINITE_VERBS = new Set(
  ('ben bent is was waren heb hebt heeft had hadden kun kunt kan kon konden wil wilt wou wilde wilden zou zouden zal zul zult ' +
    'mag mocht mochten moet moest moesten ga gaat ging gingen doe doet deed deden vind vindt vond vonden weet wist wisten ' +
    'denk denkt dacht merk merkt merkte voel voelt voelde zie ziet zag hoor hoort hoorde herken herkent herkende snap snapt ' +
    'begrijp begrijpt klopt klopte lukt lukte speelt speelde speelden kwam kwamen komt kom werd werden word wordt krijg ' +
    'krijgt kreeg kregen hou houd houdt hield praat sprak zeg zegt zei maak maakt maakte leer leert leerde werk werkt werkte ' +
    'loop loopt liep sta staat stond zit zat zaten ligt lag blijf blijft bleef gebeurt gebeurde heet noem bedoel kies kiest ' +
    'koos ken kent kende geniet durf durft durfde hoef hoeft probeer probeert probeerde mis mist miste past paste valt viel ' +
    'helpt hielp geeft gaf neem neemt nam baal baalt baalde schrok lijkt leek vraag vraagt vroeg voelt heb zag hebben zijn ' +
    'kunnen willen moeten mogen gaan doen vinden weten zouden speel kijk kijkt keek woon woont woonde wist sport sport').split(' '),
);
// Stems that are also imperatives ("denk er eens over na"): only a person as subject makes them a question.
const IMPERATIVE_STEMS = new Set('denk kijk doe zeg neem geef maak probeer hou houd vertel kom blijf ga loop sta let schrijf luister stel leg zet pak lees vraag bel zoek noem'.split(' '));
// Words that can stand before "je" without making it verb-first ("als je", "toen je", "mooi je te zien").
const NOT_VERB = new Set('als dat toen omdat wat hoe waar wie of want zodat nadat voordat terwijl zoals wanneer welke hoewel tenzij zodra sinds totdat dan nu zo die dit mooi goed knap fijn leuk met voor van bij aan op in naar over door om tegen zonder uit na tot heel ook nog al wel niet echt gewoon dus maar en ja nee oke dank bedankt tja misschien eigenlijk daar hier toch zeker'.split(' '));
const STORY_VERBS = /\b(vertellen|beschrijven|uitleggen|schetsen|toelichten|laten zien|voorbeeld geven|meer zeggen)\b/;
const MODALS = new Set(['kun', 'kunt', 'kan', 'wil', 'wilt', 'zou', 'mag', 'wou']);
const EXCLAIM_ADJ = new Set('goed mooi leuk fijn knap jammer vervelend rot stom bijzonder interessant gaaf tof sterk naar erg lastig spannend heftig vet cool lief zonde gek grappig raar een heerlijk prachtig vreselijk'.split(' '));
const SUBORDINATE_OF = new Set('weet weten wist vraag vraagt vroeg benieuwd twijfel twijfelt twijfelde afvragen kijken zien checken nagaan zeker onzeker nagedacht'.split(' '));
const OF_HEDGE = /\bof (zo|zoiets|iets|wat|iets dergelijks|nog iets|hoe|hoe zit dat)\s*$/;

const STEERING = [
  /\bzou het (niet|geen|een idee)\b/,
  /\b(is|zou) het geen idee\b/,
  /\b(een|geen) idee (zijn |is )?om\b/,
  /\b(denk|vind) je (ook )?niet( ook)? dat\b/,
  /\bis het niet (zo|beter|handiger|slimmer|verstandiger)\b/,
  /\b(heb|had) je (er )?(al )?(eens |ooit )?(aan )?gedacht (aan|om)\b/,
  /\bal (eens )?overwogen\b/,
  /\b(kun|kan|kunt) je (niet )?(beter|gewoon|beter gewoon)\b/,
  /\bben je het niet met me eens\b/,
  /\b(beter|handiger|slimmer|verstandiger) (is|zijn|zou zijn) om\b/,
  /\bwat als je (gewoon|eens)\b/,
];
const FILLING_IN = /^(dus (eigenlijk|je|jij|het|dat)|je bedoelt|bedoel je (dus|eigenlijk)|met andere woorden|misschien (moet|kun|kan|kunt|is|zou|wil))\b/;
const TAG_WITH_COMMA = /,\s*(toch|he|hoor|of niet( dan)?|niet|nietwaar|ja|right|klopt dat|klopt|toch niet|of wel|zeker|is het niet)\s*[?!.]*\s*$/;
const TAG_BARE = /\s(toch|he|right|of niet|nietwaar)\s*\?*\s*$/;
const ELLIPTIC_PROMPT = /^(en )?(toen|verder|dan|daarna|nu|wat nog meer|nog meer|wat verder)\s*\?*$/;
const INVITATION_START = /^(vertel|beschrijf|schets|leg (eens |me )?uit|zeg eens|ik ben (wel )?(benieuwd|nieuwsgierig) (naar |hoe |wat |wie |waar |wanneer |welke )|ik vraag me af (hoe |wat |wie |waar |wanneer |welke ))/;

interface Shape {
  folded: string;
  /** Words after leading fillers. */
  core: string[];
  /** The folded text from the first core word on. */
  coreText: string;
  hasQ: boolean;
  /** Ends with . or ! (the writer punctuated it as a statement). */
  statementStop: boolean;
}

function shape(sentence: string): Shape {
  const folded = foldText(sentence).trim();
  const toks = tokenize(folded);
  let i = 0;
  while (i < toks.length - 1 && FILLERS.has(toks[i]!.word)) i++;
  const core = toks.slice(i).map((t) => t.word);
  const coreText = toks[i] ? folded.slice(toks[i]!.index) : '';
  return { folded, core, coreText, hasQ: /\?\s*["')\]]*\s*$/.test(folded), statementStop: /[.!…]\s*["')\]]*\s*$/.test(folded) };
}

function isVerbFirst(core: string[]): boolean {
  const [w1, w2] = core;
  if (!w1 || !w2) return false;
  if (FINITE_VERBS.has(w1)) {
    if (SUBJECTS_PERSON.has(w2)) return true;
    return SUBJECTS_THING.has(w2) && !IMPERATIVE_STEMS.has(w1);
  }
  // An unknown verb followed by "je/jij/u/jullie" ("fiets je…", "sport jij…").
  return (w2 === 'je' || w2 === 'jij' || w2 === 'u' || w2 === 'jullie') && !NOT_VERB.has(w1) && !QUESTION_WORDS.has(w1);
}

function startsWithQuestionWord(s: Shape): boolean {
  const [w1, w2] = s.core;
  if (!w1) return false;
  if (!QUESTION_WORDS.has(w1) && !(w1 === 'in' && w2 === 'hoeverre')) return false;
  if (s.hasQ) return true;
  // Without a question mark, some openings are not questions: "wat mooi", "wie weet lukt het", "wat ik bedoel is".
  if (w2 === undefined) return false;
  if ((w1 === 'wat' || w1 === 'hoe') && EXCLAIM_ADJ.has(w2)) return false;
  if (w1 === 'wie' && w2 === 'weet') return false;
  if (SUBJECTS_PERSON.has(w2) || w2 === 'het' || w2 === 'dat' && w1 !== 'wat') return false;
  return true;
}

function hasTag(s: Shape): boolean {
  if (TAG_WITH_COMMA.test(s.folded)) return s.hasQ || !s.statementStop;
  return !s.statementStop && s.core.length >= 3 && TAG_BARE.test(' ' + s.folded);
}

function isInvitation(s: Shape): boolean {
  if (INVITATION_START.test(s.coreText)) return true;
  if (ELLIPTIC_PROMPT.test(s.folded.replace(/[,.]/g, '').trim())) return s.hasQ;
  if (/^(wat|en) nog meer\b/.test(s.coreText)) return true;
  return MODALS.has(s.core[0] ?? '') && isVerbFirst(s.core) && STORY_VERBS.test(s.coreText);
}

/** Is this one sentence a question, and if so, of which kind and by which rule? null: not a question. */
export function classifySentence(sentence: string): { class: QuestionClass; rule: QuestionRule } | null {
  return classifyClean(stripMarkers(sentence));
}

function classifyClean(sentence: string): { class: QuestionClass; rule: QuestionRule } | null {
  const s = shape(sentence);
  if (s.core.length === 0) return null;
  if (s.hasQ && s.core.length <= 2 && s.core.every((w) => MINIMAL.has(w))) return null;

  const tag = hasTag(s);
  const invitation = isInvitation(s);
  const verbFirst = isVerbFirst(s.core);
  const qWord = startsWithQuestionWord(s);
  // Punctuation is trusted when present: a sentence closed with "." or "!" is a statement,
  // unless it is an invitation to tell ("Vertel eens wat er gebeurde.").
  const isQuestion = s.hasQ || tag || invitation || (!s.statementStop && (verbFirst || qWord));
  if (!isQuestion) return null;

  const t = s.folded;
  if (/\b(waarom|hoezo)\b|\bom welke reden\b|\bwat (is|was) de reden\b/.test(t)) return { class: 'waarom', rule: 'waarom-woord' };
  if (tag) return { class: 'bevestiging', rule: 'staartvraag' };
  if (STEERING.some((re) => re.test(t))) return { class: 'suggestief', rule: 'sturende-formule' };
  // Tested on the whole sentence: "dus" is also a filler and would be gone from coreText.
  if (FILLING_IN.test(s.folded.replace(/^(ja|oke|ok|nou|en|maar)[, ]+/, '')) || FILLING_IN.test(s.coreText)) return { class: 'suggestief', rule: 'invullen' };
  // After a question word "toch" means "nevertheless" ("waardoor ging het toch goed?"), not a steer.
  if (/\btoch\b/.test(t) && !QUESTION_WORDS.has(s.core[0] ?? '')) return { class: 'suggestief', rule: 'toch-midden' };
  if (verbFirst) {
    const k = s.core.indexOf('niet');
    if (k >= 2 && k <= 4 && s.core[k - 1] !== 'nog') return { class: 'suggestief', rule: 'ontkennende-ja-nee' };
  }
  if (isChoice(s.core, t)) return { class: 'keuze', rule: 'of-alternatieven' };
  if (invitation) return { class: 'open', rule: 'uitnodiging' };
  if (qWord || QUESTION_WORDS.has(s.core[0] ?? '')) return { class: 'open', rule: 'vraagwoord' };
  if (verbFirst) return { class: 'gesloten', rule: 'werkwoord-eerst' };
  return { class: 'gesloten', rule: 'vraagteken' };
}

function isChoice(core: string[], folded: string): boolean {
  const k = core.indexOf('of');
  if (k <= 0 || k === core.length - 1) return false;
  if (OF_HEDGE.test(folded.replace(/[?!.\s]+$/, ''))) return false;
  if (core[k + 1] === 'niet' && k + 2 === core.length) return false;
  return !core.slice(0, k).some((w) => SUBORDINATE_OF.has(w));
}

/** All questions in an utterance, in order. */
export function findQuestions(utterance: string): QuestionMatch[] {
  const out: QuestionMatch[] = [];
  for (const sentence of splitSentences(stripMarkers(utterance))) {
    const c = classifyClean(sentence.text);
    if (c) out.push({ text: sentence.text, offset: sentence.offset, ...c });
  }
  return out;
}

/** The class of the utterance's last question, or 'geen' when it holds none (used by the evaluation). */
export function classifyUtterance(utterance: string): QuestionClass | 'geen' {
  const qs = findQuestions(utterance);
  return qs.length ? qs[qs.length - 1]!.class : 'geen';
}
