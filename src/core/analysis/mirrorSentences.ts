/**
 * One plain sentence per figure, in Dutch and English, that ties the figure to the method.
 * Tone: warm and factual, for teachers looking at their own conversation. Never a score, never a
 * verdict: the sentence says what happened and what the method says about it, and leaves the
 * meaning to the trio (no "opgepakt", "gemist", "te lang"; the unit tests hold a list of such
 * words). A sentence about a figure that is trivial here (an 8-second turn, one short overlap,
 * one waiting time) is left out rather than made to sound important.
 */
import { formatClock } from '../text/time';
import { formatDecimal } from '../text/numbers';
import type { MirrorResult } from './conversationMirror';
import { QUESTION_FUNCTION_SHORT, QUESTION_FUNCTIONS, type QuestionFunction } from './questionFunction';

/** A turn shorter than this is not worth a sentence about its length. */
export const LONG_TURN_SEC = 45;
/** Overlaps shorter than this are people talking at once for a moment, not someone starting over the other. */
export const OVERLAP_MIN_SEC = 0.5;
/** Fewer measured waiting times than this say nothing about a pattern. */
export const WAIT_MIN_COUNT = 3;

export type MirrorTopic = 'rollen' | 'vragen' | 'functies' | 'waarom' | 'suggestief' | 'spreektijd' | 'monoloog' | 'overlap' | 'stilte' | 'wachttijd' | 'emotiewoorden';

export interface MirrorSentence {
  topic: MirrorTopic;
  nl: string;
  en: string;
}

type Base = Omit<MirrorResult, 'sentences'>;

function num(x: number, lang: 'nl' | 'en', digits = 1): string {
  return formatDecimal(x, digits, lang, { dropZeroFraction: true });
}

function pct(x: number): string {
  return `${Math.round(x * 100)}%`;
}

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** "3 over emotie, 2 over precies": the functions that occur, most frequent first. */
function functionList(counts: Partial<Record<QuestionFunction, number>>, lang: 'nl' | 'en'): string {
  return QUESTION_FUNCTIONS.filter((f) => (counts[f] ?? 0) > 0)
    .sort((a, b) => (counts[b] ?? 0) - (counts[a] ?? 0))
    .map((f) => `${counts[f]} ${QUESTION_FUNCTION_SHORT[f][lang]}`)
    .join(', ');
}

