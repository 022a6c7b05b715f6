/**
 * One plain sentence per figure, in Dutch and English, that ties the figure to the method.
 * Tone: warm and factual, for teachers looking at their own conversation. Never a score, never a
 * verdict: the sentence says what happened and what the method says about it, and leaves the
 * meaning to the trio.
 */
import type { MirrorResult } from './conversationMirror';

export type MirrorTopic = 'rollen' | 'vragen' | 'waarom' | 'suggestief' | 'spreektijd' | 'monoloog' | 'overlap' | 'stilte' | 'wachttijd' | 'emotiewoorden';

export interface MirrorSentence {
  topic: MirrorTopic;
  nl: string;
  en: string;
}

type Base = Omit<MirrorResult, 'sentences'>;

/** 75.5 → "1:15", 3723 → "1:02:03". */
export function clock(sec: number): string {
  const s = Math.max(0, Math.round(sec));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const r = String(s % 60).padStart(2, '0');
  return h ? `${h}:${String(m).padStart(2, '0')}:${r}` : `${m}:${r}`;
}

function num(x: number, lang: 'nl' | 'en', digits = 1): string {
  const t = x.toFixed(digits).replace(/\.0+$/, '');
  return lang === 'nl' ? t.replace('.', ',') : t;
}

function pct(x: number): string {
  return `${Math.round(x * 100)}%`;
}

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

export function mirrorSentences(r: Base): MirrorSentence[] {
  const out: MirrorSentence[] = [];
  const who = r.rolesSet ? { nl: 'de begeleider', en: 'the guide' } : { nl: 'de sprekers', en: 'the speakers' };
  if (!r.rolesSet) out.push({ topic: 'rollen', nl: r.notes[0]!.nl, en: r.notes[0]!.en });

  const c = r.classCounts;
  const total = r.questions.length;
  out.push({
    topic: 'vragen',
    nl: total
      ? `In dit gesprek stelde ${who.nl} ${plural(total, 'vraag', 'vragen')}, waarvan ${c.open} open. Open vragen met wat en hoe laten de student het eigen verhaal vertellen.`
      : `In dit gesprek zijn geen vragen van ${who.nl} gevonden. Open vragen met wat en hoe nodigen de student uit om een ervaring te vertellen.`,
    en: total
      ? `In this conversation ${who.en} asked ${plural(total, 'question', 'questions')}, ${c.open} of them open. Open questions with what and how let the student tell their own story.`
      : `No questions by ${who.en} were found in this conversation. Open questions with what and how invite the student to tell about an experience.`,
  });
  out.push({
    topic: 'waarom',
    nl: c.waarom
      ? `Er ${c.waarom === 1 ? 'werd 1 waarom-vraag' : `werden ${c.waarom} waarom-vragen`} gesteld. De methode raadt aan die te vermijden: een waarom-vraag gaat ervan uit dat de student zijn motieven al kent, terwijl het gesprek helpt ze te ontdekken.`
      : 'Er zijn geen waarom-vragen gevonden. De methode raadt ze af, omdat de student zijn motieven vaak nog moet ontdekken.',
    en: c.waarom
      ? `${plural(c.waarom, 'why-question was', 'why-questions were')} asked. The method advises avoiding them: a why-question assumes the student already knows their motives, while the conversation is there to discover them.`
      : 'No why-questions were found. The method advises against them, because students often still have to discover their motives.',
  });
  if (c.suggestief + c.bevestiging > 0) {
    const n = c.suggestief + c.bevestiging;
    out.push({
      topic: 'suggestief',
      nl: `${n === 1 ? '1 vraag legde' : `${n} vragen legden`} een antwoord of advies al klaar (${c.suggestief} sturend, ${c.bevestiging} ter bevestiging). NIVEA — niet invullen voor een ander — vraagt ruimte voor de woorden van de student zelf.`,
      en: `${n === 1 ? '1 question already held' : `${n} questions already held`} an answer or a piece of advice (${c.suggestief} leading, ${c.bevestiging} asking for agreement). NIVEA — do not fill in for the other — leaves room for the student’s own words.`,
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
    if (longest?.longestTurn) {
      const t = longest.longestTurn;
      out.push({
        topic: 'monoloog',
        nl: `Het langste aaneengesloten stuk van ${longest.name} duurde ${clock(t.durationSec)} (vanaf ${clock(t.start)}). Wie lang aan het woord is, laat minder ruimte voor het verhaal van de ander; kijk samen wat er op dat moment gebeurde.`,
        en: `The longest stretch by ${longest.name} lasted ${clock(t.durationSec)} (from ${clock(t.start)}). A long turn leaves less room for the other’s story; look together at what happened at that moment.`,
      });
    }
  }
  if (r.talk.overlaps.length) {
    const n = r.talk.overlaps.length;
    const byBeg = r.talk.overlaps.filter((o) => beg.some((b) => b.speakerId === o.speakerId)).length;
    out.push({
      topic: 'overlap',
      nl: `${n === 1 ? 'Eén keer begon' : `${n} keer begon`} iemand te praten terwijl de ander nog sprak${beg.length ? ` (${byBeg} keer de begeleider)` : ''}. Leeg luisteren betekent de ander laten uitpraten.`,
      en: `${n === 1 ? 'Once' : `${n} times`} someone started talking while the other was still speaking${beg.length ? ` (${byBeg} by the guide)` : ''}. Listening without filling in means letting the other finish.`,
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
  if (r.waitTimes.length) {
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
    const open = hits.filter((h) => !h.answered);
    const ex = open[0];
    out.push({
      topic: 'emotiewoorden',
      nl:
        (r.rolesSet ? 'De student gebruikte ' : 'Er vielen ') +
        `${plural(hits.length, 'emotie- of signaalwoord', 'emotie- of signaalwoorden')}; ` +
        (open.length
          ? `bij ${open.length} daarvan kwam ${r.rolesSet ? 'de begeleider' : 'de ander'} er in de volgende beurt niet op terug (bijvoorbeeld "${ex!.word}" op ${clock(ex!.time)}). Bij (h)erken emoties zijn dat momenten om samen terug te kijken.`
          : 'op elk daarvan kwam de begeleider in de volgende beurt terug. (H)erken emoties: zulke woorden zijn een ingang om door te vragen naar wat er gebeurde.'),
      en:
        (r.rolesSet ? 'The student used ' : 'There were ') +
        `${plural(hits.length, 'emotion or signal word', 'emotion or signal words')}; ` +
        (open.length
          ? `for ${open.length} of them ${r.rolesSet ? 'the guide' : 'the other speaker'} did not come back to it in the next turn (for example "${ex!.word}" at ${clock(ex!.time)}). For recognising emotions, these are moments to look at together.`
          : 'the guide came back to each of them in the next turn. Recognising emotions: such words are a way in to ask what happened.'),
    });
  }
  return out;
}
