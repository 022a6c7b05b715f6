/**
 * Gespreksspiegel benchmarks:
 *  analysis.session60  — analyzeSession on a generated 60-minute transcript (~1,200 segments), median ms;
 *  silence.ratio       — silencedetect (8 kHz mono) vs a plain decode of the same file, interleaved runs;
 *  classifier.macroF1  — the question classifier (form) on the test split, with per-class figures.
 *    Honesty note: the test split was written first and evaluated once after tuning on dev
 *    (macro-F1 0.989, one miss: "dus eigenlijk…?" read as closed). That miss exposed a real bug
 *    (the filler "dus" was stripped before the "dus eigenlijk" rule looked), which was fixed; the
 *    figure here is therefore no longer a clean held-out figure. Add new test items to re-measure.
 *  classifier.functionMacroF1 — the function in the method (ervaring, precies, emotie, …) on the
 *    test split, per-class precision/recall in the detail.
 *    Honesty note: labelled set v2 (function labels, items t101–t148 / d201–d272) was committed
 *    before the function rules were written; the rules were tuned on dev only. The first run on
 *    test, before any change after it, gave function macro-F1 0.886 (accuracy 0.852, n = 135);
 *    later dev-only tuning (and fixes found with the toolkit's model conversation) moved it.
 *  analysis.hostile100k — findQuestions + emotion words on 100k-character hostile segments (unclosed
 *    brackets, runs of spaces after a tag, thousands of markers): linear by design, see phrases.ts.
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import evalSet from '../test/fixtures/analysis/question-eval.json';
import { analyzeSession } from '../src/core/analysis/conversationMirror';
import { evaluateClassifier, evaluateFunctions, type EvalItem } from '../src/core/analysis/questionEval';
import { findQuestions } from '../src/core/analysis/questionClassifier';
import { BASE_EMOTION_WORDS, compileEmotionWords, findEmotionWords } from '../src/core/analysis/emotionWords';
import type { Segment, Speaker } from '../src/core/session/model';
import { silenceArgs } from '../src/media/silence';
import { median, medianMs, type BenchContext, type BenchFigure } from './benchKit';

const BEG = [
  'Vertel eens, wat gebeurde er toen?',
  'Waarom deed je dat?',
  'Dat was spannend, toch?',
  'Zou het niet beter zijn om het te vragen?',
  'Hoe was dat voor jou?',
  'Wil je liever werken of doorleren?',
  'Oké. Ik snap het.',
  'heb je dat eerder meegemaakt',
];
const STU = [
  'Nou ik baalde echt, ik was zo zenuwachtig die dag.',
  'Ik weet het niet. [zucht]',
  'Eigenlijk vond ik het wel leuk, ik was best trots.',
  'Ik moest alles alleen doen en toen werd mijn leidinggevende boos.',
  'Misschien wil ik later iets in de zorg, maar ik twijfel nog.',
  'Ja.',
];

/** A 60-minute conversation: 1,200 segments of ~3 s with short gaps, some overlaps and pauses. */
export function syntheticSession(): { transcript: Segment[]; speakers: Speaker[] } {
  const speakers: Speaker[] = [
    { id: 'b', name: 'Docent', role: 'begeleider', colour: '' },
    { id: 's', name: 'Student', role: 'student', colour: '' },
  ];
  const transcript: Segment[] = [];
  let t = 0;
  for (let i = 0; i < 1200; i++) {
    const beg = i % 3 !== 1;
    const len = 2 + ((i * 7) % 3);
    const gap = i % 17 === 0 ? 3.5 : i % 11 === 0 ? -0.5 : 0.25;
    transcript.push({ id: `g${i}`, start: t, end: t + len, speakerId: beg ? 'b' : 's', text: beg ? BEG[i % BEG.length]! : STU[i % STU.length]! });
    t = Math.max(0, t + len + gap);
  }
  return { transcript, speakers };
}

function exec(cmd: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const p = spawn(cmd, args, { stdio: ['ignore', 'ignore', 'ignore'] });
    p.on('error', reject);
    p.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`${cmd} exited with ${code}`))));
  });
}

async function timed(fn: () => Promise<void>): Promise<number> {
  const t = performance.now();
  await fn();
  return performance.now() - t;
}

