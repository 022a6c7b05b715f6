/**
 * The demo loopbaangesprek as data. Everything here is invented: the people, the school, the
 * stage, the resident. It is written as training material, so it contains on purpose a few moments
 * a trio should spot: one waarom-vraag, one moment where the begeleider fills in for the student
 * (NIVEA), a long silence the begeleider lets be, and the student's signal words
 * ("ik weet het niet", "baalde", "eigenlijk", "bang").
 */

export type DemoVoiceKey = 'begeleider' | 'student';

/** How one person is spoken by espeak-ng and shown in the video. */
export interface DemoVoice {
  key: DemoVoiceKey;
  /** The name in the transcript and in the VTT `<v Name>` tag. */
  name: string;
  /** Shown under the name in the video, one entry a line. */
  roleLines: string[];
  /** espeak-ng voice with variant, e.g. "nl+f3". */
  espeakVoice: string;
  /** Words per minute. */
  speed: number;
  /** 0..99. */
  pitch: number;
  colour: string;
}

export const DEMO_VOICES: Record<DemoVoiceKey, DemoVoice> = {
  begeleider: {
    key: 'begeleider',
    name: 'Sanne Verhoef',
    roleLines: ['loopbaanbegeleider'],
    espeakVoice: 'nl+f3',
    speed: 158,
    pitch: 58,
    colour: '#0072B2',
  },
  student: {
    key: 'student',
    name: 'Milan',
    roleLines: ['student', 'Verzorgende-IG, jaar 2'],
    espeakVoice: 'nl+m3',
    speed: 166,
    pitch: 38,
    colour: '#E69F00',
  },
};

/** The moments the example details and questions point at. */
export type DemoMoment =
  | 'uitnodiging'
  | 'verdiepen'
  | 'waarom'
  | 'stilte'
  | 'erkennen'
  | 'nivea'
  | 'verbreden'
  | 'juiste-woord'
  | 'volgende-stap';

export interface DemoTurn {
  /** Stable key, the base of the segment id (so regenerating gives the same ids). */
  key: string;
  speaker: DemoVoiceKey;
  text: string;
  /** Silence before this turn, ms. Short gaps 300–800 ms; one deliberate long silence. */
  gapBeforeMs: number;
  moment?: DemoMoment;
}

/** Silence before the first word: a phone recording never starts on the first syllable. */
export const LEAD_IN_MS = 700;
/** Silence after the last word. */
export const TAIL_MS = 900;
/** The deliberate silence after "Ik weet het niet." */
export const LONG_SILENCE_MS = 3600;

