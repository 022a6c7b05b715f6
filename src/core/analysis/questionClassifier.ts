/**
 * Finds the questions in a begeleider's utterance and sorts them into the kinds a trainer talks
 * about. Rules, not a model: every result names the rule that fired, so a coach can see why a
 * question was counted as, say, suggestive, and disagree with it.
 *
 * Order of precedence when several rules fit: doorvraag (echo, short prompt) > waarom > bevestiging >
 * suggestief > keuze > open (invitation or question word) > gesloten. The waarom rule wins because the method names it
 * explicitly ("stel geen waarom-vragen").
 */
import type { LocalText } from '../session/model';
import { fold } from '../text/fold';
import { splitSentences, stripMarkers, tokenize } from './dutchText';
import { endsWithPhrase, hasPhrase, matchAt, phraseIndex, startsWithPhrase } from './phrases';

export type QuestionClass = 'open' | 'gesloten' | 'waarom' | 'suggestief' | 'keuze' | 'bevestiging' | 'doorvraag';
export const QUESTION_CLASSES: readonly QuestionClass[] = ['open', 'doorvraag', 'gesloten', 'waarom', 'suggestief', 'keuze', 'bevestiging'];

export const QUESTION_CLASS_LABELS: Record<QuestionClass, LocalText> = {
  open: { nl: 'open', en: 'open' },
  gesloten: { nl: 'gesloten', en: 'closed' },
  waarom: { nl: 'waarom-vraag', en: 'why-question' },
  suggestief: { nl: 'suggestief/sturend', en: 'leading/steering' },
  keuze: { nl: 'keuzevraag', en: 'either/or question' },
  bevestiging: { nl: 'bevestigingsvraag', en: 'tag question' },
  doorvraag: { nl: 'doorvraag (echo, kort)', en: 'prompt to go on (echo, short)' },
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
  | 'vraagteken'
  | 'echo'
  | 'kort-doorvragen';

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
  echo: { nl: 'herhaalt met een vraagteken een woord van de student ("Machteloos?"): doorvragen, geen gesloten vraag', en: 'repeats a word of the student with a question mark ("Machteloos?"): asking to go on, not a closed question' },
  'kort-doorvragen': { nl: 'kort aanmoedigen om door te gaan ("En?", "En dan?")', en: 'a short prompt to go on ("En?", "En dan?")' },
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
const STORY_VERBS = phraseIndex(['vertellen', 'beschrijven', 'uitleggen', 'schetsen', 'toelichten', 'voorlezen', 'laten zien', 'voorbeeld geven', 'meer zeggen']);
const MODALS = new Set(['kun', 'kunt', 'kan', 'wil', 'wilt', 'zou', 'mag', 'wou']);
const EXCLAIM_ADJ = new Set('goed mooi leuk fijn knap jammer vervelend rot stom bijzonder interessant gaaf tof sterk naar erg lastig spannend heftig vet cool lief zonde gek grappig raar een heerlijk prachtig vreselijk'.split(' '));
const SUBORDINATE_OF = new Set('weet weten wist vraag vraagt vroeg benieuwd twijfel twijfelt twijfelde afvragen kijken zien checken nagaan zeker onzeker nagedacht'.split(' '));
const OF_HEDGE = phraseIndex(['of zo|zoiets|iets|wat|hoe', 'of iets dergelijks', 'of nog iets', 'of hoe zit dat']);
const WHY = phraseIndex(['waarom', 'hoezo', 'om welke reden', 'wat is|was de reden']);

// Every rule below is a word pattern (phrases.ts), matched in one pass over the words: no
// regular expression over the user's text can backtrack.
const STEERING = phraseIndex([
  'zou het niet|geen',
  'zou het een idee',
  'is|zou het geen idee',
  'een|geen idee [zijn|is] om',
  'denk|vind je [ook] niet [ook] dat',
  'is het niet zo|beter|handiger|slimmer|verstandiger',
  'heb|had je [er] [al] [eens|ooit] [aan] gedacht aan|om',
  'al [eens] overwogen',
  'kun|kan|kunt je [niet] beter|gewoon',
  'kun|kan|kunt je [niet] beter gewoon',
  'ben je het niet met me eens',
  'beter|handiger|slimmer|verstandiger is|zijn om',
  'beter|handiger|slimmer|verstandiger zou zijn om',
  'wat als je gewoon|eens',
]);
const FILLING_IN = phraseIndex(['dus eigenlijk|je|jij|het|dat', 'je bedoelt', 'bedoel je dus|eigenlijk', 'met andere woorden', 'misschien moet|kun|kan|kunt|is|zou|wil']);
const FILLING_IN_LEAD = new Set(['ja', 'oke', 'ok', 'nou', 'en', 'maar']);
const TAGS = phraseIndex(['toch', 'he', 'hoor', 'of niet [dan]', 'niet', 'nietwaar', 'ja', 'right', 'klopt dat', 'klopt', 'toch niet', 'of wel', 'zeker', 'is het niet']);
const BARE_TAGS = phraseIndex(['toch', 'he', 'right', 'of niet', 'nietwaar']);
const ELLIPTIC_PROMPT = phraseIndex(['[en] toen|verder|dan|daarna|nu', '[en] wat nog meer', '[en] nog meer', '[en] wat verder']);
const MORE = phraseIndex(['wat|en nog meer']);
const INVITATION_START = phraseIndex([
  'vertel|beschrijf|schets',
  'leg [eens|me] uit',
  'zeg eens',
  'ik ben [wel] benieuwd|nieuwsgierig naar|hoe|wat|wie|waar|wanneer|welke',
  'ik vraag me af hoe|wat|wie|waar|wanneer|welke',
]);
// Closing quotes and brackets after the final punctuation ("Wat zei hij?") ").
const TRAILING = new Set(['"', "'", ')', ']', ' ', '\t', '\n', '\r', '\u00a0']);

interface Shape {
  folded: string;
  /** All words, folded. */
  words: string[];
  /** Words after leading fillers. */
  core: string[];
  hasQ: boolean;
  /** Ends with . or ! (the writer punctuated it as a statement). */
  statementStop: boolean;
  /** The last words form a tag ("…, toch?") after a comma. */
  commaTag: boolean;
  /** The first word after the last comma. */
  afterComma?: string;
}

/** The last character that is not white space or a closing quote/bracket: one step back per character. */
function finalMark(folded: string): string {
  let i = folded.length - 1;
  while (i >= 0 && TRAILING.has(folded[i]!)) i--;
  return i >= 0 ? folded[i]! : '';
}

function shape(sentence: string): Shape {
  const folded = fold(sentence).trim();
  const toks = tokenize(folded);
  const words = toks.map((t) => t.word);
  let i = 0;
  while (i < words.length - 1 && FILLERS.has(words[i]!)) i++;
  const core = words.slice(i);
  const mark = finalMark(folded);
  const comma = folded.lastIndexOf(',');
  const afterComma = comma < 0 ? undefined : toks.find((t) => t.index > comma)?.word;
  return { folded, words, core, hasQ: mark === '?', statementStop: mark === '.' || mark === '!' || mark === '…', commaTag: commaTag(folded, toks), afterComma };
}

/** "…, toch?": a tag phrase ends the sentence and a comma stands right before it. */
function commaTag(folded: string, toks: readonly { word: string; index: number }[]): boolean {
  const words = toks.map((t) => t.word);
  for (let start = Math.max(1, words.length - TAGS.maxLen); start < words.length; start++) {
    if (matchAt(words, start, TAGS) !== words.length - start) continue;
    let j = toks[start]!.index - 1;
    while (j >= 0 && folded[j] === ' ') j--;
    if (folded[j] === ',') return true;
  }
  return false;
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

// "In welke situaties…", "met wie…": a preposition before the question word.
const PREPOSITIONS = new Set('in op met bij van naar voor over aan door uit tegen'.split(' '));

function startsWithQuestionWord(s: Shape): boolean {
  const [w1, w2] = s.core;
  if (!w1) return false;
  if (s.hasQ && PREPOSITIONS.has(w1) && w2 !== undefined && QUESTION_WORDS.has(w2)) return true;
  // "Als je die verhalen naast elkaar legt, wat valt je op?": the question follows a clause.
  if (s.hasQ && s.afterComma !== undefined && QUESTION_WORDS.has(s.afterComma)) return true;
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
  if (s.commaTag) return s.hasQ || !s.statementStop;
  return !s.statementStop && s.core.length >= 3 && s.words.length >= 2 && endsWithPhrase(s.words.slice(1), BARE_TAGS);
}

function isInvitation(s: Shape): boolean {
  if (startsWithPhrase(s.core, INVITATION_START)) return true;
  if (s.words.length && matchAt(s.words, 0, ELLIPTIC_PROMPT) === s.words.length) return s.hasQ;
  if (startsWithPhrase(s.core, MORE)) return true;
  return MODALS.has(s.core[0] ?? '') && isVerbFirst(s.core) && hasPhrase(s.core, STORY_VERBS);
}

/**
 * An echo or minimal prompt: a few words with a question mark, no question word and no verb first,
 * that repeat the student ("Machteloos?", "Zenuwachtig, zeg je?") or ask to go on ("En?").
 * `echoes` says whether the words were heard in the student's turn just before (or, without that
 * turn, are an emotion or signal word).
 */
function isPrompt(s: Shape, echoes: ((words: readonly string[]) => boolean) | undefined): 'echo' | 'kort-doorvragen' | null {
  if (!s.hasQ || s.words.length > 4) return null;
  let content = s.words;
  if (content.length >= 3 && (content[content.length - 2] === 'zeg' || content[content.length - 2] === 'zei') && SUBJECTS_PERSON.has(content[content.length - 1]!)) content = content.slice(0, -2);
  if (content.length === 1 && (content[0] === 'en' || content[0] === 'dus')) return 'kort-doorvragen';
  if (content.length === 2 && content[0] === 'en' && (content[1] === 'dan' || content[1] === 'jij')) return 'kort-doorvragen';
  if (content.length === 0 || content.length > 2 || QUESTION_WORDS.has(content[0]!) || isVerbFirst(content)) return null;
  // "Voor jezelf?", "Met wie?" after a question: a short continuation of it.
  if (PREPOSITIONS.has(content[0]!) && content.length === 2) return 'kort-doorvragen';
  return echoes?.(content) ? 'echo' : null;
}

export interface ClassifyContext {
  /** Do these words repeat what the student just said (or name an emotion or signal word)? */
  echoes?: (words: readonly string[]) => boolean;
}

/** Is this one sentence a question, and if so, of which kind and by which rule? null: not a question. */
export function classifySentence(sentence: string, context: ClassifyContext = {}): { class: QuestionClass; rule: QuestionRule } | null {
  return classifyClean(stripMarkers(sentence), context);
}

function classifyClean(sentence: string, context: ClassifyContext): { class: QuestionClass; rule: QuestionRule } | null {
  const s = shape(sentence);
  if (s.core.length === 0) return null;
  const prompt = isPrompt(s, context.echoes);
  if (prompt) return { class: 'doorvraag', rule: prompt };
  if (s.hasQ && s.core.length <= 2 && s.core.every((w) => MINIMAL.has(w))) return null;

  const tag = hasTag(s);
  const invitation = isInvitation(s);
  const verbFirst = isVerbFirst(s.core);
  const qWord = startsWithQuestionWord(s);
  // Punctuation is trusted when present: a sentence closed with "." or "!" is a statement,
  // unless it is an invitation to tell ("Vertel eens wat er gebeurde.").
  const isQuestion = s.hasQ || tag || invitation || (!s.statementStop && (verbFirst || qWord));
  if (!isQuestion) return null;

  if (hasPhrase(s.words, WHY)) return { class: 'waarom', rule: 'waarom-woord' };
  if (tag) return { class: 'bevestiging', rule: 'staartvraag' };
  if (hasPhrase(s.words, STEERING)) return { class: 'suggestief', rule: 'sturende-formule' };
  // Tested on the whole sentence: "dus" is also a filler and would be gone from the core.
  const lead = FILLING_IN_LEAD.has(s.words[0] ?? '') ? s.words.slice(1) : s.words;
  if (startsWithPhrase(lead, FILLING_IN) || startsWithPhrase(s.core, FILLING_IN)) return { class: 'suggestief', rule: 'invullen' };
  // After a question word "toch" means "nevertheless" ("waardoor ging het toch goed?"), not a steer.
  if (s.words.includes('toch') && !QUESTION_WORDS.has(s.core[0] ?? '')) return { class: 'suggestief', rule: 'toch-midden' };
  if (verbFirst) {
    const k = s.core.indexOf('niet');
    if (k >= 2 && k <= 4 && s.core[k - 1] !== 'nog') return { class: 'suggestief', rule: 'ontkennende-ja-nee' };
  }
  if (isChoice(s.core)) return { class: 'keuze', rule: 'of-alternatieven' };
  if (invitation) return { class: 'open', rule: 'uitnodiging' };
  if (qWord || QUESTION_WORDS.has(s.core[0] ?? '')) return { class: 'open', rule: 'vraagwoord' };
  if (verbFirst) return { class: 'gesloten', rule: 'werkwoord-eerst' };
  return { class: 'gesloten', rule: 'vraagteken' };
}

function isChoice(core: string[]): boolean {
  const k = core.indexOf('of');
  if (k <= 0 || k === core.length - 1) return false;
  if (endsWithPhrase(core, OF_HEDGE)) return false;
  if (core[k + 1] === 'niet' && k + 2 === core.length) return false;
  return !core.slice(0, k).some((w) => SUBORDINATE_OF.has(w));
}

/** All questions in an utterance, in order. */
export function findQuestions(utterance: string, context: ClassifyContext = {}): QuestionMatch[] {
  const out: QuestionMatch[] = [];
  for (const sentence of splitSentences(stripMarkers(utterance))) {
    const c = classifyClean(sentence.text, context);
    if (c) out.push({ text: sentence.text, offset: sentence.offset, ...c });
  }
  return out;
}

/** The class of the utterance's last question, or 'geen' when it holds none (used by the evaluation). */
export function classifyUtterance(utterance: string, context: ClassifyContext = {}): QuestionClass | 'geen' {
  const qs = findQuestions(utterance, context);
  return qs.length ? qs[qs.length - 1]!.class : 'geen';
}
