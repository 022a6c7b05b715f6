import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BenchContext, BenchFigure } from './benchKit';
import { median, medianMs } from './benchKit';
import type { Segment, Speaker } from '../src/core/session/model';
import { toWebVtt } from '../src/core/transcript/exportTranscript';
import { parseVtt } from '../src/core/transcript/parseVtt';
import { buildSearchIndex, search } from '../src/core/transcript/searchIndex';
import { parseEafTiers } from '../src/core/transcript/parseEaf';
import { readXml } from '../src/core/transcript/xmlReader';
import { generatedEaf } from './eafBenchKit';

/** A small deterministic generator, so every run searches the same transcript. */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const OPENERS = ['Ik weet het niet,', 'Eerlijk gezegd', 'Toen ik op stage was', 'Vorige week', 'Op mijn bijbaan', 'Bij de opleiding', 'Thuis', 'Tijdens het project', 'Mijn mentor zei', 'Als ik eraan terugdenk'];
const SUBJECTS = ['ik', 'mijn begeleider', 'de klant', 'mijn collega', 'mijn moeder', 'de docent', 'we', 'mijn teamleider', 'de groep', 'zij'];
const VERBS = ['baalde', 'vroeg', 'liep', 'twijfelde', 'voelde', 'wilde', 'moest', 'besloot', 'vertelde', 'merkte', 'probeerde', 'gaf op', 'schrok', 'lachte'];
const OBJECTS = ['over de planning', 'bij het gesprek', 'van de opdracht', 'met de kinderen in de klas', 'over mijn keuze', 'na de presentatie', 'bij het overleg', 'in de winkel', 'over de toekomst', 'met een vraag', 'zonder dat iemand het zag', 'tijdens de pauze'];
const FEELINGS = ['machteloos', 'bang', 'kwaad', 'trots', 'onzeker', 'blij', 'moe', 'nieuwsgierig', 'opgelucht', 'gespannen'];
const QUESTIONS = ['Wat gebeurde er precies?', 'Hoe voelde dat?', 'Waar merk je dat nog meer?', 'Wat deed je toen?', 'Heb je dat eerder meegemaakt?', 'Welk woord past daarbij?', 'Wat zou je nu anders doen?'];

function sentence(r: () => number, student: boolean): string {
  const pick = <T>(l: T[]): T => l[Math.floor(r() * l.length)]!;
  if (!student) return r() < 0.6 ? pick(QUESTIONS) : `${pick(OPENERS)} zei je dat ${pick(SUBJECTS)} ${pick(VERBS)}. ${pick(QUESTIONS)}`;
  const n = 1 + Math.floor(r() * 3);
  const parts: string[] = [];
  for (let i = 0; i < n; i++) parts.push(`${pick(OPENERS)} ${pick(SUBJECTS)} ${pick(VERBS)} ${pick(OBJECTS)}, ik was ${pick(FEELINGS)}.`);
  return parts.join(' ');
}

export async function run(ctx: BenchContext): Promise<BenchFigure[]> {
  const r = rng(42);
  const speakers: Speaker[] = [
    { id: 'sp1', name: 'Anouk', role: 'begeleider', colour: '#E69F00' },
    { id: 'sp2', name: 'Daan', role: 'student', colour: '#56B4E9' },
  ];
  const transcript: Segment[] = [];
  let t = 0;
  for (let i = 0; i < 2000; i++) {
    const student = i % 2 === 1;
    const text = sentence(r, student);
    const len = 1 + text.split(' ').length / 2.5;
    transcript.push({ id: `g${i}`, start: t, end: t + len, speakerId: student ? 'sp2' : 'sp1', text });
    t += len + r() * 0.5;
  }
  // The transcript goes through a file, as it would in use.
  const file = join(ctx.tmpDir, 'gesprek-2000.vtt');
  writeFileSync(file, toWebVtt({ speakers, transcript }));
  const vtt = readFileSync(file, 'utf8');
  const parseMs = await medianMs(ctx.quick ? 3 : 9, () => parseVtt(vtt));

  const buildMs = await medianMs(ctx.quick ? 3 : 9, () => buildSearchIndex(transcript));
  const index = buildSearchIndex(transcript);
  const queries = [
    'vragen', 'baalde', 'loop', 'gelopen', 'machteloos', 'bang', 'stage', 'begeleider', 'twijfel', 'toekomst', 'keuze',
    'presentatie', 'klas', '"ik was bang"', '"mijn begeleider"', 'kinderen klas', 'stage bang', 'wat gebeurde', 'voelde trots',
    'eerlijk', 'opgelucht', 'teamleider vroeg', 'collega', 'winkel', 'pauze', 'overleg', 'moeder', 'besluit', 'besloot',
    'geprobeerd', 'merkte', 'schrok', 'lachen', 'planning', 'opdracht', 'groep', 'gesprek', 'gesprekken', 'vraag', 'woord',
    'anders', 'eerder', 'meegemaakt', 'nieuwsgierig', 'gespannen', 'onzeker', 'kwaad', 'moe', 'blij', 'zonder iemand',
  ];
  const perQuery: number[] = [];
  let hits = 0;
  for (const q of queries) {
    perQuery.push(await medianMs(ctx.quick ? 3 : 7, () => search(index, q)));
    hits += search(index, q).length;
  }
  const searchMs = median(perQuery);
  ctx.log(`transcript: ${queries.length} queries, ${hits} hits in total, slowest query ${Math.max(...perQuery).toFixed(2)} ms`);
  // EAF through saxes. Against the hand-written tokenizer it replaced (commit a532f40, same input,
  // same run) reading took 1.19–1.53× as long; the parse as a whole stays far inside its budget.
  const eaf = generatedEaf(ctx.quick ? 2_000 : 11_000);
  const eafMs = await medianMs(ctx.quick ? 3 : 7, () => parseEafTiers(eaf));
  const saxesMs = await medianMs(ctx.quick ? 3 : 7, () => readXml(eaf, { open: () => undefined, text: () => undefined, close: () => undefined }));
  return [
    {
      id: 'transcript.parseEaf5MB',
      label: `Parse a ${(eaf.length / 1e6).toFixed(1)} MB ELAN file (${ctx.quick ? 2_000 : 11_000} annotations) into tiers`,
      value: Number(eafMs.toFixed(1)),
      unit: 'ms',
      budget: { max: 2000 },
    },
    {
      id: 'transcript.readEaf5MB',
      label: 'Reading that file with saxes alone (median ms)',
      value: Number(saxesMs.toFixed(1)),
      unit: 'ms',
    },
    {
      id: 'transcript.search',
      label: 'Search a 2,000-segment transcript (median ms a query over 50 queries)',
      value: searchMs,
      unit: 'ms',
      budget: { max: 10 },
      detail: { queries: queries.length, slowestMs: Number(Math.max(...perQuery).toFixed(3)), hits },
    },
    { id: 'transcript.index', label: 'Build the search index for 2,000 segments', value: buildMs, unit: 'ms' },
    { id: 'transcript.parseVtt', label: 'Parse a 2,000-cue WebVTT file', value: parseMs, unit: 'ms' },
  ];
}
