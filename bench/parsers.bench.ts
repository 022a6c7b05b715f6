// Time linear in the input: every parser that reads a file or message from outside, timed on an
// input of 10k and of 100k characters in the same run. Linear is a ratio near 10, quadratic near
// 100. The budget (50) sits between: on this shared machine (load 20 on 2 cores) linear parsers
// measured 5-40x from run to run, from garbage collection and other processes. These figures
// replace the clocks the unit tests used to hold ("each < 1 s"), which timed the machine as much
// as the code.
import type { BenchContext, BenchFigure } from './benchKit';
import { generatedEaf } from './eafBenchKit';
import { backtrackingInputs } from '../test/unit/transcript/hostileInputs';
import { parseTranscript } from '../src/core/transcript/detectFormat';
import { TRANSCRIPT_FORMATS, type TranscriptFormat } from '../src/core/transcript/parseResult';
import { parseCustomFramework } from '../src/core/framework/customFramework';
import { validateEmotionWordList } from '../src/core/analysis/emotionWords';
import { deserializePeaks, serializePeaks, PEAKS_VERSION } from '../src/core/media/peaksData';
import { validateViewMessage } from '../src/protocol/viewMessageSchema';

/**
 * Time at 100k over time at 10k, robust to a shared machine: the two sizes are timed in turns
 * (small, large, small, large, …) and the fastest timing of each counts, since other processes
 * only ever add time (a median still moved between 10× and 100× from run to run here). Each timing
 * repeats the call enough times that the clock's resolution does not matter.
 */
function pairedRatio(small: () => unknown, large: () => unknown, runs: number): { ratio: number; largeMs: number; smallMs: number } {
  let reps = 1;
  for (;;) {
    const t = performance.now();
    for (let i = 0; i < reps; i++) small();
    if (performance.now() - t >= 20 || reps >= 1 << 16) break;
    reps *= 2;
  }
  // The large input gets a tenth of the repetitions, so both timings last about as long and are
  // as likely to be interrupted by another process.
  const time = (fn: () => unknown, n: number): number => {
    const t = performance.now();
    for (let i = 0; i < n; i++) fn();
    return (performance.now() - t) / n;
  };
  const largeReps = Math.max(1, Math.round(reps / 10));
  large();
  let smallMs = Infinity;
  let largeMs = Infinity;
  for (let r = 0; r < runs; r++) {
    smallMs = Math.min(smallMs, time(small, reps));
    largeMs = Math.min(largeMs, time(large, largeReps));
  }
  return { ratio: largeMs / smallMs, smallMs, largeMs };
}

const clock = (s: number) => {
  const p = (x: number, w = 2) => String(Math.floor(x)).padStart(w, '0');
  return { vtt: `${p(s / 3600)}:${p((s / 60) % 60)}:${p(s % 60)}.000`, srt: `${p(s / 3600)}:${p((s / 60) % 60)}:${p(s % 60)},000`, txt: `[${p(s / 60)}:${p(s % 60)}]` };
};
const LINE = 'Ik baalde best wel, ik wist het niet meer';

/** A valid file of about n characters in each transcript format. */
function validTranscript(format: TranscriptFormat, n: number): string {
  const parts: string[] = [];
  let len = 0;
  for (let i = 0; len < n; i++) {
    const c = clock(i * 3);
    const d = clock(i * 3 + 2);
    const speaker = i % 2 ? 'Daan' : 'Anouk';
    let part: string;
    switch (format) {
      case 'vtt': part = `${c.vtt} --> ${d.vtt}\n<v ${speaker}>${LINE} ${i}\n\n`; break;
      case 'srt': part = `${i + 1}\n${c.srt} --> ${d.srt}\n${speaker}: ${LINE} ${i}\n\n`; break;
      case 'txt': part = `${c.txt} ${speaker}: ${LINE} ${i}\n`; break;
      case 'otr': part = `<p><span class=\\"timestamp\\" data-timestamp=\\"${i * 3}\\">${c.txt}</span>${speaker}: ${LINE} ${i}</p>`; break;
      case 'json': part = `${i ? ',' : ''}{"start": ${i * 3}, "end": ${i * 3 + 2}, "speaker": "${speaker}", "text": "${LINE} ${i}"}`; break;
      case 'eaf': return generatedEaf(Math.max(1, Math.round(n / 240)));
    }
    parts.push(part);
    len += part.length;
  }
  const body = parts.join('');
  if (format === 'vtt') return `WEBVTT\n\n${body}`;
  if (format === 'otr') return `{"text": "${body}", "media": "gesprek.mp4", "media-time": 0}`;
  if (format === 'json') return `{"segments": [${body}]}`;
  return body;
}

