import { MODEL_CATALOG } from '../../speech/modelCatalog';
import { inspectModelFolder } from '../../speech/modelFolder';
import { loadSherpa } from '../../speech/sherpaLoader';
import { detectSpeechInWorker, transcribeInWorker } from '../../speech/speechJob';
import type { SpeechEngine } from './speechEngine';

/**
 * The real engine. Importing this loads no native code: `loadSherpa` requires sherpa-onnx only
 * when a command runs, and recognition runs in a child process (speechJob.ts).
 */
export function speechEngine(): SpeechEngine {
  return {
    load() {
      const r = loadSherpa();
      return r.ok ? { ok: true } : r;
    },
    catalog: MODEL_CATALOG,
    async inspectModelFolder(dir, expect) {
      const r = await inspectModelFolder(dir, { expect });
      return r.ok ? { ok: true } : r;
    },
    transcribe: (opts, cb, signal) => transcribeInWorker(opts, cb, signal),
    // In the worker process too: a native crash while finding speech never takes the extension host down.
    async detectSpeech(recording, ffmpegPath, signal) {
      const r = await detectSpeechInWorker({ recording, ffmpeg: ffmpegPath }, undefined, signal);
      return r.ok ? r : { ok: false, problem: r.problem };
    },
  };
}