export function mirrorSentences(r: Base): MirrorSentence[] {
  const out: MirrorSentence[] = [];
  const who = r.rolesSet ? { nl: 'de begeleider', en: 'the guide' } : { nl: 'de sprekers', en: 'the speakers' };
  if (!r.rolesSet) out.push({ topic: 'rollen', nl: r.notes[0]!.nl, en: r.notes[0]!.en });

  const c = r.classCounts;
  const total = r.questions.length;
  const prompts = c.doorvraag ?? 0;
  out.push({
    topic: 'vragen',
    nl: total
      ? `In dit gesprek stelde ${who.nl} ${plural(total, 'vraag', 'vragen')}: ${c.open} open` +
        (prompts ? ` en ${prompts} ${prompts === 1 ? 'doorvraag' : 'doorvragen'} (een woord van de student herhaald, of "En?")` : '') +
        '. Open vragen met wat en hoe laten de student het eigen verhaal vertellen.'
      : `In dit gesprek zijn geen vragen van ${who.nl} gevonden. Open vragen met wat en hoe nodigen de student uit om een ervaring te vertellen.`,
    en: total
      ? `In this conversation ${who.en} asked ${plural(total, 'question', 'questions')}: ${c.open} open` +
        (prompts ? ` and ${prompts} ${prompts === 1 ? 'prompt' : 'prompts'} to go on (a word of the student repeated, or "En?")` : '') +
        '. Open questions with what and how let the student tell their own story.'
      : `No questions by ${who.en} were found in this conversation. Open questions with what and how invite the student to tell about an experience.`,
  });
  if (total) {
    const f = r.functionCounts;
    const deepen = (f.precies ?? 0) + (f.eerder ?? 0);
    const broaden = (f.elders ?? 0) + (f.vergelijken ?? 0);
    out.push({
      topic: 'functies',
      nl: `Naar hun functie in de methode: ${functionList(f, 'nl')}. Verdiepend (wat er precies gebeurde, eerder in het leven): ${deepen}; verbredend (elders in het leven, verhalen vergelijken): ${broaden}.`,
      en: `By their function in the method: ${functionList(f, 'en')}. Deepening (what exactly happened, earlier in life): ${deepen}; broadening (elsewhere in life, comparing stories): ${broaden}.`,
    });
  }
  const whyQ = r.questions.filter((q) => q.class === 'waarom');
  out.push({
    topic: 'waarom',
    nl: c.waarom
      ? `Er ${c.waarom === 1 ? 'werd 1 waarom-vraag' : `werden ${c.waarom} waarom-vragen`} gesteld (${whyQ.map((q) => formatClock(q.time)).join(', ')}). De methode vraagt liever naar wat er gebeurde: een waarom-vraag gaat ervan uit dat de student zijn motieven al kent, terwijl het gesprek helpt ze te ontdekken. Kijk samen wat de student daarop vertelde.`
      : 'Er zijn geen waarom-vragen gevonden. De methode vraagt naar wat er gebeurde, omdat de student zijn motieven vaak nog ontdekt.',
    en: c.waarom
      ? `${plural(c.waarom, 'why-question was', 'why-questions were')} asked (${whyQ.map((q) => formatClock(q.time)).join(', ')}). The method asks what happened instead: a why-question assumes the student already knows their motives, while the conversation is there to discover them. Look together at what the student said next.`
      : 'No why-questions were found. The method asks what happened, because students often are still discovering their motives.',
  });
  if (c.suggestief + c.bevestiging > 0) {
    const n = c.suggestief + c.bevestiging;
    out.push({
      topic: 'suggestief',
      nl: `${n === 1 ? '1 vraag bevatte' : `${n} vragen bevatten`} al een mogelijk antwoord of een voorstel (${c.suggestief} sturend, ${c.bevestiging} ter bevestiging). NIVEA — niet invullen voor een ander — laat ruimte voor de woorden van de student zelf; kijk samen wat de student daarop zei.`,
      en: `${n === 1 ? '1 question already held' : `${n} questions already held`} a possible answer or a proposal (${c.suggestief} leading, ${c.bevestiging} asking for agreement). NIVEA — do not fill in for the other — leaves room for the student’s own words; look together at what the student said next.`,
    });
  }

  const beg = r.talk.speakers.filter((s) => s.role === 'begeleider');
  const stu = r.talk.speakers.filter((s) => s.role === 'student');
  if (r.talk.totalSpeakingSec > 0) {
    const share = (xs: typeof beg) => xs.reduce((a, s) => a + s.share, 0);
    const parts = r.talk.speakers.map((s) => `${s.name} ${pct(s.share)}`).join(', ');
    out.push(
      beg.length && stu.length
        ? {
            topic: 'spreektijd',
            nl: `De begeleider sprak ${pct(share(beg))} van de tijd, de student ${pct(share(stu))}. Spreek met, niet tegen de student: het gaat om het verhaal van de student.`,
            en: `The guide spoke ${pct(share(beg))} of the time, the student ${pct(share(stu))}. Speak with, not at the student: it is the student’s story that matters.`,
          }
        : {
            topic: 'spreektijd',
            nl: `Verdeling van de spreektijd: ${parts}. Spreek met, niet tegen de student: het gaat om het verhaal van de student.`,
            en: `Share of speaking time: ${parts}. Speak with, not at the student: it is the student’s story that matters.`,
          },
    );
    const longest = (beg.length ? beg : r.talk.speakers).filter((s) => s.longestTurn).sort((a, b) => b.longestTurn!.durationSec - a.longestTurn!.durationSec)[0];
    if (longest?.longestTurn && longest.longestTurn.durationSec >= LONG_TURN_SEC) {
      const t = longest.longestTurn;
      out.push({
        topic: 'monoloog',
        nl: `Het langste aaneengesloten stuk van ${longest.name} duurde ${formatClock(t.durationSec)} (vanaf ${formatClock(t.start)}). Kijk samen wat er op dat moment gebeurde en hoeveel ruimte er was voor het verhaal van de ander.`,
        en: `The longest stretch by ${longest.name} lasted ${formatClock(t.durationSec)} (from ${formatClock(t.start)}). Look together at what happened at that moment and how much room there was for the other’s story.`,
      });
    }
  }
  const overlaps = r.talk.overlaps.filter((o) => o.overlapSec >= OVERLAP_MIN_SEC);
  if (overlaps.length >= 2) {
    const n = overlaps.length;
    const byBeg = overlaps.filter((o) => beg.some((b) => b.speakerId === o.speakerId)).length;
    out.push({
      topic: 'overlap',
      nl: `${n} keer begon iemand te praten terwijl de ander nog sprak${beg.length ? ` (${byBeg} keer de begeleider)` : ''}. Bij leeg luisteren hoort de ander laten uitpraten.`,
      en: `${n} times someone started talking while the other was still speaking${beg.length ? ` (${byBeg} by the guide)` : ''}. Listening without filling in includes letting the other finish.`,
    });
  }

  const p = r.pauses.length;
  out.push({
    topic: 'stilte',
    nl: p
      ? `Er ${p === 1 ? 'viel 1 stilte' : `vielen ${p} stiltes`} van ${num(r.pauseMinSec, 'nl')} seconden of langer. Bij leeg luisteren hoort stilte: het kan het moment zijn waarop de student nadenkt.`
      : `Er vielen geen stiltes van ${num(r.pauseMinSec, 'nl')} seconden of langer. Bij leeg luisteren hoort stilte: ruimte om na te denken voordat er iets gezegd wordt.`,
    en: p
      ? `There ${p === 1 ? 'was 1 silence' : `were ${p} silences`} of ${num(r.pauseMinSec, 'en')} seconds or longer. Silence is part of listening without filling in: it may be the moment the student thinks.`
      : `There were no silences of ${num(r.pauseMinSec, 'en')} seconds or longer. Silence is part of listening without filling in: room to think before anything is said.`,
  });

  const waits = r.waitTimes.filter((w) => w.waitSec !== null && !w.askerContinued).map((w) => w.waitSec!);
  const continued = r.waitTimes.filter((w) => w.askerContinued).length;
  if (waits.length + continued >= WAIT_MIN_COUNT) {
    const med = waits.length ? [...waits].sort((a, b) => a - b)[waits.length >> 1]! : null;
    out.push({
      topic: 'wachttijd',
      nl:
        (med !== null ? `Na een vraag duurde het meestal ongeveer ${num(Math.max(0, med), 'nl')} seconden voordat de ander begon te praten. ` : '') +
        (continued ? `Na ${plural(continued, 'vraag', 'vragen')} sprak de vraagsteller zelf verder voordat er een antwoord kwam. ` : '') +
        'Wachten na een vraag geeft de student de tijd om zelf de woorden te vinden.',
      en:
        (med !== null ? `After a question it usually took about ${num(Math.max(0, med), 'en')} seconds before the other started to speak. ` : '') +
        (continued ? `After ${plural(continued, 'question', 'questions')} the asker went on speaking before an answer came. ` : '') +
        'Waiting after a question gives the student time to find their own words.',
    });
  }

  const hits = r.emotionWords;
  if (hits.length) {
    const withQuestion = hits.filter((h) => h.followedBy?.question);
    const statement = hits.filter((h) => h.followedBy && !h.followedBy.question).length;
    const none = hits.filter((h) => !h.followedBy).length;
    const fCounts: Partial<Record<QuestionFunction, number>> = {};
    for (const h of withQuestion) fCounts[h.followedBy!.question!.function] = (fCounts[h.followedBy!.question!.function] ?? 0) + 1;
    const next = r.rolesSet ? { nl: 'de begeleider', en: 'the guide' } : { nl: 'de ander', en: 'the other speaker' };
    out.push({
      topic: 'emotiewoorden',
      nl:
        (r.rolesSet ? 'De student gebruikte ' : 'Er vielen ') +
        `${plural(hits.length, 'emotie- of signaalwoord', 'emotie- of signaalwoorden')}. ` +
        (withQuestion.length ? `Na ${withQuestion.length} daarvan stelde ${next.nl} in de volgende beurt een vraag (${functionList(fCounts, 'nl')})` : `Na geen ervan volgde een vraag`) +
        (statement ? `; na ${statement} volgde iets anders dan een vraag` : '') +
        (none ? `; na ${none} kwam geen beurt meer` : '') +
        '. (H)erken emoties: zulke woorden zijn een ingang om door te vragen; kijk samen wat er na elk woord gebeurde.',
      en:
        (r.rolesSet ? 'The student used ' : 'There were ') +
        `${plural(hits.length, 'emotion or signal word', 'emotion or signal words')}. ` +
        (withQuestion.length ? `After ${withQuestion.length} of them ${next.en} asked a question in the next turn (${functionList(fCounts, 'en')})` : 'None of them was followed by a question') +
        (statement ? `; after ${statement} something other than a question followed` : '') +
        (none ? `; after ${none} no further turn came` : '') +
        '. Recognising emotions: such words are a way in to ask further; look together at what happened after each word.',
    });
  }
  return out;
}