interface Case {
  name: string;
  make(n: number): () => unknown;
}

function worstRatio(cases: Case[], runs: number, log: (l: string) => void): { ratio: number; worst: string; ms100k: number } {
  let out = { ratio: 0, worst: '', ms100k: 0 };
  for (const c of cases) {
    const { ratio, smallMs, largeMs } = pairedRatio(c.make(10_000), c.make(100_000), runs);
    log(`${c.name.padEnd(38)} 10k ${smallMs.toFixed(3)} ms  100k ${largeMs.toFixed(3)} ms  ×${ratio.toFixed(1)}`);
    if (ratio > out.ratio) out = { ratio, worst: c.name, ms100k: largeMs };
  }
  return out;
}

export async function run(ctx: BenchContext): Promise<BenchFigure[]> {
  const runs = ctx.quick ? 5 : 15;
  const transcript: Case[] = TRANSCRIPT_FORMATS.map((f) => ({
    name: `transcript ${f}`,
    make: (n) => {
      const text = validTranscript(f, n);
      if (!parseTranscript(text, f).ok) throw new Error(`the generated ${f} does not parse`);
      return () => parseTranscript(text, f);
    },
  }));
  const backtracking: Case[] = backtrackingInputs(10_000).map(({ name }, k) => ({
    name: `backtracking ${name}`,
    make: (n) => {
      const text = backtrackingInputs(n)[k]!.text;
      return () => TRANSCRIPT_FORMATS.map((f) => parseTranscript(text, f));
    },
  }));
  const small: Case[] = [
    {
      name: 'tag set (valid, long labels)',
      make: (n) => {
        const tags = Array.from({ length: Math.max(1, Math.round(n / 100)) }, (_, i) => ({ id: `t${i}`, label: `Uitgangspunt ${i} ${'x'.repeat(40)}`, group: 'g', key: '', colour: '#112233' }));
        const text = JSON.stringify({ id: 'x', name: 'X', groups: [{ id: 'g', label: 'G' }], tags });
        return () => parseCustomFramework(text);
      },
    },
    { name: 'tag set (broken JSON, error located)', make: (n) => { const text = '{"id": "x", "name": "' + 'x'.repeat(n); return () => parseCustomFramework(text); } },
    {
      name: 'emotion word list',
      make: (n) => {
        const words = Array.from({ length: Math.max(1, Math.round(n / 60)) }, (_, i) => ({ lemma: `woord${i}`, forms: [`woord${i}en`, `woord${i}de`], group: 'bang' }));
        return () => validateEmotionWordList({ words });
      },
    },
    {
      name: 'peaks cache file',
      make: (n) => {
        const k = Math.round(n / 2);
        const bytes = serializePeaks({ version: PEAKS_VERSION, durationSec: k / 100, sampleRate: 16000, scale: 1, levels: [{ peaksPerSec: 100, min: new Int8Array(k), max: new Int8Array(k) }] });
        if (!deserializePeaks(bytes).ok) throw new Error('the generated peaks do not read back');
        return () => deserializePeaks(bytes);
      },
    },
    {
      name: 'webview message (long text edit)',
      make: (n) => {
        const m = { type: 'session/apply', baseRevision: 1, edit: { op: 'update', coll: 'transcript', id: 'g1', patch: { text: 'x'.repeat(n) } } };
        return () => validateViewMessage(m);
      },
    },
  ];
  const figure = (id: string, label: string, r: { ratio: number; worst: string; ms100k: number }): BenchFigure => ({
    id,
    label,
    value: Number(r.ratio.toFixed(1)),
    unit: '×',
    budget: { max: 50 },
    detail: { worst: r.worst.replace(/ /g, '_'), ms100k: Number(r.ms100k.toFixed(2)) },
  });
  return [
    figure('parsers.transcript100k', 'Transcript parsers: time at 100k / at 10k characters, worst of six formats', worstRatio(transcript, runs, ctx.log)),
    figure('parsers.backtracking100k', 'Inputs made to backtrack, all six parsers: 100k / 10k, worst of five', worstRatio(backtracking, runs, ctx.log)),
    figure('parsers.small100k', 'Tag sets, emotion lists, peaks, webview messages: 100k / 10k, worst', worstRatio(small, runs, ctx.log)),
  ];
}
