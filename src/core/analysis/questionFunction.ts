/**
 * What a question does in the method, beside its form: invite an experience, ask what exactly
 * happened, ask for a feeling, go back in time (verdiepen), look elsewhere in life (verbreden),
 * compare stories (rode draad), find the student's own word, look ahead. Rules, not a model: each
 * result names the rule and the word pattern that fired, so the trio can see why and correct it.
 *
 * Order of precedence, first match wins (each step says why it comes before the next):
 *   doorvraag (an echo of the student's emotion word is the method at work, uitgangspunt 2) >
 *   vergelijken ("lijkt dat op wat je eerder vertelde" compares, even with "eerder") >
 *   eerder ("heb je je eerder zo gevoeld" goes back in time, even with a feeling word) >
 *   elders > toekomst ("wat betekent dit voor volgend jaar" looks ahead) >
 *   juiste-woord ("hoe noem je dat gevoel" asks for a word, not a feeling) >
 *   bedoelen ("wat bedoel je met lastig" asks what exactly) > ervaring > emotie > precies > anders.
 * All matching is on words (phrases.ts): linear in the length of the text.
 */
import type { LocalText } from '../session/model';
import { findEmotionWords, type EmotionMatcher } from './emotionWords';
import { fold } from '../text/fold';
import { stripMarkers, tokenize } from './dutchText';
import { hasPhrase, phraseIndex, wordSet } from './phrases';
import { findQuestions, type ClassifyContext, type QuestionClass, type QuestionMatch, type QuestionRule } from './questionClassifier';

export type QuestionFunction = 'ervaring' | 'precies' | 'emotie' | 'eerder' | 'elders' | 'vergelijken' | 'juiste-woord' | 'toekomst' | 'anders';
export const QUESTION_FUNCTIONS: readonly QuestionFunction[] = ['ervaring', 'precies', 'emotie', 'eerder', 'elders', 'vergelijken', 'juiste-woord', 'toekomst', 'anders'];

/** Label, and the uitgangspunt or phase of the method it belongs to. */
export const QUESTION_FUNCTION_LABELS: Record<QuestionFunction, LocalText> = {
  ervaring: { nl: 'ervaring ophalen (uitgangspunt 1)', en: 'inviting an experience (principle 1)' },
  precies: { nl: 'wat er precies gebeurde (uitgangspunt 3, verdiepen)', en: 'what exactly happened (principle 3, deepening)' },
  emotie: { nl: 'emotie (uitgangspunt 2)', en: 'emotion (principle 2)' },
  eerder: { nl: 'eerder in het leven (verdiepen)', en: 'earlier in life (deepening)' },
  elders: { nl: 'elders in het leven nu (verbreden)', en: 'elsewhere in life now (broadening)' },
  vergelijken: { nl: 'verhalen vergelijken, rode draad (uitgangspunt 4)', en: 'comparing stories, common thread (principle 4)' },
  'juiste-woord': { nl: 'het juiste woord (uitgangspunt 9)', en: 'the right word (principle 9)' },
  toekomst: { nl: 'vooruitkijken', en: 'looking ahead' },
  anders: { nl: 'anders', en: 'other' },
};

/** Short names for figures and lists. */
export const QUESTION_FUNCTION_SHORT: Record<QuestionFunction, LocalText> = {
  ervaring: { nl: 'ervaring', en: 'experience' },
  precies: { nl: 'precies', en: 'exactly' },
  emotie: { nl: 'emotie', en: 'emotion' },
  eerder: { nl: 'eerder', en: 'earlier' },
  elders: { nl: 'elders', en: 'elsewhere' },
  vergelijken: { nl: 'vergelijken', en: 'comparing' },
  'juiste-woord': { nl: 'juiste woord', en: 'right word' },
  toekomst: { nl: 'toekomst', en: 'future' },
  anders: { nl: 'anders', en: 'other' },
};

