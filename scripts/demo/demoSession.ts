import { createHash } from 'node:crypto';
import { PALETTE } from '../../src/core/framework/builtinFrameworks';
import type { Detail, Note, Participant, Question, RecordingRef, Segment, Session, Speaker } from '../../src/core/session/model';
import { newSession } from '../../src/core/session/newSession';
import { DEMO_VOICES, type DemoVoiceKey } from './dialogue';

/**
 * The example review that ships beside the demo recording: a trio (Sanne as a, Ruben and Ilse
 * observing) with context, leervraag, details at the planted moments, good questions and a
 * feedforward. Ids and timestamps are fixed so that regenerating gives the same file.
 */

/** Same shape as newId(prefix) (prefix + 20 hex), but derived from a name instead of random. */
export function stableId(prefix: string, name: string): string {
  return prefix + createHash('sha256').update(`klein-kijken-demo:${prefix}:${name}`).digest('hex').slice(0, 20);
}

export interface DemoCue {
  key: string;
  speaker: DemoVoiceKey;
  startMs: number;
  endMs: number;
  text: string;
}

export const DEMO_SESSION_ID = stableId('s', 'session');
export const DEMO_CREATED_AT = '2025-11-18T13:30:00.000Z';
/** Review timestamps: minutes after the session was created. */
const at = (min: number) => new Date(Date.parse(DEMO_CREATED_AT) + min * 60_000).toISOString();

const P = {
  a: { id: stableId('p', 'a'), name: DEMO_VOICES.begeleider.name, role: 'a', colour: PALETTE[4]!, lens: [] },
  b: { id: stableId('p', 'b'), name: 'Ruben Kok', role: 'b', colour: PALETTE[2]!, lens: ['u2', 'u6'] },
  c: { id: stableId('p', 'c'), name: 'Ilse Meijer', role: 'c', colour: PALETTE[6]!, lens: ['u3', 'u4', 'u8'] },
} satisfies Record<string, Participant>;

const speakerId = (k: DemoVoiceKey) => stableId('sp', k);
export const segmentId = (turnKey: string) => stableId('g', turnKey);

interface DetailSpec {
  name: string;
  by: 'b' | 'c';
  /** Turn keys; the detail spans from the first's start to the last's end, unless `span` says otherwise. */
  turns: string[];
  span?: { fromEndOf: string; toStartOf: string };
  tags: string[];
  see: string;
  meaning: string;
  deepen: string;
  feedback: Detail['feedback'];
  question: Detail['question'];
  minute: number;
}

