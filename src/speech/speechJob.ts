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
import type { SpeechSegment, TimeSpan } from '../core/speech/speechSegment';
import type { LocalText } from '../core/session/model';
import type { SpeechOutcome, SpeechRegionsOptions, TranscriptionCallbacks, TranscriptionOptions, TranscriptionResult } from './speechTypes';
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

interface Supervision<T> {
  /** The worker's messages; return a value to finish with it. */
  onMessage: (m: FromWorker, post: (m: ToWorker) => void) => T | undefined;
  /** The result when the worker ends without one: cancelled (problem null) or crashed. */
  ended: (problem: LocalText | null) => T;
}

/**
 * Starts the worker, sends `first`, and settles exactly once: with a result from `onMessage`, or
 * via `ended` on cancel (after a grace period the worker is killed: it may be inside one long
 * native call) or on any exit without a result (a crash, with stderr's last line as detail).
 */
function superviseWorker<T>(first: ToWorker, s: Supervision<T>, signal: AbortSignal | undefined, launch: WorkerLaunch): Promise<T> {
  return new Promise((resolve) => {
    let settled = false;
    let stderrTail = '';
    let child: ChildProcess;
    try {
      // ELECTRON_RUN_AS_NODE: inside VS Code, process.execPath is the editor's Electron binary;
      // this makes it run the script as plain Node (a no-op under Node itself).
      child = fork(launch.script, [], { execArgv: launch.execArgv, env: { ...process.env, ELECTRON_RUN_AS_NODE: '1' }, stdio: ['ignore', 'ignore', 'pipe', 'ipc'], serialization: 'json' });
    } catch (e) {
      resolve(s.ended(crashed(AT_START, (e as Error).message)));
      return;
    }
    let killTimer: NodeJS.Timeout | undefined;
    const finish = (r: T) => {
      if (settled) return;
      settled = true;
      if (killTimer) clearTimeout(killTimer);
      signal?.removeEventListener('abort', onAbort);
      resolve(r);
    };
    const post = (m: ToWorker) => {
      // A worker that has just finished or been cancelled may close its channel between the
      // `connected` check and the write (EPIPE). Without a callback Node reports that as the child's
      // 'error' event, which would turn a clean end into a crash; the 'exit' handler below is what
      // decides how the job ended (a worker that truly died says so there, with its own last line).
      if (child.connected) child.send(m, () => undefined);
    };
    const onAbort = () => {
      post({ type: 'cancel' });
      killTimer = setTimeout(() => {
        child.kill('SIGKILL');
        finish(s.ended(null));
      }, CANCEL_GRACE_MS);
    };
    child.stderr?.setEncoding('utf8');
    child.stderr?.on('data', (chunk: string) => {
      stderrTail = (stderrTail + chunk).slice(-4000);
    });
    child.on('message', (m: FromWorker) => {
      const r = s.onMessage(m, post);
      if (r !== undefined) finish(r);
    });
    child.on('error', (e) => finish(s.ended(crashed(AT_START, e.message))));
    child.on('exit', (code, sig) => {
      const last = stderrTail.split('\n').map((l) => l.trim()).filter(Boolean).pop() ?? '';
      // A cancel that had to be forced ends without a problem; anything else is a crash.
      finish(s.ended(signal?.aborted ? null : crashed(sig ? { nl: `signaal ${sig}`, en: `signal ${sig}` } : { nl: `code ${code}`, en: `code ${code}` }, last)));
    });
    if (signal?.aborted) onAbort();
    else signal?.addEventListener('abort', onAbort, { once: true });
    post(first);
  });
}

/** The whole transcription in the worker process; never rejects. */
export function transcribeInWorker(options: TranscriptionOptions, callbacks: TranscriptionCallbacks = {}, signal?: AbortSignal, launch: WorkerLaunch = defaultWorkerLaunch()): Promise<TranscriptionResult> {
  let segments: SpeechSegment[] = [];
  return superviseWorker<TranscriptionResult>(
    { type: 'start', options },
    {
      onMessage: (m, post) => {
        if (m.type === 'progress') callbacks.onProgress?.(m.fraction, m.secondsLeft);
        else if (m.type === 'segments') {
          segments = mergeSegments(segments, m.segments);
          callbacks.onSegments?.(segments);
          post({ type: 'ack' });
        } else if (m.type === 'done') return m.result;
        return undefined;
      },
      ended: (problem) => ({ segments, complete: false, speakers: countSpeakers(segments), speakerNote: null, problem }),
    },
    signal,
    launch,
  );
}

const REGIONS_CANCELLED: LocalText = { nl: 'Afgebroken.', en: 'Cancelled.' };

/**
 * Speech regions (VAD) in the worker process, for empty transcript rows to type along with: the
 * native module never loads into the extension host. Never rejects.
 */
export function detectSpeechInWorker(options: SpeechRegionsOptions, onProgress?: (fraction: number) => void, signal?: AbortSignal, launch: WorkerLaunch = defaultWorkerLaunch()): Promise<SpeechOutcome<TimeSpan[]>> {
  return superviseWorker<SpeechOutcome<TimeSpan[]>>(
    { type: 'regions', options },
    {
      onMessage: (m) => {
        if (m.type === 'progress') onProgress?.(m.fraction);
        else if (m.type === 'regionsDone') return m.result;
        return undefined;
      },
      ended: (problem) => (problem ? { ok: false, problem } : { ok: false, problem: REGIONS_CANCELLED, aborted: true }),
    },
    signal,
    launch,
  );
}