export type FunctionRule =
  | 'echo-emotie'
  | 'doorvragen'
  | 'vergelijk-woord'
  | 'eerder-woord'
  | 'elders-woord'
  | 'toekomst-woord'
  | 'advies'
  | 'eigen-woord'
  | 'bedoelen'
  | 'ervaring-woord'
  | 'gevoel-woord'
  | 'gebeurtenis'
  | 'geen-aanwijzing';

export const FUNCTION_RULE_REASONS: Record<FunctionRule, LocalText> = {
  'echo-emotie': { nl: 'herhaalt een emotiewoord van de student als vraag', en: 'repeats an emotion word of the student as a question' },
  doorvragen: { nl: 'vraagt door op wat de student net zei ("En?", een herhaald woord)', en: 'asks to go on from what the student just said ("En?", a repeated word)' },
  'vergelijk-woord': { nl: 'legt verhalen naast elkaar ("verschil", "lijkt dat op", "komt steeds terug", "rode draad")', en: 'puts stories side by side ("verschil", "lijkt dat op", "komt steeds terug", "rode draad")' },
  'eerder-woord': { nl: 'gaat terug in de tijd ("eerder", "vroeger", "vaker", "toen je jonger was")', en: 'goes back in time ("eerder", "vroeger", "vaker", "toen je jonger was")' },
  'elders-woord': { nl: 'vraagt waar het nu nog meer speelt ("ook thuis", "in andere situaties", "bij je bijbaan")', en: 'asks where else it plays now ("ook thuis", "in andere situaties", "bij je bijbaan")' },
  'toekomst-woord': { nl: 'kijkt vooruit ("volgende keer", "later", "na je diploma", "ga je")', en: 'looks ahead ("volgende keer", "later", "na je diploma", "ga je")' },
  advies: { nl: 'legt een volgende stap voor ("zou het niet beter zijn om…")', en: 'puts forward a next step ("zou het niet beter zijn om…")' },
  'eigen-woord': { nl: 'vraagt om een eigen woord of betekenis ("hoe zou je dat noemen", "welk woord", "wat zegt dat over jou")', en: 'asks for an own word or meaning ("hoe zou je dat noemen", "welk woord", "wat zegt dat over jou")' },
  bedoelen: { nl: 'vraagt wat de student precies bedoelt', en: 'asks what exactly the student means' },
  'ervaring-woord': { nl: 'nodigt uit een (recente) ervaring te vertellen ("een moment", "deze week", "meegemaakt")', en: 'invites a (recent) experience ("een moment", "deze week", "meegemaakt")' },
  'gevoel-woord': { nl: 'vraagt naar een gevoel ("voelde", "hoe was dat voor jou", een emotiewoord)', en: 'asks about a feeling ("voelde", "hoe was dat voor jou", an emotion word)' },
  gebeurtenis: { nl: 'vraagt naar wat er gebeurde: wie, wat, waar, wat deed of zei je', en: 'asks what happened: who, what, where, what did you do or say' },
  'geen-aanwijzing': { nl: 'geen woord dat op een stap van de methode wijst', en: 'no word that points to a step of the method' },
};