const DETAILS: DetailSpec[] = [
  {
    name: 'verdiepen', by: 'c', turns: ['t05', 't07', 't09'], tags: ['u3'], minute: 6,
    see: "Sanne vraagt drie keer kort door: 'Wat gebeurde er precies?', 'En wat deed jij toen?', 'En toen?'. Milan vertelt steeds een stap verder.",
    meaning: "Het kleine verhaal wordt concreet: we horen wat Milan deed (naast het bed gaan zitten, praten over de foto's) voordat iemand iets uitlegt.",
    deepen: 'Hier ligt een ingang om te verdiepen op wat Milan zelf deed waardoor mevrouw Bos rustiger werd.',
    feedback: 'best',
    question: { text: 'Wat zei je precies tegen mevrouw Bos toen je naast haar zat?', type: 'verdiepend' },
  },
  {
    name: 'waarom', by: 'c', turns: ['t13', 't14'], tags: ['u3', 'u7'], minute: 8,
    see: "Sanne vraagt: 'Waarom zei je toen niks tegen Ria?' Milan antwoordt: 'Ik weet het niet.'",
    meaning: 'De waarom-vraag vraagt naar een reden die Milan zelf nog niet kent; het gesprek stokt even.',
    deepen: 'Een vraag naar wat er gebeurde had het verhaal open gehouden, bijvoorbeeld naar wat er in hem omging toen Ria binnenkwam.',
    feedback: 'beter',
    question: { text: 'Wat ging er door je heen toen Ria zei: laat mij maar?', type: 'verdiepend' },
  },
  {
    name: 'stilte', by: 'b', turns: ['t14', 't15'], span: { fromEndOf: 't14', toStartOf: 't15' }, tags: ['u6', 'u2'], minute: 9,
    see: "Na 'Ik weet het niet' blijft het ruim drie seconden stil. Sanne zegt niets en wacht. Dan zegt Milan: 'Eigenlijk was ik best boos.'",
    meaning: "Doordat Sanne de stilte laat bestaan, vindt Milan zelf het woord 'boos'.",
    deepen: "'Eigenlijk' en 'boos' zijn signaalwoorden: hier kan doorgevraagd worden naar wat er gebeurde vlak voordat Ria binnenkwam.",
    feedback: 'best',
    question: null,
  },
  {
    name: 'erkennen', by: 'b', turns: ['t16', 't17'], tags: ['u2'], minute: 11,
    see: "Sanne zegt: 'Ik hoor dat je daar nog steeds van baalt.' Milan: 'Ja. Wel een beetje, ja.'",
    meaning: "Sanne gebruikt Milans eigen woord 'balen' van het begin. De emotie wordt erkend zonder dat het een zorggesprek wordt.",
    deepen: 'Na het erkennen kan de vraag terug naar de situatie zelf: wat maakte dat het bijna lukte?',
    feedback: 'goed',
    question: { text: 'Wat deed je waardoor het bijna lukte?', type: 'verdiepend' },
  },
  {
    name: 'nivea', by: 'c', turns: ['t18', 't19', 't20'], tags: ['u8'], minute: 13,
    see: "Sanne zegt: 'Dus je voelde je niet serieus genomen. Ria vertrouwt jou nog niet.' Milan: 'Nou, misschien. Ik weet het niet. Dat is het niet helemaal.'",
    meaning: 'Sanne vult het gevoel en de reden voor Milan in. Hij gaat er half in mee en zegt dan dat het niet klopt.',
    deepen: "Sanne herstelt het zelf met 'Hoe zou jij het zelf zeggen?'. Daarna komt Milans eigen woord 'afgebroken', en later kiest hij bewust 'ruimte' en niet 'vertrouwen'.",
    feedback: 'beter',
    question: { text: 'Wat was daar voor jou het vervelendste aan?', type: 'verdiepend' },
  },
  {
    name: 'verbreden', by: 'c', turns: ['t22', 't23', 't26', 't27', 't28', 't29'], tags: ['u4', 'u9'], minute: 16,
    see: "Sanne pakt Milans woord 'afgebroken' op en vraagt waar hij dat nog meer tegenkomt. Milan vertelt over de voetbaltraining op zaterdag en komt zelf op 'ruimte'.",
    meaning: 'Twee kleine verhalen naast elkaar, dinsdag en zaterdag, laten een rode draad zien, in Milans eigen woord.',
    deepen: 'Verder verbreden: waar krijgt Milan die ruimte wel, en wat doet hij dan?',
    feedback: 'best',
    question: { text: 'Waar krijg je die ruimte wel, en wat gebeurt er dan?', type: 'verbredend' },
  },
];