export const DEMO_TURNS: readonly DemoTurn[] = [
  { key: 't01', speaker: 'begeleider', gapBeforeMs: 0, moment: 'uitnodiging',
    text: 'Hoi Milan, fijn dat je er bent. Vertel eens, wat is er de afgelopen week op je stage gebeurd dat je is bijgebleven?' },
  { key: 't02', speaker: 'student', gapBeforeMs: 620,
    text: 'Eh, best veel. Ik weet niet zo goed waar ik moet beginnen.' },
  { key: 't03', speaker: 'begeleider', gapBeforeMs: 480,
    text: 'Neem maar iets van de laatste paar dagen. Iets waar je daarna nog aan moest denken.' },
  { key: 't04', speaker: 'student', gapBeforeMs: 760,
    text: 'Nou, dinsdag. Met mevrouw Bos, een bewoonster op de afdeling. Daar baalde ik eigenlijk wel van.' },
  { key: 't05', speaker: 'begeleider', gapBeforeMs: 400, moment: 'verdiepen',
    text: 'Dinsdag, met mevrouw Bos. Wat gebeurde er precies?' },
  { key: 't06', speaker: 'student', gapBeforeMs: 540,
    text: 'Ik moest haar helpen met wassen en aankleden. Ze was heel onrustig. Ze riep dat ik weg moest gaan.' },
  { key: 't07', speaker: 'begeleider', gapBeforeMs: 360, moment: 'verdiepen',
    text: 'En wat deed jij toen?' },
  { key: 't08', speaker: 'student', gapBeforeMs: 580,
    text: 'Ik ben naast het bed gaan zitten. Ik heb rustig met haar gepraat, over de foto\'s aan de muur. Na een paar minuten werd ze rustiger.' },
  { key: 't09', speaker: 'begeleider', gapBeforeMs: 420, moment: 'verdiepen',
    text: 'Ze werd rustiger. En toen?' },
  { key: 't10', speaker: 'student', gapBeforeMs: 500,
    text: 'Toen kwam Ria binnen, mijn werkbegeleider. Ze zei: laat mij maar, dit duurt te lang. En toen heeft zij het overgenomen.' },
  { key: 't11', speaker: 'begeleider', gapBeforeMs: 440,
    text: 'Wat deed jij op dat moment?' },
  { key: 't12', speaker: 'student', gapBeforeMs: 640,
    text: 'Niks eigenlijk. Ik stond er een beetje bij. Ik heb de handdoeken maar gepakt.' },
  { key: 't13', speaker: 'begeleider', gapBeforeMs: 380, moment: 'waarom',
    text: 'Waarom zei je toen niks tegen Ria?' },
  { key: 't14', speaker: 'student', gapBeforeMs: 800,
    text: 'Ik weet het niet.' },
  { key: 't15', speaker: 'student', gapBeforeMs: LONG_SILENCE_MS, moment: 'stilte',
    text: 'Eigenlijk was ik best boos. Ze was net rustig, en ik had het bijna voor elkaar.' },
  { key: 't16', speaker: 'begeleider', gapBeforeMs: 520, moment: 'erkennen',
    text: 'Ik hoor dat je daar nog steeds van baalt.' },
  { key: 't17', speaker: 'student', gapBeforeMs: 460,
    text: 'Ja. Wel een beetje, ja.' },
  { key: 't18', speaker: 'begeleider', gapBeforeMs: 340, moment: 'nivea',
    text: 'Dus je voelde je niet serieus genomen. Ria vertrouwt jou nog niet met zulke bewoners.' },
  { key: 't19', speaker: 'student', gapBeforeMs: 700,
    text: 'Nou, misschien. Ik weet het niet. Dat is het niet helemaal.' },
  { key: 't20', speaker: 'begeleider', gapBeforeMs: 420,
    text: 'Oké. Hoe zou jij het zelf zeggen?' },
  { key: 't21', speaker: 'student', gapBeforeMs: 680,
    text: 'Het ging meer om mevrouw Bos. Ik had contact met haar. En dat werd gewoon afgebroken.' },
  { key: 't22', speaker: 'begeleider', gapBeforeMs: 480, moment: 'verbreden',
    text: 'Afgebroken. Kom je dat vaker tegen, dat iets wordt afgebroken terwijl jij ermee bezig bent? Ook buiten je stage?' },
  { key: 't23', speaker: 'student', gapBeforeMs: 720,
    text: 'Hmm. Bij voetbal wel. Ik train op zaterdag de jongste jeugd. Als een vader langs de lijn gaat roepen wat ze moeten doen, word ik daar ook zo onrustig van.' },
  { key: 't24', speaker: 'begeleider', gapBeforeMs: 400, moment: 'verdiepen',
    text: 'Wat gebeurt er dan precies, op zo\'n zaterdag?' },
  { key: 't25', speaker: 'student', gapBeforeMs: 560,
    text: 'Ik heb de kinderen net rustig iets uitgelegd, en dan roept iemand er dwars doorheen. Dan zijn ze het kwijt.' },
  { key: 't26', speaker: 'begeleider', gapBeforeMs: 460, moment: 'verbreden',
    text: 'Als je dinsdag en die zaterdag naast elkaar legt, wat zie je dan?' },
  { key: 't27', speaker: 'student', gapBeforeMs: 780,
    text: 'Dat ik iets rustig opbouw. En dat ik dan de tijd wil krijgen om het zelf af te maken.' },
  { key: 't28', speaker: 'begeleider', gapBeforeMs: 420, moment: 'juiste-woord',
    text: 'Als je dat in één woord zou zeggen, welk woord is het dan?' },
  { key: 't29', speaker: 'student', gapBeforeMs: 760, moment: 'juiste-woord',
    text: 'Vertrouwen. Nee, wacht. Ruimte. Ruimte om het op mijn manier af te maken.' },
  { key: 't30', speaker: 'begeleider', gapBeforeMs: 440,
    text: 'Ruimte. Wat betekent dat voor de rest van je stage?' },
  { key: 't31', speaker: 'student', gapBeforeMs: 620,
    text: 'Dat ik erom moet durven vragen. Maar ik ben wel bang dat Ria dan denkt dat ik eigenwijs ben.' },
  { key: 't32', speaker: 'begeleider', gapBeforeMs: 500,
    text: 'Je bent bang dat ze dat denkt. Wat zou je haar kunnen vragen, op jouw manier?' },
  { key: 't33', speaker: 'student', gapBeforeMs: 740, moment: 'volgende-stap',
    text: 'Misschien zo: als een bewoner onrustig is, mag ik het dan eerst vijf minuten zelf proberen? En als het niet lukt, neem jij het over.' },
  { key: 't34', speaker: 'begeleider', gapBeforeMs: 360, moment: 'volgende-stap',
    text: 'Wanneer zie je Ria weer?' },
  { key: 't35', speaker: 'student', gapBeforeMs: 460, moment: 'volgende-stap',
    text: 'Donderdag, bij de overdracht. Dan vraag ik het haar.' },
  { key: 't36', speaker: 'begeleider', gapBeforeMs: 400,
    text: 'Goed. Laat je me daarna weten hoe het ging? Dan kijken we de volgende keer verder naar die ruimte.' },
  { key: 't37', speaker: 'student', gapBeforeMs: 480,
    text: 'Ja, is goed. Ik stuur je vrijdag een berichtje.' },
];