export async function run(ctx: BenchContext): Promise<BenchFigure[]> {
  const figures: BenchFigure[] = [];

  const session = syntheticSession();
  const ms = await medianMs(ctx.quick ? 5 : 20, () => analyzeSession(session));
  figures.push({ id: 'analysis.session60', label: 'Gespreksspiegel, 60-min transcript (1,200 segments)', value: Math.round(ms * 10) / 10, unit: 'ms', budget: { max: 200 }, detail: { segments: session.transcript.length } });

  const minutes = ctx.quick ? 5 : 60;
  const file = join(ctx.tmpDir, `speech-like-${minutes}min.m4a`);
  ctx.log(`generating ${minutes}-minute AAC test audio…`);
  // 7 s tone, 3 s silence, repeated: a silence every ten seconds for the filter to find.
  await exec('ffmpeg', ['-hide_banner', '-loglevel', 'error', '-y', '-f', 'lavfi', '-i', `aevalsrc=0.5*sin(440*2*PI*t)*lt(mod(t\\,10)\\,7):s=44100:d=${minutes * 60}`, '-c:a', 'aac', '-b:a', '64k', file]);
  const decode: number[] = [];
  const detect: number[] = [];
  const n = ctx.quick ? 3 : 5;
  await exec('ffmpeg', ['-hide_banner', '-loglevel', 'error', '-i', file, '-f', 'null', '-']); // warm the page cache
  for (let i = 0; i < n; i++) {
    decode.push(await timed(() => exec('ffmpeg', ['-hide_banner', '-loglevel', 'error', '-i', file, '-f', 'null', '-'])));
    detect.push(await timed(() => exec('ffmpeg', silenceArgs(file, -30, 2))));
  }
  const ratio = median(detect) / median(decode);
  figures.push({
    id: 'silence.ratio',
    label: `silencedetect vs plain decode (${minutes}-min AAC)`,
    value: Math.round(ratio * 1000) / 1000,
    unit: 'x',
    budget: { max: 1.2 },
    detail: { decodeMs: Math.round(median(decode)), silencedetectMs: Math.round(median(detect)), runs: n },
  });

  const test = (evalSet.items as EvalItem[]).filter((i) => i.split === 'test');
  const r = evaluateClassifier(test);
  const detail: Record<string, number | string> = { n: r.n, accuracy: round(r.accuracy) };
  for (const [k, v] of Object.entries(r.perClass)) detail[k] = `P ${round(v.precision)} R ${round(v.recall)} F1 ${round(v.f1)} (n=${v.support})`;
  figures.push({ id: 'classifier.macroF1', label: 'question classifier, macro-F1 on the test split', value: round(r.macroF1), unit: 'F1', budget: { min: 0.9 }, detail });

  const fr = evaluateFunctions(test);
  const fdetail: Record<string, number | string> = { n: fr.n, accuracy: round(fr.accuracy) };
  for (const [k, v] of Object.entries(fr.perClass)) fdetail[k] = `P ${round(v.precision)} R ${round(v.recall)} F1 ${round(v.f1)} (n=${v.support})`;
  figures.push({ id: 'classifier.functionMacroF1', label: 'question function in the method, macro-F1 on the test split', value: round(fr.macroF1), unit: 'F1', budget: { min: 0.85 }, detail: fdetail });

  // Hostile text: each case once through the question finder and the emotion-word matcher.
  const matcher = compileEmotionWords(BASE_EMOTION_WORDS);
  const N = 100_000;
  const hostile: Record<string, string> = {
    unclosedBrackets: '['.repeat(N),
    unclosedParens: '('.repeat(N),
    manyMarkers: '(a) '.repeat(N / 4),
    tagThenSpaces: 'je bent, toch' + ' '.repeat(N) + 'x',
    questionThenSpaces: 'wat?' + ' '.repeat(N) + 'x',
    words: 'ik weet het niet wat deed je toen '.repeat(N / 34),
  };
  const perCase: Record<string, number> = {};
  for (const [k, text] of Object.entries(hostile)) perCase[k] = Math.round(await medianMs(ctx.quick ? 1 : 3, () => (findQuestions(text), findEmotionWords(text, matcher))));
  figures.push({ id: 'analysis.hostile100k', label: 'questions + emotion words on a 100k-character hostile segment (worst case)', value: Math.max(...Object.values(perCase)), unit: 'ms', budget: { max: 1000 }, detail: perCase });
  return figures;
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