export function buildDemoSession(recording: RecordingRef, cues: readonly DemoCue[]): Session {
  const s = newSession(recording, 'Demogesprek Sanne en Milan (fictief)');
  s.id = DEMO_SESSION_ID;
  s.createdAt = DEMO_CREATED_AT;
  s.participants = [P.a, P.b, P.c];

  s.speakers = (['begeleider', 'student'] as const).map(
    (k): Speaker => ({ id: speakerId(k), name: DEMO_VOICES[k].name, role: k, colour: DEMO_VOICES[k].colour }),
  );
  s.transcript = cues.map(
    (c): Segment => ({ id: segmentId(c.key), start: c.startMs / 1000, end: c.endMs / 1000, speakerId: speakerId(c.speaker), text: c.text }),
  );

  const cue = (key: string) => {
    const found = cues.find((c) => c.key === key);
    if (!found) throw new Error(`demo: no turn ${key}`);
    return found;
  };
  s.details = DETAILS.map((d): Detail => {
    const startMs = d.span ? cue(d.span.fromEndOf).endMs : cue(d.turns[0]!).startMs;
    const endMs = d.span ? cue(d.span.toStartOf).startMs : cue(d.turns[d.turns.length - 1]!).endMs;
    return {
      id: stableId('d', d.name),
      start: startMs / 1000,
      end: endMs / 1000,
      tags: d.tags,
      authorId: P[d.by].id,
      see: d.see,
      meaning: d.meaning,
      deepen: d.deepen,
      feedback: d.feedback,
      question: d.question,
      segmentIds: d.turns.map(segmentId),
      createdAt: at(d.minute),
      updatedAt: at(d.minute + 1),
    };
  });

  const q = (name: string, o: Omit<Question, 'id'>): Question => ({ id: stableId('q', name), ...o });
  s.questions = [
    q('precies', {
      text: 'Wat gebeurde er precies?', type: 'verdiepend', proposedBy: P.c.id,
      time: cue('t05').startMs / 1000, speakerId: speakerId('begeleider'), source: 'transcript', detailId: null,
      tags: ['u3'], note: 'Kort en open; Milan vertelt daarna concreet wat hij deed.', createdAt: at(7),
    }),
    q('afgebroken', {
      text: 'Kom je dat vaker tegen, dat iets wordt afgebroken terwijl jij ermee bezig bent?', type: 'verbredend',
      proposedBy: P.b.id, time: cue('t22').startMs / 1000, speakerId: speakerId('begeleider'), source: 'transcript',
      detailId: null, tags: ['u4'], note: 'Gebruikt Milans eigen woord en opent een tweede klein verhaal (de voetbaltraining).',
      createdAt: at(17),
    }),
    q('door-je-heen', {
      text: 'Wat ging er door je heen toen Ria zei: laat mij maar?', type: 'verdiepend', proposedBy: P.c.id,
      time: cue('t13').startMs / 1000, speakerId: null, source: 'detail', detailId: stableId('d', 'waarom'),
      tags: ['u3', 'u7'], note: 'In plaats van de waarom-vraag: vraagt naar wat er gebeurde, niet naar een reden.',
      createdAt: at(9),
    }),
  ];

  // Ruben (b) closes the feedback with a concrete next step for Sanne (a): in the toolkit's round
  // b and c give the feedback and the feedforward; a replies with what meant something to her.
  const feedforward: Note = {
    id: stableId('n', 'feedforward'),
    kind: 'feedforward',
    authorId: P.b.id,
    time: null,
    text:
      "Volgend gesprek: als de student zegt 'ik weet het niet', laat de stilte weer even staan en vraag daarna wat er gebeurde in plaats van waarom. " +
      "Schrijf de eigen woorden van de student op ('afgebroken', 'ruimte') en gebruik die om vooruit te kijken.",
    createdAt: at(19),
  };
  s.notes = [feedforward];

  s.review = {
    leervraag: 'Hoe blijf ik doorvragen naar wat er precies gebeurde, zonder zelf in te vullen wat de student voelt?',
    leervraagHistory: [{ text: 'Hoe stel ik betere vragen?', at: at(2) }],
    context: {
      opleiding: 'Verzorgende-IG (zorg en welzijn)',
      leerjaar: '2',
      niveau: '3',
      aanleiding: 'Tussentijds loopbaangesprek halverwege de stage (bpv) in een verpleeghuis.',
      voorafgaand:
        'In september een eerste gesprek over zijn keuze voor de zorg. Milan vertelde toen dat hij het werk fijn vindt, maar moeilijk kan zeggen wat hij nodig heeft.',
      plek: 'Het derde van vier loopbaangesprekken dit schooljaar; Sanne is zijn studieloopbaanbegeleider.',
    },
    focus: ['u3', 'u6', 'u8'],
  };
  return s;
}