const COMPARE = phraseIndex([
  'verschil|verschillen|verschilt|overeenkomst|overeenkomsten|gemeen|hetzelfde|vergelijk|vergelijken|vergelijkt',
  'lijkt dat|dit|het op',
  'rode draad',
  'naast elkaar',
  'naast die|dat|deze|dit',
  'steeds|telkens|vaker|weer terug',
  'komt * steeds|telkens terug',
  'in het|je verhaal',
  'anders dan',
  'die twee',
]);
const EARLIER = phraseIndex([
  'eerder|vroeger|vaker|jonger|basisschool|lagere|middelbare|kind|klein',
  'vorige keer',
  'al eens meegemaakt|overkomen|gebeurd|gevoeld|gehad',
  'al eens eerder',
  'kende je',
  'gebeurt|gebeurde|overkomt|overkwam dat|het vaak',
  'ken je dat * van',
]);
const NOTICE = wordSet('merk merkt herken herkent speelt speelde kom komt gebeurt zie ziet ken kent heb hebt');
const ELSEWHERE_WITH_NOTICE = wordSet('ook ander andere');
const ELSEWHERE = phraseIndex([
  'thuis|bijbaan|bijbaantje|vrienden|vriendengroep|familie|sportclub|vereniging|elders|hobby',
  'andere situaties|situatie|plekken|plaatsen|momenten',
  'ergens anders',
  'in je leven',
  'herken|herkent|merk|merkt|speelt|zie|ziet * nog meer',
  'herken|herkent|merk|merkt|speelt|zie|ziet je|jij dat|het nog meer',
]);
const FUTURE = phraseIndex([
  'volgende|volgend|later|straks|morgen|toekomst|plan|stap|stappen|diploma|aanpakken|proberen|helpen|meenemen|worden',
  'ga|gaat|gaan je|jij|u|jullie|doen|maken|regelen|praten|kijken',
  'wat ga|gaat',
  'neem je mee',
  'nog een keer',
  'kies je',
  'moet|moeten je|jij',
  'wil|wilt|wou je|jij',
  'je wil|wilt',
  'jij wil|wilt',
  'lijkt het je',
  'zou|zouden kunnen betekenen',
]);
// "Wil je vertellen…", "wat wil je bespreken": wanting to tell is not looking ahead.
const TALK = wordSet('vertellen vertelde bespreken praten voorlezen delen hebben zeggen uitleggen beschrijven');
const ADVICE = wordSet('beter idee liever eerst handiger slimmer verstandiger overwogen gedacht gaan');
const ADVICE_RULES: ReadonlySet<QuestionRule> = new Set(['sturende-formule', 'ontkennende-ja-nee', 'invullen']);
const OWN_WORD = phraseIndex([
  'noemen|noem|noemt|woord|woorden|naam|betekent|betekenen|betekenis|belangrijk|belangrijkst|belangrijkste',
  'zegt dat|dit|het over',
  'over jezelf',
  'bijzonder|waardevol voor je|jou|jezelf',
  'in een woord',
]);
const MEAN = phraseIndex(['wat|hoe bedoel je', 'bedoel je']);
const EXPERIENCE = phraseIndex([
  'ervaring|ervaringen|situatie|meegemaakt|bijgebleven|onlangs|kortgeleden|recent|recente|afgelopen|laatst|laatste|vandaag',
  'welk|een moment',
  'deze|vorige|afgelopen week|dag|keer|weekend',
]);
const FEELING = phraseIndex([
  'voel|voelde|voelt|voelen|gevoel|gevoeld|raakte|raakt|emotie|emoties',
  'hoe was dat|het voor je|jou',
  'wat deed dat|het met je',
  'door je heen',
  'vond je [daar|dat|het] [zelf] van',
]);
// Adjectives of feeling that are not in the emotion-word list (they are too common to mark there).
const FEELING_ADJ = wordSet('leuk leuke leuker leukst leukste moeilijk moeilijke moeilijker moeilijkst moeilijkste prettig fijn saai erg mooi mooist');
// Asking what happened wins over an emotion word inside it ("wat gebeurde er toen ze begon te huilen?").
const EVENT_STRONG = phraseIndex([
  'gebeurde|gebeurd|gebeurt|precies|deed|deden|zei|zeiden|zag|zagen|hoorde|reageerde|reageerden',
  'hoe deed|ging|reageerde',
]);
const EVENT = phraseIndex([
  'toen|daarna|verder|vertel|vertelde|beschrijf',
  'was|waren|had|hadden|ging|gingen|kwam|kwamen|zat|stond|liep|kreeg|kon|mocht|moest|wist|dacht|werd|verteld|gezegd|gedaan|geholpen|gegaan',
  'nog meer',
  'hoezo|waarom dan',
]);

/** A past participle such as "gemeld", "gestopt", "gehad": the question is about what happened. */
function isParticiple(w: string): boolean {
  return w.length >= 5 && w.startsWith('ge') && (w.endsWith('d') || w.endsWith('t'));
}

export interface FunctionContext {
  /** The emotion-word list, to recognise a feeling word in the question. */
  matcher?: EmotionMatcher;
  /** The question just before in the same utterance: a short follow-on ("Voor jezelf?") continues it. */
  before?: { function: QuestionFunction };
}

