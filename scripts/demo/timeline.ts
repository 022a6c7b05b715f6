/**
 * Lays the synthesised utterances out on one track. Every boundary is put on a whole millisecond
 * that is also a whole sample, so the cue times written to the VTT and the session are exact, not
 * rounded: at 22050 Hz that grid is 20 ms (441 samples).
 */

export interface TimelineInput {
  /** Samples in each utterance, in order. */
  samples: readonly number[];
  /** Silence before each utterance, ms (the first one's is added to the lead-in). */
  gapsBeforeMs: readonly number[];
  leadInMs: number;
  tailMs: number;
  sampleRate: number;
}

export interface TimelineCue {
  startMs: number;
  endMs: number;
  /** Where the utterance starts in the track, and its length after padding to the grid. */
  startSample: number;
  paddedSamples: number;
}

export interface Timeline {
  gridMs: number;
  cues: TimelineCue[];
  totalMs: number;
  totalSamples: number;
}

function gcd(a: number, b: number): number {
  while (b) [a, b] = [b, a % b];
  return a;
}

/** The smallest number of ms that is a whole number of samples. */
export function gridMsFor(sampleRate: number): number {
  if (!Number.isInteger(sampleRate) || sampleRate <= 0) throw new Error(`bad sample rate ${sampleRate}`);
  return 1000 / gcd(sampleRate, 1000);
}

export function buildTimeline(input: TimelineInput): Timeline {
  const { samples, gapsBeforeMs, sampleRate } = input;
  if (samples.length !== gapsBeforeMs.length) throw new Error('one gap per utterance');
  const gridMs = gridMsFor(sampleRate);
  const gridSamples = (sampleRate * gridMs) / 1000;
  const snap = (ms: number) => Math.ceil(ms / gridMs) * gridMs;
  const cues: TimelineCue[] = [];
  let ms = snap(input.leadInMs);
  for (let i = 0; i < samples.length; i++) {
    ms += snap(gapsBeforeMs[i]!);
    const paddedSamples = Math.ceil(samples[i]! / gridSamples) * gridSamples;
    const lengthMs = (paddedSamples / gridSamples) * gridMs;
    cues.push({ startMs: ms, endMs: ms + lengthMs, startSample: (ms / gridMs) * gridSamples, paddedSamples });
    ms += lengthMs;
  }
  const totalMs = ms + snap(input.tailMs);
  return { gridMs, cues, totalMs, totalSamples: (totalMs / gridMs) * gridSamples };
}

/** Places 16-bit mono utterances at their cue positions in one silent buffer. */
export function mixTrack(timeline: Timeline, utterances: readonly Buffer[]): Buffer {
  const out = Buffer.alloc(timeline.totalSamples * 2);
  timeline.cues.forEach((cue, i) => {
    const pcm = utterances[i]!;
    if (pcm.length > cue.paddedSamples * 2) throw new Error(`utterance ${i} longer than its cue`);
    pcm.copy(out, cue.startSample * 2);
  });
  return out;
}
