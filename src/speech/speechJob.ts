/**
 * Runs a transcription in the speech worker process (see speechWorker.ts for why a process) and
 * turns everything that can happen into a `TranscriptionResult`: done, cancelled (the part
 * recognised so far, `complete: false`), or crashed (the same plus a problem). The caller never
 * blocks and never loses a recognised segment.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';
import * as path from 'node:path';
import { countSpeakers, mergeSegments } from '../core/speech/speakerTurns';
import type { SpeechSegment } from '../core/speech/speechSegment';
import type { LocalText } from '../core/session/model';
import type { TranscriptionCallbacks, TranscriptionOptions, TranscriptionResult } from './speechTypes';
import type { FromWorker, ToWorker } from './speechWorkerProtocol';

export interface WorkerLaunch {
  script: string;
  execArgv: string[];
}

/**
 * dist/speechWorker.js beside the bundle (extension.js, cli.js); under tsx (tests, bench) the
 * TypeScript source, loaded through tsx's require hook.
 */
export function defaultWorkerLaunch(): WorkerLaunch {
  if (__filename.endsWith('.ts')) return { script: path.join(__dirname, 'speechWorker.ts'), execArgv: ['--require', createRequire(__filename).resolve('tsx/cjs')] };
  return { script: path.join(__dirname, 'speechWorker.js'), execArgv: [] };
}

/** How long a worker may take to stop after a cancel before it is killed (it may be inside one native call). */
const CANCEL_GRACE_MS = 3000;

function crashed(how: LocalText, detail: string): LocalText {
  const d = detail ? `: ${detail}` : '';
  return {
    nl: `De spraakherkenning stopte onverwacht (${how.nl}${d}). Wat al herkend was, is bewaard.`,
    en: `Speech recognition stopped unexpectedly (${how.en}${d}). What was already recognised has been kept.`,
  };
}

const AT_START: LocalText = { nl: 'bij het starten', en: 'while starting' };

export function transcribeInWorker(options: TranscriptionOptions, callbacks: TranscriptionCallbacks = {}, signal?: AbortSignal, launch: WorkerLaunch = defaultWorkerLaunch()): Promise<TranscriptionResult> {
  return new Promise((resolve) => {
    let segments: SpeechSegment[] = [];
    let settled = false;
    let stderrTail = '';
    const partial = (problem: LocalText | null): TranscriptionResult => ({ segments, complete: false, speakers: countSpeakers(segments), speakerNote: null, problem });
    let child: ChildProcess;
    try {
      child = fork(launch.script, [], { execArgv: launch.execArgv, stdio: ['ignore', 'ignore', 'pipe', 'ipc'], serialization: 'json' });
    } catch (e) {
      resolve(partial(crashed(AT_START, (e as Error).message)));
      return;
    }
    let killTimer: NodeJS.Timeout | undefined;
    const finish = (r: TranscriptionResult) => {
      if (settled) return;
      settled = true;
      if (killTimer) clearTimeout(killTimer);
      signal?.removeEventListener('abort', onAbort);
      resolve(r);
    };
    const post = (m: ToWorker) => {
      if (child.connected) child.send(m);
    };
    const onAbort = () => {
      post({ type: 'cancel' });
      killTimer = setTimeout(() => {
        child.kill('SIGKILL');
        finish(partial(null));
      }, CANCEL_GRACE_MS);
    };
    child.stderr?.setEncoding('utf8');
    child.stderr?.on('data', (s: string) => {
      stderrTail = (stderrTail + s).slice(-4000);
    });
    child.on('message', (m: FromWorker) => {
      if (m.type === 'progress') callbacks.onProgress?.(m.fraction, m.secondsLeft);
      else if (m.type === 'segments') {
        segments = mergeSegments(segments, m.segments);
        callbacks.onSegments?.(segments);
        post({ type: 'ack' });
      } else if (m.type === 'done') finish(m.result);
    });
    child.on('error', (e) => finish(partial(crashed(AT_START, e.message))));
    child.on('exit', (code, sig) => {
      const last = stderrTail.split('\n').map((l) => l.trim()).filter(Boolean).pop() ?? '';
      // A cancel that had to be forced ends without a problem; anything else is a crash.
      finish(signal?.aborted ? partial(null) : partial(crashed(sig ? { nl: `signaal ${sig}`, en: `signal ${sig}` } : { nl: `code ${code}`, en: `code ${code}` }, last)));
    });
    if (signal?.aborted) onAbort();
    else signal?.addEventListener('abort', onAbort, { once: true });
    post({ type: 'start', options });
  });
}
