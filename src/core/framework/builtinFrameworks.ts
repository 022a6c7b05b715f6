import type { Framework, Tag } from '../session/model';

/**
 * The tag sets shipped with the product. The Dutch labels are the framework's own wording
 * (see shared/DOMAIN.md); keep them exact, trainers recognise them.
 */

/** Eight colours distinguishable in light, dark and high-contrast themes (Okabe–Ito based). */
export const PALETTE = [
  '#E69F00',
  '#56B4E9',
  '#009E73',
  '#F0E442',
  '#0072B2',
  '#D55E00',
  '#CC79A7',
  '#999999',
  '#7F3C8D',
];

/** The first palette colour none of `existing` has yet (case-insensitive); when all are taken, the next in turn. */
export function freeColour(existing: readonly { colour: string }[]): string {
  const used = new Set(existing.map((x) => x.colour.toLowerCase()));
  return PALETTE.find((c) => !used.has(c.toLowerCase())) ?? PALETTE[existing.length % PALETTE.length]!;
}

function tag(id: string, group: string | null, key: string, nl: string, en: string, i: number): Tag {
  return { id, group, key, label: { nl, en }, colour: PALETTE[i % PALETTE.length]! };
}

export const UITGANGSPUNTEN: Framework = {
  id: 'uitgangspunten',
  name: { nl: 'De negen uitgangspunten', en: 'The nine principles' },
  groups: [
    { id: 'gespreksverloop', label: { nl: 'Gespreksverloop', en: 'Course of the conversation' } },
    { id: 'houding', label: { nl: 'Houding', en: 'Attitude' } },
  ],
  tags: [
    tag(
      'u1',
      'gespreksverloop',
      '1',
      'Nodig de student uit tot het vertellen van een recente ervaring',
      'Invite the student to tell a recent experience',
      0,
    ),
    tag('u2', 'gespreksverloop', '2', '(H)erken emoties', 'Recognise and acknowledge emotions', 1),
    tag(
      'u3',
      'gespreksverloop',
      '3',
      'Vraag wat er precies gebeurde (verdiepen)',
      'Ask what exactly happened (deepening)',
      2,
    ),
    tag(
      'u4',
      'gespreksverloop',
      '4',
      'Stimuleer vergelijkend leren (verbreden), zodat een groter verhaal kan ontstaan',
      'Encourage comparative learning (broadening), so a bigger story can emerge',
      3,
    ),
    tag('u5', 'houding', '5', 'Spreek met en niet tegen studenten', 'Talk with students, not at them', 4),
    tag('u6', 'houding', '6', '"Leeg luisteren"', 'Listen without filling in', 5),
    tag('u7', 'houding', '7', '"Niet weten"', 'A not-knowing stance', 6),
    tag(
      'u8',
      'houding',
      '8',
      'NIVEA — Niet Invullen Voor Een Ander',
      'NIVEA — do not fill in for the other',
      7,
    ),
    tag(
      'u9',
      'houding',
      '9',
      "Kijk naar de toekomst via het 'juiste woord'",
      "Look to the future through the 'right word'",
      8,
    ),
  ],
};

/**
 * The four phases of a loopbaangesprek, in the order the conversation goes through them (the
 * toolkit: terugkijken naar een ervaring, reflecteren, vooruitkijken, activeren).
 */
export const FASEN: Framework = {
  id: 'fasen',
  name: { nl: 'De vier fasen van het gesprek', en: 'The four phases of the conversation' },
  groups: [],
  tags: [
    tag('terugkijken', null, '1', 'Terugkijken', 'Looking back', 0),
    tag('reflecteren', null, '2', 'Reflecteren', 'Reflecting', 1),
    tag('vooruitkijken', null, '3', 'Vooruitkijken', 'Looking ahead', 2),
    tag('activeren', null, '4', 'Activeren', 'Activating', 4),
  ],
};

/** In the toolkit's order: reflecting on motives comes before qualities ("eerst motieven en pas daarna kwaliteiten"). */
export const LOOPBAANCOMPETENTIES: Framework = {
  id: 'loopbaancompetenties',
  name: { nl: 'De vijf loopbaancompetenties', en: 'The five career competencies' },
  groups: [],
  tags: [
    tag('motievenreflectie', null, '1', 'Motievenreflectie', 'Reflection on motives', 1),
    tag('kwaliteitenreflectie', null, '2', 'Kwaliteitenreflectie', 'Reflection on qualities', 0),
    tag('werkexploratie', null, '3', 'Werkexploratie', 'Work exploration', 2),
    tag('loopbaansturing', null, '4', 'Loopbaansturing', 'Career steering', 3),
    tag('netwerken', null, '5', 'Netwerken', 'Networking', 4),
  ],
};

/** Pitfalls of the begeleider, with the three the toolkit describes at length (in de inhoud, groot verhaal, eigen verhaal). */
export const VALKUILEN: Framework = {
  id: 'valkuilen',
  name: { nl: 'Valkuilen', en: 'Pitfalls' },
  groups: [],
  tags: [
    tag('adviesrol', null, '1', 'In de adviesrol schieten', 'Slipping into giving advice', 5),
    tag(
      'zorggesprek',
      null,
      '2',
      'Zorggesprek in plaats van loopbaangesprek',
      'A care talk instead of a career talk',
      6,
    ),
    tag('overnemen', null, '3', 'Het verhaal overnemen', 'Taking over the story', 0),
    tag('thema-onderwerp', null, '4', 'Het thema wordt het onderwerp', 'The theme becomes the topic', 1),
    tag('interpreteren', null, '5', 'Interpreteren', 'Interpreting', 2),
    tag('sturen', null, '6', 'Sturen', 'Steering', 4),
    tag('waarom-vraag', null, '7', 'Waarom-vraag gesteld', 'Asked a why-question', 7),
    tag('inhoud', null, '8', 'In de inhoud schieten', 'Going into the content of the problem', 3),
    tag('groot-verhaal', null, '9', 'Te snel naar een groot verhaal', 'Rushing to the bigger story', 8),
    tag('eigen-verhaal', null, '0', 'Eigen verhaal vertellen', 'Telling your own story', 6),
  ],
};

export const BUILTIN_FRAMEWORKS: readonly Framework[] = [UITGANGSPUNTEN, FASEN, LOOPBAANCOMPETENTIES, VALKUILEN];

export function findBuiltinFramework(id: string): Framework | undefined {
  return BUILTIN_FRAMEWORKS.find((f) => f.id === id);
}
