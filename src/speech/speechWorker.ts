/**
 * The speech worker: a child process (built to dist/speechWorker.js, sherpa-onnx external) that
 * runs the transcription pipeline and talks to its parent over IPC.
 *
 * Why a process and not a worker thread: onnxruntime aborts the whole process on a damaged model
 * file (measured: `Ort::Exception … Protobuf parsing failed`, exit 134). In a worker thread that
 * would take the VS Code extension host down with it; in a child process only the job dies, and
 * the parent keeps what was already recognised.
 */
import type { SpeechSegment } from '../core/speech/speechSegment';
import { loadSherpa } from './sherpaLoader';
import { detectSpeechInFile } from './speechRegions';
import type { SpeechRegionsOptions, TranscriptionResult } from './speechTypes';
import { runTranscription } from './transcribePipeline';
import type { FromWorker, ToWorker } from './speechWorkerProtocol';

function send(m: FromWorker): void {
  process.send?.(m);
}

const controller = new AbortController();
let waitingForAck: (() => void) | null = null;

async function start(options: Extract<ToWorker, { type: 'start' }>['options']): Promise<void> {
  const loaded = loadSherpa();
  let result: TranscriptionResult;
  if (!loaded.ok) result = { segments: [], complete: false, speakers: 0, speakerNote: null, problem: loaded.problem };
  else {
    result = await runTranscription(
      loaded.sherpa,
      options,
      {
        onProgress: (fraction, secondsLeft) => send({ type: 'progress', fraction, secondsLeft }),
        onNewSegments: (segments: SpeechSegment[]) =>
          new Promise<void>((resolve) => {
            waitingForAck = resolve;
            send({ type: 'segments', segments });
          }),
      },
      controller.signal,
    );
  }
  send({ type: 'done', result });
  process.disconnect?.();
}

async function regions(options: SpeechRegionsOptions): Promise<void> {
  const loaded = loadSherpa();
  const result = loaded.ok ? await detectSpeechInFile(loaded.sherpa, options.recording, options.ffmpeg, { model: options.vadModel, durationSec: options.durationSec, signal: controller.signal, onProgress: (fraction) => send({ type: 'progress', fraction, secondsLeft: null }) }) : { ok: false as const, problem: loaded.problem };
  send({ type: 'regionsDone', result });
  process.disconnect?.();
}

process.on('message', (m: ToWorker) => {
  if (m.type === 'start') void start(m.options);
  else if (m.type === 'regions') void regions(m.options);
  else if (m.type === 'cancel') {
    controller.abort();
    waitingForAck?.();
  } else if (m.type === 'ack') {
    const go = waitingForAck;
    waitingForAck = null;
    go?.();
  }
});
// The parent went away (host closed): stop, there is no one to hand results to.
process.on('disconnect', () => controller.abort());