/** The function of one question (its text and the form the classifier gave it). */
export function classifyFunction(
  sentence: string,
  form: { class: QuestionClass; rule: QuestionRule },
  context: FunctionContext = {},
): { function: QuestionFunction; rule: FunctionRule } {
  const clean = stripMarkers(sentence);
  const words = tokenize(fold(clean)).map((t) => t.word);
  const emotionWord = () => words.some((w) => FEELING_ADJ.has(w)) || (!!context.matcher && findEmotionWords(clean, context.matcher).some((h) => h.group === 'emotie'));
  const feelingWord = () => hasPhrase(words, FEELING) || emotionWord();
  if (form.class === 'doorvraag' && form.rule === 'kort-doorvragen' && context.before) return { function: context.before.function, rule: 'doorvragen' };
  if (form.class === 'doorvraag') return feelingWord() ? { function: 'emotie', rule: 'echo-emotie' } : { function: 'precies', rule: 'doorvragen' };
  if (hasPhrase(words, COMPARE)) return { function: 'vergelijken', rule: 'vergelijk-woord' };
  if (hasPhrase(words, EARLIER)) return { function: 'eerder', rule: 'eerder-woord' };
  if (hasPhrase(words, ELSEWHERE) || (words.some((w) => NOTICE.has(w)) && words.some((w) => ELSEWHERE_WITH_NOTICE.has(w)))) return { function: 'elders', rule: 'elders-woord' };
  // A steer towards a next step ("zou het niet beter zijn om…"), not every leading question.
  if (ADVICE_RULES.has(form.rule) && (words.some((w) => ADVICE.has(w)) || (words.includes('om') && words.includes('te')))) return { function: 'toekomst', rule: 'advies' };
  if (hasPhrase(words, FUTURE) && !words.some((w) => TALK.has(w))) return { function: 'toekomst', rule: 'toekomst-woord' };
  if (hasPhrase(words, OWN_WORD)) return { function: 'juiste-woord', rule: 'eigen-woord' };
  if (hasPhrase(words, MEAN)) return { function: 'precies', rule: 'bedoelen' };
  if (hasPhrase(words, EXPERIENCE)) return { function: 'ervaring', rule: 'ervaring-woord' };
  if (hasPhrase(words, FEELING)) return { function: 'emotie', rule: 'gevoel-woord' };
  if (hasPhrase(words, EVENT_STRONG)) return { function: 'precies', rule: 'gebeurtenis' };
  if (emotionWord()) return { function: 'emotie', rule: 'gevoel-woord' };
  if (hasPhrase(words, EVENT) || words.some(isParticiple) || form.rule === 'uitnodiging') return { function: 'precies', rule: 'gebeurtenis' };
  return { function: 'anders', rule: 'geen-aanwijzing' };
}

/**
 * The echo test for the form classifier: do the words repeat what the student said just before?
 * Without that turn (an utterance on its own), an emotion or signal word counts as an echo.
 */
export function echoesOf(previous: string | undefined, matcher?: EmotionMatcher): ClassifyContext['echoes'] {
  const heard = previous ? new Set(tokenize(fold(previous)).map((t) => t.word)) : null;
  return (ws) => {
    if (heard) return ws.every((w) => heard.has(w));
    return !!matcher && findEmotionWords(ws.join(' '), matcher).length > 0;
  };
}

export interface FunctionMatch extends QuestionMatch {
  function: QuestionFunction;
  functionRule: FunctionRule;
}

/** All questions of an utterance with form and function; `previous` is the student's turn before it. */
export function findQuestionFunctions(utterance: string, previous?: string, matcher?: EmotionMatcher): FunctionMatch[] {
  const out: FunctionMatch[] = [];
  for (const q of findQuestions(utterance, { echoes: echoesOf(previous, matcher) })) {
    const f = classifyFunction(q.text, q, { matcher, before: out[out.length - 1] });
    out.push({ ...q, function: f.function, functionRule: f.rule });
  }
  return out;
}
